package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.store.EventQuery;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * A running API for tests: an in-memory DuckDB store with made-up articles and events, an
 * in-memory Lucene index, an intake whose coder returns prepared events (no CoreNLP), Javalin on a
 * free port, and a real {@link HttpClient}. Close it after the test.
 */
final class ApiFixture implements AutoCloseable {
  static final String WRITE = "w-token-1";
  static final String READ = "r-token-1";
  static final LocalDate JUL_1 = LocalDate.of(2021, 7, 1);
  static final LocalDate JUL_5 = LocalDate.of(2021, 7, 5);
  static final LocalDate JUL_9 = LocalDate.of(2021, 7, 9);
  static final Location DUSHANBE = new Location("Dushanbe", "city", "TJK", "Dushanbe", 38.5358, 68.7791, 1221874L,
      "text", "in Dushanbe", 0.75);
  static final Location KYIV = new Location("Kyiv", "city", "UKR", "Kyiv City", 50.45, 30.52, 703448L, "text",
      "in Kyiv", 0.9);

  final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());
  final ArticleIndex index = ArticleIndex.inMemory();
  final ServerMetrics metrics = new ServerMetrics();
  final IngestLoop intake = new IngestLoop(store, index, metrics, 100, null);
  /** What the coder returns for an article id; articles not here get one made-up event. */
  final Map<String, List<CodedEvent>> coded = new ConcurrentHashMap<>();
  /** Live sources with one, {@code a}, that is never polled (no fetch leaves the test). */
  final LiveSources sources = LiveSources.create(org.vigil.ingest.source.SourceConfig.defaults(),
      org.vigil.ingest.source.FetchConfig.defaults(), java.time.InstantSource.system(), intake, intake::rejected, null);
  final VigilServer server;
  volatile boolean engineLoaded = true;
  volatile String engineProblem;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ApiFixture(ServerConfig config) {
    storeArticles();
    sources.addUnscheduled(new org.vigil.ingest.source.SourceSpec("a", org.vigil.ingest.source.SourceSpec.Kind.RSS,
        "https://feed.example/rss.xml", Duration.ofMinutes(15), "Feed"));
    intake.start(a -> coded.getOrDefault(a.id(), List.of(Events.event(a, "ev-" + a.id()).date(a.date())
        .source("KGZGOV", "KGZ").target("TJKGOV", "TJK").cameo("036", 1, 4).plover("CONSULT").build())), 1);
    EventQuery.Alliance csto = new EventQuery.Alliance("IGOCSTO", List.of(
        new EventQuery.Membership("RUS", null, null), new EventQuery.Membership("KGZ", JUL_5.minusDays(2), null)));
    server = VigilServer.start(config, new Backend(store, index, intake,
        code -> code.equalsIgnoreCase("CSTO") || code.equalsIgnoreCase("IGOCSTO") ? Optional.of(csto) : Optional.empty(),
        () -> engineLoaded, () -> engineProblem, metrics, sources), "test");
  }

  ApiFixture() {
    this(new ServerConfig("localhost", 0, "", WRITE, true));
  }

  private void storeArticles() {
    Article a = new Article("a", JUL_9, "Shelling near the capital",
        "Russian forces shelled Kyiv overnight, officials said. Tajikistan asked the CSTO for help.", "https://x.org/a", "test");
    Article b = new Article("b", JUL_5, "Border talks", "Afghan troops withdrew across the Tajik border near the river Panj.",
        "https://x.org/b", "test");
    store.store(a, List.of(
        Events.event(a, "rus-ukr-190").date(JUL_9).source("RUSMIL", "RUS").target("UKR", "UKR")
            .cameo("190", 4, -10).plover("ASSAULT").modality(Modality.ASSERTED).location(KYIV).sentence(0).build(),
        Events.event(a, "tjk-cst-0233").date(JUL_9).source("TJKGOV", "TJK").target("IGOCSTO", null)
            .cameo("0233", 1, 3.4).location(DUSHANBE).sentence(1).build()));
    store.store(b, List.of(
        Events.event(b, "afg-tjk-0874").date(JUL_5).source("AFGMIL", "AFG").target("TJK", "TJK")
            .cameo("0874", 2, 6).plover("RETREAT").modality(Modality.ASSERTED).location(null).confidence(0.5)
            .sentence(0).build(),
        Events.event(b, "kgz-tjk-190").date(JUL_1).source("KGZMIL", "KGZ").target("TJKMIL", "TJK")
            .cameo("190", 4, -10).plover("ASSAULT").location(DUSHANBE).sentence(1).build()));
    index.add(a);
    index.add(b);
  }

  /** Stores {@code n} more articles of one event each, all on the same day (ties for the cursor). */
  void storeMany(int n) {
    for (int i = 0; i < n; i++) {
      Article x = new Article("m" + i, JUL_5, "Many " + i, "Kyrgyz officials met Tajik officials, meeting " + i + ".", "",
          "test");
      store.store(x, List.of(Events.event(x, String.format("many-%03d", i)).date(JUL_5).source("KGZGOV", "KGZ")
          .target("TJKGOV", "TJK").cameo("036", 1, 4).plover("CONSULT").build()));
    }
  }

  record Reply(int status, Map<String, List<String>> headers, String body) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  Reply get(String pathAndQuery, String... headers) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), headers);
  }

  Reply post(String path, String body, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json"), headers);
  }

  URI uri(String pathAndQuery) {
    return URI.create(server.uri() + pathAndQuery);
  }

  private Reply send(HttpRequest.Builder b, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
      Map<String, List<String>> lower = new java.util.HashMap<>();
      r.headers().map().forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
      return new Reply(r.statusCode(), lower, r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static List<String> ids(JsonNode events) {
    List<String> out = new ArrayList<>();
    events.forEach(e -> out.add(e.get("event_id").asText()));
    return out;
  }

  /** Waits up to 10 s for the intake's queue to empty and the run in hand to end. */
  void awaitIntake(java.util.function.BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the intake did not finish in 10 s");
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() {
    server.close();
    sources.close();
    intake.close();
    index.close();
    store.close();
  }
}
