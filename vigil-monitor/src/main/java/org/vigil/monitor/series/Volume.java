package org.vigil.monitor.series;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.vigil.monitor.detect.CountSeries;

/**
 * The number of coded articles each day, which a series is normalised by (a quiet news week is not a
 * calm border): a bucket's rate is {@code 1000 * events / max(articles, floorArticles * days)}, so a
 * day with fewer than {@code floorArticles} coded articles, an empty one included, counts as one with
 * that many. Days missing from the map have no articles. Immutable and thread-safe.
 *
 * @param codedArticles coded articles a day
 * @param floorArticles least volume a day counts with, at least 1 (default
 *     {@value CountSeries#DEFAULT_FLOOR_ARTICLES})
 */
public record Volume(Map<LocalDate, Integer> codedArticles, int floorArticles) {
  public Volume {
    codedArticles = Map.copyOf(codedArticles);
    codedArticles.forEach((day, n) -> {
      if (n < 0) {
        throw new IllegalArgumentException("volume on " + day + " is negative: " + n);
      }
    });
    if (floorArticles < 1) {
      throw new IllegalArgumentException("volume floor must be at least 1 article, was " + floorArticles);
    }
  }

  /** The volume with the default floor. */
  public static Volume of(Map<LocalDate, Integer> codedArticles) {
    return new Volume(codedArticles, CountSeries.DEFAULT_FLOOR_ARTICLES);
  }

  /** Coded articles on {@code day}. */
  public int articles(LocalDate day) {
    return codedArticles.getOrDefault(Objects.requireNonNull(day, "day"), 0);
  }
}
