package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;

/**
 * Issue 11, round 12: criticism in a quotation that runs on past its attribution. A sentence all
 * quotation, carrying on a quote attributed before it ("“...,” said X. “Russia's aggression is
 * illegal.”"), is its speaker's: a word of the evaluative lexicon about a named actor codes CAMEO
 * 111 (ACCUSE), speaker to that actor, though the sentence has no verb of saying; the triage parses
 * it with one named actor, counting the speaker named elsewhere. Near misses: a sentence of
 * narrative between the attribution and the quote, a negated judgement, the speaker's own side.
 * Real CoreNLP, built-in dictionaries, the selective pipeline; sentences written for Vigil.
 */
final class QuotedEvaluationsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      '“No one should be held in that camp,” said Mary Jones of Amnesty International. “Kenya''s treatment of the refugees is cruel.”' | NGO\\w* -> KEN
      '“Ghana should reopen the border,” the Nigerian foreign minister said. “Togo''s closure of the border is illegal.”'              | NGAGOV -> TGO
      """)
  void aQuoteThatRunsOnIsItsSpeakersCriticism(String text, String dyad) {
    assertThat(keys(text)).anyMatch(k -> k.matches("111 " + dyad + "\\w*"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      '“No one should be held in that camp,” said Mary Jones of Amnesty International. Kenya opened the camp in March. “Kenya''s treatment of the refugees is cruel.”'
      '“Ghana should reopen the border,” the Nigerian foreign minister said. “Togo''s closure of the border is not illegal.”'
      '“Ghana should reopen the border,” the Nigerian foreign minister said. “Nigeria''s closure of the border was reckless.”'
      """)
  void noCriticismAfterNarrativeNegatedOrOnTheSpeakersOwnSide(String text) {
    assertThat(keys(text)).noneMatch(k -> k.startsWith("111"));
  }

  private static List<String> keys(String text) {
    Article a = new Article("quoted-eval-" + Integer.toHexString(text.hashCode()), LocalDate.of(2025, 3, 12), "", text,
        null, null);
    return Engines.keys(Engines.SELECTIVE.code(a));
  }
}
