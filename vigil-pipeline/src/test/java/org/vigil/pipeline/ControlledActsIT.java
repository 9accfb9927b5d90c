package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 6: a participle or adverbial clause with no subject of its own ("gunmen torched
 * a school, killing a teacher") is done by the governing clause's actor even when that actor is a
 * sector noun alone ("gunmen", "armed men", "rebels"), placed by the clause; an accuser is not the
 * doer of what it accuses another of, nor a speaker of what it reports. Real CoreNLP, built-in
 * dictionaries; sentences written for Vigil.
 */
final class ControlledActsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Armed men burned houses in Jos, Plateau state, on 5 May 2023, killing seven villagers.        | NGA | 2023-05-05
      Gunmen torched a school in Bauchi on 2 June 2022, killing a teacher.                         | NGA | 2022-06-02
      Rebels set fire to a market in Beni, North Kivu, on 7 July 2022, killing four traders.        | COD | 2022-07-07
      """)
  void theKillingOfAParticipleIsTheGoverningSectorsActThenAndThere(String sentence, String country, LocalDate day) {
    List<CodedEvent> events = events(sentence);
    assertThat(events).as(sentence).anyMatch(e -> violent(e) && e.evidence().pattern().startsWith("kill")
        && country.equals(e.source().country()) && e.source().sector() != null && e.date().date().equals(day)
        && e.location() != null && country.equals(e.location().country()));
  }

  /**
   * The outcome of an attack told by a participle of the same kind ("shelled the town, killing
   * six") is that attack, coded once (by its verb); the near misses are the cases above, where the
   * participle's act is of another kind than its head's and is coded beside it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Insurgents shelled the town of Kidal overnight, killing six civilians.
      Government troops bombed a village in Darfur on Sunday, killing twelve people.
      """)
  void anAttackToldAgainByItsOutcomeIsOneEvent(String sentence) {
    List<CodedEvent> events = events(sentence);
    assertThat(events).as(sentence).filteredOn(e -> e.cameo().startsWith("19")).singleElement()
        .satisfies(e -> assertThat(e.evidence().pattern()).doesNotStartWith("kill"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Rights groups in Lagos accused police of killing protesters.
      Residents in Jos blamed soldiers for burning the market.
      """)
  void anAccuserIsNotTheDoerOfTheAccusedAct(String sentence) {
    assertThat(events(sentence)).as(sentence).noneMatch(e -> (violent(e) || e.cameo().startsWith("17"))
        && e.source().text().matches("(?i).*(rights groups|residents).*"));
  }

  private static boolean violent(CodedEvent e) {
    return e.cameo().startsWith("18") || e.cameo().startsWith("19") || e.cameo().startsWith("20");
  }

  private static List<CodedEvent> events(String sentence) {
    Article a = new Article("controlled-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    return Engines.SELECTIVE.code(a);
  }
}
