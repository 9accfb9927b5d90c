package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;

/**
 * Issue 11, round 14: an arrest, detention, capture or sentence in the passive with no doer named
 * ("two reporters were detained in Harare") is the unnamed authorities' act, placed in the country
 * of the event's place (the GUIDE's implied actors); the passive subject is the target. A doer the
 * sentence names (a "by" agent, the subject of the clause that reports it) stays the doer, with
 * no second event; a thing held, a charge and a death in an accident code no such event. Violence
 * in the passive keeps its unidentified attacker (round 5). Real CoreNLP, built-in dictionaries;
 * sentences written for Vigil.
 */
final class AgentlessPassivesIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Three opposition activists were arrested in Nairobi on Tuesday.             | KENGOV | KENOPP
      Two reporters were detained in Harare after the rally.                      | ZWEGOV | ZWEMED
      Dozens of rebels were captured near the town of Goma last week.             | CODGOV | CODREB
      A former Burundian minister was sentenced to life in prison in Bujumbura.   | BDIGOV | BDI
      """)
  void someoneHeldByNoOneNamedIsHeldByTheAuthoritiesOfThePlace(String sentence, String source, String target) {
    CodedEvent e = event(sentence, "173");
    assertThat(e.source().code()).isEqualTo(source);
    assertThat(e.source().entries()).contains("implied-authorities");
    assertThat(e.target()).as("target of %s", sentence).isNotNull();
    assertThat(e.target().code()).startsWith(target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Maria Lozano was arrested in Caracas on Tuesday.   | VENGOV
      Tomas Berger was detained in Minsk after the vote. | BLRGOV
      """)
  void aPersonTheDictionariesDoNotKnowIsStillSomeone(String sentence, String source) {
    assertThat(event(sentence, "173").source().code()).isEqualTo(source);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Two reporters were detained by Zimbabwean police in Harare.    | ZWECOP
      Kenyan police said two smugglers were arrested in Mombasa.     | KENCOP
      """)
  void aNamedDoerStaysTheDoerWithNoSecondEvent(String sentence, String source) {
    List<CodedEvent> arrests = events(sentence).stream().filter(e -> e.cameo().equals("173")).toList();
    assertThat(arrests).as(sentence).hasSize(1);
    assertThat(arrests.get(0).source().code()).isEqualTo(source);
    assertThat(arrests.get(0).source().entries()).doesNotContain("implied-authorities");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The stray dogs were captured in the village of Kiambu.
      The shipment was seized at the port of Mombasa.
      The Ugandan mayor was charged with fraud in Kampala.
      Five passengers were killed in a bus crash near Nakuru.
      More than 300 cases were reported in Kenya last year.
      """)
  void aThingAChargeAnAccidentOrAStatisticHasNoImpliedDoer(String sentence) {
    assertThat(events(sentence)).as(sentence).noneMatch(e -> e.source().entries().contains("implied-authorities")
        || e.source().entries().contains("unidentified"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Four soldiers were killed in an ambush in Borno state on Monday.   | 190 | NGAUAF
      A police convoy was attacked near Peshawar on Friday.               | 190 | PAKUAF
      """)
  void violenceInThePassiveKeepsItsUnidentifiedAttacker(String sentence, String cameo, String source) {
    assertThat(event(sentence, cameo).source().code()).isEqualTo(source);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The protesters could be arrested in Kampala if they march again.
      The journalists may be detained in Harare if they return.
      """)
  void aConditionalArrestIsNotAsserted(String sentence) {
    assertThat(events(sentence)).as(sentence).noneMatch(e -> e.source().entries().contains("implied-authorities")
        && e.modality() == Modality.ASSERTED);
  }

  private static List<CodedEvent> events(String sentence) {
    return EventKeys.events("passive", sentence);
  }

  private static CodedEvent event(String sentence, String cameo) {
    return EventKeys.event("passive", sentence, cameo);
  }
}
