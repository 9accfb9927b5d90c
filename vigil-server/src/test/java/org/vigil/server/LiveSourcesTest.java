package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.source.SourceSpec;
import org.vigil.testkit.Seeded;

final class LiveSourcesTest {

  @Test
  void intervalsAreWrittenAsTheSettingsFileWritesThem() {
    assertThat(LiveSources.every(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(LiveSources.every(Duration.ofMinutes(15))).isEqualTo("15m");
    assertThat(LiveSources.every(Duration.ofHours(2))).isEqualTo("2h");
    assertThat(LiveSources.every(Duration.ofDays(1))).isEqualTo("1d");
    assertThat(LiveSources.every(Duration.ofMillis(1500))).isEqualTo("PT1.5S");
  }

  @Test
  void aBodyWithoutIntervalOrNameTakesTheDefaults() {
    SourceSpec s = LiveSources.spec(Json.MAPPER.createObjectNode().put("id", "g").put("kind", "ATOM")
        .put("url", " https://g.example/atom.xml "));
    assertThat(s).isEqualTo(new SourceSpec("g", SourceSpec.Kind.ATOM, "https://g.example/atom.xml",
        Duration.ofMinutes(15), ""));
  }

  @Test
  void anyBodyIsASpecThatWritesBackTheSameOrA400NamingAField() {
    List<String> fields = List.of("id", "kind", "url", "path", "interval", "name", "feed");
    List<String> values = List.of("", "x", "bad id", "rss", "atom", "html", "folder", "gopher", "https://a.example/f",
        "ftp://a.example/f", "http://", "/tmp/drop", "9s", "10s", "15m", "PT1H", "5x", "Name");
    Seeded.forEachCase(500, 0x50_0C_E5L, g -> {
      ObjectNode body = Json.MAPPER.createObjectNode();
      int n = g.between(0, 6);
      for (int i = 0; i < n; i++) {
        body.put(g.pick(fields), g.pick(values));
      }
      try {
        SourceSpec s = LiveSources.spec(body);
        assertThat(s.id()).isEqualTo(body.get("id").asText());
        assertThat(s.kind()).isEqualTo(SourceSpec.Kind.parse(body.get("kind").asText()));
        assertThat(s.interval()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(LiveSources.spec(SourceFile.json(s))).isEqualTo(s);
      } catch (ApiException e) {
        assertThat(e.status()).as(body.toString()).isEqualTo(400);
        assertThat(e.getMessage()).as(body.toString()).matches("body: (id|kind|url|path|interval|unknown field)\\b.*");
      }
    });
  }
}
