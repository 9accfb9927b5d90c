package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class FetcherTest {

  private final TestServer server = new TestServer();
  private final FakeTime time = new FakeTime(Instant.parse("2026-12-06T07:00:00Z"));

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchConfig.Builder loopback() {
    return FetchConfig.builder().allowLoopback(true).politenessDelay(Duration.ZERO)
        .initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30));
  }

  private Fetcher fetcher(FetchConfig config) {
    return new Fetcher(config, HostResolver.system(), time, time);
  }

  private Fetched get(Fetcher f, String path) {
    return f.fetch(server.url(path), Validators.NONE, "*/*");
  }

  @Test
  void fetchRecordsStatusBytesTypeAndValidators() {
    server.route("/feed", ex -> {
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Wed, 14 Dec 2016 09:30:00 GMT");
      TestServer.send(ex, 200, "application/rss+xml", "<rss/>");
    });
    Fetched f = get(fetcher(loopback().build()), "/feed");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(f.record().status()).isEqualTo(200);
    assertThat(f.record().bytes()).isEqualTo(6);
    assertThat(f.record().attempts()).isEqualTo(1);
    assertThat(f.record().finalUrl()).isEqualTo(server.url("/feed"));
    assertThat(new String(f.body())).isEqualTo("<rss/>");
    assertThat(f.contentType()).isEqualTo("application/rss+xml");
    assertThat(f.validators()).isEqualTo(new Validators("\"v1\"", "Wed, 14 Dec 2016 09:30:00 GMT"));
    assertThat(server.requests().get(0).userAgent()).startsWith("Vigil/");
  }

  @Test
  void conditionalGetGivesNotModifiedOnTheSecondFetch() {
    server.route("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestServer.send(ex, 304, null, "");
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      TestServer.send(ex, 200, "application/rss+xml", "<rss/>");
    });
    Fetcher fetcher = fetcher(loopback().build());
    Fetched first = get(fetcher, "/feed");
    Fetched second = fetcher.fetch(server.url("/feed"), first.validators(), "*/*");
    assertThat(second.record().outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
    assertThat(second.record().status()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
    assertThat(second.validators()).isEqualTo(first.validators());
    assertThat(server.requests()).extracting(TestServer.Request::ifNoneMatch).containsExactly(null, "\"v1\"");
  }

  @Test
  void lastModifiedIsSentBackAsIfModifiedSince() {
    server.route("/page", ex -> {
      ex.getResponseHeaders().set("Last-Modified", "Tue, 13 Dec 2016 16:05:00 GMT");
      TestServer.send(ex, 200, "text/html", "<p>x</p>");
    });
    Fetcher fetcher = fetcher(loopback().build());
    fetcher.fetch(server.url("/page"), get(fetcher, "/page").validators(), "*/*");
    assertThat(server.requests()).extracting(TestServer.Request::ifModifiedSince)
        .containsExactly(null, "Tue, 13 Dec 2016 16:05:00 GMT");
  }

  @Test
  void serviceUnavailableIsRetriedWithExponentialBackOffThenSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    server.route("/flaky", ex -> {
      if (calls.incrementAndGet() <= 2) {
        TestServer.send(ex, 503, "text/plain", "busy");
      } else {
        TestServer.send(ex, 200, "text/plain", "fine");
      }
    });
    Fetched f = get(fetcher(loopback().maxAttempts(3).build()), "/flaky");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(f.record().attempts()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(f.record().duration()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void retriesEndWithTheLastFailure() {
    server.route("/down", ex -> TestServer.send(ex, 503, "text/plain", "busy"));
    Fetched f = get(fetcher(loopback().maxAttempts(2).build()), "/down");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.HTTP_ERROR);
    assertThat(f.record().reason()).isEqualTo("HTTP 503 Service Unavailable");
    assertThat(f.record().isTransient()).isTrue();
    assertThat(f.record().attempts()).isEqualTo(2);
    assertThat(server.count("/down")).isEqualTo(2);
  }

  @Test
  void tooManyRequestsWaitsAsRetryAfterAsks() {
    AtomicInteger calls = new AtomicInteger();
    server.route("/limited", ex -> {
      if (calls.incrementAndGet() == 1) {
        ex.getResponseHeaders().set("Retry-After", "7");
        TestServer.send(ex, 429, "text/plain", "slow down");
      } else {
        TestServer.send(ex, 200, "text/plain", "ok");
      }
    });
    Fetched f = get(fetcher(loopback().build()), "/limited");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterLongerThanTheLongestBackOffEndsTheFetch() {
    server.route("/limited", ex -> {
      ex.getResponseHeaders().set("Retry-After", "3600");
      TestServer.send(ex, 429, "text/plain", "come back tomorrow");
    });
    Fetched f = get(fetcher(loopback().build()), "/limited");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.HTTP_ERROR);
    assertThat(f.record().reason())
        .isEqualTo("HTTP 429 Too Many Requests; the server asks to wait 3600 s, longer than the 30 s allowed");
    assertThat(server.count("/limited")).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void notFoundIsNotRetried() {
    Fetched f = get(fetcher(loopback().build()), "/gone");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.HTTP_ERROR);
    assertThat(f.record().status()).isEqualTo(404);
    assertThat(f.record().reason()).isEqualTo("HTTP 404 Not Found");
    assertThat(f.record().isTransient()).isFalse();
    assertThat(server.count("/gone")).isEqualTo(1);
    assertThat(f.validators()).isEqualTo(Validators.NONE);
  }

  @Test
  void redirectsAreFollowedAndTheFinalUrlKept() {
    server.route("/old", ex -> redirect(ex, "/middle"));
    server.route("/middle", ex -> redirect(ex, server.url("/new").toString()));
    server.serve("/new", "text/plain", "here");
    Fetched f = get(fetcher(loopback().build()), "/old");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(f.record().url()).isEqualTo(server.url("/old"));
    assertThat(f.record().finalUrl()).isEqualTo(server.url("/new"));
    assertThat(new String(f.body())).isEqualTo("here");
  }

  @Test
  void aRedirectLoopIsDetected() {
    server.route("/a", ex -> redirect(ex, "/b"));
    server.route("/b", ex -> redirect(ex, "/a"));
    Fetched f = get(fetcher(loopback().maxRedirects(10).build()), "/a");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.REDIRECT_LOOP);
    assertThat(f.record().reason()).isEqualTo("redirect loop: " + server.url("/a") + " -> " + server.url("/b")
        + " -> " + server.url("/a"));
    assertThat(server.count("/a")).isEqualTo(1);
    assertThat(server.count("/b")).isEqualTo(1);
  }

  @Test
  void redirectsBeyondTheLimitEndTheFetch() {
    for (int i = 0; i < 5; i++) {
      int next = i + 1;
      server.route("/r" + i, ex -> redirect(ex, "/r" + next));
    }
    Fetched f = get(fetcher(loopback().maxRedirects(2).build()), "/r0");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
    assertThat(f.record().reason()).isEqualTo("more than 2 redirects (the last to " + server.url("/r3") + ")");
    assertThat(server.count("/r3")).isZero();
  }

  @Test
  void aHugeStreamIsAbandonedPastTheCapWithoutReadingIt() {
    long huge = 200L * 1024 * 1024;
    AtomicLong written = new AtomicLong();
    server.route("/huge", ex -> {
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, 0); // chunked: no length to refuse it by
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = ex.getResponseBody()) {
        while (written.get() < huge) {
          out.write(chunk);
          written.addAndGet(chunk.length);
        }
      }
    });
    Fetched f = get(fetcher(loopback().maxBytes(1024 * 1024).build()), "/huge");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(f.record().reason()).startsWith("body is over the limit of 1048576 bytes (abandoned after ");
    assertThat(f.record().bytes()).isBetween(1024L * 1024, 2L * 1024 * 1024);
    assertThat(f.body()).isEmpty();
    assertThat(written.get()).isLessThan(huge);
  }

  @Test
  void aDeclaredLengthOverTheCapIsRefusedBeforeReading() {
    server.route("/big", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 50L * 1024 * 1024);
      OutputStream out = ex.getResponseBody();
      out.write(new byte[256 * 1024]);
      out.flush(); // and never the rest: the client must not wait for it
    });
    Fetched f = get(fetcher(loopback().maxBytes(1024 * 1024).totalTimeout(Duration.ofSeconds(5)).maxAttempts(1).build()), "/big");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(f.record().reason()).isEqualTo("declared Content-Length 52428800 bytes is over the limit of 1048576 bytes");
  }

  @Test
  void aGzippedBodyIsDecompressed() {
    server.route("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
      byte[] zipped = gzip("<rss version='2.0'/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);
      ex.sendResponseHeaders(200, zipped.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(zipped);
      }
    });
    Fetched f = get(fetcher(loopback().build()), "/gz");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(new String(f.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<rss version='2.0'/>");
    assertThat(f.record().bytes()).isEqualTo(20);
  }

  @Test
  void aGzipBombIsAbandonedAtTheCapOfItsDecompressedSize() {
    byte[] bomb = gzip(new byte[1024 * 1024], 64); // 64 MiB of zeros in about 64 KB
    server.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      ex.sendResponseHeaders(200, bomb.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bomb);
      }
    });
    Fetched f = get(fetcher(loopback().maxBytes(1024 * 1024).build()), "/bomb");
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    assertThat(f.record().reason()).startsWith("decompressed body is over the limit of 1048576 bytes (abandoned after ");
  }

  private static byte[] gzip(byte[] block, int times) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
      for (int i = 0; i < times; i++) {
        out.write(block);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Test
  void aSlowAnswerTimesOut() {
    server.route("/slow", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestServer.send(ex, 200, "text/plain", "late");
    });
    Fetched f = get(fetcher(loopback().totalTimeout(Duration.ofMillis(300)).maxAttempts(1).build()), "/slow");
    assertThat(f.record().outcome()).isEqualTo(FetchOutcome.TIMEOUT);
    assertThat(f.record().isTransient()).isTrue();
  }

  @Test
  void requestsToOneHostWaitThePolitenessDelay() {
    server.serve("/p", "text/plain", "x");
    Fetcher fetcher = fetcher(loopback().politenessDelay(Duration.ofSeconds(2)).build());
    get(fetcher, "/p");
    get(fetcher, "/p");
    get(fetcher, "/p");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Nested
  final class Refused {

    private final Fetcher strict = fetcher(FetchConfig.builder().maxAttempts(3).politenessDelay(Duration.ZERO).build());

    @Test
    void loopbackIsRefusedUnlessAllowedAndNothingIsSent() {
      server.serve("/feed", "text/plain", "secret");
      Fetched f = get(strict, "/feed");
      assertThat(f.record().outcome()).isEqualTo(FetchOutcome.REFUSED);
      assertThat(f.record().reason())
          .isEqualTo("loopback address 127.0.0.1 (not allowed: see FetchConfig.allowPrivate/allowLoopback)");
      assertThat(f.record().attempts()).isZero();
      assertThat(f.record().status()).isZero();
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void privateAndLinkLocalAddressesAreRefusedWithoutConnecting() {
      for (String url : List.of("http://10.0.0.1/feed", "http://169.254.169.254/latest/meta-data/",
          "http://192.168.1.1/", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/")) {
        Fetched f = strict.fetch(URI.create(url), Validators.NONE, "*/*");
        assertThat(f.record().outcome()).as(url).isEqualTo(FetchOutcome.REFUSED);
        assertThat(f.record().attempts()).as(url).isZero();
      }
      assertThat(strict.fetch(URI.create("http://169.254.169.254/x"), Validators.NONE, "*/*").record().reason())
          .startsWith("link-local address 169.254.169.254 ");
      assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefused() throws UnknownHostException {
      InetAddress inside = InetAddress.getByAddress("intranet.example", new byte[] {10, 1, 2, 3});
      InetAddress outside = InetAddress.getByAddress("intranet.example", new byte[] {93, (byte) 184, (byte) 216, 34});
      Fetcher f = new Fetcher(FetchConfig.defaults(), host -> List.of(outside, inside), time, time);
      Fetched got = f.fetch(URI.create("https://intranet.example/rss"), Validators.NONE, "*/*");
      assertThat(got.record().outcome()).isEqualTo(FetchOutcome.REFUSED);
      assertThat(got.record().reason()).isEqualTo(
          "private address 10.1.2.3 of host intranet.example (not allowed: see FetchConfig.allowPrivate/allowLoopback)");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedAtThatHop() {
      server.route("/jump", ex -> redirect(ex, "http://10.0.0.1/admin"));
      Fetched f = get(fetcher(loopback().build()), "/jump");
      assertThat(f.record().outcome()).isEqualTo(FetchOutcome.REFUSED);
      assertThat(f.record().finalUrl()).isEqualTo(URI.create("http://10.0.0.1/admin"));
      assertThat(f.record().reason()).startsWith("private address 10.0.0.1 ");
      assertThat(f.record().attempts()).isEqualTo(1);
    }

    @Test
    void otherSchemesAreRefused() {
      Fetched f = strict.fetch(URI.create("file:///etc/passwd"), Validators.NONE, "*/*");
      assertThat(f.record().outcome()).isEqualTo(FetchOutcome.REFUSED);
      assertThat(f.record().reason()).isEqualTo("not an http or https URL: file:///etc/passwd");
    }

    @Test
    void anUnknownHostIsRecordedAsSuch() {
      Fetcher f = new Fetcher(FetchConfig.defaults(), host -> {
        throw new UnknownHostException(host);
      }, time, time);
      Fetched got = f.fetch(URI.create("https://vanished.example/feed"), Validators.NONE, "*/*");
      assertThat(got.record().outcome()).isEqualTo(FetchOutcome.UNKNOWN_HOST);
      assertThat(got.record().reason()).isEqualTo("unknown host vanished.example");
    }
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
  }
}
