package org.vigil.monitor.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.vigil.monitor.detect.AcledSurge;
import org.vigil.monitor.detect.Alarm;
import org.vigil.monitor.detect.CountSeries;
import org.vigil.monitor.detect.Detector;
import org.vigil.monitor.detect.NbCusum;
import org.vigil.monitor.detect.NoChange;
import org.vigil.monitor.detect.RecordHigh;

/**
 * The detectors' backtest, the method of the surveillance literature: simulate series whose
 * escalations are known, run each detector on all of them and count. On the evaluated days (after
 * the history) of each series, an alarm inside an escalation detects it (the first one gives the
 * delay, in days from its start); an alarm within {@link Simulation#afterEpisodeDays()} after it is
 * neither detection nor false; every other alarm is false, and the days it can fall on are the
 * in-control days. Pure: the same simulation, seed and detectors give the same report. Thread-safe.
 */
public final class Backtest {
  /** The seed the NB-CUSUM's threshold was calibrated on (docs/ACCURACY.md). */
  public static final long DEV_SEED = 1;
  /** The seed the figures of docs/ACCURACY.md are reported on. */
  public static final long HELD_OUT_SEED = 2;

  /** Bands of base mean for the report, events a day: [0.2, 0.5), [0.5, 1.5), [1.5, 5]. */
  static final double[] BANDS = {0.5, 1.5};

  /** The name of the row of the CUSUM that knows the true in-control means. */
  public static final String KNOWN = "nb-cusum-known";

  private static final double MONTH_DAYS = 365.25 / 12;

  private Backtest() {}

  /** The four detectors with their default parameters: NB-CUSUM, ACLED surge, record high, no change. */
  public static List<Detector> defaultDetectors() {
    return List.of(NbCusum.withDefaults(), AcledSurge.withDefaults(), RecordHigh.withDefaults(),
        NoChange.withDefaults());
  }

  /** Runs {@code detectors} on the series of {@code simulation} drawn from {@code seed}. */
  public static BacktestReport run(Simulation simulation, long seed, List<? extends Detector> detectors) {
    return run(simulation, seed, detectors, Optional.empty());
  }

  /**
   * Runs {@code detectors} on the series of {@code simulation} drawn from {@code seed}, and, when
   * {@code known} is given, that CUSUM against each series' true in-control means and k (a row named
   * {@value #KNOWN}): the bound of any NB-CUSUM whose baseline had to be estimated.
   */
  public static BacktestReport run(Simulation simulation, long seed, List<? extends Detector> detectors,
      Optional<NbCusum> known) {
    Objects.requireNonNull(simulation, "simulation");
    if (detectors.isEmpty()) {
      throw new IllegalArgumentException("backtest needs at least one detector");
    }
    SplittableRandom seeds = new SplittableRandom(seed);
    long[] seriesSeeds = new long[simulation.series()];
    for (int i = 0; i < seriesSeeds.length; i++) {
      seriesSeeds[i] = seeds.nextLong();
    }
    // series in parallel, each with its own seed; the tallies are added up in series order
    List<SimulatedSeries> series = IntStream.range(0, seriesSeeds.length).parallel()
        .mapToObj(i -> SimulatedSeries.draw(simulation, seriesSeeds[i])).toList();
    List<BacktestReport.DetectorResult> results = new ArrayList<>();
    for (Detector d : detectors) {
      List<Tally> tallies = series.parallelStream()
          .map(s -> tally(simulation, s, d.evaluate(CountSeries.of(LocalDate.EPOCH, s.counts())))).toList();
      results.add(summarise(d.name(), simulation, series, tallies));
    }
    known.ifPresent(cusum -> {
      List<Tally> tallies = series.parallelStream().map(s -> tally(simulation, s,
          cusum.evaluateKnown(CountSeries.of(LocalDate.EPOCH, s.counts()), s.means(), s.overdispersion()))).toList();
      results.add(summarise(KNOWN, simulation, series, tallies));
    });
    int injected = (int) series.stream().filter(s -> s.episode().isPresent()).count();
    return new BacktestReport(seed, simulation, injected, results);
  }

