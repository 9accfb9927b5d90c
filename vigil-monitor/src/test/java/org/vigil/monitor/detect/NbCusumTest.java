package org.vigil.monitor.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class NbCusumTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Test
  void logLikelihoodRatioOfADoublingIsHandComputed() {
    // mu = 1, k = 0.5 (r = 2), c = 2: a = ln(2 * 3 / 4) = ln 1.5, b = 2 ln(4 / 3)
    assertThat(CusumThreshold.slope(1, 0.5, 2)).isCloseTo(Math.log(1.5), within(1e-12));
    assertThat(CusumThreshold.intercept(1, 0.5, 2)).isCloseTo(2 * Math.log(4.0 / 3), within(1e-12));
  }

  @Test
  void cusumOnASmallSeriesMatchesTheHandComputedSums() {
    // 35 days of 1 (a guard of 7 and a baseline of 28), then 3, 0, 4, 5
    int[] counts = new int[39];
    Arrays.fill(counts, 1);
    counts[35] = 3;
    counts[36] = 0;
    counts[37] = 4;
    counts[38] = 5;
    NbCusum cusum = new NbCusum(NbCusum.Parameters.defaults().withThreshold(new NbCusum.Threshold.Fixed(2.0)));

    // baseline of 28 ones: mean 1, k = (0 - 28) / 28 clamped to 0.05, plus the mean's uncertainty
    // (1 / 1 + 0.05) / 28 = 0.0375: k = 0.0875, r = 11.428571; a = ln(2 (r + 1) / (r + 2)) =
    // 0.6157605, b = r ln((r + 2) / (r + 1)) = 0.8844190. S = 3a - b = 0.9628625; max(0, S - b) =
    // 0.0784435; + 4a - b = 1.6570666; + 5a - b = 3.8514502 >= 2: alarm on day 38
    assertThat(cusum.evaluate(CountSeries.of(START, counts))).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(START.plusDays(38));
      assertThat(a.statistic()).isCloseTo(3.8514501523436637, within(1e-9));
      assertThat(a.threshold()).isEqualTo(2.0);
    });
  }

  @Test
  void theCusumStartsAgainFromZeroAfterAnAlarm() {
    int[] counts = new int[45];
    Arrays.fill(counts, 1);
    counts[35] = 9;
    counts[36] = 9;
    NbCusum cusum = new NbCusum(NbCusum.Parameters.defaults().withThreshold(new NbCusum.Threshold.Fixed(2.0)));

    // 9a - b = 4.66 alarms on day 35 and again, from 0, on day 36
    assertThat(cusum.evaluate(CountSeries.of(START, counts))).extracting(Alarm::date)
        .containsExactly(START.plusDays(35), START.plusDays(36));
  }

  @Test
  void pastAlarmsAreLeftOutOfLaterBaselines() {
    // 1 a day, ten days of 10 (alarms), 1 a day, then a week of 3: measured against the days of 1,
    // not against a baseline that holds the tens (a mean of about 4.2), the week of 3 alarms
    int[] counts = new int[137];
    Arrays.fill(counts, 1);
    Arrays.fill(counts, 100, 110, 10);
    Arrays.fill(counts, 130, 137, 3);

    assertThat(NbCusum.withDefaults().evaluate(CountSeries.of(START, counts))).extracting(Alarm::date)
        .anySatisfy(d -> assertThat(d).isBetween(START.plusDays(100), START.plusDays(109)))
        .anySatisfy(d -> assertThat(d).isBetween(START.plusDays(130), START.plusDays(136)));
  }

  @Test
  void aStepThatLastsBecomesTheNewLevel() {
    int[] counts = new int[600];
    Arrays.fill(counts, 0, 200, 2);
    Arrays.fill(counts, 200, 600, 6);

    java.util.List<Alarm> alarms = NbCusum.withDefaults().evaluate(CountSeries.of(START, counts));
    assertThat(alarms.getFirst().date()).isBetween(START.plusDays(200), START.plusDays(206));
    // three baselines of alarm runs (84 days) and the guard, and then the sixes are the baseline
    assertThat(alarms.getLast().date()).isBefore(START.plusDays(200 + 84 + 7 + 28));
  }

  @Test
  void againstKnownMeansNothingIsEstimated() {
    // mean 1 and k = 0.5 known: a = ln 1.5, b = 2 ln(4 / 3); counts 1, 1 add nothing, 3 and 3 add
    // 3a - b = 0.6410311 each: 1.2820622 >= 1 on day 3
    double[] means = {1, 1, 1, 1};
    NbCusum cusum = new NbCusum(NbCusum.Parameters.defaults().withThreshold(new NbCusum.Threshold.Fixed(1.0)));
    assertThat(cusum.evaluateKnown(CountSeries.of(START, 1, 1, 3, 3), means, 0.5)).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(START.plusDays(3));
      assertThat(a.statistic()).isCloseTo(2 * (3 * Math.log(1.5) - 2 * Math.log(4.0 / 3)), within(1e-12));
    });
  }

  @Test
  void aSeriesShorterThanGuardAndLeastBaselineIsNotEvaluated() {
    int[] counts = new int[21];
    Arrays.fill(counts, 50);
    assertThat(NbCusum.withDefaults().evaluate(CountSeries.of(START, counts))).isEmpty();
  }

  @Test
  void theThresholdGivesTheTargetRunLength() {
    double h = CusumThreshold.threshold(0.5, 0.3, 2, 1000);
    assertThat(CusumThreshold.arl(0.5, 0.3, 2, h)).isGreaterThanOrEqualTo(1000);
    assertThat(CusumThreshold.arl(0.5, 0.3, 2, h * 0.99)).isLessThan(1000);
    assertThat(CusumThreshold.threshold(0.5, 0.3, 2, 5000)).isGreaterThan(h);
  }

  @Test
  void negativeBinomialProbabilitiesAreHandComputed() {
    // mu = 2, k = 0.5: r = 2, q = mu / (r + mu) = 0.5; p(0) = (r / (r + mu))^r = 0.25,
    // p(1) = p(0) r q = 0.25, p(2) = p(1) (1 + r) / 2 q = 0.1875
    assertThat(CusumThreshold.pmf(2, 0.5, 2)).containsExactly(new double[] {0.25, 0.25, 0.1875}, within(1e-12));
  }

  @Test
  void withAThresholdNearZeroTheRunLengthIsOneOverTheChanceOfACountAboveTheDrift() {
    // the CUSUM alarms on the first day whose count y exceeds beta = b / a, and no sooner
    double a = CusumThreshold.slope(2, 0.5, 2);
    double beta = CusumThreshold.intercept(2, 0.5, 2) / a;
    double below = 0;
    double[] p = CusumThreshold.pmf(2, 0.5, 10);
    for (int y = 0; y <= beta; y++) {
      below += p[y];
    }
    assertThat(CusumThreshold.arl(2, 0.5, 2, 1e-9)).isCloseTo(1 / (1 - below), within(1e-6));
  }

  @Nested
  final class BadParameters {
    @Test
    void aShiftFactorOfOneIsRefused() {
      assertThatThrownBy(() -> NbCusum.Parameters.defaults().withShiftFactor(1.0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("NB-CUSUM shift factor must be above 1, was 1.0");
    }

    @Test
    void aTargetRunLengthBelowTwoDaysIsRefused() {
      assertThatThrownBy(() -> new NbCusum.Threshold.Arl(1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("target in-control ARL must be at least 2 days, was 1.0");
    }

    @Test
    void aNegativeCountIsRefusedWithItsDate() {
      assertThatThrownBy(() -> CountSeries.of(START, 1, -2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("count series from 2026-01-01: count on 2026-01-02 is negative: -2");
    }
  }
}
