package org.vigil.monitor.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The window rules on small series whose alarms can be counted by hand. */
final class RulesTest {
  private static final LocalDate START = LocalDate.of(2026, 3, 2);

  private static int[] days(int n, int value) {
    int[] c = new int[n];
    Arrays.fill(c, value);
    return c;
  }

  @Test
  void acledSurgeNeedsTheLastWeekAtTwiceThePriorFourWeeks() {
    // four weeks of 1 a day (7 a week), then a week of 2 a day: 14 >= 2 * 7 on its last day only
    int[] counts = days(35, 1);
    Arrays.fill(counts, 28, 35, 2);
    assertThat(AcledSurge.withDefaults().evaluate(CountSeries.of(START, counts))).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(START.plusDays(34));
      assertThat(a.statistic()).isEqualTo(14);
      assertThat(a.threshold()).isCloseTo(14, org.assertj.core.api.Assertions.within(1e-9));
    });
  }

  @Test
  void oneEventInAQuietSeriesIsNotASurge() {
    int[] counts = new int[60];
    counts[40] = 1;
    counts[50] = 2;
    assertThat(AcledSurge.withDefaults().evaluate(CountSeries.of(START, counts))).isEmpty();
    counts[51] = 1;
    // three in a week over a silent month: the floors (3 events, a mean of at least 1) are met
    assertThat(AcledSurge.withDefaults().evaluate(CountSeries.of(START, counts))).extracting(Alarm::date)
        .containsExactly(START.plusDays(51));
  }

  @Test
  void theSurgeIsMeasuredAgainstTheArticleVolume() {
    // the same doubling of events, but the news doubled too: no surge in the rate
    int[] counts = days(35, 1);
    Arrays.fill(counts, 28, 35, 2);
    int[] articles = days(35, 100);
    Arrays.fill(articles, 28, 35, 200);
    assertThat(AcledSurge.withDefaults().evaluate(CountSeries.normalised(START, counts, articles, 20))).isEmpty();
  }

  @Test
  void recordHighNeedsAWeekAboveEveryWeekOfTheYear() {
    int[] counts = days(380, 1);
    counts[100] = 5; // the year's highest week so far: 11
    Arrays.fill(counts, 370, 380, 2);
    // weeks ending 370..: 8, 9, 10, 11, 12 (> 11) on day 374
    assertThat(RecordHigh.withDefaults().evaluate(CountSeries.of(START, counts))).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(START.plusDays(374));
      assertThat(a.statistic()).isEqualTo(12);
      assertThat(a.threshold()).isCloseTo(11, org.assertj.core.api.Assertions.within(1e-9));
    });
  }

  @Test
  void noChangeAlarmsOnAWeekTwiceTheWeekBefore() {
    int[] counts = days(21, 1);
    Arrays.fill(counts, 14, 21, 3);
    // weeks ending 14..: 9 (>= max(3, 14)? no), 11, 13, 15 (>= 14) on day 17, then quiet for a week
    assertThat(NoChange.withDefaults().evaluate(CountSeries.of(START, counts))).extracting(Alarm::date)
        .containsExactly(START.plusDays(17));
  }

  @Test
  void badRuleParametersAreRefusedWithTheValues() {
    assertThatThrownBy(() -> new AcledSurge.Parameters(7, 4, 1.0, 3, 1, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ACLED surge factor must be above 1, was 1.0");
    assertThatThrownBy(() -> new RecordHigh.Parameters(7, 5, 365, 3, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record-high windows must satisfy 1 <= window <= history and window <= least history, were 7, 5"
            + " and 365");
  }
}
