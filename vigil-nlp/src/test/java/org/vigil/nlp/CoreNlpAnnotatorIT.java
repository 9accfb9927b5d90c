package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;
import org.vigil.testkit.Conllu;
import org.vigil.core.text.ConlluWriter;

final class CoreNlpAnnotatorIT {
  private static final String TEXT = """
      Arnor seeks help from Gondor

      On Thursday, Arnor asked Gondor to help it. \
      Hundreds of soldiers fled across the border into Gondor last week.""";
  private static final Article ARTICLE =
      new Article("arnor-1", LocalDate.of(2021, 7, 8), "Arnor asks for help", TEXT, "", "test");

  private final AnnotatedArticle annotated = SharedAnnotator.get().annotate(ARTICLE);

  @Test
  void blankLineEndsTheHeadline() {
    assertThat(annotated.sentences()).extracting(Sentence::text).containsExactly(
        "Arnor seeks help from Gondor",
        "On Thursday, Arnor asked Gondor to help it.",
        "Hundreds of soldiers fled across the border into Gondor last week.");
  }

  @Test
  void offsetsPointAtTheWordsInTheArticleText() {
    for (Sentence sentence : annotated.sentences()) {
      assertThat(TEXT.substring(sentence.begin(), sentence.end())).isEqualTo(sentence.text());
      for (Token token : sentence.tokens()) {
        assertThat(TEXT.substring(token.begin(), token.end())).isEqualTo(token.word());
      }
    }
    Token fled = token(2, "fled");
    assertThat(fled.begin()).isEqualTo(TEXT.indexOf("fled"));
  }

  @Test
  void lemmasAndTagsComeFromCoreNlp() {
    assertThat(token(2, "fled")).extracting(Token::lemma, Token::pos).containsExactly("flee", "VBD");
    assertThat(token(2, "soldiers").lemma()).isEqualTo("soldier");
    assertThat(token(1, "asked").lemma()).isEqualTo("ask");
  }

  @Test
  void fleeingSoldiersAreTheSubjectAndGondorTheDestination() {
    Sentence sentence = annotated.sentences().get(2);
    int fled = index(2, "fled");
    assertThat(sentence.dependencies())
        .contains(new Dependency("root", -1, fled))
        .contains(new Dependency("nsubj", fled, index(2, "soldiers")))
        .contains(new Dependency("obl:into", fled, index(2, "Gondor")));
  }

  @Test
  void gondorIsTheControlledSubjectOfHelp() {
    Sentence sentence = annotated.sentences().get(1);
    int help = index(1, "help");
    int gondor = index(1, "Gondor");
    assertThat(sentence.dependencies())
        .contains(new Dependency("obj", index(1, "asked"), gondor))
        .contains(new Dependency("nsubj:xsubj", help, gondor));
  }

  @Test
  void timeExpressionsResolveAgainstTheArticleDate() {
    assertThat(annotated.sentences().get(1).times()).extracting(
            TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(tuple("Thursday", "DATE", "2021-07-08"));
    List<TimeExpression> times = annotated.sentences().get(2).times();
    assertThat(times).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(tuple("last week", "DATE", "2021-W26"));
    assertThat(times.get(0).tokenBegin()).isEqualTo(index(2, "last"));
    assertThat(times.get(0).tokenEnd()).isEqualTo(index(2, "week") + 1);
  }

  @Test
  void namedEntitiesAreTagged() {
    assertThat(token(2, "Gondor").ner()).isNotEqualTo("O");
    assertThat(token(1, "Thursday").ner()).isEqualTo("DATE");
    assertThat(token(2, "soldiers").ner()).isEqualTo("O");
  }

  @Test
  void conlluWrittenFromTheAnnotationReadsBackEqual() {
    String conllu = ConlluWriter.write(annotated.sentences());
    assertThat(Conllu.parse(TEXT, conllu)).isEqualTo(annotated.sentences());
  }

  private Token token(int sentence, String word) {
    return annotated.sentences().get(sentence).tokens().get(index(sentence, word));
  }

  private int index(int sentence, String word) {
    List<Token> tokens = annotated.sentences().get(sentence).tokens();
    return tokens.stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError(word + " not in " + tokens)).index();
  }
}
