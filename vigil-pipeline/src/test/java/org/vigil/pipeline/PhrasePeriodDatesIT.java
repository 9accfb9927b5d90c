package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;

/**
 * A month or year that the parser hangs by "in" on a noun argument of a past act rather than on
 * its verb dates the act (issue 11, round 14): "expelled diplomats from the Russian embassy in
 * April" is April, not the article's day. Near misses: the noun names an event ("withdrew from the
 * talks in Abuja in April": the period is the talks'), and a future act. Through real CoreNLP
 * (SUTime, the parse) and the coder; the sentences are written for this test, and each parse was
 * checked to hang the period on the noun. Every article is dated Monday 5 July 2021.
 */
final class PhrasePeriodDatesIT {
  private static final LocalDate MONDAY = LocalDate.of(2021, 7, 5);

  private static EventDate dateOf(String text, String trigger) {
    return Engines.dateOf("phrase-period-", MONDAY, text, trigger);
  }

  @Test
  void aMonthOnTheNounOfAPastActDatesTheAct() {
    EventDate d = dateOf("Poland expelled diplomats from the Russian embassy in April.", "expelled");
    assertThat(d.granularity()).isEqualTo(DateGranularity.MONTH);
    assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 1));
  }

  @Test
  void aYearOnTheNounOfAPastActDatesTheAct() {
    EventDate d = dateOf("Kenya deported two reporters from the British embassy in 2019.", "deported");
    assertThat(d.granularity()).isEqualTo(DateGranularity.YEAR);
    assertThat(d.date()).isEqualTo(LocalDate.of(2019, 1, 1));
  }

  @Test
  void aPeriodOnANounOfAnEventIsThatEventsTime() {
    EventDate d = dateOf("The Nigerian army withdrew from the talks in Abuja in April.", "withdrew");
    assertThat(d.fromText()).isFalse();
    assertThat(d.date()).isEqualTo(MONDAY);
  }

  @Test
  void aFutureActIsNotDatedByItsNounsPeriod() {
    EventDate d = dateOf("Poland will expel diplomats from the Russian embassy in September.", "expel");
    assertThat(d.date()).isNotEqualTo(LocalDate.of(2021, 9, 1));
  }
}
