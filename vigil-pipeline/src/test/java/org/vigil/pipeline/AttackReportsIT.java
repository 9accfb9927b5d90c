package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, ACLED-style reports, round 10 ({@code AttackReports}): an attack told by its weapon
 * and its casualties, with no attacker named and often no verb the parser ties to it, is an
 * ASSAULT by an unidentified perpetrator, placed and dated from its own phrase. Real CoreNLP
 * (selective analysis), built-in dictionaries; sentences written for Vigil, with near misses.
 * Article date 5 June 2023.
 */
final class AttackReportsIT {
  private static final LocalDate ARTICLE = LocalDate.of(2023, 6, 5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A blast at a bus station in Gao, Gao region, on 2 June 2023 killed four passengers.      | 2023-06-02 | Gao
      Roadside bomb near Baidoa, Bay region: three soldiers dead, 2 June 2023.                 | 2023-06-02 | Baidoa
      Two guards died when a drone dropped explosives on a checkpoint in Kidal on 2 June 2023. | 2023-06-02 | Kidal
      The killing of five traders in an ambush near Beni, North Kivu, on 2 June 2023.          | 2023-06-02 | Beni
      An improvised explosive device planted on the road to Mora, Far North region, wounded two gendarmes on 2 June 2023. | 2023-06-02 | Mora
      """)
  void anAttackWithItsDeadIsAnAssault(String sentence, String day, String place) {
    List<CodedEvent> events = code(sentence);
    CodedEvent top = ConflictRankingIT.top(sentence, events);
    assertThat(top.plover().event()).as(sentence).isEqualTo("ASSAULT");
    assertThat(top.date().date()).as(sentence).isEqualTo(LocalDate.parse(day));
    assertThat(top.location()).as(sentence).isNotNull();
    assertThat(top.location().name()).as(sentence).contains(place);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A blast at a bus station in Gao could kill dozens if the warnings are ignored.
      Engineers said the explosion at the gold mine near Kidal on 2 June 2023 was an accident with no casualties.
      A strike by teachers in Gao on 2 June 2023 closed every school.
      """)
  void noAttackWithoutHarmDone(String sentence) {
    // near misses: harm only threatened, no harm word told as done, a strike that is no attack
    assertThat(code(sentence)).as(sentence).noneMatch(e -> "ASSAULT".equals(e.plover().event()));
  }

  private static List<CodedEvent> code(String sentence) {
    Article a = new Article("attack-" + Integer.toHexString(sentence.hashCode()), ARTICLE, "", sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated()).toList();
  }
}
