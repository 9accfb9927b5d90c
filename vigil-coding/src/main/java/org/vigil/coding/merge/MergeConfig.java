package org.vigil.coding.merge;

/**
 * When two mentions are one event. Immutable; checks itself.
 *
 * @param dayWindow most days between the two mentions' date ranges (a week or month date is a
 *     range of its days, so coarse dates reach further)
 * @param maxKm most kilometres between two places known to a point (a city, a village); places
 *     known only to their country need the same country
 */
public record MergeConfig(int dayWindow, double maxKm) {

  public MergeConfig {
    if (dayWindow < 0) {
      throw new IllegalArgumentException("merge day window must be at least 0, was " + dayWindow);
    }
    if (!(maxKm >= 0)) {
      throw new IllegalArgumentException("merge distance must be at least 0 km, was " + maxKm);
    }
  }

  /** Two days either way, 50 km. */
  public static MergeConfig defaults() {
    return new MergeConfig(2, 50);
  }
}
