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
 * Issue 11, ACLED-style reports, round 8 ({@code ConflictRanking}): a protest met with force by
 * police or troops is a protest (the protesters' demonstration, ranked above the force), and a
 * side that both kills and burns in one sentence is ranked by its killing. Real CoreNLP (selective
 * analysis), built-in dictionaries; sentences written for Vigil, each rule with two examples or more
 * and near misses. Article date 5 June 2023.
 */
final class ConflictRankingIT {
  private static final LocalDate ARTICLE = LocalDate.of(2023, 6, 5);
  private static final LocalDate DAY = LocalDate.of(2023, 6, 3);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Riot police fired tear gas at protesters in Dakar, Senegal, on 3 June 2023.                       | SEN
      Soldiers opened fire on farmers marching to the capital near Kisii, Kenya, on 3 June 2023.        | KEN
      Police beat dozens of people during a demonstration in Harare, Zimbabwe, on 3 June 2023.          | ZWE
      On 3 June 2023, police used water cannon against students who rallied outside parliament in Accra, Ghana. | GHA
      """)
  void aProtestMetWithForceIsTheProtest(String sentence, String country) {
    List<CodedEvent> events = code(sentence);
    CodedEvent top = top(sentence, events);
    assertThat(top.plover().event()).isEqualTo("PROTEST");
    assertThat(top.cameo()).isEqualTo("141");
    assertThat(top.source().sector()).as("the protesters demonstrate").isNotIn("COP", "MIL");
    assertThat(top.date().date()).isEqualTo(DAY);
    assertThat(top.location().country()).isEqualTo(country);
    // the force stays an event of its own, ranked below the protest
    assertThat(events).anyMatch(e -> e.source().sector() != null && List.of("COP", "MIL").contains(e.source().sector())
        && !e.plover().event().equals("PROTEST"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Riot police fired tear gas at looters in Durban, South Africa, on 3 June 2023.
      Gunmen opened fire on protesters in Dakar, Senegal, on 3 June 2023.
      Soldiers opened fire on rebels near Kisii, Kenya, on 3 June 2023.
      """)
  void forceOnOthersOrByOthersIsNoProtest(String sentence) {
    // near misses: the police's targets are not protesting; gunmen are no force of the state
    assertThat(code(sentence)).as(sentence).isNotEmpty().noneMatch(e -> e.cameo().equals("141"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Riot police shot dead two protesters in Dakar, Senegal, on 3 June 2023.
      Soldiers opened fire on farmers marching near Kisii, Kenya, on 3 June 2023, killing one.
      """)
  void forceThatKillsStaysTheKilling(String sentence) {
    // near misses: lethal force is filed as the killing (as the dev sets file it)
    List<CodedEvent> events = code(sentence);
    assertThat(top(sentence, events).plover().event()).isEqualTo("ASSAULT");
    assertThat(events).noneMatch(e -> e.cameo().equals("141"));
  }

  @Test
  void anArrestOfProtestersStaysAnArrest() {
    // near miss: conflict data file the arrest of protesters as the arrest
    String sentence = "Police arrested 20 protesters in Dakar, Senegal, on 3 June 2023.";
    CodedEvent top = top(sentence, code(sentence));
    assertThat(top.cameo()).startsWith("173");
    assertThat(top.plover().event()).isEqualTo("COERCE");
  }

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

  /** The event conflict-report scoring takes: the most confident (first of equals). */
  private static CodedEvent top(String sentence, List<CodedEvent> events) {
    assertThat(events).as(sentence).isNotEmpty();
    return events.stream().max(Comparator.comparingDouble(CodedEvent::confidence)).orElseThrow();
  }
}
