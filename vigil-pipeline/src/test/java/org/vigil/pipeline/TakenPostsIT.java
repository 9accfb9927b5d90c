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
 * Issue 11, ACLED-style reports, round 10: a checkpoint, garrison, barracks, headquarters,
 * compound, border crossing or gate that fighters seize, capture or overrun is territory taken
 * (192, ASSAULT), as conflict data file it, not property seized (171) or a person captured (173).
 * Real CoreNLP (selective analysis), built-in dictionaries; sentences written for Vigil, with a
 * near miss. Article date 5 June 2023.
 */
final class TakenPostsIT {
  private static final LocalDate ARTICLE = LocalDate.of(2023, 6, 5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Rebels captured an army checkpoint near Bunia, Ituri province, on 3 June 2023.
      Insurgents overran the district headquarters in Macomia, Cabo Delgado, on 3 June 2023.
      Militants seized the governor's compound in Ghazni on 3 June 2023.
      Fighters of the armed group captured a border crossing near Kidal on 3 June 2023.
      """)
  void aPostTakenIsTerritory(String sentence) {
    CodedEvent top = ConflictRankingIT.top(sentence, code(sentence));
    assertThat(top.cameo()).as(sentence).isEqualTo("192");
    assertThat(top.plover().event()).as(sentence).isEqualTo("ASSAULT");
  }

  @Test
  void goodsSeizedStayProperty() {
    // near miss: what was seized is goods, not a place
    String sentence = "Militants seized two trucks of fuel near Ghazni on 3 June 2023.";
    assertThat(code(sentence)).as(sentence).noneMatch(e -> e.cameo().equals("192"));
  }

  private static List<CodedEvent> code(String sentence) {
    Article a = new Article("post-" + Integer.toHexString(sentence.hashCode()), ARTICLE, "", sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated()).toList();
  }
}
