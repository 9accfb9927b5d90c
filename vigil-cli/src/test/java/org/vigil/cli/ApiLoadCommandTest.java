package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The think time of api-load's clients (issue 13, round 7): exponential, seeded, cut at ten times the mean. */
final class ApiLoadCommandTest {
  @Test
  void thinkTimesAreExponentialWithTheirMeanCutAtTenTimesItAndSeeded() {
    SplittableRandom r = new SplittableRandom(1);
    int n = 200_000;
    double sum = 0;
    long max = 0;
    int overMean = 0;
    for (int i = 0; i < n; i++) {
      long t = ApiLoadCommand.thinkNanos(r, 10_000);
      sum += t;
      max = Math.max(max, t);
      if (t > 10_000_000_000L) {
        overMean++;
      }
    }
    // the cut at 10x the mean takes e^-10 of the mass: the mean stays within 0.1 % of 10 s
    assertThat(sum / n / 1e6).isCloseTo(10_000, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(max).isLessThanOrEqualTo(100_000_000_000L);
    // P(T > mean) = 1/e for an exponential law
    assertThat(overMean / (double) n).isCloseTo(Math.exp(-1), org.assertj.core.data.Offset.offset(0.01));
    assertThat(ApiLoadCommand.thinkNanos(new SplittableRandom(7), 500))
        .isEqualTo(ApiLoadCommand.thinkNanos(new SplittableRandom(7), 500));
  }
}
