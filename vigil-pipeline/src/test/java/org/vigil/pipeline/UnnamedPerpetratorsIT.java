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
 * Issue 11, ACLED-style reports, round 9: violence by armed men of no stated allegiance as conflict
 * notes name them: cattle rustlers, like round 7's raiders. Real
 * CoreNLP (selective analysis), built-in dictionaries; sentences written for Vigil, with near
 * misses. Article date 22 April 2022.
 */
final class UnnamedPerpetratorsIT {
  private static final LocalDate ARTICLE = LocalDate.of(2022, 4, 22);

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
}
