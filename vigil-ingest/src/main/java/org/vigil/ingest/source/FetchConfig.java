package org.vigil.ingest.source;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link Fetcher}. Build with {@link #builder()}; every setter checks its value at
 * once, naming it.
 *
 * @param maxBytes the largest body read; a larger one is abandoned part way ({@link
 *     FetchOutcome#TOO_LARGE}). Default 10 MiB
 * @param connectTimeout the longest wait to connect. Default 10 s
 * @param totalTimeout the longest one request may take, headers and body. Default 30 s
 * @param maxRedirects redirects followed per request. Default 5
 * @param maxAttempts requests per fetch, the first included, on time-outs, broken connections,
 *     5xx and 429. Default 3
 * @param initialBackoff the wait before the second attempt; it doubles for each further one.
 *     Default 1 s
 * @param maxBackoff the longest wait between attempts; a {@code Retry-After} asking for longer
 *     ends the fetch instead. Default 60 s
 * @param politenessDelay the least time between two requests to the same host. Default 1 s
 * @param allowPrivate whether private (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7),
 *     link-local (169.254/16, fe80::/10), multicast and unspecified addresses may be fetched.
 *     Default false
 * @param allowLoopback whether loopback addresses (127/8, ::1) may be fetched. Default false;
 *     tests allow it to reach their own server
 * @param userAgent the {@code User-Agent} header
 */
public record FetchConfig(
    long maxBytes,
    Duration connectTimeout,
    Duration totalTimeout,
    int maxRedirects,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration politenessDelay,
    boolean allowPrivate,
    boolean allowLoopback,
    String userAgent) {

  /** 10 MiB: far above any feed or article page. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public FetchConfig {
    positive("maxBytes", maxBytes);
    positive("connectTimeout", connectTimeout);
    positive("totalTimeout", totalTimeout);
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be in [0, 20], was " + maxRedirects);
    }
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be in [1, 10], was " + maxAttempts);
    }
    notNegative("initialBackoff", initialBackoff);
    notNegative("maxBackoff", maxBackoff);
    notNegative("politenessDelay", politenessDelay);
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
  }

  /** The defaults (see the components). */
  public static FetchConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this config. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxBytes = maxBytes;
    b.connectTimeout = connectTimeout;
    b.totalTimeout = totalTimeout;
    b.maxRedirects = maxRedirects;
    b.maxAttempts = maxAttempts;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.politenessDelay = politenessDelay;
    b.allowPrivate = allowPrivate;
    b.allowLoopback = allowLoopback;
    b.userAgent = userAgent;
    return b;
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  private static void notNegative(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }

  /** Builds a {@link FetchConfig}; each setter checks its value at once. Not thread-safe. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration totalTimeout = Duration.ofSeconds(30);
    private int maxRedirects = 5;
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(60);
    private Duration politenessDelay = Duration.ofSeconds(1);
    private boolean allowPrivate;
    private boolean allowLoopback;
    private String userAgent = "Vigil/0.1 (news event coder; +https://github.com/vigil)";

    private Builder() {}

    public Builder maxBytes(long value) {
      positive("maxBytes", value);
      maxBytes = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      positive("connectTimeout", value);
      connectTimeout = value;
      return this;
    }

    public Builder totalTimeout(Duration value) {
      positive("totalTimeout", value);
      totalTimeout = value;
      return this;
    }

    public Builder maxRedirects(int value) {
      maxRedirects = value;
      return check();
    }

    public Builder maxAttempts(int value) {
      maxAttempts = value;
      return check();
    }

    public Builder initialBackoff(Duration value) {
      notNegative("initialBackoff", value);
      initialBackoff = value;
      return this;
    }

    public Builder maxBackoff(Duration value) {
      notNegative("maxBackoff", value);
      maxBackoff = value;
      return this;
    }

    public Builder politenessDelay(Duration value) {
      notNegative("politenessDelay", value);
      politenessDelay = value;
      return this;
    }

    public Builder allowPrivate(boolean value) {
      allowPrivate = value;
      return this;
    }

    public Builder allowLoopback(boolean value) {
      allowLoopback = value;
      return this;
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return check();
    }

    /** Checks the values that depend on no other by building once. */
    private Builder check() {
      build();
      return this;
    }

    public FetchConfig build() {
      return new FetchConfig(maxBytes, connectTimeout, totalTimeout, maxRedirects, maxAttempts,
          initialBackoff, maxBackoff, politenessDelay, allowPrivate, allowLoopback, userAgent);
    }
  }
}
