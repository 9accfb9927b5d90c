package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;

/**
 * The time of an event's own sentence where the parser hangs it elsewhere than on the event's
 * verb (issue 11, round 7), through real CoreNLP (SUTime) and the coder: the week, month or year of
 * the clause an adverbial clause hangs on ("soured in 2015 after troops attacked"), a bare
 * participle of starting ("Beginning in 2019, ..."), a time on the subject's head ("Sudanese
 * police in 2019 arrested"), and never a day after the article for a past event ("Days later,
 * ..."). Near misses: a day of the head clause, a participle with a marker, a time in the subject's
 * relative clause, a future "later". The sentences are written for this test; every article is dated
 * Monday 5 July 2021.
 */
final class ClauseDatesIT {
  private static final LocalDate MONDAY = LocalDate.of(2021, 7, 5);

  private static EventDate dateOf(String text, String trigger) {
    return Engines.dateOf("clause-", MONDAY, text, trigger);
  }

  @Test
  void anAdverbialClauseTakesTheYearOrMonthOfItsHead() {
    EventDate year = dateOf("Relations between the two countries soured in 2015 after Egyptian troops attacked "
        + "Libyan rebels near the border.", "attacked");
    assertThat(year.granularity()).isEqualTo(DateGranularity.YEAR);
    assertThat(year.date()).isEqualTo(LocalDate.of(2015, 1, 1));
    EventDate month = dateOf("Ties with Ankara worsened in March after Turkish soldiers shelled Kurdish villages in Syria.",
        "shelled");
    assertThat(month.granularity()).isEqualTo(DateGranularity.MONTH);
    assertThat(month.date()).isEqualTo(LocalDate.of(2021, 3, 1));
  }

  @Test
  void anAdverbialClauseDoesNotTakeTheDayOfItsHead() {
    EventDate d = dateOf("Tensions rose on Thursday after Indian troops attacked Pakistani border posts.", "attacked");
    assertThat(d.fromText()).isFalse();
    assertThat(d.date()).isEqualTo(MONDAY);
  }

  @Test
  void aBareParticipleOfStartingDatesTheClause() {
    EventDate month = dateOf("Starting in April, Ethiopian police arrested hundreds of opposition supporters.",
        "arrested");
    assertThat(month.granularity()).isEqualTo(DateGranularity.MONTH);
    assertThat(month.date()).isEqualTo(LocalDate.of(2021, 4, 1));
    EventDate year = dateOf("Beginning in 2019, Nigerian troops attacked Boko Haram camps in the forest.", "attacked");
    assertThat(year.granularity()).isEqualTo(DateGranularity.YEAR);
    assertThat(year.date()).isEqualTo(LocalDate.of(2019, 1, 1));
  }

  @Test
  void aParticipleWithAMarkerIsAnotherEvent() {
    EventDate d = dateOf("After starting talks in 2019, Ethiopian police arrested opposition leaders.", "arrested");
    assertThat(d.fromText()).isFalse();
  }

  @Test
  void aTimeOnTheSubjectsHeadDatesTheClause() {
    EventDate year = dateOf("The Sudanese army in 2019 arrested hundreds of protesters in Khartoum.", "arrested");
    assertThat(year.granularity()).isEqualTo(DateGranularity.YEAR);
    assertThat(year.date()).isEqualTo(LocalDate.of(2019, 1, 1));
    EventDate month = dateOf("Ethiopian police in March detained dozens of journalists in Addis Ababa.", "detained");
    assertThat(month.granularity()).isEqualTo(DateGranularity.MONTH);
    assertThat(month.date()).isEqualTo(LocalDate.of(2021, 3, 1));
  }

  @Test
  void aTimeInTheSubjectsRelativeClauseDoesNot() {
    EventDate d = dateOf("The opposition leader, who fled the country in 2019, accused the Ethiopian government of "
        + "torture.", "accused");
    assertThat(d.fromText()).isFalse();
  }

  @Test
  void aPastEventIsNeverDatedAfterTheArticle() {
    EventDate days = dateOf("Days later, Nigerian troops attacked a rebel camp in Borno state.", "attacked");
    assertThat(days.date()).isEqualTo(MONDAY);
    assertThat(days.fromText()).isFalse();
    EventDate weeks = dateOf("Several weeks later, Sudanese police arrested the protest leaders.", "arrested");
    assertThat(weeks.date()).isEqualTo(MONDAY);
  }

  @Test
  void aFutureEventKeepsALaterDate() {
    EventDate d = dateOf("Three days later, the Kenyan president will meet the Ugandan president in Kampala.", "meet");
    assertThat(d.fromText()).isTrue();
    assertThat(d.date()).isAfter(MONDAY);
  }
}
