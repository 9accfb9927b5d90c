package org.vigil.monitor.backtest;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * One simulated series: its counts, the parameters it was drawn with and its escalation, if any.
 *
 * @param counts the daily counts
 * @param means each day's in-control mean (cycle and trend, without the escalation)
 * @param baseMean the base mean a day (before cycle, trend and escalation)
 * @param overdispersion k
 * @param episode the injected escalation, or empty
 */
record SimulatedSeries(int[] counts, double[] means, double baseMean, double overdispersion, Optional<Episode> episode) {

  /** An injected escalation: the mean times {@code size} on days {@code start..start + days - 1}. */
  record Episode(int start, int days, double size) {
    int end() {
      return start + days - 1;
    }
  }

  SimulatedSeries {
    counts = counts.clone();
    means = means.clone();
  }

  /** Draws a series of {@code sim} from {@code seed}: the same seed gives the same series. */
  static SimulatedSeries draw(Simulation sim, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double mean = Math.exp(uniform(r, Math.log(sim.minMean()), Math.log(sim.maxMean())));
    double k = uniform(r, sim.minOverdispersion(), sim.maxOverdispersion());
    double amplitude = uniform(r, 0, sim.maxWeeklyAmplitude());
    int phase = r.nextInt(7);
    double trend = uniform(r, -sim.maxTrendPerYear(), sim.maxTrendPerYear());
    Optional<Episode> episode = Optional.empty();
    if (r.nextDouble() < sim.injectedShare()) {
      int days = sim.minEpisodeDays() + r.nextInt(sim.maxEpisodeDays() - sim.minEpisodeDays() + 1);
      int latest = sim.days() - days - sim.afterEpisodeDays();
      int start = sim.warmupDays() + r.nextInt(latest - sim.warmupDays() + 1);
      double size = sim.sizes().get(r.nextInt(sim.sizes().size()));
      episode = Optional.of(new Episode(start, days, size));
    }
    RandomGenerator g = new Well19937c(r.nextLong());
    GammaDistribution mixing = new GammaDistribution(g, 1 / k, k);
    double middle = (sim.warmupDays() + sim.days()) / 2.0;
    int[] counts = new int[sim.days()];
    double[] means = new double[sim.days()];
    for (int t = 0; t < counts.length; t++) {
      double mu = mean * (1 + amplitude * Math.cos(2 * Math.PI * (t + phase) / 7))
          * Math.exp(trend * (t - middle) / 365);
      means[t] = mu;
      if (episode.isPresent() && t >= episode.get().start() && t <= episode.get().end()) {
        mu *= episode.get().size();
      }
      double lambda = mu * mixing.sample();
      counts[t] = lambda < 1e-9 ? 0 : new PoissonDistribution(g, lambda, PoissonDistribution.DEFAULT_EPSILON,
          PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }
    return new SimulatedSeries(counts, means, mean, k, episode);
  }

  private static double uniform(SplittableRandom r, double lo, double hi) {
    return lo == hi ? lo : lo + (hi - lo) * r.nextDouble();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimulatedSeries s && Arrays.equals(counts, s.counts) && Arrays.equals(means, s.means)
        && baseMean == s.baseMean
        && overdispersion == s.overdispersion && episode.equals(s.episode);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + episode.hashCode();
  }

  @Override
  public int[] counts() {
    return counts.clone();
  }

  @Override
  public double[] means() {
    return means.clone();
  }
}
