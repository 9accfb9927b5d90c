package org.vigil.ingest.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches URLs over HTTP(S) for the live sources, carefully: every host is resolved and each of
 * its addresses checked against the {@linkplain FetchConfig#allowPrivate() address policy} before
 * any connection, on the first request and again on every redirect hop, which it follows itself
 * (at most {@link FetchConfig#maxRedirects()}, a loop detected); the body is read as it streams
 * and abandoned past {@link FetchConfig#maxBytes()} (a gzip body past it once decompressed, so a
 * small "zip bomb" is caught too); each request has a connect and a total time
 * limit; conditional GET with the {@link Validators} of the last answer; retries with
 * exponential back-off on time-outs, broken connections, 5xx and 429 (honouring {@code
 * Retry-After}); and at least {@link FetchConfig#politenessDelay()} between requests to one
 * host. No proxy is used (a proxy would hide the address that is connected to).
 *
 * <p>Every call returns a {@link Fetched} whose {@link FetchRecord} says what happened; failures
 * are outcomes, not exceptions. Thread-safe: fetches of different hosts run in parallel; the
 * politeness delay serialises the start of requests to one host.
 */
public final class Fetcher implements AutoCloseable {

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final FetchConfig config;
  private final AddressPolicy policy;
  private final HttpClient client;
  private final HostResolver resolver;
  private final InstantSource clock;
  private final Sleeper sleeper;
  /** When the next request to each host may start. */
  private final Map<String, Instant> nextSlot = new ConcurrentHashMap<>();

  /** A fetcher over the system's resolver, clock and sleep. */
  public Fetcher(FetchConfig config) {
    this(config, HostResolver.system(), InstantSource.system(), Sleeper.system());
  }

  /**
   * A fetcher with the given resolver, clock and sleeper (tests pass fakes so that back-off
   * takes no time).
   */
  public Fetcher(FetchConfig config, HostResolver resolver, InstantSource clock, Sleeper sleeper) {
    this.config = Objects.requireNonNull(config, "config");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.policy = new AddressPolicy(config.allowPrivate(), config.allowLoopback());
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .proxy(HttpClient.Builder.NO_PROXY)
        .build();
  }

  /** Stops the HTTP client: fetches under way fail, later ones are not made. */
  @Override
  public void close() {
    client.shutdownNow();
  }

  /** The config this fetcher was built with. */
  public FetchConfig config() {
    return config;
  }

  /**
   * Fetches {@code url}, retrying transient failures.
   *
   * @param url an http or https URL (anything else is {@link FetchOutcome#REFUSED})
   * @param validators sent as {@code If-None-Match} and {@code If-Modified-Since}; {@link
   *     Validators#NONE} for an unconditional fetch
   * @param accept the {@code Accept} header
   * @throws IllegalStateException when the thread is interrupted (its flag is set again)
   */
  public Fetched fetch(URI url, Validators validators, String accept) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(accept, "accept");
    Instant started = clock.instant();
    Attempt last = null;
    int attempts = 0;
    try {
      for (int i = 1; i <= config.maxAttempts(); i++) {
        last = once(url, validators, accept);
        attempts += last.requests;
        if (!transientFailure(last) || i == config.maxAttempts()) {
          break;
        }
        Duration wait = backoff(i, last.retryAfter);
        if (wait.compareTo(config.maxBackoff()) > 0) {
          last = last.because(last.reason + "; the server asks to wait " + wait.toSeconds()
              + " s, longer than the " + config.maxBackoff().toSeconds() + " s allowed");
          break;
        }
        sleeper.sleep(wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching " + url, e);
    }
    Duration took = Duration.between(started, clock.instant());
    long bytes = last.outcome == FetchOutcome.OK ? last.body.length : last.bytesRead;
    FetchRecord record = new FetchRecord(url, last.finalUrl, last.status, bytes,
        started, took.isNegative() ? Duration.ZERO : took, attempts, last.outcome, last.reason);
    Validators next = switch (last.outcome) {
      case OK -> last.validators;
      case NOT_MODIFIED -> validators;
      default -> Validators.NONE;
    };
    byte[] body = last.outcome == FetchOutcome.OK ? last.body : new byte[0];
    return new Fetched(record, body, last.contentType, next);
  }

  private static boolean transientFailure(Attempt a) {
    return a.outcome == FetchOutcome.TIMEOUT || a.outcome == FetchOutcome.IO_ERROR
        || (a.outcome == FetchOutcome.HTTP_ERROR && (a.status >= 500 || a.status == 429));
  }

  /** The wait before attempt {@code failed + 1}: the server's {@code Retry-After}, else exponential. */
  private Duration backoff(int failed, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter;
    }
    Duration d = config.initialBackoff().multipliedBy(1L << Math.min(failed - 1, 20));
    return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
  }

  /** One request, following redirects. */
  private Attempt once(URI start, Validators validators, String accept) throws InterruptedException {
    URI url = start;
    Set<URI> seen = new LinkedHashSet<>();
    int requests = 0;
    for (int hop = 0; ; hop++) {
      seen.add(url);
      String refused = refusal(url);
      if (refused != null) {
        FetchOutcome outcome = refused.startsWith("unknown host") ? FetchOutcome.UNKNOWN_HOST : FetchOutcome.REFUSED;
        return new Attempt(url, 0, outcome, refused, requests);
      }
      waitForHost(url.getHost());
      requests++;
      Attempt a = request(url, validators, accept, requests);
      if (a.redirect == null) {
        return a;
      }
      URI next;
      try {
        next = url.resolve(a.redirect.strip());
      } catch (IllegalArgumentException e) {
        return new Attempt(url, a.status, FetchOutcome.HTTP_ERROR,
            "HTTP " + a.status + " redirect to a bad location '" + a.redirect + "'", requests);
      }
      if (seen.contains(next)) {
        return new Attempt(url, a.status, FetchOutcome.REDIRECT_LOOP,
            "redirect loop: " + String.join(" -> ", seen.stream().map(URI::toString).toList()) + " -> " + next,
            requests);
      }
      if (hop + 1 > config.maxRedirects()) {
        return new Attempt(url, a.status, FetchOutcome.TOO_MANY_REDIRECTS,
            "more than " + config.maxRedirects() + " redirects (the last to " + next + ")", requests);
      }
      url = next;
    }
  }

  /** Null when {@code url} may be fetched, else why not; checks every address of its host. */
  private String refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "not an http or https URL: " + url;
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      return "no host in URL " + url;
    }
    if (url.getUserInfo() != null) {
      return "URL carries credentials: " + url.getScheme() + "://...@" + host;
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return "unknown host " + host;
    }
    if (addresses.isEmpty()) {
      return "unknown host " + host;
    }
    for (InetAddress address : addresses) {
      String why = policy.refusal(address);
      if (why != null) {
        return why + (address.getHostAddress().equals(host) ? "" : " of host " + host)
            + " (not allowed: see FetchConfig.allowPrivate/allowLoopback)";
      }
    }
    return null;
  }

  /** Waits until the politeness delay since the last request to {@code host} has passed. */
  private void waitForHost(String host) throws InterruptedException {
    if (config.politenessDelay().isZero()) {
      return;
    }
    String key = host.toLowerCase(Locale.ROOT);
    Instant[] slot = new Instant[1];
    nextSlot.compute(key, (k, next) -> {
      Instant now = clock.instant();
      Instant mine = next == null || next.isBefore(now) ? now : next;
      slot[0] = mine;
      return mine.plus(config.politenessDelay());
    });
    Duration wait = Duration.between(clock.instant(), slot[0]);
    if (wait.isPositive()) {
      sleeper.sleep(wait);
    }
  }

  private Attempt request(URI url, Validators validators, String accept, int requests)
      throws InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(url)
        .GET()
        .timeout(config.totalTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", accept)
        .header("Accept-Encoding", "gzip");
    if (!validators.etag().isEmpty()) {
      b.header("If-None-Match", validators.etag());
    }
    if (!validators.lastModified().isEmpty()) {
      b.header("If-Modified-Since", validators.lastModified());
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(b.build(), info -> new CappedBody(config.maxBytes(), info));
    HttpResponse<byte[]> response;
    try {
      response = future.get(config.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Attempt(url, 0, FetchOutcome.TIMEOUT,
          "no complete answer within " + config.totalTimeout().toMillis() + " ms", requests);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (CancellationException e) {
      return new Attempt(url, 0, FetchOutcome.IO_ERROR, "cancelled", requests);
    } catch (ExecutionException e) {
      return failure(url, e.getCause(), requests);
    }
    return answer(url, response, requests);
  }

  private Attempt failure(URI url, Throwable cause, int requests) {
    Throwable c = cause;
    while (c != null) {
      if (c instanceof CappedBody.TooLargeException t) {
        Attempt a = new Attempt(url, t.status, FetchOutcome.TOO_LARGE, t.getMessage(), requests);
        a.body = new byte[0];
        a.bytesRead = t.read;
        return a;
      }
      if (c instanceof HttpConnectTimeoutException) {
        return new Attempt(url, 0, FetchOutcome.TIMEOUT,
            "could not connect within " + config.connectTimeout().toMillis() + " ms", requests);
      }
      if (c instanceof HttpTimeoutException) {
        return new Attempt(url, 0, FetchOutcome.TIMEOUT,
            "no answer within " + config.totalTimeout().toMillis() + " ms", requests);
      }
      if (c instanceof UnknownHostException) {
        return new Attempt(url, 0, FetchOutcome.UNKNOWN_HOST, "unknown host " + url.getHost(), requests);
      }
      if (c instanceof ConnectException) {
        return new Attempt(url, 0, FetchOutcome.IO_ERROR, "cannot connect to " + url.getHost()
            + (url.getPort() < 0 ? "" : ":" + url.getPort()) + ": " + message(c), requests);
      }
      c = c.getCause();
    }
    return new Attempt(url, 0, FetchOutcome.IO_ERROR, "I/O error: " + message(cause), requests);
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private Attempt answer(URI url, HttpResponse<byte[]> response, int requests) {
    int status = response.statusCode();
    HttpHeaders h = response.headers();
    if (isRedirect(status)) {
      Optional<String> location = h.firstValue("Location");
      if (location.isEmpty() || location.get().isBlank()) {
        return new Attempt(url, status, FetchOutcome.HTTP_ERROR, "HTTP " + status + " redirect without a Location", requests);
      }
      Attempt a = new Attempt(url, status, FetchOutcome.OK, "", requests);
      a.redirect = location.get();
      return a;
    }
    if (status == 304) {
      return new Attempt(url, status, FetchOutcome.NOT_MODIFIED, "not modified since the last fetch", requests);
    }
    if (status < 200 || status > 299) {
      Attempt a = new Attempt(url, status, FetchOutcome.HTTP_ERROR, "HTTP " + status + reasonPhrase(status), requests);
      a.retryAfter = retryAfter(h.firstValue("Retry-After").orElse(""));
      return a;
    }
    String encoding = h.firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
    byte[] body = response.body();
    if (encoding.equals("gzip") || encoding.equals("x-gzip") || encoding.equals("deflate")) {
      try {
        body = CappedBody.inflate(body, encoding, config.maxBytes());
      } catch (CappedBody.TooLargeException e) {
        Attempt big = new Attempt(url, status, FetchOutcome.TOO_LARGE, e.getMessage(), requests);
        big.bytesRead = e.read;
        return big;
      } catch (IOException e) {
        return new Attempt(url, status, FetchOutcome.IO_ERROR, "cannot decompress the " + encoding + " body: "
            + message(e), requests);
      }
    } else if (!encoding.equals("identity")) {
      return new Attempt(url, status, FetchOutcome.HTTP_ERROR, "unsupported Content-Encoding " + encoding, requests);
    }
    Attempt a = new Attempt(url, status, FetchOutcome.OK, "", requests);
    a.body = body;
    a.contentType = h.firstValue("Content-Type").orElse("");
    a.validators = new Validators(h.firstValue("ETag").orElse(""), h.firstValue("Last-Modified").orElse(""));
    return a;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
  private Duration retryAfter(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return null;
    }
    if (v.chars().allMatch(Character::isDigit) && v.length() < 10) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, HTTP_DATE).toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 410 -> " Gone";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      case 504 -> " Gateway Timeout";
      default -> "";
    };
  }

  /** One request's result. Mutable only while it is made. */
  private static final class Attempt {
    final URI finalUrl;
    final int status;
    final FetchOutcome outcome;
    final String reason;
    final int requests;
    byte[] body = new byte[0];
    long bytesRead;
    String contentType = "";
    Validators validators = Validators.NONE;
    String redirect;
    Duration retryAfter;

    Attempt(URI finalUrl, int status, FetchOutcome outcome, String reason, int requests) {
      this.finalUrl = finalUrl;
      this.status = status;
      this.outcome = outcome;
      this.reason = reason;
      this.requests = requests;
    }

    Attempt because(String why) {
      Attempt a = new Attempt(finalUrl, status, outcome, why, requests);
      a.body = body;
      a.bytesRead = bytesRead;
      return a;
    }
  }
}
