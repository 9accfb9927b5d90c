package org.vigil.monitor.detect;

/** Prefix sums of a series' counts and exposures, for the window rules. Not thread-safe; one per evaluation. */
final class Sums {
  private final long[] counts;
  private final double[] exposures;

  Sums(CountSeries series) {
    int n = series.size();
    counts = new long[n + 1];
    exposures = new double[n + 1];
    for (int i = 0; i < n; i++) {
      counts[i + 1] = counts[i] + series.count(i);
      exposures[i + 1] = exposures[i] + series.exposure(i);
    }
  }

  /**
   * Relative tolerance of the rules' comparisons: window exposures are differences of prefix sums, so
   * a rate times an exposure may miss a count it equals by rounding.
   */
  static final double TOLERANCE = 1e-9;

  /** Sum of the counts of days {@code from..to}, both included. */
  long count(int from, int to) {
    return counts[to + 1] - counts[from];
  }

  /** Sum of the exposures of days {@code from..to}, both included. */
  double exposure(int from, int to) {
    return exposures[to + 1] - exposures[from];
  }

  /**
   * The count of days {@code from..to} expected at the rate of days {@code baseFrom..baseTo}: the
   * base's count scaled by the ratio of exposures (without a volume, by the ratio of days).
   */
  double expected(int from, int to, int baseFrom, int baseTo) {
    return count(baseFrom, baseTo) * exposure(from, to) / exposure(baseFrom, baseTo);
  }
}
