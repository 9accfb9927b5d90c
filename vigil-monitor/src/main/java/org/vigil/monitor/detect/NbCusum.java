package org.vigil.monitor.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Negative-binomial CUSUM (Höhle and Paul 2008, with a moving baseline): each day's count is
 * compared with a negative binomial whose mean and overdispersion are estimated, by the method of
 * moments, from a baseline of {@code baselineDays} earlier days; the CUSUM adds up the
 * log-likelihood ratio of a shift of the mean to {@code shiftFactor} times the baseline mean,
 * {@code S = max(0, S + a y - b)}, alarms when it reaches the threshold {@code h} and then starts
 * again from 0.
 *
 * <p>Baseline: the {@code baselineDays} latest usable days that end {@code guardDays} before the
 * day (so the first days of an escalation do not raise their own baseline), looking back at most
 * three baselines; a day is not usable once it belongs to a CUSUM run that ended in an alarm (the
 * days from the last time the CUSUM left 0 to the alarm): <b>past alarms are excluded</b> from
 * later baselines. With fewer than {@code minBaselineDays} usable days, the latest days count,
 * excluded or not (an escalation that outlasts three baselines has become the new level); a series
 * too short even for that is not evaluated on that day.
 * With a volume, the baseline estimates a rate per unit of exposure and the day's mean is that rate
 * times the day's exposure. The mean is at least {@code minMean} (so an event after a silent month
 * is not by itself an alarm) and the overdispersion {@code k} (variance {@code mu + k mu^2}) is
 * clamped to [{@code minOverdispersion}, {@code maxOverdispersion}], so it is always positive.
 *
 * <p>Threshold: fixed, or chosen each day for a target in-control average run length (ARL, in
 * days) given the day's mean and overdispersion (Brook–Evans Markov chain); then the estimates are
 * first rounded to steps of 2 % (mean) and 5 % (k), so days with like baselines share a threshold.
 * Immutable and thread-safe (thresholds are cached; the cache does not change any result).
 */
public final class NbCusum implements Detector {
  /** How the CUSUM's threshold is set. */
  public sealed interface Threshold {
    /** A threshold for a target in-control average run length of {@code days}. */
    record Arl(double days) implements Threshold {
      public Arl {
        if (!(days >= 2)) {
          throw new IllegalArgumentException("target in-control ARL must be at least 2 days, was " + days);
        }
      }
    }

    /** The same threshold {@code h} (log-likelihood units) every day. */
    record Fixed(double h) implements Threshold {
      public Fixed {
        if (!(h > 0) || !Double.isFinite(h)) {
          throw new IllegalArgumentException("CUSUM threshold must be positive and finite, was " + h);
        }
      }
    }
  }

  /**
   * The CUSUM's parameters (docs/MONITOR.md).
   *
   * @param baselineDays days in the baseline (28)
   * @param guardDays days between the baseline's last day and the day evaluated (7)
   * @param minBaselineDays fewest usable baseline days to evaluate a day (14)
   * @param dispersionDays how far back (from the baseline's last day) k is estimated, in blocks of
   *     {@code baselineDays} usable days, each about its own mean (364; a baseline alone gives too
   *     noisy a k)
   * @param shiftFactor the mean shift the CUSUM is tuned to detect, a factor above 1 (2: a doubling)
   * @param threshold fixed, or for a target in-control ARL
   * @param minMean least expected count of a day (0.1)
   * @param minOverdispersion least k (0.05)
   * @param maxOverdispersion greatest k (3)
   * @param shrinkage whether the baseline's rate is shrunk toward the rate of the blocks of the
   *     dispersion window, as far as their rates vary no more than chance allows (true)
   */
  public record Parameters(int baselineDays, int guardDays, int minBaselineDays, int dispersionDays, double shiftFactor,
      Threshold threshold, double minMean, double minOverdispersion, double maxOverdispersion, boolean shrinkage) {
    /** The defaults: the target ARL is the one calibrated on the backtest's dev seed (docs/ACCURACY.md). */
    public static final double DEFAULT_TARGET_ARL = 2000;

    public Parameters {
      if (baselineDays < 2) {
        throw new IllegalArgumentException("NB-CUSUM baseline must be at least 2 days, was " + baselineDays);
      }
      if (guardDays < 0) {
        throw new IllegalArgumentException("NB-CUSUM guard must not be negative, was " + guardDays);
      }
      if (minBaselineDays < 2 || minBaselineDays > baselineDays) {
        throw new IllegalArgumentException("NB-CUSUM least baseline must be 2.." + baselineDays + " days, was "
            + minBaselineDays);
      }
      if (dispersionDays < baselineDays) {
        throw new IllegalArgumentException("NB-CUSUM dispersion window must be at least the baseline, " + baselineDays
            + " days, was " + dispersionDays);
      }
      if (!(shiftFactor > 1) || !Double.isFinite(shiftFactor)) {
        throw new IllegalArgumentException("NB-CUSUM shift factor must be above 1, was " + shiftFactor);
      }
      Objects.requireNonNull(threshold, "threshold");
      if (!(minMean > 0)) {
        throw new IllegalArgumentException("NB-CUSUM least mean must be positive, was " + minMean);
      }
      if (!(minOverdispersion > 0) || !(maxOverdispersion >= minOverdispersion) || !Double.isFinite(maxOverdispersion)) {
        throw new IllegalArgumentException("NB-CUSUM overdispersion bounds must satisfy 0 < min <= max, were "
            + minOverdispersion + " and " + maxOverdispersion);
      }
    }

    /** The defaults (docs/MONITOR.md). */
    public static Parameters defaults() {
      return new Parameters(28, 7, 14, 364, 2.0, new Threshold.Arl(DEFAULT_TARGET_ARL), 0.1, 0.05, 3.0, true);
    }

    /** These parameters with another threshold. */
    public Parameters withThreshold(Threshold value) {
      return new Parameters(baselineDays, guardDays, minBaselineDays, dispersionDays, shiftFactor, value, minMean, minOverdispersion,
          maxOverdispersion, shrinkage);
    }

    /** These parameters with another shift factor. */
    public Parameters withShiftFactor(double value) {
      return new Parameters(baselineDays, guardDays, minBaselineDays, dispersionDays, value, threshold,
          minMean, minOverdispersion, maxOverdispersion, shrinkage);
    }
  }

