package org.vigil.ingest.source;

import java.time.Duration;
import java.util.Objects;
import org.vigil.ingest.IngestConfig;

/**
 * How feed items and pages become articles.
 *
 * @param itemBody where a feed item's text comes from
 * @param shortItem with {@link ItemBody#AUTO}, items whose text is shorter than this (characters)
 *     are read from their page. Default 600: a summary, not an article
 * @param minPageText a page whose main text is shorter than this (characters) has no text.
 *     Default 200
 * @param futureTolerance how far past today (UTC, by the scheduler's clock) a publication date
 *     may lie, for time zones and clocks; later ones are rejected. Default 1 day
 * @param ingest the limits every article text passes ({@link IngestConfig#maxTextBytes()})
 */
public record SourceConfig(ItemBody itemBody, int shortItem, int minPageText, Duration futureTolerance, IngestConfig ingest) {

  /** Where a feed item's text comes from. */
  public enum ItemBody {
    /** The item's content or description, never its page. */
    FEED,
    /** The item's page, always (the feed only lists). */
    PAGE,
    /** The item's text, unless it is shorter than {@link SourceConfig#shortItem()}: then its page. */
    AUTO
  }

  public SourceConfig {
    Objects.requireNonNull(itemBody, "itemBody");
    Objects.requireNonNull(futureTolerance, "futureTolerance");
    Objects.requireNonNull(ingest, "ingest");
    if (shortItem < 0) {
      throw new IllegalArgumentException("shortItem must not be negative, was " + shortItem);
    }
    if (minPageText < 1) {
      throw new IllegalArgumentException("minPageText must be positive, was " + minPageText);
    }
    if (futureTolerance.isNegative()) {
      throw new IllegalArgumentException("futureTolerance must not be negative, was " + futureTolerance);
    }
  }

  /** Items read from their page when short (600 characters), 200 characters of page text, one day's tolerance. */
  public static SourceConfig defaults() {
    return new SourceConfig(ItemBody.AUTO, 600, 200, Duration.ofDays(1), IngestConfig.defaults());
  }

  /** This config with {@code body}. */
  public SourceConfig withItemBody(ItemBody body) {
    return new SourceConfig(body, shortItem, minPageText, futureTolerance, ingest);
  }
}
