package org.vigil.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Confidence calibration: the coder's events in bins of confidence, with how many of each bin were
 * right. What "right" means depends on the gold record (see {@code docs/EVALUATION.md}): for a
 * PETRARCH record, the event was matched to an expected event (code and actors, under the run's
 * actor-matching mode); for a PLOVER record, the event has the gold type and, in each role whose
 * gold actors carry codes, an actor that overlaps one of them and has its country part.
 * Accumulates over records; one instance per scoring run, not thread-safe.
 */
final class Calibration {
  /** Lower bounds of the bins; each bin runs to the next bound, the last one to 1 inclusive. */
  static final double[] BOUNDS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};
  /** The confidence from which an event counts as confident ({@code calibration_high}). */
  static final double HIGH = 0.8;

  private final long[] events = new long[BOUNDS.length];
  private final long[] correct = new long[BOUNDS.length];
  /** The shares of the most confident events whose precision {@link #top()} reports. */
  static final double[] SHARES = {0.1, 0.2, 0.3};

  private final List<double[]> all = new ArrayList<>(); // {confidence, 1 right or 0}
  private long highEvents;
  private long highCorrect;

  /** Counts one predicted event with its confidence and whether it was right. */
  void add(double confidence, boolean right) {
    int bin = bin(confidence);
    all.add(new double[] {confidence, right ? 1 : 0});
    events[bin]++;
    if (right) {
      correct[bin]++;
    }
    if (confidence >= HIGH - 1e-9) {
      highEvents++;
      if (right) {
        highCorrect++;
      }
    }
  }

  static int bin(double confidence) {
    for (int i = BOUNDS.length - 1; i > 0; i--) {
      // Confidences are rounded to two decimals; the tolerance keeps 0.8 in the 0.8 bin.
      if (confidence >= BOUNDS[i] - 1e-9) {
        return i;
      }
    }
    return 0;
  }

  boolean isEmpty() {
    long n = 0;
    for (long e : events) {
      n += e;
    }
    return n == 0;
  }

  /** One entry per bin, in increasing confidence, empty bins included. */
  List<CalibrationBin> bins() {
    List<CalibrationBin> out = new ArrayList<>();
    for (int i = 0; i < BOUNDS.length; i++) {
      double max = i + 1 < BOUNDS.length ? BOUNDS[i + 1] : 1.0;
      out.add(new CalibrationBin(BOUNDS[i], max, events[i], correct[i]));
    }
    return out;
  }

  /** The precision of the most confident tenth, fifth and third-and-a-bit (30 %) of the events; ties at the cut in proportion. */
  List<TopShare> top() {
    List<double[]> sorted = new ArrayList<>(all);
    sorted.sort((a, b) -> Double.compare(b[0], a[0]));
    List<TopShare> out = new ArrayList<>();
    for (double share : SHARES) {
      int k = (int) Math.round(share * sorted.size());
      double correct = 0;
      int taken = 0;
      int i = 0;
      while (taken < k) {
        int j = i;
        double right = 0;
        while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) {
          right += sorted.get(j)[1];
          j++;
        }
        int tied = j - i;
        int take = Math.min(tied, k - taken);
        correct += right * take / tied;
        taken += take;
        i = j;
      }
      out.add(new TopShare(share, k, correct));
    }
    return out;
  }

  /** All events with confidence at least {@link #HIGH}. */
  CalibrationBin high() {
    return new CalibrationBin(HIGH, 1.0, highEvents, highCorrect);
  }
}
