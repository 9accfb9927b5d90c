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
 * Issue 11, ACLED-style reports, rounds 8 and 12 ({@code ConflictRanking}): a side that kills and
 * burns in one sentence is ranked by its killing, the burning kept below it; force or arrests by the
 * police or troops on people the sentence shows protesting rank the protest first (ACLED's codebook
 * files both under Protests), the force kept below it. Real CoreNLP (selective
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Riot police fired rubber bullets at demonstrators outside the governor's office in Enugu on 3 June 2023.
      Soldiers opened fire on protesters at a roadblock near Kisangani on 3 June 2023, killing two.
      Troops shot dead four villagers protesting the closure of a mine in Obuasi on 3 June 2023.
      Gendarmes wounded eleven people during demonstrations against a fuel tax in Zinder on 3 June 2023.
      Police detained 60 students demonstrating against tuition fees in Kumasi on 3 June 2023.
      Police arrested 35 protesters outside the parliament in Nairobi on 3 June 2023.
      """)
  void aProtestMetWithForceIsTheProtest(String sentence) {
    List<CodedEvent> events = code(sentence);
    assertThat(top(sentence, events).plover().event()).isEqualTo("PROTEST");
    // the force stays an event, ranked below
    assertThat(events).anyMatch(e -> e.plover() != null
        && (e.plover().event().equals("ASSAULT") || e.plover().event().equals("COERCE")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Police arrested the organiser of the march at his home in Kumasi on 3 June 2023, two days after the protest.
      Soldiers opened fire on rebels near Kisangani on 3 June 2023, killing two.
      Gunmen opened fire on protesters in Enugu on 3 June 2023.
      """)
  void forceOnNoProtestOrByNoStateForceStaysTheForce(String sentence) {
    // near misses: arrests after a protest (ACLED's arrests), force on fighters, force by gunmen
    List<CodedEvent> events = code(sentence);
    assertThat(top(sentence, events).plover().event()).isIn("ASSAULT", "COERCE");
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
