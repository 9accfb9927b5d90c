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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.VigilSettings;
import org.vigil.testkit.Events;

/**
 * {@code vigil serve} keeps stories and merged events (issue 13): over a DuckDB file in a home
 * folder, articles dropped in the inbox join the stories they copy, also after a restart, and their
 * events merge. The coder gives every article one Tajik-Kyrgyz consultation on its date (no CoreNLP).
 */
final class ServeStoriesIT {
  private static final String REPORT = "Officials from Tajikistan and Kyrgyzstan met in the town of Isfara on"
      + " Monday to discuss the disputed stretch of their shared border. The talks lasted for six hours and ended"
      + " with a joint statement on water use along the river. Both delegations agreed to pull back extra troops"
      + " that had been moved to the area during the spring. A working group will mark the remaining sections of"
      + " the frontier by the end of the year. Local farmers welcomed the news and said that the canals had been"
      + " closed for most of the season. The next round of talks is planned for the city of Batken next month.";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final CodingWorkers.ArticleCoder coder = a -> List.of(Events.event(a, "ev-" + a.id()).date(a.date())
      .source("TJKGOV", "TJK").target("KGZGOV", "KGZ").cameo("036", 1, 4).plover("CONSULT").negated(false).build());

  private Serve start(Path home) {
    VigilSettings settings = VigilSettings.load(null, Map.of("VIGIL_HOME", home.toString(),
        "VIGIL_SERVER_PORT", "0", "VIGIL_SERVER_WRITE_TOKEN", "w", "VIGIL_THREADS", "1"), Map.of());
    return Serve.start(settings, new Serve.Options(null, coder, Duration.ofMillis(100), 100),
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private JsonNode get(Serve serve, String path) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(serve.uri() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      return Json.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void await(String what, Serve serve, int articles) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (get(serve, "/health").get("store").get("articles").asLong() != articles) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 20 s: " + what + "\n" + log.toString(StandardCharsets.UTF_8));
      }
      Thread.sleep(50);
    }
  }

  private static void drop(Path home, String name, String date, String text) throws IOException {
    Path tmp = home.resolve(name + ".tmp");
    Files.writeString(tmp, "date " + date + "\n" + text + "\n");
    Files.move(tmp, home.resolve("inbox").resolve(name + ".txt"));
  }

  @Test
  void inboxCopiesJoinTheirStoryAcrossARestartAndTheirEventsMerge(@TempDir Path home) throws Exception {
    String story;
    try (Serve serve = start(home)) {
      drop(home, "original", "2022-03-07", REPORT);
      await("the original stored", serve, 1);
      drop(home, "copy", "2022-03-08", REPORT.replace("Local farmers welcomed the news", "Farmers near the border were"
          + " pleased"));
      drop(home, "other", "2022-03-08", "The central bank of Kazakhstan raised its main interest rate by half a"
          + " point on Tuesday, citing prices for food and fuel that rose faster than expected in the winter.");
      await("the copy and the other article stored", serve, 3);

      JsonNode copied = get(serve, "/stories?min_articles=2").get("stories");
      assertThat(copied).hasSize(1);
      assertThat(copied.get(0).get("article_count").asInt()).isEqualTo(2);
      story = copied.get(0).get("id").asText();
      assertThat(get(serve, "/stories").get("stories")).hasSize(2);
      // one dyad, type and root, dates a day apart (merge.day-window 2): one merged event of three mentions,
      // in two stories (the original with its copy, and the other article): two articles in GDELT's count
      JsonNode merged = get(serve, "/merged-events?from=2022-03-07&to=2022-03-07").get("merged_events");
      assertThat(merged).hasSize(1);
      assertThat(merged.get(0).get("num_articles").asInt()).isEqualTo(2);
      JsonNode mentions = get(serve, "/events/" + merged.get(0).get("merged_id").asText()).get("mentions");
      assertThat(mentions).hasSize(3);
    }
    // a restarted service knows the stored articles: a later copy joins the same story
    try (Serve again = start(home)) {
      drop(home, "late-copy", "2022-03-09", REPORT.replace("six hours", "seven hours"));
      await("the late copy stored", again, 4);
      JsonNode copied = get(again, "/stories?min_articles=2").get("stories");
      assertThat(copied).hasSize(1);
      assertThat(copied.get(0).get("id").asText()).isEqualTo(story);
      assertThat(copied.get(0).get("article_count").asInt()).isEqualTo(3);
    }
  }
}
