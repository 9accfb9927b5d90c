package org.vigil.monitor.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.monitor.detect.Alarm;
import org.vigil.monitor.detect.CountSeries;
import org.vigil.monitor.detect.Detector;
import org.vigil.testkit.Seeded;

final class BacktestTest {
  private static final Simulation SMALL = Simulation.defaults(24);

  /** A detector that alarms on the given days, whatever the series. */
  private record Fixed(int... days) implements Detector {
    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public List<Alarm> evaluate(CountSeries series) {
      return java.util.Arrays.stream(days).mapToObj(d -> new Alarm(series.date(d), 1, 1)).toList();
    }
  }

  private static SimulatedSeries withEpisode(int start, int days) {
    return new SimulatedSeries(new int[730], new double[730], 1.0, 0.5, Optional.of(new SimulatedSeries.Episode(start, days, 2.0)));
  }

  private static Backtest.Tally tally(SimulatedSeries s, Detector d) {
    return Backtest.tally(SMALL, s, d.evaluate(CountSeries.of(java.time.LocalDate.EPOCH, s.counts())));
  }

  @Test
  void alarmsInsideAnEscalationDetectItAfterItAreIgnoredElsewhereTheyAreFalse() {
    // escalation on days 400..413; 7 days after it (414..420) count neither way
    Backtest.Tally t = tally(withEpisode(400, 14), new Fixed(100, 399, 403, 410, 414, 420, 421, 700));

    assertThat(t.delay()).isEqualTo(3);
    assertThat(t.falseAlarms()).as("399, 421 and 700; 100 is history").isEqualTo(3);
    assertThat(t.inControlDays()).isEqualTo(365 - 21);
  }

  @Test
  void anEscalationWithoutAlarmInsideIsMissed() {
    Backtest.Tally t = tally(withEpisode(500, 20), new Fixed(499, 520));
    assertThat(t.delay()).isEqualTo(-1);
    assertThat(t.falseAlarms()).isEqualTo(1);
  }

  @Test
  void theBacktestIsDeterministicForASeed() {
    Simulation few = Simulation.defaults(6);
    BacktestReport first = Backtest.run(few, 11, Backtest.defaultDetectors());
    assertThat(Backtest.run(few, 11, Backtest.defaultDetectors())).isEqualTo(first);
    assertThat(Backtest.run(few, 12, Backtest.defaultDetectors())).isNotEqualTo(first);
  }

  @Test
  void seriesAreDrawnFromTheirSeedWithinTheSimulationsRanges() {
    Seeded.forEachCase(40, 0xBAC7_0001L, g -> {
      long seed = g.nextLong();
      SimulatedSeries s = SimulatedSeries.draw(SMALL, seed);
      assertThat(SimulatedSeries.draw(SMALL, seed)).isEqualTo(s);
      assertThat(s.counts()).hasSize(730);
      assertThat(s.baseMean()).isBetween(0.2, 5.0);
      assertThat(s.overdispersion()).isBetween(0.1, 1.0);
      s.episode().ifPresent(e -> {
        assertThat(e.start()).isGreaterThanOrEqualTo(365);
        assertThat(e.end() + 7).isLessThan(730);
        assertThat(e.days()).isBetween(14, 28);
        assertThat(e.size()).isIn(2.0, 3.0, 5.0);
      });
    });
  }

  @Test
  void anInjectedEscalationMultipliesTheCountsItCovers() {
    // a base mean of 1 times 5 inside the escalations
    Simulation all = new Simulation(200, 730, 365, 1, 1, 0.2, 0.2, 0, 0, 1.0, 28, 28, List.of(5.0), 7);
    Simulation none = new Simulation(200, 730, 365, 1, 1, 0.2, 0.2, 0, 0, 0.0, 28, 28, List.of(5.0), 7);
    long inside = 0;
    long outside = 0;
    for (long seed = 0; seed < 200; seed++) {
      SimulatedSeries s = SimulatedSeries.draw(all, seed);
      SimulatedSeries.Episode e = s.episode().orElseThrow();
      for (int t = e.start(); t <= e.end(); t++) {
        inside += s.counts()[t];
      }
      assertThat(SimulatedSeries.draw(none, seed).episode()).isEmpty();
      for (int t = 0; t < 28; t++) {
        outside += s.counts()[t];
      }
    }
    // 200 series x 28 days at a mean of 5 and of 1: about 28,000 and 5,600
    assertThat(inside).isBetween(25_000L, 31_000L);
    assertThat(outside).isBetween(4_800L, 6_400L);
  }

  @Test
  void theCusumThatKnowsTheMeansIsReportedAfterTheDetectors() {
    BacktestReport r = Backtest.run(Simulation.defaults(6), 3, List.of(new Fixed()),
        Optional.of(org.vigil.monitor.detect.NbCusum.withDefaults()));
    assertThat(r.detectors()).extracting(BacktestReport.DetectorResult::name).containsExactly("fixed", "nb-cusum-known");
  }

  @Test
  void theMedianOfAnEvenNumberOfDelaysIsTheMeanOfTheMiddleTwo() {
    assertThat(Backtest.median(List.of(9, 1, 4, 6))).isEqualTo(5.0);
    assertThat(Backtest.median(List.of(3))).isEqualTo(3.0);
    assertThat(Backtest.median(List.of())).isNull();
  }

  @Test
  void aSimulationWithoutRoomForAnEscalationIsRefused() {
    assertThatThrownBy(() -> new Simulation(10, 400, 365, 0.2, 5, 0.1, 1, 0.5, 0.3, 0.5, 14, 28, List.of(2.0), 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backtest series of 400 days with 365 days of history leave no room for an escalation of 28 days");
  }

  @Test
  void theReportCountsTheInjectedSeries() {
    BacktestReport r = Backtest.run(SMALL, 5, List.of(new Fixed()));
    int escalations = r.detectors().getFirst().bySize().stream().mapToInt(BacktestReport.Detection::escalations).sum();
    assertThat(escalations).isEqualTo(r.injected());
    assertThat(r.detectors().getFirst().sensitivity()).isZero();
    assertThat(r.detectors().getFirst().falseAlarmsPerSeriesMonth()).isZero();
  }
}
