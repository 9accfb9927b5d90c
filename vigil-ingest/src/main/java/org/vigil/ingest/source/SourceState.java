package org.vigil.ingest.source;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SourceScheduler} knows of one source, at one moment.
 *
 * @param spec the source
 * @param validators what the next fetch of a feed or page sends (conditional GET)
 * @param lastFetch the record of the source's last fetch (a feed or page itself, not its items'
 *     pages), or null before the first poll and for folders
 * @param lastPoll when it was last polled, or null
 * @param errors polls in a row that failed (0 after a good one); each doubles the wait before
 *     the next poll, up to 32 intervals
 * @param lastError why the last failed poll failed, or empty
 * @param delivered articles delivered since the source was added
 * @param rejected items and files rejected since the source was added
 */
public record SourceState(
    SourceSpec spec,
    Validators validators,
    FetchRecord lastFetch,
    Instant lastPoll,
    int errors,
    String lastError,
    long delivered,
    long rejected) {

  public SourceState {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(lastError, "lastError");
    if (errors < 0 || delivered < 0 || rejected < 0) {
      throw new IllegalArgumentException("source " + spec.id() + ": counts must not be negative, were "
          + errors + ", " + delivered + ", " + rejected);
    }
  }

  /** Failures in a row beyond which the wait between polls doubles no more (32 intervals). */
  static final int MAX_BACKOFF_DOUBLINGS = 5;

  /**
   * When the source is due again: the last poll plus its interval, doubled for each failure in a
   * row up to 32 intervals; null before the first poll (which is at once).
   */
  public Instant nextPoll() {
    return lastPoll == null ? null : due(spec, lastPoll, errors);
  }

  /** The last poll plus the interval, doubled {@code errors} times (at most five). */
  static Instant due(SourceSpec spec, Instant lastPoll, int errors) {
    return lastPoll.plus(spec.interval().multipliedBy(1L << Math.min(errors, MAX_BACKOFF_DOUBLINGS)));
  }

  /** The last fetch's record, if there was one. */
  public Optional<FetchRecord> lastFetchRecord() {
    return Optional.ofNullable(lastFetch);
  }
}
