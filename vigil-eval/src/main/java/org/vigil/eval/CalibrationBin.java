package org.vigil.eval;

/**
 * Predicted events whose confidence lies in [min, max) (the last bin, ending at 1, includes 1) and
 * how many of them were right; see {@link Report#calibration()}. Immutable and thread-safe.
 *
 * @param min lower bound, inclusive
 * @param max upper bound, exclusive except where it is 1
 * @param events events in the bin
 * @param correct right events in the bin
 */
public record CalibrationBin(double min, double max, long events, long correct) {

  public CalibrationBin {
    if (events < 0 || correct < 0 || correct > events) {
      throw new IllegalArgumentException("bin needs 0 <= correct <= events, was " + correct + "/" + events);
    }
    if (!(min >= 0 && min < max && max <= 1)) {
      throw new IllegalArgumentException("bin needs 0 <= min < max <= 1, was " + min + ".." + max);
    }
  }

  /** Share of the bin's events that were right; null for an empty bin. */
  public Double precision() {
    return events == 0 ? null : (double) correct / events;
  }
}
