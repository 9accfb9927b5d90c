package org.vigil.ingest;

import java.time.LocalDate;

/**
 * Settings of an {@link ArticleReader}.
 *
 * @param maxTextBytes the largest article text accepted, in UTF-8 bytes; larger articles are
 *     rejected with their size. Between 1 byte and {@value #MAX_TEXT_BYTES_CEILING} bytes.
 *     Default {@value #DEFAULT_MAX_TEXT_BYTES} (5 MiB).
 * @param defaultDate the date of a record that gives none (a seed file without a date line, a
 *     JSON line without {@code date} or {@code published}), or null to reject such records
 *     ({@code vigil code --default-date}); a date that is there but unreadable is still rejected
 */
public record IngestConfig(long maxTextBytes, LocalDate defaultDate) {

  /** 5 MiB: far above any news article, well below what would strain the heap. */
  public static final long DEFAULT_MAX_TEXT_BYTES = 5L * 1024 * 1024;

  /** 256 MiB: a JSON line may be six times its text (escapes), and a line must fit an array. */
  public static final long MAX_TEXT_BYTES_CEILING = 256L * 1024 * 1024;

  /** Limits without a default date. */
  public IngestConfig(long maxTextBytes) {
    this(maxTextBytes, null);
  }

  public IngestConfig {
    if (maxTextBytes < 1 || maxTextBytes > MAX_TEXT_BYTES_CEILING) {
      throw new IllegalArgumentException(
          "maxTextBytes must be in [1, " + MAX_TEXT_BYTES_CEILING + "], was " + maxTextBytes);
    }
  }

  /** This config with {@code date} for records without one (null: reject them). */
  public IngestConfig withDefaultDate(LocalDate date) {
    return new IngestConfig(maxTextBytes, date);
  }

  /** The defaults: a 5 MiB text limit, no default date. */
  public static IngestConfig defaults() {
    return new IngestConfig(DEFAULT_MAX_TEXT_BYTES);
  }
}
