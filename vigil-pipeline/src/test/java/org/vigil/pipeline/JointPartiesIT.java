package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, round 9: every party of a joint act, which the news coders code once per participant.
 * A co-agent named beside the subject ("Gondor, along with Rohan, condemned") acts too; a deal
 * binds each party to each other one, once per pair and direction ("Egypt signed an agreement with
 * Greece" is also Greece's act on Egypt). Real CoreNLP, built-in dictionaries; sentences written
 * for Vigil, each rule with two examples and a near miss.
 */
final class JointPartiesIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The United States, along with Britain and France, condemned Iran on Wednesday.   | 111 GBR -> IRN | 111 FRA -> IRN
      Germany, together with Italy, urged Russia to withdraw its troops from Ukraine.  | 02 ITA -> RUS  | 02 DEU -> RUS
      """)
  void aCoAgentBesideTheSubjectActsToo(String sentence, String coAgent, String subject) {
    EventKeys.assertHasEach(keys(sentence), coAgent, subject);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kenyan police arrested the opposition leader along with two Ugandan aides on Monday.
      """)
  void aCompanionAfterTheVerbUndergoesTheAct(String sentence) {
    assertThat(keys(sentence)).noneMatch(k -> k.contains("UGA") && k.indexOf("UGA") < k.indexOf("->"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Egypt last year signed an agreement with Greece on their maritime borders.   | 057 EGY -> GRC | 057 GRC -> EGY
      Kenya and Somalia signed a deal with the UNHCR in 2013.                      | 057 KEN -> SOM | 057 IGOUNHCR -> SOM
      """)
  void aDealBindsEachPartyToEachOther(String sentence, String one, String other) {
    EventKeys.assertHasEach(keys(sentence), one, other);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Brazil cooperated with Argentina on the investigation into the smuggling ring.
      """)
  void cooperationStaysOneWay(String sentence) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith("06") && k.contains("BRA -> ARG"))
        .noneMatch(k -> k.startsWith("06") && k.contains("ARG -> BRA"));
  }

  private static List<String> keys(String sentence) {
    return EventKeys.keys("joint", sentence);
  }

  private static boolean matches(String key, String expected) {
    return EventKeys.matches(key, expected);
  }
}
