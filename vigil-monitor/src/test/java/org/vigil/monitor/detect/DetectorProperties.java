package org.vigil.monitor.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testkit.Seeded;

/** Seeded properties every detector has. */
final class DetectorProperties {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  // shared, so the NB-CUSUM's thresholds are computed once for all cases (the cache changes no result)
  private static final List<Detector> SHARED = detectors();

  private static List<Detector> detectors() {
    return List.of(NbCusum.withDefaults(), AcledSurge.withDefaults(), RecordHigh.withDefaults(), NoChange.withDefaults());
  }

  @Test
  void noDetectorAlarmsOnAConstantSeries() {
    Seeded.forEachCase(60, 0x0A1A_0001L, g -> {
      int[] counts = new int[g.between(30, 800)];
      Arrays.fill(counts, g.between(0, 40));
      CountSeries series = g.bool() ? CountSeries.of(START, counts) : normalisedConstant(counts, g.between(0, 500));
      for (Detector d : SHARED) {
        assertThat(d.evaluate(series)).as(d.name() + " on " + counts[0] + " a day for " + counts.length + " days")
            .isEmpty();
      }
    });
  }

  private static CountSeries normalisedConstant(int[] counts, int articles) {
    int[] volume = new int[counts.length];
    Arrays.fill(volume, articles);
    return CountSeries.normalised(START, counts, volume, CountSeries.DEFAULT_FLOOR_ARTICLES);
  }

  @Test
  void aLargeStepAlwaysAlarmsWithinAWeek() {
    Seeded.forEachCase(40, 0x0A1A_0002L, g -> {
      int base = g.between(0, 6);
      int step = g.between(400, 600);
      int[] counts = new int[step + 30];
      for (int i = 0; i < step; i++) {
        counts[i] = g.between(0, 2 * base);
      }
      int high = 10 * (2 * base) + 10;
      for (int i = step; i < counts.length; i++) {
        counts[i] = high + g.between(0, base);
      }
      CountSeries series = CountSeries.of(START, counts);
      for (Detector d : SHARED) {
        assertThat(d.evaluate(series)).as(d.name() + ": a step from 0.." + 2 * base + " to " + high + " on day " + step)
            .anySatisfy(a -> assertThat(a.date()).isBetween(START.plusDays(step), START.plusDays(step + 6)));
      }
    });
  }

  @Test
  void detectorsAreDeterministic() {
    Seeded.forEachCase(8, 0x0A1A_0003L, g -> {
      int[] counts = new int[g.between(100, 700)];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = g.weighted(50, 25, 12, 6, 4, 3);
      }
      CountSeries series = CountSeries.of(START, counts);
      List<Detector> fresh = detectors();
      for (int i = 0; i < fresh.size(); i++) {
        Detector d = SHARED.get(i);
        List<Alarm> first = d.evaluate(series);
        assertThat(d.evaluate(series)).as(d.name() + " twice").isEqualTo(first);
        assertThat(fresh.get(i).evaluate(series)).as(d.name() + " anew").isEqualTo(first);
      }
    });
  }

  @Test
  void alarmsAreInDateOrderAndReachTheirThreshold() {
    Seeded.forEachCase(20, 0x0A1A_0004L, g -> {
      int[] counts = new int[g.between(100, 700)];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = g.weighted(40, 25, 12, 6, 4, 3, 2, 1, 1, 1, 1);
      }
      for (Detector d : SHARED) {
        List<Alarm> alarms = d.evaluate(CountSeries.of(START, counts));
        assertThat(alarms).extracting(Alarm::date).isSorted().doesNotHaveDuplicates();
        assertThat(alarms).allSatisfy(a -> assertThat(a.statistic()).isGreaterThanOrEqualTo(a.threshold()));
      }
    });
  }
}
