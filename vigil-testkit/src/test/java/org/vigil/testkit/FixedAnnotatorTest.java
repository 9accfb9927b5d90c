package org.vigil.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Token;

final class FixedAnnotatorTest {
  private static final String TEXT = "Kosovo was attacked by Serbia.";
  private static final String CONLLU = """
      1\tKosovo\tKosovo\t_\tNNP\t_\t3\tnsubj:pass\t_\tNER=LOCATION
      2\twas\tbe\t_\tVBD\t_\t3\taux:pass\t_\t_
      3\tattacked\tattack\t_\tVBN\t_\t0\troot\t_\t_
      4\tby\tby\t_\tIN\t_\t5\tcase\t_\t_
      5\tSerbia\tSerbia\t_\tNNP\t_\t3\tobl:agent\t_\tNER=LOCATION
      6\t.\t.\t_\t.\t_\t3\tpunct\t_\t_
      """;

  private static Article article(String text) {
    return Article.of(LocalDate.of(2021, 7, 8), "", text);
  }

  @Test
  void returnsTheSentencesRecordedForTheText() {
    FixedAnnotator annotator = FixedAnnotator.builder().add(TEXT, CONLLU).build();
    Article article = article(TEXT);

    AnnotatedArticle annotated = annotator.annotate(article);

    assertThat(annotated.article()).isSameAs(article);
    assertThat(annotated.sentences()).singleElement().satisfies(sentence -> {
      assertThat(sentence.text()).isEqualTo(TEXT);
      assertThat(sentence.tokens()).extracting(Token::lemma)
          .containsExactly("Kosovo", "be", "attack", "by", "Serbia", ".");
    });
  }

  @Test
  void unknownTextIsRejectedWithItsFirstSixtyCharacters() {
    FixedAnnotator annotator = FixedAnnotator.builder().add(TEXT, CONLLU).build();
    String other = "Hundreds of Afghan security personnel fled across the border into Tajikistan.";

    assertThatThrownBy(() -> annotator.annotate(article(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no CoNLL-U recorded for the article text "
            + "'Hundreds of Afghan security personnel fled across the border'");
  }

  @Test
  void theSameTextCannotBeAddedTwice() {
    FixedAnnotator.Builder builder = FixedAnnotator.builder().add(TEXT, CONLLU);

    assertThatThrownBy(() -> builder.add(TEXT, CONLLU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text added twice: 'Kosovo was attacked by Serbia.'");
  }

  @Test
  void conlluThatDoesNotFitTheTextFailsWhenAdded() {
    assertThatThrownBy(() -> FixedAnnotator.builder().add("Serbia attacked Kosovo.", CONLLU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("token 1 'Kosovo' of sentence 1 is not in the text at offset 0");
  }
}
