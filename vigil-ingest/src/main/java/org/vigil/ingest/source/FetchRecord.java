package org.vigil.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one fetch did: one record per fetch, whatever its outcome, so that an analyst can see why
 * a source gave nothing.
 *
 * @param url the URL asked for
 * @param finalUrl the URL the last request went to, after redirects (the same as {@code url} when
 *     none were followed)
 * @param status the last HTTP status, or 0 when no response came (refused, timed out, I/O error)
 * @param bytes the body's bytes, after decompression of a gzip or deflate body (for {@link
 *     FetchOutcome#TOO_LARGE}, how many were read before giving up)
 * @param started when the fetch began
 * @param duration how long it took, retries and waits included
 * @param attempts requests made for it, at least 1 unless it was refused before any
 * @param outcome how it ended
 * @param reason in words, naming the bad value ("HTTP 404 Not Found", "private address
 *     10.0.0.1 of host intranet"); empty only for {@link FetchOutcome#OK}
 */
public record FetchRecord(
    URI url,
    URI finalUrl,
    int status,
    long bytes,
    Instant started,
    Duration duration,
    int attempts,
    FetchOutcome outcome,
    String reason) {

  public FetchRecord {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    if (status != 0 && (status < 100 || status > 999)) {
      throw new IllegalArgumentException("fetch of " + url + ": status must be 0 or 100-999, was " + status);
    }
    if (bytes < 0 || attempts < 0 || duration.isNegative()) {
      throw new IllegalArgumentException("fetch of " + url + ": bytes, attempts and duration must not be negative, were "
          + bytes + ", " + attempts + ", " + duration);
    }
    if (outcome != FetchOutcome.OK && reason.isBlank()) {
      throw new IllegalArgumentException("fetch of " + url + " ended " + outcome.label() + " without a reason");
    }
  }

  /** Whether it fetched something new. */
  public boolean isOk() {
    return outcome == FetchOutcome.OK;
  }

  /**
   * Whether trying again later may succeed: a time-out, a broken connection, or an HTTP 5xx or
   * 429 answer. A 404, a refusal or a page that is not a feed will not change by waiting.
   */
  public boolean isTransient() {
    return outcome == FetchOutcome.TIMEOUT || outcome == FetchOutcome.IO_ERROR
        || (outcome == FetchOutcome.HTTP_ERROR && (status >= 500 || status == 429));
  }

  /** This record with the reading's verdict: the fetch worked but what came was not usable. */
  public FetchRecord as(FetchOutcome verdict, String why) {
    return new FetchRecord(url, finalUrl, status, bytes, started, duration, attempts, verdict, why);
  }

  @Override
  public String toString() {
    return url + (finalUrl.equals(url) ? "" : " -> " + finalUrl) + ": " + outcome.label()
        + (status == 0 ? "" : " (HTTP " + status + ")") + (reason.isEmpty() ? "" : ": " + reason)
        + ", " + bytes + " bytes, " + duration.toMillis() + " ms, " + attempts + " attempt(s)";
  }
}
