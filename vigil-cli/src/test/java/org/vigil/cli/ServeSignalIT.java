package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;

/**
 * {@code vigil serve} in a process of its own: it prints its URL, answers, and on SIGTERM stops
 * through its shutdown hook, leaving a store that opens and checks clean.
 */
final class ServeSignalIT {
  @TempDir Path home;

  @Test
  void sigtermStopsTheServiceCleanly() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path err = home.resolve("serve.err");
    ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0", "--home",
        home.resolve("home").toString(), "--no-samples")
        .redirectError(err.toFile());
    pb.environment().put("VIGIL_SERVER_WRITE_TOKEN", "t");
    Process p = pb.start();
    try {
      String url;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        url = out.readLine();
      }
      assertThat(url).as(Files.readString(err)).matches("http://localhost:\\d+");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"store\":{\"ok\":true");
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(143);
    } finally {
      p.destroyForcibly();
    }
    assertThat(Files.readString(err)).contains("vigil: stopping: no new requests")
        .contains("vigil: stopped; the store is closed");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(home.resolve("home/vigil.duckdb")).asReadOnly())) {
      assertThat(store.check().ok()).isTrue();
    }
  }
}
