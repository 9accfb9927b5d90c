package org.vigil.monitor.backtest;

import java.util.List;

/**
 * How the backtest's series are simulated (docs/MONITOR.md, "Backtest"). Each series has a base mean
 * drawn log-uniformly from [{@code minMean}, {@code maxMean}] events a day, an overdispersion k
 * (variance {@code mu + k mu^2}) uniform in [{@code minOverdispersion}, {@code maxOverdispersion}],
 * a weekly cycle {@code 1 + A cos(2 pi (day + phase) / 7)} with A uniform in
 * [0, {@code maxWeeklyAmplitude}], and a slow log-linear trend of up to {@code maxTrendPerYear} a
 * year either way; each day's count is negative binomial (a gamma-Poisson mixture) with that day's
 * mean. A share {@code injectedShare} of the series gets one escalation: the mean times one of
 * {@code sizes}, for {@code minEpisodeDays..maxEpisodeDays} days, starting at a uniform day of the
 * evaluated part that lets it end inside the series. The first {@code warmupDays} days are history
 * only: no escalation, no alarm counted.
 *
 * @param series how many series
 * @param days days in a series
 * @param warmupDays history before the evaluated days
 * @param minMean least base mean a day
 * @param maxMean greatest base mean a day
 * @param minOverdispersion least k
 * @param maxOverdispersion greatest k
 * @param maxWeeklyAmplitude greatest weekly amplitude A
 * @param maxTrendPerYear greatest trend, as a change of the log mean a year
 * @param injectedShare share of the series with an escalation
 * @param minEpisodeDays shortest escalation
 * @param maxEpisodeDays longest escalation
 * @param sizes escalation factors, each equally likely
 * @param afterEpisodeDays days after an escalation in which an alarm counts neither as a detection
 *     nor as false (a 7-day window still holds escalated days)
 */
public record Simulation(int series, int days, int warmupDays, double minMean, double maxMean, double minOverdispersion,
    double maxOverdispersion, double maxWeeklyAmplitude, double maxTrendPerYear, double injectedShare,
    int minEpisodeDays, int maxEpisodeDays, List<Double> sizes, int afterEpisodeDays) {

  public Simulation {
    if (series < 1) {
      throw new IllegalArgumentException("backtest needs at least 1 series, was " + series);
    }
    if (warmupDays < 0 || days - warmupDays < maxEpisodeDays + afterEpisodeDays + 1) {
      throw new IllegalArgumentException("backtest series of " + days + " days with " + warmupDays
          + " days of history leave no room for an escalation of " + maxEpisodeDays + " days");
    }
    if (!(minMean > 0) || !(maxMean >= minMean) || !(minOverdispersion > 0)
        || !(maxOverdispersion >= minOverdispersion)) {
      throw new IllegalArgumentException("backtest means and overdispersions must be positive ranges, were ["
          + minMean + ", " + maxMean + "] and [" + minOverdispersion + ", " + maxOverdispersion + "]");
    }
    if (!(maxWeeklyAmplitude >= 0 && maxWeeklyAmplitude < 1) || !(maxTrendPerYear >= 0)) {
      throw new IllegalArgumentException("backtest weekly amplitude must be in [0, 1) and trend at least 0, were "
          + maxWeeklyAmplitude + " and " + maxTrendPerYear);
    }
    if (!(injectedShare >= 0 && injectedShare <= 1)) {
      throw new IllegalArgumentException("backtest injected share must be in [0, 1], was " + injectedShare);
    }
    if (minEpisodeDays < 1 || maxEpisodeDays < minEpisodeDays || afterEpisodeDays < 0) {
      throw new IllegalArgumentException("backtest escalations must last 1 <= min <= max days, were " + minEpisodeDays
          + " and " + maxEpisodeDays);
    }
    sizes = List.copyOf(sizes);
    if (sizes.isEmpty() || sizes.stream().anyMatch(s -> !(s > 1))) {
      throw new IllegalArgumentException("backtest escalation sizes must be factors above 1, were " + sizes);
    }
  }

  /**
   * The backtest of docs/ACCURACY.md: {@code series} series of two years (the first one history),
   * base means 0.2-5 a day, k 0.1-1, weekly amplitude up to 0.5, trends up to 30 % a year, half the
   * series with one escalation of x2, x3 or x5 for 14-28 days.
   */
  public static Simulation defaults(int series) {
    return new Simulation(series, 730, 365, 0.2, 5.0, 0.1, 1.0, 0.5, 0.3, 0.5, 14, 28, List.of(2.0, 3.0, 5.0), 7);
  }

  /** The same simulation with another number of series. */
  public Simulation withSeries(int value) {
    return new Simulation(value, days, warmupDays, minMean, maxMean, minOverdispersion, maxOverdispersion,
        maxWeeklyAmplitude, maxTrendPerYear, injectedShare, minEpisodeDays, maxEpisodeDays, sizes, afterEpisodeDays);
  }
}
