package org.vigil.eval;

/**
 * True-positive, false-positive and false-negative counts with the precision, recall and F1 they
 * give. Where a denominator is zero the value is 0, except that a score with nothing expected and
 * nothing predicted ({@code tp = fp = fn = 0}) is perfect: 1, 1, 1. Immutable and thread-safe.
 *
 * @param tp predictions matched to an expected event
 * @param fp predictions matched to nothing
 * @param fn expected events matched to nothing
 */
public record Score(long tp, long fp, long fn) {

  public Score {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must be >= 0, were tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  /** {@code tp / (tp + fp)}. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** {@code tp / (tp + fn)}. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private double ratio(long numerator, long denominator) {
    if (tp == 0 && fp == 0 && fn == 0) {
      return 1;
    }
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
