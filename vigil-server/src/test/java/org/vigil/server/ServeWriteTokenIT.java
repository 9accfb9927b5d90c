package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.pipeline.VigilSettings;

/**
 * {@code vigil serve} on a fresh home with no write token set (the README's command on a fresh
 * clone): it makes one into {@code HOME/write-token}, says where, takes it for writes and for the
 * dashboard's sign-in, and takes the same one again at the next start.
 */
final class ServeWriteTokenIT {
  private final HttpClient http = HttpClient.newHttpClient();

  private Serve start(Path home, ByteArrayOutputStream log) {
    VigilSettings settings = VigilSettings.load(null, Map.of("VIGIL_HOME", home.toString(), "VIGIL_SERVER_PORT", "0",
        "VIGIL_THREADS", "1"), Map.of());
    return Serve.start(settings, new Serve.Options(null, a -> List.of(), Duration.ofSeconds(10), 10),
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private int putWatch(Serve serve, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serve.uri() + "/watches/kgz"))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Kyrgyzstan\", \"kind\": \"country\", \"country\": \"KGZ\"}"));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void aFreshHomeGetsAWriteTokenThatWritesAndSignsIn(@TempDir Path home) throws Exception {
    Path file = home.resolve("write-token");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String token;
    try (Serve serve = start(home, log)) {
      token = Files.readString(file).strip();
      assertThat(log.toString(StandardCharsets.UTF_8))
          .contains("vigil: the dashboard is at " + serve.uri() + "/")
          .contains("vigil: writes (POST /articles, watches, corrections; signing in to the dashboard) need the write"
              + " token in " + file.toAbsolutePath() + " (set server.write-token to choose one)")
          .doesNotContain(token);
      assertThat(putWatch(serve, null)).isEqualTo(401);
      assertThat(putWatch(serve, "guess")).isEqualTo(403);
      assertThat(putWatch(serve, token)).isEqualTo(200);
      HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(serve.uri() + "/ui/sign-in"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).isEqualTo(302);
      assertThat(signIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("vigil_session="));
    }
    try (Serve again = start(home, new ByteArrayOutputStream())) {
      assertThat(putWatch(again, token)).isEqualTo(200);
    }
  }
}
