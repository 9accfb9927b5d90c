package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.Engines.keys;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 7, lost actors: a counted plural of states ("the three nations", "the two
 * countries", "both governments") refers to as many countries named by name just before, and each
 * of them is the actor. Real CoreNLP, selective analysis, built-in dictionaries; articles written
 * for Vigil.
 */
final class CountedReferencesIT {

  @Test
  void theThreeNationsAreTheThreeCountriesNamedBefore() {
    List<CodedEvent> events = code("Chad, Niger and Mali left the trade bloc last month."
        + " The three military-led nations accused Nigeria of meddling in their affairs.");
    assertThat(keys(events)).contains("112 TCD -> NGA", "112 NER -> NGA", "112 MLI -> NGA");
  }

  @Test
  void theTwoCountriesAreTheTwoNamedOneOrTwoSentencesBefore() {
    List<CodedEvent> events = code("Armenia recalled its envoy on Monday. Azerbaijan closed its airspace the"
        + " same day. The two countries condemned Turkey for the sanctions.");
    assertThat(keys(events)).contains("111 ARM -> TUR", "111 AZE -> TUR");
  }

  @Test
  void bothGovernmentsAreTheTwoCountriesNamedBefore() {
    List<CodedEvent> events = code("Peru and Chile held elections on Sunday. Both governments criticized"
        + " Bolivia for closing the border.");
    assertThat(keys(events)).contains("111 PER -> BOL", "111 CHL -> BOL");
  }

  @Test
  void aCountThatDoesNotFitTheCountriesNamedIsNoActor() {
    // three countries named, two referred to: which two is not said (near miss)
    List<CodedEvent> events = code("Chad, Niger and Mali left the trade bloc last month."
        + " The two nations accused Nigeria of meddling in their affairs.");
    assertThat(keys(events)).noneMatch(k -> k.startsWith("112"));
  }

  @Test
  void anUncountedPluralOrOneWithoutCountriesBeforeIsNoActor() {
    // no number: "the nations" is not a count of the countries before (near miss)
    assertThat(keys(code("Chad, Niger and Mali left the trade bloc last month."
        + " The nations accused Nigeria of meddling in their affairs."))).noneMatch(k -> k.startsWith("112"));
    // no country named before
    assertThat(keys(code("Prices rose across the region last month."
        + " The three nations accused Nigeria of meddling in their affairs."))).noneMatch(k -> k.startsWith("112"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("counted-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }
}
