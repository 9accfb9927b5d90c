package org.vigil.monitor.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ACLED's surge rule: the last {@code windowDays} days' count is at least {@code surgeFactor}
 * times (2: 100 % over) the mean count of the {@code priorWeeks} windows before it. Two floors keep
 * one event in a quiet series from being a surge: the window's count must be at least
 * {@code minCount}, and the prior mean counts as at least {@code minBaselineMean}. Evaluated every
 * day on the window ending that day (ACLED evaluates once a week; every day finds a surge sooner),
 * and an alarm is not repeated for {@code cooldownDays}. With a volume, the prior mean is the
 * prior rate at the last window's volume. Statistic: the window's count; threshold:
 * {@code max(minCount, surgeFactor * max(prior mean, minBaselineMean))}. Immutable and thread-safe.
 */
public final class AcledSurge implements Detector {
  /**
   * The rule's parameters (docs/MONITOR.md).
   *
   * @param windowDays days in a window (7: a week)
   * @param priorWeeks windows in the baseline before the last one (4)
   * @param surgeFactor ratio to the prior mean that is a surge (2: 100 % over)
   * @param minCount least count in the last window (3)
   * @param minBaselineMean least prior mean a window counts with (1)
   * @param cooldownDays days after an alarm before the next (7)
   */
  public record Parameters(int windowDays, int priorWeeks, double surgeFactor, int minCount, double minBaselineMean,
      int cooldownDays) {
    public Parameters {
      if (windowDays < 1 || priorWeeks < 1) {
        throw new IllegalArgumentException("ACLED surge windows must be at least 1 day and 1 prior window, were "
            + windowDays + " and " + priorWeeks);
      }
      if (!(surgeFactor > 1)) {
        throw new IllegalArgumentException("ACLED surge factor must be above 1, was " + surgeFactor);
      }
      if (minCount < 1 || !(minBaselineMean >= 0) || cooldownDays < 1) {
        throw new IllegalArgumentException("ACLED surge floors must be a count of at least 1, a mean of at least 0 and"
            + " a cooldown of at least 1 day, were " + minCount + ", " + minBaselineMean + " and " + cooldownDays);
      }
    }

    /** The defaults (docs/MONITOR.md). */
    public static Parameters defaults() {
      return new Parameters(7, 4, 2.0, 3, 1.0, 7);
    }
  }

  private final Parameters parameters;

  public AcledSurge(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The rule with the default parameters. */
  public static AcledSurge withDefaults() {
    return new AcledSurge(Parameters.defaults());
  }

  @Override
  public String name() {
    return "acled-surge";
  }

  @Override
  public List<Alarm> evaluate(CountSeries series) {
    Parameters p = parameters;
    Sums sums = new Sums(series);
    List<Alarm> alarms = new ArrayList<>();
    int w = p.windowDays();
    int quietUntil = 0;
    for (int t = w * (p.priorWeeks() + 1) - 1; t < series.size(); t++) {
      int from = t - w + 1;
      long count = sums.count(from, t);
      double prior = sums.expected(from, t, from - w * p.priorWeeks(), from - 1);
      double threshold = Math.max(p.minCount(), p.surgeFactor() * Math.max(prior, p.minBaselineMean()));
      if (t >= quietUntil && count >= threshold * (1 - Sums.TOLERANCE)) {
        alarms.add(new Alarm(series.date(t), count, threshold));
        quietUntil = t + p.cooldownDays();
      }
    }
    return List.copyOf(alarms);
  }
}
