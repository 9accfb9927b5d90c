package org.vigil.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.vigil.monitor.alert.Alert;

/**
 * Delivers alerts to webhooks (issue 14, item 5): a JSON POST of {@code {"event": "alert.raised"
 * or "alert.updated", "delivery", "alert": {...}}} to each URL, signed with HMAC-SHA256 over the
 * body with the target's secret ({@code X-Vigil-Signature: sha256=HEX}); a delivery that fails (no
 * answer, or a status other than 2xx) is tried again after {@code firstDelay}, then each delay
 * times {@code factor}, up to {@code attempts} tries; after the last a dead-letter record is kept
 * (in memory and, with a file, one JSON line in {@code webhook-dead-letters.jsonl} of the home
 * folder). Deliveries run on one background thread, so a slow receiver never holds up ingest.
 * Thread-safe.
 */
final class Webhooks implements Monitoring.Listener, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());

  /** The header that carries the signature. */
  static final String SIGNATURE = "X-Vigil-Signature";

  /** A receiver and the secret its signatures are made with. */
  record Target(URI url, String secret) {
    Target {
      Objects.requireNonNull(url, "webhook url");
      if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
        throw new IllegalArgumentException("webhook url must be http or https, was " + url);
      }
      Objects.requireNonNull(secret, "webhook secret");
      if (secret.isEmpty()) {
        throw new IllegalArgumentException("webhook secret must not be empty (for " + url + ")");
      }
    }
  }

  /** How often and how patiently to try. */
  record Policy(int attempts, Duration firstDelay, double factor, Duration timeout) {
    Policy {
      if (attempts < 1) {
        throw new IllegalArgumentException("webhook attempts must be at least 1, was " + attempts);
      }
      if (firstDelay.isNegative() || !(factor >= 1) || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("webhook delay must not be negative, factor must be at least 1 and timeout"
            + " positive, were " + firstDelay + ", " + factor + ", " + timeout);
      }
    }

    /** 5 tries, after 2 s, 4 s, 8 s, 16 s; 10 s for an answer. */
    static Policy defaults() {
      return new Policy(5, Duration.ofSeconds(2), 2, Duration.ofSeconds(10));
    }

    Duration delayBefore(int attempt) {
      return Duration.ofMillis((long) (firstDelay.toMillis() * Math.pow(factor, attempt - 2)));
    }
  }

  /** A delivery given up after its last try. */
  record DeadLetter(String url, String delivery, String alertId, int attempts, String lastError, String body) {}

  private final List<Target> targets;
  private final Policy policy;
  private final HttpClient http;
  private final Path deadLetterFile;
  private final InstantSource clock;
  private final List<DeadLetter> dead = new ArrayList<>();
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "vigil-webhooks");
    t.setDaemon(true);
    return t;
  });

  /** @param deadLetterFile where dead letters are appended, or null for memory only */
  Webhooks(List<Target> targets, Policy policy, Path deadLetterFile, InstantSource clock) {
    this.targets = List.copyOf(targets);
    this.policy = Objects.requireNonNull(policy, "policy");
    this.http = HttpClient.newBuilder().connectTimeout(policy.timeout()).build();
    this.deadLetterFile = deadLetterFile;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void changed(Alert alert, boolean raised) {
    if (targets.isEmpty()) {
      return;
    }
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("event", raised ? "alert.raised" : "alert.updated");
    String delivery = UUID.randomUUID().toString();
    o.put("delivery", delivery);
    o.put("sent", clock.instant().toString());
    o.set("alert", AlertJson.write(alert));
    byte[] body = Json.bytes(o);
    for (Target t : targets) {
      executor.execute(() -> attempt(t, delivery, alert.id(), body, 1));
    }
  }

  /** The HMAC-SHA256 of {@code body} with {@code secret}, as {@code sha256=} and lower-case hex. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private void attempt(Target t, String delivery, String alertId, byte[] body, int attempt) {
    String error;
    try {
      HttpRequest request = HttpRequest.newBuilder(t.url()).timeout(policy.timeout())
          .header("Content-Type", "application/json")
          .header(SIGNATURE, sign(t.secret(), body))
          .header("X-Vigil-Delivery", delivery)
          .header("X-Vigil-Attempt", Integer.toString(attempt))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        return;
      }
      error = "status " + response.statusCode();
    } catch (IOException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    }
    if (attempt < policy.attempts() && !executor.isShutdown()) {
      String last = error;
      executor.schedule(() -> attempt(t, delivery, alertId, body, attempt + 1),
          policy.delayBefore(attempt + 1).toMillis(), TimeUnit.MILLISECONDS);
      LOG.log(System.Logger.Level.INFO, "webhook " + t.url() + " failed (" + last + "); try " + (attempt + 1) + " of "
          + policy.attempts() + " follows");
      return;
    }
    deadLetter(new DeadLetter(t.url().toString(), delivery, alertId, attempt, error,
        new String(body, StandardCharsets.UTF_8)));
  }

  private synchronized void deadLetter(DeadLetter d) {
    dead.add(d);
    LOG.log(System.Logger.Level.WARNING, "webhook " + d.url() + " gave up on alert " + d.alertId() + " after "
        + d.attempts() + " tries: " + d.lastError());
    if (deadLetterFile == null) {
      return;
    }
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("at", clock.instant().toString());
    o.put("url", d.url());
    o.put("delivery", d.delivery());
    o.put("alert_id", d.alertId());
    o.put("attempts", d.attempts());
    o.put("last_error", d.lastError());
    o.put("body", d.body());
    try {
      Files.write(deadLetterFile, (new String(Json.bytes(o), StandardCharsets.UTF_8) + "\n")
          .getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.ERROR, "cannot write the dead letter to " + deadLetterFile, e);
    }
  }

  /** The deliveries given up so far. */
  synchronized List<DeadLetter> deadLetters() {
    return List.copyOf(dead);
  }

  /** Stops: deliveries and retries still waiting are dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
