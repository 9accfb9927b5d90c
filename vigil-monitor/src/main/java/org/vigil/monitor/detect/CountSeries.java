package org.vigil.monitor.detect;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A daily count series, optionally with the volume of coded articles each day, which the detectors
 * read as the series' exposure: a day's rate is {@code count / exposure}, the exposure being 1 when
 * there is no volume and {@code max(articles, floorArticles) / 1000} when there is (so the rate is
 * per 1,000 coded articles, and a day with fewer than {@code floorArticles} articles, an empty news
 * day included, counts as one with that many: never a division by zero). Immutable and thread-safe.
 */
public final class CountSeries {
  /** The default floor of the daily volume, in coded articles (docs/MONITOR.md). */
  public static final int DEFAULT_FLOOR_ARTICLES = 20;

  private final LocalDate start;
  private final int[] counts;
  private final int[] articles;
  private final int floorArticles;

  private CountSeries(LocalDate start, int[] counts, int[] articles, int floorArticles) {
    this.start = Objects.requireNonNull(start, "start");
    Objects.requireNonNull(counts, "counts");
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException("count series from " + start + ": count on " + start.plusDays(i)
            + " is negative: " + counts[i]);
      }
    }
    if (articles != null) {
      if (articles.length != counts.length) {
        throw new IllegalArgumentException("count series from " + start + ": " + counts.length + " counts but "
            + articles.length + " article volumes");
      }
      for (int i = 0; i < articles.length; i++) {
        if (articles[i] < 0) {
          throw new IllegalArgumentException("count series from " + start + ": article volume on "
              + start.plusDays(i) + " is negative: " + articles[i]);
        }
      }
      if (floorArticles < 1) {
        throw new IllegalArgumentException("count series from " + start + ": the floor of the article volume must be"
            + " at least 1, was " + floorArticles);
      }
    }
    this.counts = counts.clone();
    this.articles = articles == null ? null : articles.clone();
    this.floorArticles = floorArticles;
  }

  /** Raw daily counts from {@code start}: every day's exposure is 1. */
  public static CountSeries of(LocalDate start, int... counts) {
    return new CountSeries(start, counts, null, 0);
  }

  /**
   * Daily counts normalised by the number of coded articles of each day (rate per 1,000 articles),
   * with {@code floorArticles} as the least volume a day counts with.
   */
  public static CountSeries normalised(LocalDate start, int[] counts, int[] articles, int floorArticles) {
    return new CountSeries(start, counts, Objects.requireNonNull(articles, "articles"), floorArticles);
  }

  public LocalDate start() {
    return start;
  }

  /** Number of days. */
  public int size() {
    return counts.length;
  }

  /** The date of day {@code i} (0 is {@link #start()}). */
  public LocalDate date(int i) {
    return start.plusDays(i);
  }

  /** The count of day {@code i}. */
  public int count(int i) {
    return counts[i];
  }

  /** The counts, a copy. */
  public int[] counts() {
    return counts.clone();
  }

  /** Whether the series carries the article volume. */
  public boolean isNormalised() {
    return articles != null;
  }

  /** The exposure of day {@code i}: 1, or its article volume (at least the floor) in thousands. */
  public double exposure(int i) {
    return articles == null ? 1.0 : Math.max(articles[i], floorArticles) / 1000.0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountSeries c && start.equals(c.start) && Arrays.equals(counts, c.counts)
        && Arrays.equals(articles, c.articles) && floorArticles == c.floorArticles;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, Arrays.hashCode(counts), Arrays.hashCode(articles), floorArticles);
  }

  @Override
  public String toString() {
    return "CountSeries[" + start + ", " + counts.length + " days" + (articles == null ? "" : ", normalised") + "]";
  }
}