  private static final double MEAN_STEP = Math.log(1.02);
  private static final double K_STEP = Math.log(1.05);

  private final Parameters parameters;
  private final Map<Long, Double> thresholds = new ConcurrentHashMap<>();

  public NbCusum(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The CUSUM with the default parameters. */
  public static NbCusum withDefaults() {
    return new NbCusum(Parameters.defaults());
  }

  public Parameters parameters() {
    return parameters;
  }

  @Override
  public String name() {
    return "nb-cusum";
  }

  @Override
  public List<Alarm> evaluate(CountSeries series) {
    Objects.requireNonNull(series, "series");
    Parameters p = parameters;
    boolean[] excluded = new boolean[series.size()];
    return run(series, excluded, t -> {
      Estimate est = baseline(series, t, excluded);
      if (est == null) {
        return null;
      }
      double mu = Math.max(p.minMean(), est.rate() * series.exposure(t));
      // the baseline mean is itself estimated from n days: its variance (mu + k mu^2) / n widens the
      // day's predictive distribution, which is the same as a k larger by (1 / mu + k) / n
      double k = Math.min(p.maxOverdispersion(),
          est.overdispersion() + est.uncertainty() * (1 / mu + est.overdispersion()) / est.days());
      return new double[] {mu, k};
    });
  }

  /**
   * The CUSUM against a known in-control mean for every day ({@code means}, expected counts) and a
   * known overdispersion {@code k}, nothing estimated: what the detector would do if its baseline
   * were right, the bound the backtest compares it with. The threshold is set as for
   * {@link #evaluate}; the baseline parameters are not used.
   */
  public List<Alarm> evaluateKnown(CountSeries series, double[] means, double k) {
    Objects.requireNonNull(series, "series");
    if (means.length != series.size()) {
      throw new IllegalArgumentException("known CUSUM: " + means.length + " means for " + series.size() + " days");
    }
    if (!(k > 0)) {
      throw new IllegalArgumentException("known CUSUM: overdispersion must be positive, was " + k);
    }
    double[] copy = means.clone();
    return run(series, new boolean[series.size()], t -> new double[] {Math.max(copy[t], 1e-6), k});
  }

  /** The CUSUM over the days, each day's (mean, k) from {@code model}, or none (day skipped). */
  private List<Alarm> run(CountSeries series, boolean[] excluded, java.util.function.IntFunction<double[]> model) {
    Parameters p = parameters;
    List<Alarm> alarms = new ArrayList<>();
    double s = 0;
    int runStart = -1;
    for (int t = 0; t < series.size(); t++) {
      double[] day = model.apply(t);
      if (day == null) {
        continue;
      }
      double mu = day[0];
      double k = day[1];
      double h;
      if (p.threshold() instanceof Threshold.Arl arl) {
        long mi = Math.round(Math.log(mu) / MEAN_STEP);
        long ki = Math.round(Math.log(k) / K_STEP);
        mu = Math.exp(mi * MEAN_STEP);
        k = Math.exp(ki * K_STEP);
        double muq = mu;
        double kq = k;
        h = thresholds.computeIfAbsent((mi << 32) ^ (ki & 0xffffffffL),
            key -> CusumThreshold.threshold(muq, kq, p.shiftFactor(), arl.days()));
      } else {
        h = ((Threshold.Fixed) p.threshold()).h();
      }
      double llr = CusumThreshold.slope(mu, k, p.shiftFactor()) * series.count(t)
          - CusumThreshold.intercept(mu, k, p.shiftFactor());
      if (s == 0 && llr > 0) {
        runStart = t;
      }
      s = Math.max(0, s + llr);
      if (s >= h) {
        alarms.add(new Alarm(series.date(t), s, h));
        for (int i = runStart; i <= t; i++) {
          excluded[i] = true;
        }
        s = 0;
      }
    }
    return List.copyOf(alarms);
  }

  /** Method-of-moments estimate of a baseline: rate per unit of exposure and overdispersion k. */
  record Estimate(double rate, double overdispersion, int days, double uncertainty) {}

  /**
   * The baseline estimate for day {@code t}, or null when it has too few usable days. The first
   * block is the {@code baselineDays} latest usable days before the guard; the blocks of as many
   * usable days before it, within {@code dispersionDays}, give k (pooled, each block about its own
   * mean) and, with {@code shrinkage}, the long-run rate the block's rate is shrunk toward.
   */
  Estimate baseline(CountSeries series, int t, boolean[] excluded) {
    Estimate estimate = baseline(series, t, excluded, true);
    // an escalation that outlasts the look-back (three baselines of alarm runs) is the new level:
    // measured against it, or the CUSUM would stop for want of a baseline and never start again
    return estimate != null ? estimate : baseline(series, t, excluded, false);
  }

  private Estimate baseline(CountSeries series, int t, boolean[] excluded, boolean exclude) {
    Parameters p = parameters;
    int last = t - p.guardDays() - 1;
    int first = Math.max(0, last - 3 * p.baselineDays() + 1);
    int[] usable = new int[p.baselineDays()];
    int days = 0;
    for (int i = last; i >= first && days < p.baselineDays(); i--) {
      if (!exclude || !excluded[i]) {
        usable[days++] = i;
      }
    }
    if (days < p.minBaselineDays()) {
      return null;
    }
    List<double[]> blocks = new ArrayList<>(); // count, exposure, sum of squared exposures
    double excess = 0;
    double expectedSquares = 0;
    int oldest = Math.max(0, last - p.dispersionDays() + 1);
    int next = usable[days - 1] - 1;
    int blockDays = days;
    while (true) {
      double y = 0;
      double e = 0;
      double e2 = 0;
      for (int b = 0; b < blockDays; b++) {
        y += series.count(usable[b]);
        e += series.exposure(usable[b]);
        e2 += series.exposure(usable[b]) * series.exposure(usable[b]);
      }
      blocks.add(new double[] {y, e, e2});
      for (int b = 0; b < blockDays; b++) {
        double m = y / e * series.exposure(usable[b]);
        double d = series.count(usable[b]) - m;
        // var = mu + k mu^2: k = (sum (y - mu)^2 - sum mu) / sum mu^2
        excess += d * d - m;
        expectedSquares += m * m;
      }
      blockDays = 0;
      for (int i = next; i >= oldest && blockDays < p.baselineDays(); i--) {
        if (!exclude || !excluded[i]) {
          usable[blockDays++] = i;
        }
      }
      if (blockDays < p.baselineDays()) {
        break;
      }
      next = usable[blockDays - 1] - 1;
    }
    double k = expectedSquares > 0 ? excess / expectedSquares : p.minOverdispersion();
    k = Math.min(p.maxOverdispersion(), Math.max(p.minOverdispersion(), k));
    double rate = blocks.getFirst()[0] / blocks.getFirst()[1];
    double uncertainty = 1; // the rate's variance, as a share of one block's sampling variance
    if (p.shrinkage() && blocks.size() >= 3) {
      double sumY = 0;
      double sumE = 0;
      for (double[] b : blocks) {
        sumY += b[0];
        sumE += b[1];
      }
      double longRun = sumY / sumE;
      // empirical Bayes: the block rates vary by sampling and by real change (tau^2); the latest
      // block's rate is trusted by tau^2 / (tau^2 + its sampling variance), the rest goes to the
      // long-run rate
      double between = 0;
      double sampling = 0;
      for (double[] b : blocks) {
        double d = b[0] / b[1] - longRun;
        between += d * d;
        sampling += (longRun * b[1] + k * longRun * longRun * b[2]) / (b[1] * b[1]);
      }
      between /= blocks.size() - 1;
      sampling /= blocks.size();
      double[] b0 = blocks.getFirst();
      double own = (longRun * b0[1] + k * longRun * longRun * b0[2]) / (b0[1] * b0[1]);
      double tau2 = Math.max(0, between - sampling);
      double w = own > 0 ? tau2 / (tau2 + own) : 1;
      rate = w * rate + (1 - w) * longRun;
      uncertainty = w + (1 - w) * (1 - w) / blocks.size();
    }
    return new Estimate(rate, k, days, uncertainty);
  }

}
