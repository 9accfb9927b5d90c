package org.vigil.monitor.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.monitor.detect.CountSeries;

/**
 * A watch's series: one {@link Figures} per bucket, every bucket from the first to the last, empty
 * ones included. Immutable.
 *
 * @param watch the watch
 * @param bucket day or week
 * @param figures the buckets, in date order
 * @param volume the volume it was normalised by, if any
 */
public record WatchSeries(Watch watch, Bucket bucket, List<Figures> figures, Optional<Volume> volume) {
  public WatchSeries {
    Objects.requireNonNull(watch, "watch");
    Objects.requireNonNull(bucket, "bucket");
    figures = List.copyOf(figures);
    Objects.requireNonNull(volume, "volume");
  }

  /**
   * The daily distinct-event counts, for the detectors: normalised by the coded articles when the
   * series has a volume.
   *
   * @throws IllegalStateException for a weekly series (the detectors read days)
   */
  public CountSeries counts() {
    if (bucket != Bucket.DAY) {
      throw new IllegalStateException("series of " + watch.name() + " is weekly; detectors read a daily series");
    }
    if (figures.isEmpty()) {
      throw new IllegalStateException("series of " + watch.name() + " has no days");
    }
    int[] counts = figures.stream().mapToInt(Figures::events).toArray();
    if (volume.isEmpty()) {
      return CountSeries.of(figures.getFirst().start(), counts);
    }
    int[] articles = figures.stream().mapToInt(Figures::codedArticles).toArray();
    return CountSeries.normalised(figures.getFirst().start(), counts, articles, volume.get().floorArticles());
  }
}
