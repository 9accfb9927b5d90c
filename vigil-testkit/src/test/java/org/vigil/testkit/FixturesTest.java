package org.vigil.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;

final class FixturesTest {

  private static Sentence only(String name) {
    List<Sentence> sentences = Fixtures.annotator(name).annotate(Fixtures.article(name)).sentences();
    assertThat(sentences).hasSize(1);
    return sentences.get(0);
  }

  private static int index(Sentence sentence, String word) {
    return sentence.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow().index();
  }

  @Test
  void everyFixtureHasATextThatItsConlluFits() {
    List<String> names = Fixtures.names();

    assertThat(names).contains("ask-to-help", "personnel-fled", "typo-kyrgystan").isSorted();
    FixedAnnotator annotator = Fixtures.annotator(names.toArray(String[]::new));
    for (String name : names) {
      assertThat(annotator.annotate(Fixtures.article(name)).sentences()).isNotEmpty();
    }
  }

  @Test
  void articlesAreNamedAndDatedFromTheirSeed() {
    Article article = Fixtures.article("not-attack");

    assertThat(article).extracting(Article::id, Article::date, Article::text)
        .containsExactly("not-attack", LocalDate.of(2021, 7, 8), "Serbia did not attack Kosovo.");
  }

  @Test
  void askToHelpRecordsTheControlledSubject() {
    Sentence sentence = only("ask-to-help");

    assertThat(sentence.dependencies()).contains(
        new Dependency("obj", index(sentence, "asked"), index(sentence, "CSTO")),
        new Dependency("nsubj:xsubj", index(sentence, "help"), index(sentence, "CSTO")));
  }

  @Test
  void personnelFledRecordsDestinationAndWeek() {
    Sentence sentence = only("personnel-fled");

    assertThat(sentence.dependencies()).contains(
        new Dependency("nsubj", index(sentence, "fled"), index(sentence, "personnel")),
        new Dependency("obl:into", index(sentence, "fled"), index(sentence, "Tajikistan")));
    assertThat(sentence.times()).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("last week", "2021-W26"));
  }

  @Test
  void headlineClashKeepsTheHeadlineApart() {
    Article article = Fixtures.article("headline-clash");

    assertThat(Fixtures.annotator("headline-clash").annotate(article).sentences())
        .extracting(Sentence::text)
        .containsExactly("Border clash near Vorukh",
            "Kyrgyz and Tajik border guards exchanged fire near the enclave of Vorukh on "
                + "Wednesday, officials in Bishkek said.",
            "Two soldiers were wounded.");
  }

  @Test
  void unknownFixtureIsRejected() {
    assertThatThrownBy(() -> Fixtures.article("no-such-thing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no fixture fixtures/no-such-thing.txt");
    assertThatThrownBy(() -> Fixtures.article("../secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fixture name must match [a-z0-9][a-z0-9-]*, was '../secret'");
  }

  @Test
  void seedsStartWithADateLine() {
    assertThat(Fixtures.fromSeed("s", "date 2022-01-20\n\nTonga asked for help.\n"))
        .extracting(Article::date, Article::text)
        .containsExactly(LocalDate.of(2022, 1, 20), "Tonga asked for help.");
    assertThatThrownBy(() -> Fixtures.fromSeed("s", "Tonga asked for help."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seed s must start with 'date YYYY-MM-DD', not 'Tonga asked for help.'");
    assertThatThrownBy(() -> Fixtures.fromSeed("s", "date 2022-13-01\nTonga."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seed s has a bad date line 'date 2022-13-01'");
  }
}
