package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;

/**
 * Issue 11, round 11: demands in reported speech that the parse does not hang on a verb of saying.
 * A "must"/"should"/"ought to" clause is the speaker's demand (CAMEO 10, REQUEST) on its subject
 * also when CoreNLP parses the attribution as a bare dependent ("“Y must ...,” said X", "said Y
 * should stop", with Y as the object of "said"), the speaker as the object of "said" ("“Y should
 * ...,” said the minister"), puts the attribution under the quote's last
 * clause ("“Y should ...,” X told the assembly"), reads "ought" as the head of its clause, or when
 * the sentence is all quotation carrying on a quote attributed before it ("“...,” said X. “Y must
 * ...”"). Near misses: the speaker's own side ("we must", "Kenya must" said by Kenya's minister), a
 * party that holds no office ("farmers must"), a question, and a run-on broken by a sentence of
 * narrative. Real CoreNLP, built-in dictionaries, the selective pipeline; sentences written for
 * Vigil.
 */
final class QuotedDemandsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      '“The Ethiopian government must release the journalists and stop detaining critics,” said Ali Hassan of Human Rights Watch.' | NGO\\w* -> ETHGOV
      '“The Malian government should hand power back to civilians,” said the Nigerian foreign minister.'                         | NGAGOV -> MLI
      '“The Sudanese army should allow aid convoys into the city,” said the Kenyan foreign minister.'                              | KENGOV -> SDN
      The Egyptian foreign minister said Ethiopia should stop filling the dam until a deal is reached.                               | EGYGOV -> ETH
      '“The African Union commission should continue to exercise caution when handling such claims,” Nigerian Ambassador Peter Obi told the General Assembly on Monday.' | NGAGOV -> IGOAU
      Brazil's president said Argentina ought to reopen the border.                                                                  | BRAGOV -> ARG
      """)
  void aDemandTheParseLeavesOffItsVerbOfSaying(String sentence, String dyad) {
    assertThat(keys(sentence)).anyMatch(k -> k.matches("10\\d* " + dyad + "\\w*"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      '“No one should be held in that camp,” said Mary Jones of Amnesty International. “The Kenyan government must stop these transfers and close the camp.”' | NGO\\w* -> KENGOV
      '“Ghana should reopen the border,” the Nigerian foreign minister said. “The Togolese authorities must free our traders at once.”'                    | NGAGOV -> TGO
      '“No one should be held in that camp,” said Mary Jones of Amnesty International. “It is cruel,” Jones added. “The Kenyan government must close the camp.”' | NGO\\w* -> KENGOV
      """)
  void aQuoteThatRunsOnIsItsSpeakersDemand(String text, String dyad) {
    assertThat(keys(text)).anyMatch(k -> k.matches("10\\d* " + dyad + "\\w*"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      '“We must release the journalists,” said the Ethiopian prime minister.'
      '“Kenya must reopen the border,” said the Kenyan foreign minister.'
      '“Ethiopian farmers must stop burning the fields,” said the Kenyan foreign minister.'
      Did the Egyptian foreign minister say Ethiopia should stop filling the dam?
      '“No one should be held in that camp,” said Mary Jones of Amnesty International. Kenya opened the camp in March. “The Kenyan government must close the camp.”'
      '“This is a disgrace,” the Nigerian foreign minister said. “We must free our citizens at once.”'
      """)
  void noDemandOnTheSpeakersOwnSideAPrivatePartyInAQuestionOrAfterNarrative(String text) {
    assertThat(keys(text)).noneMatch(k -> k.startsWith("10"));
  }

  private static List<String> keys(String text) {
    Article a = new Article("quoted-" + Integer.toHexString(text.hashCode()), LocalDate.of(2025, 3, 12), "", text,
        null, null);
    return Engines.keys(Engines.SELECTIVE.code(a));
  }
}
