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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.pipeline.VigilSettings;

/**
 * {@code vigil serve} with the real engine (CoreNLP; 3 GB heap): a fresh home codes the project's
 * sample articles at start, and the API then serves their events, evidence and text.
 */
final class ServeEngineIT {
  private static final Path SAMPLES = Path.of("../samples");

  @Test
  void aFreshHomeServesTheCodedSamples(@TempDir Path home) throws Exception {
    long samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    VigilSettings settings = VigilSettings.load(null, Map.of("VIGIL_HOME", home.toString(), "VIGIL_SERVER_PORT", "0",
        "VIGIL_THREADS", "1"), Map.of());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    HttpClient http = HttpClient.newHttpClient();
    try (Serve serve = Serve.start(settings, Serve.Options.of(SAMPLES), new PrintStream(log, true, StandardCharsets.UTF_8))) {
      assertThat(serve.awaitEngine(Duration.ofMinutes(3))).as(log.toString(StandardCharsets.UTF_8)).isTrue();
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      JsonNode health;
      do {
        Thread.sleep(500);
        health = get(http, serve, "/health");
      } while (health.get("store").get("articles").asLong() < samples && System.nanoTime() < deadline);
      assertThat(health.get("store").get("articles").asLong()).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(samples);
      assertThat(health.get("status").asText()).isEqualTo("ok");
      JsonNode events = get(http, serve, "/events?country=TJK").get("events");
      assertThat(events).isNotEmpty();
      String id = events.get(0).get("event_id").asText();
      JsonNode event = get(http, serve, "/events/" + id);
      assertThat(event.get("mentions").get(0).get("sentence").asText())
          .isEqualTo(event.get("evidence").get("sentence").asText()).isNotBlank();
      assertThat(get(http, serve, "/search?q=Tonga").get("hits")).isNotEmpty();
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("vigil: engine loaded in")
        .contains(samples + " sample articles from ../samples queued");
  }

  private static JsonNode get(HttpClient http, Serve serve, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(serve.uri() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }
}
