package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;

/**
 * Issue 11, round 6: refusals and agreements on real news. Agreeing with a view is no intent to
 * cooperate; ceasing to implement or honour a commitment defies it (CAMEO 128); readiness for a
 * ceasefire and openness to talks are intents (0356, 036). Real CoreNLP, built-in dictionaries; sentences written for Vigil.
 */
final class RefusalsAndAgreementsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Dutch foreign minister said she agreed with the assessment of the Belgian police.
      Many Kenyan lawmakers agree with the removal of the deputy president.
      The Serbian president agreed with the concerns of the Croatian prime minister.
      """)
  void agreeingWithAViewIsNoIntentToCooperate(String sentence) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith("03"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nigeria and Ghana agreed with Togo on a plan to share the pipeline.   | NGA | TGO
      Poland agreed with Lithuania on new rules for the border crossing.    | POL | LTU
      """)
  void agreeingWithSomeoneOnSomethingIsIntent(String sentence, String source, String target) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith("03") && k.contains(source) && k.contains("-> " + target));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Iran stopped implementing its commitments under the nuclear accord.          | IRN
      Venezuela stopped complying with the rulings of the regional court.           | VEN
      Serbia suspended the implementation of the trade agreement with Kosovo.      | SRB
      """)
  void ceasingToHonourACommitmentDefiesIt(String sentence, String actor) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith("128 " + actor));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Iran stopped enriching uranium at the Fordow plant.
      Ghana stopped the import of frozen chicken from Brazil.
      """)
  void ceasingSomethingElseIsNoDefiance(String sentence) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith("128"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Armenian prime minister said Armenia was ready for a ceasefire with Azerbaijan.  | 0356 | ARM
      The Sudanese army is willing to withdraw from the city, its commander said.          | 0356 | SDN
      Ethiopia is open to talks with Eritrea on the border.                                | 036  | ETH
      """)
  void readinessIsIntent(String sentence, String code, String actor) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith(code + " ") && (actor.equals("-") || k.contains(actor)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Armenia said it was ready for a long war with Azerbaijan.
      Ethiopia is open to investment from Eritrea.
      """)
  void readinessForSomethingElseIsNoIntentToNegotiateOrDeescalate(String sentence) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith("0356") || k.startsWith("036"));
  }

  private static List<String> keys(String sentence) {
    Article a = new Article("refusal-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 10), "",
        sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated())
        .map(e -> e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code()))
        .toList();
  }
}
