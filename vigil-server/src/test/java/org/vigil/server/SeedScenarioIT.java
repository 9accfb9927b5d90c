package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.pipeline.VigilSettings;

/**
 * The seed scenario of issue 14 end to end, with the real engine (CoreNLP; 3 GB heap): {@code
 * vigil serve} on a fresh home codes the replay corpus ({@code replay/}, made-up articles: six
 * calm weeks, then the week the Afghanistan-Tajikistan border deteriorates) in date order, and the
 * built-in watches raise their alerts in that week, with its events as evidence, and none in the
 * calm weeks before.
 */
final class SeedScenarioIT {
  private static final Path REPLAY = Path.of("../replay");
  private static final LocalDate DETERIORATES = LocalDate.of(2021, 7, 4);
  private static final LocalDate LAST = LocalDate.of(2021, 7, 10);

  @Test
  void theBorderAndCstoWatchesAlertInTheWeekItDeterioratesAndNotBefore(@TempDir Path home) throws Exception {
    long articles;
    try (Stream<Path> files = Files.walk(REPLAY)) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    VigilSettings settings = VigilSettings.load(null, Map.of("VIGIL_HOME", home.toString(), "VIGIL_SERVER_PORT", "0"),
        Map.of());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    HttpClient http = HttpClient.newHttpClient();
    try (Serve serve = Serve.start(settings, Serve.Options.of(null, REPLAY),
        new PrintStream(log, true, StandardCharsets.UTF_8))) {
      assertThat(serve.awaitEngine(Duration.ofMinutes(3))).as(log.toString(StandardCharsets.UTF_8)).isTrue();
      // coded when the queue is empty and the store stops growing (a rejected article is not stored)
      long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
      long stored = -1;
      int still = 0;
      while (still < 5 && System.nanoTime() < deadline) {
        Thread.sleep(2000);
        JsonNode health = get(http, serve, "/health");
        long now = health.at("/store/articles").asLong();
        still = now == stored && health.at("/queue/depth").asInt() == 0 ? still + 1 : 0;
        stored = now;
      }
      String said = log.toString(StandardCharsets.UTF_8);
      said.lines().filter(l -> l.contains("rejected") || l.contains("alert")).forEach(System.out::println);
      assertThat(stored).as(said).isEqualTo(articles);
      for (String watch : List.of("afg-tjk-border", "csto")) {
        JsonNode alerts = get(http, serve, "/alerts?watch=" + watch).get("alerts");
        System.out.println("seed scenario, watch " + watch + ": " + alerts.size() + " alerts");
        for (JsonNode a : alerts) {
          System.out.println("  " + a.get("id").asText() + " " + a.get("first_day").asText() + ".."
              + a.get("last_day").asText() + " " + a.get("severity").asText() + " statistic "
              + a.get("statistic").asText() + " threshold " + a.get("threshold").asText() + ", "
              + a.get("evidence").size() + " events");
          if (LocalDate.parse(a.get("first_day").asText()).isBefore(DETERIORATES)) {
            a.get("evidence").forEach(e -> System.out.println("    " + e.get("date").asText() + " " + e.get("cameo").asText()
                + " " + e.get("plover").asText() + " " + e.get("source").asText() + ">" + e.get("target").asText()
                + ": " + e.get("sentence").asText()));
          }
        }
        JsonNode series = get(http, serve, "/watches/" + watch).get("series");
        List<String> days = new ArrayList<>();
        series.forEach(d -> days.add(d.get("date").asText().substring(5) + ":" + d.get("events").asInt()));
        System.out.println("  series " + String.join(" ", days));

        JsonNode evidence = get(http, serve, "/events?limit=1000&from=" + DETERIORATES).get("events");
        System.out.println("  events coded in the week it deteriorates: " + evidence.size());

        // the watch raises an alert in the week it deteriorates, with that week's events as evidence
        List<JsonNode> inWeek = new ArrayList<>();
        alerts.forEach(a -> {
          if (!LocalDate.parse(a.get("first_day").asText()).isBefore(DETERIORATES)) {
            inWeek.add(a);
          }
        });
        assertThat(inWeek).as(watch + " raises an alert in the week it deteriorates").isNotEmpty();
        for (JsonNode a : inWeek) {
          LocalDate first = LocalDate.parse(a.get("first_day").asText());
          assertThat(first).isBetween(DETERIORATES, LAST);
          assertThat(a.get("evidence")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("sentence").asText()).isNotBlank();
            assertThat(LocalDate.parse(e.get("date").asText())).isAfterOrEqualTo(first.minusDays(6));
          });
          assertThat(a.get("evidence")).anySatisfy(e ->
              assertThat(LocalDate.parse(e.get("date").asText())).isAfterOrEqualTo(DETERIORATES));
          JsonNode event = get(http, serve, "/events/" + a.at("/evidence/0/event_id").asText());
          assertThat(event.at("/evidence/sentence").asText()).isEqualTo(a.at("/evidence/0/sentence").asText());
        }
        // and none in the calm weeks before
        assertThat(alerts.size()).as(watch + ": alerts in the calm weeks: " + alerts).isEqualTo(inWeek.size());
      }
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("vigil: alert raised: border AFG-TJK")
        .contains("vigil: alert raised: alliance IGOCSTO");
  }

  private static JsonNode get(HttpClient http, Serve serve, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(serve.uri() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }
}
