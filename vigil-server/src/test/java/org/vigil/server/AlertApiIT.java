package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.store.EventQuery;
import org.vigil.monitor.alert.Alerting;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * The watches and alerts API over a real store, Javalin and HTTP client: 60 quiet days of one
 * Kyrgyz-Tajik meeting a day, then four days of clashes on the Tajik side of the Afghan border.
 */
final class AlertApiIT {
  private static final String WRITE = "w-token-9";
  private static final LocalDate START = LocalDate.of(2021, 5, 1);
  private static final Instant NOW = Instant.parse("2021-07-06T08:00:00Z");
  /** Panji Poyon, on the Tajik bank of the Panj, the river border with Afghanistan. */
  private static final Location PANJ = new Location("Panji Poyon", "city", "TJK", "Khatlon", 37.2367, 69.0986, null,
      "text", "Panji Poyon", 0.8);

  @TempDir
  Path home;
  private DuckDbEventStore store;
  private ArticleIndex index;
  private IngestLoop intake;
  private VigilServer server;
  private Monitoring monitoring;
  private AlertStream stream;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    store = new DuckDbEventStore(StoreConfig.inMemory());
    index = ArticleIndex.inMemory();
    ServerMetrics metrics = new ServerMetrics();
    intake = new IngestLoop(store, index, metrics, 10, null);
    for (int d = 0; d < 64; d++) {
      LocalDate day = START.plusDays(d);
      Article a = Events.article("quiet-" + d, day);
      List<CodedEvent> events = new ArrayList<>(List.of(Events.event(a, "meet-" + d).date(day).source("KGZGOV", "KGZ")
          .target("TJKGOV", "TJK").cameo("036", 1, 4).plover("CONSULT").negated(false).modality(Modality.ASSERTED)
          .build()));
      if (d >= 60) {
        for (int i = 0; i < 6; i++) {
          events.add(Events.event(a, "clash-" + d + "-" + i).date(day).source("AFGREB" + i, "AFG")
              .target("TJKMIL", "TJK").cameo("190", 4, -10).plover("ASSAULT").negated(false)
              .modality(Modality.ASSERTED).location(PANJ).build());
        }
      }
      store.store(a, events);
    }
    EventQuery.Alliance csto = new EventQuery.Alliance("IGOCSTO", List.of(
        new EventQuery.Membership("RUS", null, null), new EventQuery.Membership("TJK", null, null)));
    java.util.function.Function<String, Optional<EventQuery.Alliance>> alliances =
        code -> code.toUpperCase(java.util.Locale.ROOT).endsWith("CSTO") ? Optional.of(csto) : Optional.empty();
    stream = new AlertStream();
    WatchSpec fromSettings = WatchSpec.parse(Json.MAPPER.valueToTree(Map.of("id", "kgz", "name", "Kyrgyzstan",
        "kind", "country", "country", "KGZ")), null);
    monitoring = new Monitoring(store, alliances, Monitoring.lazyGazetteer(),
        new WatchBook(home.resolve("watches.json"), List.of(fromSettings)), new AlertBook(home.resolve("alerts.json")),
        new Alerting(Alerting.Rules.defaults(), InstantSource.fixed(NOW)), InstantSource.fixed(NOW), List.of(stream));
    server = VigilServer.start(new ServerConfig("localhost", 0, "", WRITE, true), new Backend(store, index, intake,
        alliances, () -> true, () -> null, metrics, monitoring, stream), "test");
  }

  @AfterEach
  void stop() {
    stream.closeAll();
    server.close();
    intake.close();
    index.close();
    store.close();
  }

  private record Reply(int status, String body) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (java.io.IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private Reply call(String method, String path, String body, boolean token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token) {
      b.header("Authorization", "Bearer " + WRITE);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body());
  }

  @Test
  void theBuiltInAndSettingsWatchesAreListedAndTheBorderWatchAlertsOnTheClashes() throws Exception {
    JsonNode watches = call("GET", "/watches", null, false).json().get("watches");
    assertThat(watches).extracting(w -> w.get("id").asText() + ":" + w.get("origin").asText())
        .containsExactly("afg-tjk-border:file", "csto:file", "kgz:settings");

    monitoring.evaluate();

    JsonNode alerts = call("GET", "/alerts?watch=afg-tjk-border", null, false).json().get("alerts");
    assertThat(alerts).isNotEmpty();
    JsonNode first = alerts.get(alerts.size() - 1);
    assertThat(first.get("detector").asText()).isEqualTo("nb-cusum");
    // in the days of the clashes (the CUSUM may need the second day's to reach its threshold)
    assertThat(LocalDate.parse(first.get("first_day").asText())).isBetween(START.plusDays(60), START.plusDays(63));
    assertThat(first.get("status").asText()).isEqualTo("new");
    assertThat(first.get("evidence")).extracting(e -> e.get("event_id").asText()).contains("clash-60-0")
        .allMatch(id -> id.startsWith("clash-"));
    assertThat(first.at("/evidence/0/sentence").asText()).isEqualTo("The CSTO is ready to help Tajikistan\tif needed.");
    assertThat(first.at("/parameters/baselineDays").asText()).isEqualTo("28");
    // the quiet meetings in Kyrgyzstan raise nothing
    assertThat(call("GET", "/alerts?watch=kgz", null, false).json().get("alerts")).isEmpty();
    // the alerts are kept in the home folder
    assertThat(Files.readString(home.resolve("alerts.json"))).contains(first.get("id").asText());
    assertThat(new AlertBook(home.resolve("alerts.json")).list("afg-tjk-border", null)).hasSize(alerts.size());
  }

  @Test
  void anAlertIsAcknowledgedAndClosedWithTheWriteToken() throws Exception {
    monitoring.evaluate();
    String id = call("GET", "/alerts?watch=afg-tjk-border", null, false).json().at("/alerts/0/id").asText();

    assertThat(call("PATCH", "/alerts/" + id, "{\"status\": \"acknowledged\"}", false).status()).isEqualTo(401);
    Reply acked = call("PATCH", "/alerts/" + id, "{\"status\": \"acknowledged\"}", true);
    assertThat(acked.status()).isEqualTo(200);
    assertThat(acked.json().get("status").asText()).isEqualTo("acknowledged");
    assertThat(call("GET", "/alerts?status=acknowledged", null, false).json().get("alerts"))
        .extracting(a -> a.get("id").asText()).containsExactly(id);
    assertThat(call("GET", "/alerts/" + id, null, false).json().get("status").asText()).isEqualTo("acknowledged");

    Reply bad = call("PATCH", "/alerts/" + id, "{\"status\": \"done\"}", true);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/error/message").asText())
        .isEqualTo("body: alert status must be new, acknowledged or closed, was done");
    assertThat(call("PATCH", "/alerts/nope", "{\"status\": \"closed\"}", true).json().at("/error/message").asText())
        .isEqualTo("no alert nope");
    assertThat(call("GET", "/alerts?status=open", null, false).json().at("/error/message").asText())
        .isEqualTo("parameter status = \"open\" is not new, acknowledged or closed");
  }

  @Test
  void watchesAreAddedReplacedAndDeletedThroughTheApiAndKeptInTheWatchesFile() throws Exception {
    String tjk = "{\"id\": \"tjk\", \"name\": \"Tajikistan\", \"kind\": \"country\", \"country\": \"tjk\","
        + " \"filter\": {\"quad_classes\": [3, 4]}}";
    assertThat(call("POST", "/watches", tjk, false).status()).isEqualTo(401);
    Reply added = call("POST", "/watches", tjk, true);
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("country").asText()).isEqualTo("TJK");
    assertThat(call("POST", "/watches", tjk, true).json().at("/error/message").asText())
        .isEqualTo("watch tjk exists; PUT /watches/tjk replaces it");
    // adding a watch evaluates it: the clashes are conflict in Tajikistan
    assertThat(call("GET", "/alerts?watch=tjk", null, false).json().get("alerts")).isNotEmpty();
    assertThat(call("GET", "/watches/tjk", null, false).json().get("series")).hasSize(64)
        .last().satisfies(d -> assertThat(d.get("events").asInt()).isEqualTo(6));

    Reply put = call("PUT", "/watches/tjk", "{\"name\": \"Tajik clashes\", \"kind\": \"places\","
        + " \"places\": [\"Panji Poyon\"]}", true);
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json().get("kind").asText()).isEqualTo("places");
    assertThat(WatchSpec.parseList(Json.MAPPER.readTree(home.resolve("watches.json").toFile()).get("watches"), "file"))
        .extracting(WatchSpec::id).containsExactly("afg-tjk-border", "csto", "tjk");

    assertThat(call("DELETE", "/watches/tjk", null, true).status()).isEqualTo(204);
    assertThat(call("GET", "/watches/tjk", null, false).status()).isEqualTo(404);
    assertThat(call("DELETE", "/watches/tjk", null, true).json().at("/error/message").asText())
        .isEqualTo("no watch tjk");
  }

  @Test
  void badWatchesAndSettingsWatchesAreRefusedNamingWhy() throws Exception {
    assertThat(call("PUT", "/watches/kgz", "{\"name\": \"K\", \"kind\": \"country\", \"country\": \"KGZ\"}", true)
        .json().at("/error/message").asText())
        .isEqualTo("watch kgz is defined in the settings file (watches:); change it there");
    assertThat(call("POST", "/watches", "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"region\"}", true)
        .json().at("/error/message").asText())
        .isEqualTo("watch x: kind must be country, dyad, alliance, border or places, was region");
    assertThat(call("POST", "/watches", "{\"id\": \"nato\", \"name\": \"NATO\", \"kind\": \"alliance\", \"code\":"
        + " \"NATO\"}", true).json().at("/error/message").asText())
        .isEqualTo("watch nato: the dictionaries have no organisation NATO");
    assertThat(call("POST", "/watches", "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"border\", \"countries\":"
        + " [\"TJK\", \"FRA\"]}", true).json().at("/error/message").asText())
        .isEqualTo("watch b: the gazetteer has no land border between TJK and FRA");
  }

  @Test
  void theStreamPushesEachNewAlertAsAServerSentEvent() throws Exception {
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(server.uri() + "/alerts/stream"))
        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (java.io.IOException e) {
        // the server closed the stream
      }
    });
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (stream.clients() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    monitoring.evaluate();

    String event = null;
    String data = null;
    while ((event == null || data == null)) {
      String line = lines.poll(10, TimeUnit.SECONDS);
      assertThat(line).as("a line of the stream").isNotNull();
      if (line.startsWith("event: alert.raised") && event == null) {
        event = line;
      } else if (event != null && line.startsWith("data: ")) {
        data = line.substring(6);
      }
    }
    JsonNode alert = Json.MAPPER.readTree(data);
    assertThat(alert.get("watch_id").asText()).isIn("afg-tjk-border", "csto");
    assertThat(alert.get("evidence")).isNotEmpty();
  }

  @Test
  void theStreamAndTheAlertRoutesAreInTheOpenApiDocument() throws Exception {
    JsonNode doc = call("GET", "/openapi.json", null, false).json();
    assertThat(doc.at("/paths/~1alerts~1{id}/patch/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/AlertStatus");
    assertThat(doc.at("/paths/~1alerts~1stream/get/responses/200/content").has("text/event-stream")).isTrue();
    assertThat(doc.at("/paths/~1watches~1{id}/delete/responses/204").has("content")).isFalse();
  }
}
