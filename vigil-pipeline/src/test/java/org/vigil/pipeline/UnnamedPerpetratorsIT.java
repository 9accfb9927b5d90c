package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, ACLED-style reports, round 9: violence whose perpetrator the text does not name, as
 * conflict notes write it. A weapon whose participle the parser made the clause's root or its
 * clausal subject ("an explosive device planted on the road wounded two soldiers") is still the
 * subject of the harm; cattle rustlers are armed men of no stated allegiance. Real
 * CoreNLP (selective analysis), built-in dictionaries; sentences written for Vigil, with near
 * misses. Article date 22 April 2022.
 */
final class UnnamedPerpetratorsIT {
  private static final LocalDate ARTICLE = LocalDate.of(2022, 4, 22);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      An improvised explosive device planted on a road near Kousseri, Far North region, wounded two soldiers on 20 April 2022.
      A grenade thrown into a bar in Goma wounded six people on 20 April 2022.
      """)
  void aWeaponWithItsParticipleIsTheSubject(String sentence) {
    CodedEvent top = ConflictRankingIT.top(sentence, code(sentence));
    assertThat(top.plover().event()).isEqualTo("ASSAULT");
    assertThat(top.source().sector()).isEqualTo("UAF");
    assertThat(top.date().date()).isEqualTo(LocalDate.of(2022, 4, 20));
  }

  @Test
  void aParticipleOfAThingBeforeAPeacefulVerbIsNoAttack() {
    // near miss: the same parse, no violence
    assertNoAssault("A report published in Goma on 20 April 2022 described the market.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Two farmers were shot dead by cattle rustlers in Baringo county on 20 April 2022.
      Armed rustlers killed a herder and drove away 200 cows in Isiolo county on 20 April 2022.
      """)
  void rustlersAreArmedMen(String sentence) {
    CodedEvent top = ConflictRankingIT.top(sentence, code(sentence));
    assertThat(top.plover().event()).isEqualTo("ASSAULT");
    assertThat(top.source().text()).containsIgnoringCase("rustlers");
  }

  @Test
  void rustlersArrestedAreTheTarget() {
    // near miss: the rustlers suffer the act
    String sentence = "Police arrested three suspected cattle rustlers in Baringo county on 20 April 2022.";
    CodedEvent top = ConflictRankingIT.top(sentence, code(sentence));
    assertThat(top.plover().event()).isEqualTo("COERCE");
    assertThat(top.source().text()).doesNotContainIgnoringCase("rustlers");
  }

  private static List<CodedEvent> code(String sentence) {
    Article a = new Article("unnamed-" + Integer.toHexString(sentence.hashCode()), ARTICLE, "", sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated()).toList();
  }

  private static void assertNoAssault(String sentence) {
    assertThat(code(sentence)).as(sentence).noneMatch(e -> e.plover() != null && "ASSAULT".equals(e.plover().event()));
  }
}
