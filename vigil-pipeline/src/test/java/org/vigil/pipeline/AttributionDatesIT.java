package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.EventDate;

/**
 * A statement dated by the sentence after it (issue 11, round 7; {@code Attributions}), through
 * real CoreNLP and the coder: the sentence that closes the statement's quote and names the day it
 * was said, and the speaker who "added" something on a named day, date the statement; a deed told
 * in the quote and a next sentence that does not carry on the statement do not. The sentences are
 * written for this test; every article is dated Monday 5 July 2021, so "Wednesday" is 30 June and
 * "Thursday" 1 July.
 */
final class AttributionDatesIT {
  private static final LocalDate MONDAY = LocalDate.of(2021, 7, 5);
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 6, 30);
  private static final LocalDate THURSDAY = LocalDate.of(2021, 7, 1);

  private static EventDate dateOf(String text, String trigger) {
    return Engines.dateOf("said-", MONDAY, text, trigger);
  }

  @Test
  void theSentenceThatClosesTheQuoteDatesTheStatement() {
    EventDate d = dateOf("""
        "Kenya strongly condemns the arrest of its citizens by Ugandan police. They must be released," \
        the Kenyan foreign minister said at a Wednesday news conference in Nairobi.""", "condemns");
    assertThat(d.date()).isEqualTo(WEDNESDAY);
    assertThat(d.inherited()).isTrue();
    assertThat(d.text()).isEqualTo("Wednesday");
  }

  @Test
  void aSpeakerWhoAddedOnADayDatesTheStatement() {
    EventDate d = dateOf("""
        The Kenyan foreign ministry condemned Uganda's decision to close the border. \
        "Uganda must reopen the border," the ministry added in a statement issued on Thursday.""",
        "condemned");
    assertThat(d.date()).isEqualTo(THURSDAY);
    assertThat(d.from()).isEqualTo("story");
  }

  @Test
  void aDeedToldInTheQuoteKeepsItsOwnDate() {
    EventDate d = dateOf("""
        "Ugandan police arrested our citizens at the border. They must be released," \
        the Kenyan foreign minister said at a Wednesday news conference in Nairobi.""", "arrested");
    assertThat(d.date()).isEqualTo(MONDAY);
    assertThat(d.inherited()).isFalse();
  }

  @Test
  void aNextSentenceThatDoesNotCarryOnTheStatementDatesNothing() {
    EventDate d = dateOf("""
        The Kenyan foreign ministry condemned Uganda's decision to close the border. \
        Ugandan officials met traders in Busia on Thursday.""", "condemned");
    assertThat(d.date()).isEqualTo(MONDAY);
    assertThat(d.fromText()).isFalse();
  }
}
