package org.vigil.monitor.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The no-change baseline, to compare the others with: the naive forecast of a window's count is the
 * window before it (week on week), and the rule alarms when the last {@code windowDays} days' count
 * is at least {@code factor} times that forecast and at least {@code minCount}. With a volume the
 * forecast is the earlier window's rate at the last window's volume. An alarm is not repeated for
 * {@code cooldownDays}. Statistic: the window's count; threshold:
 * {@code max(minCount, factor * forecast)}. Immutable and thread-safe.
 */
public final class NoChange implements Detector {
  /**
   * The rule's parameters (docs/MONITOR.md).
   *
   * @param windowDays days in a window (7)
   * @param factor ratio to the forecast that alarms (2)
   * @param minCount least count in the window (3)
   * @param cooldownDays days after an alarm before the next (7)
   */
  public record Parameters(int windowDays, double factor, int minCount, int cooldownDays) {
    public Parameters {
      if (windowDays < 1 || !(factor > 1) || minCount < 1 || cooldownDays < 1) {
        throw new IllegalArgumentException("no-change rule needs a window of at least 1 day, a factor above 1, a floor"
            + " and a cooldown of at least 1, were " + windowDays + ", " + factor + ", " + minCount + " and "
            + cooldownDays);
      }
    }

    /** The defaults (docs/MONITOR.md). */
    public static Parameters defaults() {
      return new Parameters(7, 2.0, 3, 7);
    }
  }

  private final Parameters parameters;

  public NoChange(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The rule with the default parameters. */
  public static NoChange withDefaults() {
    return new NoChange(Parameters.defaults());
  }

  @Override
  public String name() {
    return "no-change";
  }

  @Override
  public List<Alarm> evaluate(CountSeries series) {
    Parameters p = parameters;
    Sums sums = new Sums(series);
    int w = p.windowDays();
    List<Alarm> alarms = new ArrayList<>();
    int quietUntil = 0;
    for (int t = 2 * w - 1; t < series.size(); t++) {
      int from = t - w + 1;
      long count = sums.count(from, t);
      double forecast = sums.expected(from, t, from - w, from - 1);
      double threshold = Math.max(p.minCount(), p.factor() * forecast);
      if (t >= quietUntil && count >= threshold * (1 - Sums.TOLERANCE)) {
        alarms.add(new Alarm(series.date(t), count, threshold));
        quietUntil = t + p.cooldownDays();
      }
    }
    return List.copyOf(alarms);
  }
}
