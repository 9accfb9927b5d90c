package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.source.FetchConfig;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.VigilSettings;
import org.vigil.testkit.Events;

/**
 * Live sources inside the running service (issue 13): {@link Serve} over a DuckDB file, with a
 * coder that needs no CoreNLP, polling a made-up site on loopback ({@link FixtureSite}); the API
 * on a free port, called with the JDK's HTTP client. Loopback is allowed for fetching here only.
 */
final class SourcesIT {
  private static final String TOKEN = "w-sources";
  private static final FetchConfig LOOPBACK = FetchConfig.builder().allowLoopback(true)
      .politenessDelay(Duration.ZERO).maxAttempts(1).build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger coded = new AtomicInteger();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private FixtureSite site;

  private final CodingWorkers.ArticleCoder coder = a -> {
    coded.incrementAndGet();
    List<CodedEvent> events = List.of(Events.event(a, "ev-" + a.id()).date(a.date()).source("TJKGOV", "TJK")
        .target("KGZGOV", "KGZ").cameo("036", 1, 4).build());
    return events;
  };

  record Reply(int status, String body) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String message() {
      return json().get("error").get("message").asText();
    }
  }

  @BeforeEach
  void site() throws IOException {
    site = new FixtureSite();
  }

  @AfterEach
  void closeSite() {
    site.close();
  }

  private Serve start(Path home, Path settingsFile) {
    VigilSettings settings = VigilSettings.load(settingsFile, Map.of("VIGIL_HOME", home.toString(),
        "VIGIL_SERVER_PORT", "0", "VIGIL_SERVER_WRITE_TOKEN", TOKEN, "VIGIL_THREADS", "1"), Map.of());
    return Serve.start(settings, new Serve.Options(null, coder, Duration.ofSeconds(10), 100)
        .withSources(InstantSource.system(), LOOPBACK), new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private Reply send(Serve serve, String method, String path, String body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serve.uri() + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private JsonNode get(Serve serve, String path) {
    Reply r = send(serve, "GET", path, null, null);
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static String source(String id, String kind, String url, String interval, String name) {
    return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"url\":\"" + url + "\",\"interval\":\"" + interval
        + "\",\"name\":\"" + name + "\"}";
  }

  private static void within(Duration wait, String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + wait.toSeconds() + " s: " + what);
      }
      Thread.sleep(50);
    }
  }

  /** The stored articles of the source name, each with its event count. */
  private List<JsonNode> articlesOf(Serve serve, String sourceName) {
    List<JsonNode> out = new ArrayList<>();
    get(serve, "/articles").get("articles").forEach(a -> {
      if (a.get("source").asText().equals(sourceName)) {
        out.add(a);
      }
    });
    return out;
  }

  @Test
  void aFeedAddedThroughTheApiIsFetchedDeduplicatedAndCodedWithinItsInterval(@TempDir Path home) throws Exception {
    try (Serve serve = start(home, null)) {
      assertThat(log.toString(StandardCharsets.UTF_8)).contains("vigil: no live sources");
      Reply added = send(serve, "POST", "/sources",
          source("courier", "rss", site.url("/feed.xml"), "10s", "Lakeside Courier"), TOKEN);
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      assertThat(added.json().get("spec").toString()).isEqualTo("{\"id\":\"courier\",\"kind\":\"rss\",\"url\":\""
          + site.url("/feed.xml") + "\",\"interval\":\"PT10S\",\"name\":\"Lakeside Courier\"}");
      assertThat(added.json().get("origin").asText()).isEqualTo("api");

      // within the source's interval: both items fetched (feed, then each item's page), coded, stored;
      // the server's own fetch times say "within the interval", the wait is generous so that a loaded
      // machine (CI shares it with builds) does not fail a test of the schedule by the wall clock
      java.time.Instant addedAt = java.time.Instant.now();
      within(Duration.ofSeconds(60), "the feed's two articles coded",
          () -> articlesOf(serve, "Lakeside Courier").stream().filter(a -> a.get("events").asInt() == 1).count() == 2);
      List<String> ids = new ArrayList<>();
      articlesOf(serve, "Lakeside Courier").forEach(a -> ids.add(a.get("id").asText()));
      JsonNode canal = get(serve, "/search?q=Vorukh").get("hits");
      assertThat(canal).hasSize(1);
      assertThat(ids).contains(canal.get(0).get("id").asText());
      JsonNode article = get(serve, "/articles/" + canal.get(0).get("id").asText());
      assertThat(article.get("date").asText()).isEqualTo("2025-11-03");
      assertThat(article.get("title").asText()).isEqualTo("Tajik and Kyrgyz officials meet over the canal");
      assertThat(article.get("text").asText()).contains("joint commission").doesNotContain("Sport");
      List<String> eventArticles = new ArrayList<>();
      get(serve, "/events?country=TJK").get("events").forEach(e -> eventArticles.add(e.get("article_id").asText()));
      assertThat(eventArticles).containsExactlyInAnyOrderElementsOf(ids);

      JsonNode state = get(serve, "/sources/courier");
      assertThat(state.get("state").get("delivered").asLong()).isEqualTo(2);
      assertThat(state.get("state").get("errors").asInt()).isZero();
      assertThat(state.get("state").get("last_fetch").get("outcome").asText()).isEqualTo("ok");
      assertThat(state.get("state").get("next_poll").asText()).isNotEmpty();
      // the feed and both pages, newest first: the feed is fetched before its items' pages
      assertThat(state.get("fetches")).hasSize(3);
      assertThat(state.get("fetches").get(2).get("url").asText()).isEqualTo(site.url("/feed.xml"));
      for (JsonNode fetch : state.get("fetches")) {
        assertThat(Duration.between(addedAt, java.time.Instant.parse(fetch.get("started").asText())))
            .as("fetched within the source's 10 s interval: " + fetch).isLessThan(Duration.ofSeconds(10));
      }

      // a second poll gets the same two items (no validators, so no 304): nothing is added
      int feedHits = site.hits("/feed.xml");
      int pageHits = site.hits("/news/canal-talks.html") + site.hits("/news/border-post.html");
      int codedBefore = coded.get();
      Reply polled = send(serve, "POST", "/sources/courier/poll", null, TOKEN);
      assertThat(polled.status()).as(polled.body()).isEqualTo(200);
      assertThat(site.hits("/feed.xml")).isEqualTo(feedHits + 1);
      assertThat(site.hits("/news/canal-talks.html") + site.hits("/news/border-post.html")).isEqualTo(pageHits);
      assertThat(polled.json().get("state").get("delivered").asLong()).isEqualTo(2);
      Thread.sleep(300);
      assertThat(articlesOf(serve, "Lakeside Courier")).hasSize(2);
      assertThat(get(serve, "/events?country=TJK").get("events")).hasSize(2);
      assertThat(coded.get()).isEqualTo(codedBefore);
    }
    String out = log.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("vigil: stopped; the store is closed");
    // the polling threads end with the service
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("vigil-source-") && t.isAlive());
  }

  @Test
  void aFeedThatServesHtmlIsRecordedAgainstItsSourceWhileAnotherGoesOn(@TempDir Path home) throws Exception {
    try (Serve serve = start(home, null)) {
      assertThat(send(serve, "POST", "/sources", source("front", "rss", site.url("/front-page.html"), "10s", ""), TOKEN)
          .status()).isEqualTo(201);
      assertThat(send(serve, "POST", "/sources", source("courier", "rss", site.url("/feed.xml"), "10s", "Courier"), TOKEN)
          .status()).isEqualTo(201);
      within(Duration.ofSeconds(60), "the HTML page recorded as not a feed",
          () -> get(serve, "/sources/front").get("state").get("errors").asInt() >= 1);
      within(Duration.ofSeconds(60), "the other source's articles stored", () -> articlesOf(serve, "Courier").size() == 2);

      JsonNode front = get(serve, "/sources/front");
      assertThat(front.get("state").get("last_error").asText()).startsWith("not-a-feed: ");
      assertThat(front.get("state").get("delivered").asLong()).isZero();
      JsonNode fetch = front.get("fetches").get(0);
      assertThat(fetch.get("outcome").asText()).isEqualTo("not-a-feed");
      assertThat(fetch.get("status").asInt()).isEqualTo(200);
      assertThat(fetch.get("url").asText()).isEqualTo(site.url("/front-page.html"));
      assertThat(fetch.get("reason").asText()).isNotBlank();
      assertThat(front.get("state").get("last_fetch")).isEqualTo(fetch);

      JsonNode all = get(serve, "/sources").get("sources");
      assertThat(all).hasSize(2);
      assertThat(all.get(0).get("id").asText()).isEqualTo("courier");
      assertThat(all.get(0).get("state").get("errors").asInt()).isZero();
      assertThat(all.get(0).get("state").get("delivered").asLong()).isEqualTo(2);
    }
  }

  @Test
  void writesNeedTheTokenAndBadBodiesAreNamed(@TempDir Path home) {
    try (Serve serve = start(home, null)) {
      String good = source("x", "rss", "http://feed.example/rss.xml", "1h", "");
      assertThat(send(serve, "POST", "/sources", good, null).status()).isEqualTo(401);
      assertThat(send(serve, "POST", "/sources", good, "nope").status()).isEqualTo(403);

      Map<String, String> bad = new java.util.LinkedHashMap<>();
      bad.put("{\"kind\":\"rss\",\"url\":\"http://feed.example/rss.xml\"}", "body: id is missing");
      bad.put("{\"id\":\"x\",\"url\":\"http://feed.example/rss.xml\"}", "body: kind is missing");
      bad.put("{\"id\":\"x\",\"kind\":\"rss\"}", "body: url is missing");
      bad.put("{\"id\":\"x\",\"kind\":\"gopher\",\"url\":\"http://feed.example/rss.xml\"}",
          "body: kind = \"gopher\": source kind must be one of rss, atom, html, folder, was 'gopher'");
      bad.put(source("x", "rss", "http://feed.example/rss.xml", "5x", ""),
          "body: interval = \"5x\": interval must be like 90s, 15m, 2h, 1d or PT15M, was '5x'");
      bad.put(source("x", "rss", "http://feed.example/rss.xml", "5s", ""),
          "body: interval = \"5s\" is shorter than 10s (polling a site more often is not polite)");
      bad.put(source("x", "rss", "ftp://feed.example/rss.xml", "1h", ""),
          "body: url = \"ftp://feed.example/rss.xml\": source x: URL must be http or https, was 'ftp://feed.example/rss.xml'");
      bad.put(source("bad id", "rss", "http://feed.example/rss.xml", "1h", ""),
          "body: id = \"bad id\": source id must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit, was 'bad id'");
      bad.put("{\"id\":\"x\",\"kind\":\"rss\",\"feed\":\"http://feed.example/rss.xml\"}",
          "body: unknown field feed; the fields are id, kind, url, path, interval, name");
      bad.put("{\"id\":\"x\",\"kind\":\"rss\",\"path\":\"/tmp\"}", "body: path: a rss source takes url, not path");
      bad.put("{\"id\":\"x\",\"kind\":\"rss\",\"url\":\"http://feed.example/rss.xml\",\"interval\":60}",
          "body: interval must be a string, was 60");
      bad.put("[1, 2]", "body: it must be a JSON object");
      for (Map.Entry<String, String> b : bad.entrySet()) {
        Reply r = send(serve, "POST", "/sources", b.getKey(), TOKEN);
        assertThat(r.status()).as(b.getKey()).isEqualTo(400);
        assertThat(r.message()).as(b.getKey()).isEqualTo(b.getValue());
      }
      assertThat(get(serve, "/sources").get("sources")).isEmpty();
      assertThat(home.resolve("sources.json")).doesNotExist();

      assertThat(send(serve, "POST", "/sources", good, TOKEN).status()).isEqualTo(201);
      Reply again = send(serve, "POST", "/sources", good, TOKEN);
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.message()).isEqualTo("source x exists already; DELETE it first or pick another id");

      assertThat(send(serve, "DELETE", "/sources/x", null, null).status()).isEqualTo(401);
      assertThat(send(serve, "POST", "/sources/x/poll", null, null).status()).isEqualTo(401);
      assertThat(send(serve, "POST", "/sources/x/poll", null, "nope").status()).isEqualTo(403);
      for (String[] call : new String[][] {{"GET", "/sources/none"}, {"DELETE", "/sources/none"},
          {"POST", "/sources/none/poll"}}) {
        Reply r = send(serve, call[0], call[1], null, TOKEN);
        assertThat(r.status()).as(call[1]).isEqualTo(404);
        assertThat(r.message()).isEqualTo("no source none");
      }
      Reply removed = send(serve, "DELETE", "/sources/x", null, TOKEN);
      assertThat(removed.status()).isEqualTo(200);
      assertThat(removed.json().get("id").asText()).isEqualTo("x");
      assertThat(get(serve, "/sources").get("sources")).isEmpty();
    }
  }

  @Test
  void anArticleTheIntakeRefusesIsDeliveredAgainAtTheNextPoll() {
    java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean();
    List<String> taken = new java.util.concurrent.CopyOnWriteArrayList<>();
    ArticleIntake intake = new ArticleIntake() {
      @Override
      public boolean submit(org.vigil.core.article.Article article) {
        if (open.get()) {
          taken.add(article.title());
        }
        return open.get();
      }

      @Override
      public boolean recode(org.vigil.core.article.Article article) {
        return false;
      }

      @Override
      public int depth() {
        return 0;
      }
    };
    List<String> dead = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (LiveSources live = LiveSources.create(org.vigil.ingest.source.SourceConfig.defaults(), LOOPBACK,
        InstantSource.system(), intake, (record, reason) -> dead.add(record), null)) {
      live.addUnscheduled(new org.vigil.ingest.source.SourceSpec("courier", org.vigil.ingest.source.SourceSpec.Kind.RSS,
          site.url("/feed.xml"), Duration.ofMinutes(1), ""));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> live.poll("courier"))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503))
          .hasMessageStartingWith("source courier: the intake queue is full or closed; ");
      open.set(true);
      live.poll("courier");
      assertThat(taken).containsExactly("Tajik and Kyrgyz officials meet over the canal",
          "Border post reopens after repairs - Lakeside Courier");
      live.poll("courier");
      assertThat(taken).hasSize(2);
      assertThat(dead).isEmpty();
    }
  }

  @Test
  void sourcesAddedThroughTheApiAreKeptAcrossRestartsAndTheSettingsFileWinsOnIds(@TempDir Path home) throws Exception {
    try (Serve serve = start(home, null)) {
      assertThat(send(serve, "POST", "/sources", source("courier", "rss", site.url("/feed.xml"), "1h", ""), TOKEN)
          .status()).isEqualTo(201);
      assertThat(send(serve, "POST", "/sources", source("extra", "atom", site.url("/feed.xml"), "2h", "Extra"), TOKEN)
          .status()).isEqualTo(201);
    }
    assertThat(Files.readString(home.resolve("sources.json"))).contains("\"courier\"", "\"extra\"", "PT2H");

    Path yaml = home.resolve("vigil.yaml");
    Files.writeString(yaml, "sources:\n  - id: courier\n    kind: rss\n    url: " + site.url("/front-page.html")
        + "\n    interval: 10m\n    name: Settings Courier\n");
    log.reset();
    try (Serve serve = start(home, yaml)) {
      String out = log.toString(StandardCharsets.UTF_8);
      assertThat(out).contains("vigil: watching source courier: rss " + site.url("/front-page.html")
          + " every 10m (settings file)");
      assertThat(out).contains("vigil: source courier of " + home.resolve("sources.json")
          + " is ignored: the settings file has a source courier");
      assertThat(out).contains("vigil: watching source extra: atom " + site.url("/feed.xml")
          + " every 2h (added through the API)");
      JsonNode all = get(serve, "/sources").get("sources");
      assertThat(all).hasSize(2);
      assertThat(all.get(0).get("origin").asText()).isEqualTo("settings");
      assertThat(all.get(0).get("spec").get("url").asText()).isEqualTo(site.url("/front-page.html"));
      assertThat(all.get(0).get("spec").get("name").asText()).isEqualTo("Settings Courier");
      assertThat(all.get(1).get("origin").asText()).isEqualTo("api");
      assertThat(all.get(1).get("spec").get("interval").asText()).isEqualTo("PT2H");

      Reply settingsOne = send(serve, "DELETE", "/sources/courier", null, TOKEN);
      assertThat(settingsOne.status()).isEqualTo(409);
      assertThat(settingsOne.message()).isEqualTo("source courier is in the settings file; remove it there");
      Reply clash = send(serve, "POST", "/sources", source("courier", "rss", site.url("/feed.xml"), "1h", ""), TOKEN);
      assertThat(clash.status()).isEqualTo(409);
      assertThat(clash.message()).isEqualTo(
          "source courier is in the settings file, which wins on ids; pick another id");
      assertThat(send(serve, "DELETE", "/sources/extra", null, TOKEN).status()).isEqualTo(200);
    }
    assertThat(Files.readString(home.resolve("sources.json"))).doesNotContain("\"extra\"");
    try (Serve serve = start(home, null)) {
      JsonNode all = get(serve, "/sources").get("sources");
      assertThat(all).hasSize(1);
      assertThat(all.get(0).get("id").asText()).isEqualTo("courier");
      assertThat(all.get(0).get("origin").asText()).isEqualTo("api");
      assertThat(all.get(0).get("spec").get("url").asText()).isEqualTo(site.url("/feed.xml"));
    }
  }
}
