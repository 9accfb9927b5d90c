package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 14: a verb of force whose instrument or doer is a trade measure ("retaliated
 * with tariffs", "hit exporters with sanctions") imposes a sanction (163), it is no violence;
 * force with arms, or a strike after someone else's sanctions, stays violence. Real CoreNLP,
 * built-in dictionaries; sentences written for Vigil.
 */
final class TradeMeasuresIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      China retaliated with tariffs on American farm goods on Tuesday.                 | CHN
      Washington hit Chinese exporters with sanctions on Monday.                        | USA
      The European Union struck back at Washington with tariffs on bourbon and jeans.  | IGOEU
      Ottawa retaliated by imposing duties on American steel.                           | CAN
      """)
  void forceDealtByTradeIsASanction(String sentence, String source) {
    List<CodedEvent> events = events(sentence);
    assertThat(events).as(sentence).anyMatch(e -> e.cameo().equals("163") && e.source().code().startsWith(source));
    assertThat(events).as(sentence).noneMatch(e -> e.cameo().startsWith("19"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Russian forces hit the Ukrainian city of Kharkiv with missiles on Tuesday.       | RUS
      Iran struck the American base after Washington imposed new sanctions.            | IRN
      """)
  void forceWithArmsStaysViolence(String sentence, String source) {
    List<CodedEvent> events = events(sentence);
    assertThat(events).as(sentence).anyMatch(e -> e.cameo().startsWith("19") && e.source().code().startsWith(source));
  }

  private static List<CodedEvent> events(String sentence) {
    Article a = new Article("trade-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    return Engines.SELECTIVE.code(a);
  }
}
