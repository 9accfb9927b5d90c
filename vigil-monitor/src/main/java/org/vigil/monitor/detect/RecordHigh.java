package org.vigil.monitor.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The record-level rule: the last {@code windowDays} days' count is the highest of the past
 * {@code historyDays} days: above every earlier window that ends in them (with a volume, every
 * earlier window's rate at the last window's volume), and at least {@code minCount}. A day is
 * evaluated once the series has {@code minHistoryDays} days before it, and an alarm is not repeated
 * for {@code cooldownDays}. Statistic: the window's count; threshold: the earlier highest (or
 * {@code minCount}, when higher), which the count must exceed. Immutable and thread-safe.
 */
public final class RecordHigh implements Detector {
  /**
   * The rule's parameters (docs/MONITOR.md).
   *
   * @param windowDays days in a window (7)
   * @param historyDays how far back the record is kept (365)
   * @param minHistoryDays days of history before the first evaluation (365)
   * @param minCount least count in the window (3)
   * @param cooldownDays days after an alarm before the next (7)
   */
  public record Parameters(int windowDays, int historyDays, int minHistoryDays, int minCount, int cooldownDays) {
    public Parameters {
      if (windowDays < 1 || historyDays < windowDays || minHistoryDays < windowDays) {
        throw new IllegalArgumentException("record-high windows must satisfy 1 <= window <= history and window <="
            + " least history, were " + windowDays + ", " + historyDays + " and " + minHistoryDays);
      }
      if (minCount < 1 || cooldownDays < 1) {
        throw new IllegalArgumentException("record-high floor and cooldown must be at least 1, were " + minCount
            + " and " + cooldownDays);
      }
    }

    /** The defaults (docs/MONITOR.md). */
    public static Parameters defaults() {
      return new Parameters(7, 365, 365, 3, 7);
    }
  }

  private final Parameters parameters;

  public RecordHigh(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The rule with the default parameters. */
  public static RecordHigh withDefaults() {
    return new RecordHigh(Parameters.defaults());
  }

  /** Its parameters. */
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public String name() {
    return "record-high";
  }

  @Override
  public List<Alarm> evaluate(CountSeries series) {
    Parameters p = parameters;
    Sums sums = new Sums(series);
    int w = p.windowDays();
    int n = series.size();
    double[] rate = new double[n];
    for (int t = w - 1; t < n; t++) {
      rate[t] = sums.count(t - w + 1, t) / sums.exposure(t - w + 1, t);
    }
    List<Alarm> alarms = new ArrayList<>();
    // a deque of window ends whose rates decrease: its head is the highest in the history
    Deque<Integer> highest = new ArrayDeque<>();
    int quietUntil = 0;
    for (int t = w - 1; t < n; t++) {
      if (t - 1 >= w - 1) {
        int end = t - 1;
        while (!highest.isEmpty() && rate[highest.peekLast()] <= rate[end]) {
          highest.pollLast();
        }
        highest.addLast(end);
      }
      while (!highest.isEmpty() && highest.peekFirst() < t - p.historyDays()) {
        highest.pollFirst();
      }
      if (t < p.minHistoryDays() || highest.isEmpty()) {
        continue;
      }
      long count = sums.count(t - w + 1, t);
      double record = rate[highest.peekFirst()] * sums.exposure(t - w + 1, t);
      if (t >= quietUntil && count > record * (1 + Sums.TOLERANCE) && count >= p.minCount()) {
        alarms.add(new Alarm(series.date(t), count, Math.max(record, p.minCount())));
        quietUntil = t + p.cooldownDays();
      }
    }
    return List.copyOf(alarms);
  }
}
