package org.vigil.server.web;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.pipeline.VigilSettings;
import org.vigil.server.Serve;
import org.vigil.testkit.Events;

/**
 * {@code vigil serve} for the dashboard's tests, without CoreNLP: a home folder with three made-up
 * articles (one with {@code <script>} in its text) coded by a coder that returns prepared events
 * with their offsets in the text, and an alert of the Afghanistan-Tajikistan border watch whose
 * evidence is the border event (as the seed scenario raises it), written to the home's
 * {@code alerts.json} before the start. Writes need {@link #WRITE}. Close it after the test.
 */
final class DashboardFixture implements AutoCloseable {
  static final String WRITE = "w-dashboard-token";
  static final String BORDER_TEXT = "Tajikistan asked the CSTO for help on Tuesday as Afghan soldiers crossed the border"
      + " near the Panj river. A leaflet found in Dushanbe read <script>alert('xss')</script> in block letters.";
  static final String CLASH_TEXT = "Taliban fighters attacked Afghan army posts in Badakhshan on Monday, officials said.";
  static final String TALKS_TEXT = "Kyrgyzstan and Tajikistan held talks on water sharing in Bishkek.";
  static final String ALERT_ID = "afg-tjk-border.nb-cusum.2021-07-06";

  final Path home;
  final Serve serve;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  DashboardFixture(Path dir) throws Exception {
    this.home = dir.resolve("home");
    Path samples = dir.resolve("samples");
    Files.createDirectories(samples);
    Files.createDirectories(home);
    Files.writeString(samples.resolve("2021-07-06-border.txt"), "date 2021-07-06\n" + BORDER_TEXT + "\n");
    Files.writeString(samples.resolve("2021-07-05-clash.txt"), "date 2021-07-05\n" + CLASH_TEXT + "\n");
    Files.writeString(samples.resolve("2021-06-01-talks.txt"), "date 2021-06-01\n" + TALKS_TEXT + "\n");
    Files.writeString(home.resolve("alerts.json"), alerts());
    VigilSettings settings = VigilSettings.load(null, Map.of("VIGIL_HOME", home.toString(), "VIGIL_SERVER_PORT", "0",
        "VIGIL_SERVER_WRITE_TOKEN", WRITE), Map.of());
    this.serve = Serve.start(settings, new Serve.Options(samples, null, DashboardFixture::code, Duration.ofSeconds(1),
        100), new PrintStream(log, true, StandardCharsets.UTF_8));
    awaitCoded(3);
  }

  URI uri() {
    return serve.uri();
  }

  /** The prepared events of the three articles, their offsets those of the text. */
  static List<CodedEvent> code(Article a) {
    String t = a.text();
    if (t.contains("CSTO")) {
      return List.of(Events.event(a, "ev-border").date(a.date()).source("TJKGOV", "TJK").target("IGOCSTO", null)
          .cameo("0233", 1, 3.4).plover("AID").modality(Modality.REQUESTED).negated(false).sentence(0)
          .location(new Location("Dushanbe", "city", "TJK", "Dushanbe", 38.5358, 68.7791, 1221874L, "text",
              "in Dushanbe", 0.75))
          .trigger(t.indexOf("asked"), t.indexOf("asked") + 5)
          .spans(new int[] {0, 10}, new int[] {t.indexOf("the CSTO"), t.indexOf("the CSTO") + 8}).build());
    }
    if (t.contains("Taliban")) {
      return List.of(Events.event(a, "ev-clash").date(a.date()).source("AFGREB", "AFG").target("AFGMIL", "AFG")
          .cameo("190", 4, -10).plover("ASSAULT").modality(Modality.ASSERTED).negated(false).sentence(0)
          .location(new Location("Badakhshan", "admin1", "AFG", "Badakhshan", 37.1166, 70.58, 1147537L, "text",
              "in Badakhshan", 0.7))
          .trigger(t.indexOf("attacked"), t.indexOf("attacked") + 8)
          .spans(new int[] {0, 16}, new int[] {t.indexOf("Afghan army"), t.indexOf("Afghan army") + 11}).build());
    }
    return List.of(Events.event(a, "ev-talks").date(a.date()).source("KGZGOV", "KGZ").target("TJKGOV", "TJK")
        .cameo("036", 1, 4).plover("CONSULT").modality(Modality.ASSERTED).negated(false).sentence(0)
        .location(new Location("Bishkek", "city", "KGZ", "Bishkek", 42.87, 74.59, 1528675L, "text", "in Bishkek", 0.8))
        .trigger(t.indexOf("held talks"), t.indexOf("held talks") + 10)
        .spans(new int[] {0, 10}, new int[] {15, 25}).build());
  }

  private static String alerts() {
    return """
        {"alerts": [{"id": "%s", "watch_id": "afg-tjk-border", "watch_name": "Afghanistan-Tajikistan border",
          "detector": "nb-cusum", "parameters": {"baseline_days": "28", "h": "4.0"},
          "first_day": "2021-07-05", "last_day": "2021-07-06", "alarms": 2, "statistic": 5.2, "threshold": 4.0,
          "severity": "high", "status": "new", "raised": "2026-12-06T10:00:00Z", "updated": "2026-12-06T10:00:00Z",
          "window": [{"date": "2021-07-04", "events": 0, "coded_articles": 0},
                     {"date": "2021-07-05", "events": 1, "coded_articles": 1},
                     {"date": "2021-07-06", "events": 1, "coded_articles": 1}],
          "evidence": [{"event_id": "ev-border", "article_id": "border", "date": "2021-07-06", "cameo": "0233",
            "plover": "AID", "source": "TJKGOV", "target": "IGOCSTO",
            "sentence": "Tajikistan asked the CSTO for help on Tuesday as Afghan soldiers crossed the border."},
            {"event_id": "ev-clash", "article_id": "clash", "date": "2021-07-05", "cameo": "190",
            "plover": "ASSAULT", "source": "AFGREB", "target": "AFGMIL",
            "sentence": "Taliban fighters attacked Afghan army posts in Badakhshan on Monday, officials said."}]}]}
        """.formatted(ALERT_ID);
  }

  private void awaitCoded(int articles) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      String health = get("/health").body();
      if (health.contains("\"articles\":" + articles) && health.contains("\"depth\":0")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the fixture's articles were not coded in 60 s: " + get("/health").body()
        + "\n" + log.toString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    serve.close();
  }

  static LocalDate day(String s) {
    return LocalDate.parse(s);
  }
}