  /** One detector on one series: false alarms, in-control days, and the delay if detected (else -1). */
  record Tally(int falseAlarms, int inControlDays, int delay) {}

  static Tally tally(Simulation sim, SimulatedSeries s, List<Alarm> alarms) {
    int from = sim.warmupDays();
    int inControl = sim.days() - from;
    int quietFrom = Integer.MAX_VALUE;
    int quietTo = Integer.MIN_VALUE;
    int start = -1;
    int end = -1;
    if (s.episode().isPresent()) {
      SimulatedSeries.Episode e = s.episode().get();
      start = e.start();
      end = e.end();
      quietFrom = start;
      quietTo = Math.min(sim.days() - 1, end + sim.afterEpisodeDays());
      inControl -= quietTo - quietFrom + 1;
    }
    int falseAlarms = 0;
    int delay = -1;
    for (Alarm a : alarms) {
      int t = (int) a.date().toEpochDay();
      if (t < from) {
        continue;
      }
      if (t >= start && t <= end) {
        if (delay < 0) {
          delay = t - start;
        }
      } else if (t < quietFrom || t > quietTo) {
        falseAlarms++;
      }
    }
    return new Tally(falseAlarms, inControl, delay);
  }

  private static BacktestReport.DetectorResult summarise(String name, Simulation sim, List<SimulatedSeries> series,
      List<Tally> tallies) {
    int falseAlarms = 0;
    long inControl = 0;
    for (Tally t : tallies) {
      falseAlarms += t.falseAlarms();
      inControl += t.inControlDays();
    }
    List<BacktestReport.Detection> bySize = new ArrayList<>();
    for (double size : sim.sizes()) {
      bySize.add(detection(BacktestReport.Detection.sizeLabel(size), series, tallies,
          s -> s.episode().isPresent() && s.episode().get().size() == size));
    }
    BacktestReport.Detection all = detection("all", series, tallies, s -> s.episode().isPresent());
    List<BacktestReport.Band> bands = new ArrayList<>();
    for (int b = 0; b <= BANDS.length; b++) {
      double low = b == 0 ? sim.minMean() : BANDS[b - 1];
      double high = b == BANDS.length ? sim.maxMean() : BANDS[b];
      boolean last = b == BANDS.length;
      Predicate<SimulatedSeries> in =
          s -> s.baseMean() >= low && (last ? s.baseMean() <= high : s.baseMean() < high);
      int n = 0;
      int fa = 0;
      long days = 0;
      for (int i = 0; i < series.size(); i++) {
        if (in.test(series.get(i))) {
          n++;
          fa += tallies.get(i).falseAlarms();
          days += tallies.get(i).inControlDays();
        }
      }
      bands.add(new BacktestReport.Band(format(low) + "-" + format(high), n, days == 0 ? 0 : fa / (days / MONTH_DAYS),
          detection("x2", series, tallies, s -> in.test(s) && s.episode().isPresent()
              && s.episode().get().size() == 2.0)));
    }
    return new BacktestReport.DetectorResult(name, inControl == 0 ? 0 : falseAlarms / (inControl / MONTH_DAYS),
        falseAlarms, inControl / MONTH_DAYS, all.sensitivity(), all.medianDelayDays(), bySize, bands);
  }

  private static BacktestReport.Detection detection(String group, List<SimulatedSeries> series, List<Tally> tallies,
      Predicate<SimulatedSeries> which) {
    int escalations = 0;
    List<Integer> delays = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      if (which.test(series.get(i))) {
        escalations++;
        if (tallies.get(i).delay() >= 0) {
          delays.add(tallies.get(i).delay());
        }
      }
    }
    return new BacktestReport.Detection(group, escalations, delays.size(),
        escalations == 0 ? 0 : (double) delays.size() / escalations, median(delays));
  }

  static Double median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  private static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
