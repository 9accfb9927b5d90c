package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, the event's date on real news: a day the parser hangs on a noun of the event's clause
 * ("police on Wednesday arrested") dates the event; a year or a month on a noun ("the elections of
 * March 2022") describes the noun and does not; a day that owns the verb's object ("condemned
 * Tuesday's attack") is the object's date, not the event's. Real CoreNLP, built-in dictionaries;
 * sentences written for Vigil; the article is dated Friday 14 March 2025.
 */
final class NominalDatesIT {
  private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

  @Test
  void aDayOnTheSubjectDatesTheEvent() {
    assertThat(dateOf("Kenyan police on Wednesday arrested twenty opposition supporters.", "arrested"))
        .isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(dateOf("Sudanese rebels on Monday attacked an army base near the border.", "attacked"))
        .isEqualTo(LocalDate.of(2025, 3, 10));
  }

  @Test
  void aMonthOnANounDoesNotDateTheEvent() {
    assertThat(dateOf("Kenya accused Uganda of fraud in the elections of March 2022.", "accused"))
        .isEqualTo(FRIDAY);
  }

  @Test
  void aDayThatOwnsTheObjectIsNotTheEventsDate() {
    assertThat(dateOf("Egypt condemned Tuesday's attack on its embassy.", "condemned")).isEqualTo(FRIDAY);
  }

  /** The date of the events of a one-sentence article (they share their clause's date). */
  private static LocalDate dateOf(String text, String trigger) {
    List<CodedEvent> events = Engines.SELECTIVE.code(new Article("dates-" + Integer.toHexString(text.hashCode()),
        FRIDAY, "", text, null, null)).stream().filter(e -> !e.negated())
        .filter(e -> e.evidence().pattern().contains(trigger.substring(0, 5))).toList();
    assertThat(events).as("events of '%s' in %s", trigger, text).isNotEmpty();
    return events.get(0).date().date();
  }
}
