package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 10: events written as nouns inside another clause. A noun the nominalisation
 * lexicon derives from a verb with patterns is read as that verb, its owner the source and its
 * preposition the target ("Turkey's deployment of troops to Libya"); a noun of a formal agreement
 * "between" or "among" sides binds each to each other one. Real CoreNLP, built-in dictionaries;
 * sentences written for Vigil, two per kind of noun (-tion/-sion, -ment, -al, -ance, -ing, zero)
 * and near misses.
 */
final class NominalEventsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The United Nations condemned Russia's invasion of Georgia.                       | 192 RUS -> GEO
      Ethiopia's expulsion of Sudanese diplomats strained relations further.           | 161 ETH -> SDN
      Turkey's deployment of troops to Libya drew criticism from Egypt.                 | 154 TUR -> LBY
      Iran's harassment of British tankers worried shipping firms.                      | 170 IRN -> GBR
      Kenya's withdrawal of its troops from Somalia began on Monday.                    | 0874 KEN -> SOM
      Ghana's refusal of British aid surprised donors.                                  | 122 GHA -> GBR
      Qatar's assistance to Lebanon has grown this year.                               | 070 QAT -> LBN
      India's assistance to Sri Lanka was praised by the opposition.                    | 070 IND -> LKA
      Russia's backing of the Syrian government angered Turkey.                         | 051 RUS -> SYR
      The kidnapping of Chinese workers by Nigerian gunmen shocked Beijing.            | 181 NGA -> CHN
      Azerbaijan's blockade of Armenia continued through the winter.                   | 191 AZE -> ARM
      Saudi Arabia's ban on imports from Lebanon took effect on Sunday.                 | 163 SAU -> LBN
      """)
  void aNounIsReadAsItsVerb(String sentence, String expected) {
    assertThat(keys(sentence)).anyMatch(k -> matches(k, expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Refugee numbers fell after a 2016 agreement between Sudan and Chad.               | 057 SDN -> TCD | 057 TCD -> SDN
      Trade grew after the 2018 accord among Peru, Chile and Bolivia on tariffs.        | 057 PER -> CHL | 057 BOL -> PER
      """)
  void anAgreementBetweenSidesBindsEachOfThem(String sentence, String one, String other) {
    EventKeys.assertHasEach(keys(sentence), one, other);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ethiopia's 2020 expulsion of Sudanese diplomats still shapes relations.           | 2020
      Refugee numbers fell after a 2016 agreement between Sudan and Chad.               | 2016
      """)
  void theNounsOwnYearDatesIt(String sentence, String year) {
    assertThat(events(sentence)).filteredOn(e -> e.cameo().startsWith("161") || e.cameo().startsWith("057"))
        .isNotEmpty().allMatch(e -> String.valueOf(e.date().date().getYear()).equals(year));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kenya announced plans for the deployment of its troops to Somalia.                | 154
      The ban on imports from Lebanon took effect on Sunday.                             | 163
      Qatar's assistance to the town has grown this year.                               | 070
      Egypt called for a ban on imports from Turkey.                                     | 163
      """)
  void aNounIntendedOrWithoutBothSidesIsNoEvent(String sentence, String code) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith(code));
  }

  private static List<CodedEvent> events(String sentence) {
    return EventKeys.events("nominal", sentence);
  }

  private static List<String> keys(String sentence) {
    return EventKeys.keys("nominal", sentence);
  }

  private static boolean matches(String key, String expected) {
    return EventKeys.matches(key, expected);
  }
}
