package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.EventDate;

/**
 * The day of the occasion of an act dates the act (issue 11, round 15): a day on a participle that
 * describes the statement or meeting the act's clause happens in or at ("said in a statement
 * issued on Tuesday", "criticized Hungary at a news conference held on Tuesday", "... ," the
 * spokesperson added in a statement emailed to reporters on Tuesday"), and a day on a bare
 * participle of saying that accompanies the act ("rejected the ruling, telling reporters ... on
 * Tuesday that ..."). Near misses: a day the occasion is planned for ("at a summit scheduled for
 * Tuesday"), a noun taken by another preposition ("over a law passed on Tuesday"), a participle that
 * is not of saying ("citing an inquiry opened on Tuesday"). Through real CoreNLP (SUTime, the parse)
 * and the coder; the sentences are written for this test. Every article is dated Thursday 13 March
 * 2025, so Tuesday is the 11th.
 */
final class OccasionDatesIT {
  private static final LocalDate THURSDAY = LocalDate.of(2025, 3, 13);
  private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);

  private static EventDate dateOf(String text, String trigger) {
    return Engines.dateOf("occasion-", THURSDAY, text, trigger);
  }

  @Test
  void aStatementIssuedOnADayDatesWhatItSays() {
    EventDate d = dateOf("\"We condemn the shelling of our border villages by Russia,\" the Ukrainian foreign ministry"
        + " said in a statement issued on Tuesday.", "condemn");
    assertThat(d.fromText()).isTrue();
    assertThat(d.date()).isEqualTo(TUESDAY);
  }

  @Test
  void aStatementEmailedOnADayDatesTheQuoteItAttributes() {
    EventDate d = dateOf("\"We condemn Russia's shelling of Kharkiv,\" a Ukrainian foreign ministry spokesperson added"
        + " in a statement emailed to reporters on Tuesday.", "condemn");
    assertThat(d.date()).isEqualTo(TUESDAY);
  }

  @Test
  void aNewsConferenceHeldOnADayDatesTheCriticismMadeAtIt() {
    EventDate d = dateOf("The Polish prime minister criticized Hungary at a news conference held on Tuesday in Warsaw.",
        "criticized");
    assertThat(d.date()).isEqualTo(TUESDAY);
  }

  @Test
  void aParticipleOfSayingDatesTheActItAccompanies() {
    assertThat(dateOf("Kenya's president rejected the ruling, telling reporters in the capital, Nairobi, on Tuesday"
        + " that it was unfair and that he would ask the African Union to intervene.", "rejected").date())
        .isEqualTo(TUESDAY);
    assertThat(dateOf("The Georgian prime minister rejected the European Parliament's resolution, saying on Tuesday"
        + " that it was an insult to his country.", "rejected").date()).isEqualTo(TUESDAY);
  }

  @Test
  void aDayTheOccasionIsPlannedForDoesNotDateTheAct() {
    EventDate d = dateOf("The Polish prime minister criticized Hungary at a summit scheduled for Tuesday.", "criticized");
    assertThat(d.fromText()).isFalse();
    assertThat(d.date()).isEqualTo(THURSDAY);
  }

  @Test
  void aDayOnANounTakenByAnotherPrepositionDoesNotDateTheAct() {
    EventDate d = dateOf("The Serbian president accused Kosovo of provocation over a law passed on Tuesday.", "accused");
    assertThat(d.date()).isEqualTo(THURSDAY);
  }

  @Test
  void aParticipleThatIsNotOfSayingDoesNotDateTheAct() {
    EventDate d = dateOf("The Georgian prime minister rejected the European Parliament's resolution, citing an inquiry"
        + " opened on Tuesday.", "rejected");
    assertThat(d.date()).isEqualTo(THURSDAY);
  }
}
