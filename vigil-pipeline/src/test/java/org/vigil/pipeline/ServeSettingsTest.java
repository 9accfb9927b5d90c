package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.VigilException;

/** The settings of {@code vigil serve} (issue 13): home, port, tokens, open reads. */
final class ServeSettingsTest {

  @Test
  void defaultsServeLocalhost8080WithOpenReadsAndNoWrites() {
    VigilSettings s = VigilSettings.load(null, Map.of(), Map.of());
    assertThat(s.home()).isEqualTo(Path.of("vigil-data"));
    assertThat(s.server()).isEqualTo(new VigilSettings.Server("localhost", 8080, "", "", true));
  }

  @Test
  void theStoreFollowsHomeUnlessStorePathIsSet() {
    assertThat(VigilSettings.load(null, Map.of("VIGIL_HOME", "/srv/vigil"), Map.of()).storePath())
        .isEqualTo(Path.of("/srv/vigil/vigil.duckdb"));
    assertThat(VigilSettings.load(null, Map.of("VIGIL_HOME", "/srv/vigil"), Map.of("store.path", "x.duckdb"))
        .storePath()).isEqualTo(Path.of("x.duckdb"));
  }

  @Test
  void flagsAndEnvironmentSetPortAndTokens() {
    VigilSettings s = VigilSettings.load(null, Map.of("VIGIL_SERVER_WRITE_TOKEN", "w-secret",
        "VIGIL_SERVER_READS_OPEN", "false"), Map.of("server.port", "0"));
    assertThat(s.server()).isEqualTo(new VigilSettings.Server("localhost", 0, "", "w-secret", false));
    assertThat(s.source("server.port")).isEqualTo("flag --port");
  }

  @Test
  void tokensAreNeverShown() {
    VigilSettings s = VigilSettings.load(null, Map.of("VIGIL_SERVER_WRITE_TOKEN", "w-secret",
        "VIGIL_SERVER_READ_TOKEN", "r-secret"), Map.of());
    assertThat(s.describe()).doesNotContain("secret").contains("server.write-token").contains("(set, hidden)");
    assertThat(s.server().toString()).doesNotContain("secret");
    assertThat(s.effective()).containsEntry("server.read-token", "(set, hidden)");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_SERVER_PORT", "70000"), Map.of()))
        .isInstanceOf(VigilException.class)
        .hasMessage("settings: server.port = \"70000\" (from environment variable VIGIL_SERVER_PORT) is not between 0 and 65535");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_SERVER_READS_OPEN", "false"), Map.of()))
        .hasMessage("settings: server.reads-open = \"false\" (from environment variable VIGIL_SERVER_READS_OPEN)"
            + " needs server.read-token (nobody could read)");
  }

  @Test
  void theQueryLineAndTheResponseCacheAreSettings() {
    VigilSettings.ReadLimits d = VigilSettings.load(null, Map.of(), Map.of()).readLimits();
    assertThat(d).isEqualTo(new VigilSettings.ReadLimits(Math.max(2, Runtime.getRuntime().availableProcessors()), 512,
        java.time.Duration.ofSeconds(20), true, 1, 2000, 64L << 20));
    VigilSettings s = VigilSettings.load(null, Map.of("VIGIL_SERVER_QUERY_CONCURRENCY", "6",
        "VIGIL_SERVER_QUERY_WAIT_MS", "1500", "VIGIL_SERVER_CACHE_ENTRIES", "0", "VIGIL_SERVER_INGEST_PRIORITY", "false"),
        Map.of("server.query-queue", "10", "server.query-concurrency-ingesting", "2", "server.cache-bytes", "1000"));
    assertThat(s.readLimits()).isEqualTo(new VigilSettings.ReadLimits(6, 10, java.time.Duration.ofMillis(1500), false,
        2, 0, 1000));
    assertThat(s.effective()).containsEntry("server.query-wait-ms", "1500").containsEntry("server.cache-entries", "0");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_SERVER_QUERY_CONCURRENCY", "0"), Map.of()))
        .hasMessage("settings: server.query-concurrency = \"0\" (from environment variable"
            + " VIGIL_SERVER_QUERY_CONCURRENCY) is not between 1 and 1024");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_SERVER_CACHE_ENTRIES", "-1"), Map.of()))
        .hasMessage("settings: server.cache-entries = \"-1\" (from environment variable VIGIL_SERVER_CACHE_ENTRIES)"
            + " is not between 0 and 1000000");
  }

  @Test
  void theCodersNiceValueIsASettingOf0To19() {
    assertThat(VigilSettings.load(null, Map.of(), Map.of()).coderNice()).isZero();
    VigilSettings s = VigilSettings.load(null, Map.of("VIGIL_SERVER_CODER_NICE", "19"), Map.of());
    assertThat(s.coderNice()).isEqualTo(19);
    assertThat(s.effective()).containsEntry("server.coder-nice", "19");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_SERVER_CODER_NICE", "20"), Map.of()))
        .hasMessage("settings: server.coder-nice = \"20\" (from environment variable VIGIL_SERVER_CODER_NICE)"
            + " is not between 0 and 19");
  }

  @Test
  void readsWhileStoringIsOnByDefaultAndASetting() {
    assertThat(VigilSettings.load(null, Map.of(), Map.of()).readsWhileStoring()).isTrue();
    VigilSettings s = VigilSettings.load(null, Map.of("VIGIL_SERVER_READS_WHILE_STORING", "false"), Map.of());
    assertThat(s.readsWhileStoring()).isFalse();
    assertThat(s.effective()).containsEntry("server.reads-while-storing", "false");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_SERVER_READS_WHILE_STORING", "sometimes"), Map.of()))
        .hasMessageContaining("server.reads-while-storing");
  }
}
