package org.vigil.eval;

/**
 * A share: {@code count} out of {@code total}, with {@code total > 0}. Metrics that do not apply
 * are null rather than a ratio over zero. Immutable and thread-safe.
 *
 * @param count the hits, {@code 0 <= count <= total}
 * @param total the cases, at least 1
 */
public record Ratio(long count, long total) {

  public Ratio {
    if (total < 1 || count < 0 || count > total) {
      throw new IllegalArgumentException("ratio needs 0 <= count <= total and total >= 1, was " + count + "/" + total);
    }
  }

  /** {@code count / total}, in [0, 1]. */
  public double value() {
    return (double) count / total;
  }

  /** The ratio, or null when {@code total} is 0. */
  static Ratio ofOrNull(long count, long total) {
    return total == 0 ? null : new Ratio(count, total);
  }
}
