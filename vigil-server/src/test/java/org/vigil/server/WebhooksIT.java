package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.monitor.alert.Alert;
import org.vigil.monitor.alert.Severity;

/** Webhooks against a real HTTP receiver on loopback (the JDK's HttpServer). */
final class WebhooksIT {
  private static final String SECRET = "s3cret-for-tests";
  private static final Instant NOW = Instant.parse("2021-07-06T08:00:00Z");
  private static final Webhooks.Policy FAST = new Webhooks.Policy(3, Duration.ofMillis(50), 2, Duration.ofSeconds(5));

  /** A request the receiver got: its body, signature header and attempt number. */
  record Received(byte[] body, String signature, String attempt) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer receiver;
  private Webhooks webhooks;

  /** Starts a receiver that answers the given statuses in turn (the last one from then on). */
  private URI receiver(int... statuses) throws IOException {
    AtomicInteger n = new AtomicInteger();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", ex -> {
      byte[] body = ex.getRequestBody().readAllBytes();
      received.add(new Received(body, ex.getRequestHeaders().getFirst(Webhooks.SIGNATURE),
          ex.getRequestHeaders().getFirst("X-Vigil-Attempt")));
      int i = Math.min(n.getAndIncrement(), statuses.length - 1);
      ex.sendResponseHeaders(statuses[i], -1);
      ex.close();
    });
    receiver.start();
    return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
  }

  @AfterEach
  void stop() {
    if (webhooks != null) {
      webhooks.close();
    }
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  private static Alert alert() {
    LocalDate day = LocalDate.of(2021, 7, 5);
    return new Alert("afg-tjk-border.nb-cusum.2021-07-05", "afg-tjk-border", "border AFG-TJK", "nb-cusum",
        Map.of("shiftFactor", "2.0"), day, day, 1, 6.2, 2.1, Severity.HIGH, Alert.Status.NEW,
        List.of(new Alert.Day(day, 4, 20)), List.of(new Alert.Evidence("e1", "a1", day, "190", "ASSAULT", "AFGREB",
        "TJKMIL", "Taliban fighters fired across the river.")), NOW, NOW);
  }

  private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }

  @Test
  void theAlertIsPostedAsJsonSignedWithHmacSha256OverTheBody() throws Exception {
    webhooks = new Webhooks(List.of(new Webhooks.Target(receiver(200), SECRET)), FAST, null, InstantSource.fixed(NOW));

    webhooks.changed(alert(), true);
    await(() -> !received.isEmpty());

    Received r = received.getFirst();
    // the receiver checks the signature with its own HMAC, not Vigil's
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
    assertThat(r.signature()).isEqualTo("sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(r.body())));
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertThat(body.get("event").asText()).isEqualTo("alert.raised");
    assertThat(body.at("/alert/id").asText()).isEqualTo("afg-tjk-border.nb-cusum.2021-07-05");
    assertThat(body.at("/alert/evidence/0/sentence").asText()).isEqualTo("Taliban fighters fired across the river.");
    assertThat(webhooks.deadLetters()).isEmpty();
  }

  @Test
  void aSignatureWithAnotherSecretDoesNotMatch() {
    byte[] body = "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(Webhooks.sign(SECRET, body)).isNotEqualTo(Webhooks.sign("other", body)).startsWith("sha256=")
        .hasSize(7 + 64);
  }

  @Test
  void aDeliveryAnsweredWith500IsTriedAgainUntil200() throws Exception {
    webhooks = new Webhooks(List.of(new Webhooks.Target(receiver(500, 200), SECRET)), FAST, null,
        InstantSource.fixed(NOW));

    webhooks.changed(alert(), true);
    await(() -> received.size() >= 2);
    Thread.sleep(300); // no third try follows a 200

    assertThat(received).extracting(Received::attempt).containsExactly("1", "2");
    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
    assertThat(webhooks.deadLetters()).isEmpty();
  }

  @Test
  void afterTheLastFailedTryADeadLetterIsRecorded(@TempDir Path home) throws Exception {
    Path file = home.resolve("webhook-dead-letters.jsonl");
    URI url = receiver(503);
    webhooks = new Webhooks(List.of(new Webhooks.Target(url, SECRET)), FAST, file, InstantSource.fixed(NOW));

    webhooks.changed(alert(), false);
    await(() -> !webhooks.deadLetters().isEmpty());

    assertThat(received).extracting(Received::attempt).containsExactly("1", "2", "3");
    assertThat(webhooks.deadLetters()).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo(url.toString());
      assertThat(d.alertId()).isEqualTo("afg-tjk-border.nb-cusum.2021-07-05");
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.lastError()).isEqualTo("status 503");
    });
    JsonNode line = Json.MAPPER.readTree(Files.readAllLines(file).getFirst());
    assertThat(line.get("alert_id").asText()).isEqualTo("afg-tjk-border.nb-cusum.2021-07-05");
    assertThat(Json.MAPPER.readTree(line.get("body").asText()).get("event").asText()).isEqualTo("alert.updated");
  }

  @Test
  void theDelaysGrowByTheFactor() {
    Webhooks.Policy p = new Webhooks.Policy(5, Duration.ofSeconds(2), 2, Duration.ofSeconds(10));

    assertThat(List.of(p.delayBefore(2), p.delayBefore(3), p.delayBefore(4), p.delayBefore(5)))
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16));
  }
}
