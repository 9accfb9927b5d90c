package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, ACLED-style reports, round 8 ({@code ConflictRanking}): a side that kills and burns in
 * one sentence is ranked by its killing, the burning kept below it. Real CoreNLP (selective
 * analysis), built-in dictionaries; sentences written for Vigil, with near misses. Article date 5
 * June 2023.
 */
final class ConflictRankingIT {
  private static final LocalDate ARTICLE = LocalDate.of(2023, 6, 5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Militants burned 30 houses and killed nine villagers in Gwoza, Borno state, on 3 June 2023.
      Armed men set fire to a church and shot dead two worshippers in Bunia, Ituri province, on 3 June 2023.
      Bandits torched the market in Gusau on 3 June 2023, killing four traders.
      """)
  void killingRanksAboveBurning(String sentence) {
    List<CodedEvent> events = code(sentence);
    assertThat(top(sentence, events).plover().event()).isEqualTo("ASSAULT");
    // the burning stays an event, ranked below
    assertThat(events).anyMatch(e -> e.cameo().startsWith("171"));
  }

  @Test
  void aBurningAloneStaysTheEvent() {
    // near miss: no assault in the sentence
    String sentence = "Militants burned 30 houses in Gwoza, Borno state, on 3 June 2023.";
    assertThat(top(sentence, code(sentence)).plover().event()).isEqualTo("COERCE");
  }

  private static List<CodedEvent> code(String sentence) {
    Article a = new Article("rank-" + Integer.toHexString(sentence.hashCode()), ARTICLE, "", sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated()).toList();
  }

  /** The event conflict-report scoring takes: the most confident (first of equals); also for the other conflict-note ITs. */
  static CodedEvent top(String sentence, List<CodedEvent> events) {
    assertThat(events).as(sentence).isNotEmpty();
    return events.stream().max(Comparator.comparingDouble(CodedEvent::confidence)).orElseThrow();
  }
}
