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
}
