package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.source.FetchConfig;
import org.vigil.ingest.source.Fetcher;
import org.vigil.ingest.source.SourceSpec;
import org.vigil.pipeline.VigilSettings;

/** {@code vigil sources}: new articles as JSON lines for {@code vigil ingest -}, failures on standard error. */
final class SourcesCommandTest {
  private static final String TEXT = "Police in the capital arrested the leader of the main opposition party on Tuesday"
      + " morning, hours before a rally he had called to protest against the new election law, his party said."
      + " A spokesman for the interior ministry said the arrest followed a court order, and that the party leader"
      + " would be questioned about the funding of the rally, which the city had not approved. Supporters gathered"
      + " outside the police headquarters in the afternoon, chanting and waving flags, but dispersed peacefully"
      + " after their lawyers said they had been allowed to see him, the party said in a statement. Foreign"
      + " embassies in the capital called for his release and urged the government to respect the right to protest.";

  @TempDir Path dir;
  private HttpServer server;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/rss", ex -> {
      byte[] body = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Capital Wire</title><item>"
          + "<title>Opposition leader arrested</title><link>http://127.0.0.1/2019/09/03/arrest</link>"
          + "<pubDate>Tue, 03 Sep 2019 12:00:00 GMT</pubDate><description>" + TEXT + "</description></item>"
          + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void eachNewArticleIsOneJsonLineTheReadersTake() throws Exception {
    SourcesCommand c = new SourcesCommand();
    Fetcher loopback = new Fetcher(FetchConfig.builder().allowLoopback(true).politenessDelay(Duration.ZERO).build());
    List<SourceSpec> sources = List.of(
        new SourceSpec("wire", SourceSpec.Kind.RSS, url("/rss"), Duration.ofMinutes(15), "Capital Wire"),
        new SourceSpec("gone", SourceSpec.Kind.ATOM, url("/atom"), Duration.ofMinutes(15), ""));
    int exit = c.run(VigilSettings.load(null, Map.of(), Map.of()), sources, loopback, new Output(stdout), err);

    List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode article = new ObjectMapper().readTree(lines.get(0));
    assertThat(article.get("date").asText()).isEqualTo("2019-09-03");
    assertThat(article.get("title").asText()).isEqualTo("Opposition leader arrested");
    assertThat(article.get("source").asText()).isEqualTo("Capital Wire");
    assertThat(article.get("text").asText()).isEqualTo(TEXT);
    assertThat(exit).isEqualTo(Main.SOME_REJECTED);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("vigil: source gone: " + url("/atom") + ": http-error (HTTP 404): HTTP 404 Not Found")
        .contains("vigil: 1 articles from 2 sources, 0 rejected, 1 sources failed");
  }

  @Test
  void sourcesComeFromTheSettingsFileAndTheCommandLine() throws IOException {
    Path yaml = Files.writeString(dir.resolve("vigil.yaml"),
        "sources:\n  - {id: wire, kind: rss, url: 'https://wire.example/rss', interval: 5m}\n");
    SourcesCommand c = new SourcesCommand();
    c.interval = "1h";
    c.folder = List.of(dir);
    c.page = List.of("https://news.example/live");
    List<SourceSpec> all = c.sources(VigilSettings.load(yaml, Map.of(), Map.of()));
    assertThat(all).extracting(SourceSpec::id).containsExactly("wire", "page-1", "folder-1");
    assertThat(all.get(2).interval()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void withoutSourcesItIsAUsageError() {
    assertThat(Main.run("sources", "--config", writeEmpty().toString())).isEqualTo(Main.USAGE);
  }

  private Path writeEmpty() {
    try {
      return Files.writeString(dir.resolve("empty.yaml"), "threads: 1\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
