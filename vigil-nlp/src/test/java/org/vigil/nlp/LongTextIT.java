package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

final class LongTextIT {
  private static final LocalDate DATE = LocalDate.of(2021, 7, 8);
  private static final String PARAGRAPH = """
      Hundreds of soldiers fled across the border into Tajikistan last week. \
      On Thursday, Russia promised help to Tajikistan.""";

  @Test
  void chunkedTextIsAnnotatedAsIfWhole() {
    String text = String.join("\n\n", java.util.Collections.nCopies(20, PARAGRAPH));
    Article article = new Article("chunks", DATE, "", text, "", "test");
    CoreNlpAnnotator chunking =
        new CoreNlpAnnotator(NlpConfig.builder().chunkChars(1_000).build());

    List<Sentence> chunked = chunking.annotate(article).sentences();

    assertThat(chunked).hasSize(40).isEqualTo(SharedAnnotator.get().annotate(article).sentences());
    assertThat(chunked).extracting(Sentence::index).containsExactlyElementsOf(
        java.util.stream.IntStream.range(0, 40).boxed().toList());
    Sentence last = chunked.get(39);
    assertThat(text.substring(last.begin(), last.end())).isEqualTo(last.text());
    assertThat(last.begin()).isEqualTo(text.lastIndexOf("On Thursday"));
  }

  @Test
  void overLongSentenceKeepsItsTokensButGetsNoEntitiesTimesOrDependencies() {
    String text = PARAGRAPH + "\n\nLast week" + ", Russia, Tajikistan and Armenia".repeat(40)
        + " met in Dushanbe.";
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());

    List<Sentence> sentences = annotator.annotate(new Article("long", DATE, "", text, "", "test"))
        .sentences();

    assertThat(sentences).hasSize(3);
    Sentence longOne = sentences.get(2);
    assertThat(longOne.tokens()).hasSizeGreaterThan(NlpConfig.defaults().maxSentenceTokens());
    assertThat(longOne.dependencies()).isEmpty();
    assertThat(longOne.times()).isEmpty();
    assertThat(longOne.tokens()).extracting(Token::ner).containsOnly("O");
    assertThat(longOne.tokens().get(longOne.tokens().size() - 4))
        .extracting(Token::word, Token::lemma, Token::pos)
        .containsExactly("met", "meet", "VBD");
    assertThat(sentences.get(0).dependencies()).isNotEmpty();
    assertThat(annotator.unparsedSentences()).isEqualTo(1);
  }

  /** 5 MB works the same way but costs a minute of POS tagging; one megabyte shows the chunking. */
  @Test
  void megabyteArticleWithoutPunctuationIsAnnotatedInChunks() {
    StringBuilder text = new StringBuilder(PARAGRAPH).append("\n\n");
    String[] words = {"troops", "moved", "along", "the", "river", "near", "the", "border"};
    for (int i = 0; text.length() < 1_000_000; i++) {
      text.append(words[i % words.length]).append(i % 97 == 96 ? '\n' : ' ');
    }
    text.append("\n\n").append(PARAGRAPH);
    String body = text.toString();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());

    AnnotatedArticle annotated =
        annotator.annotate(new Article("huge", DATE, "", body, "", "test"));

    List<Sentence> sentences = annotated.sentences();
    Sentence last = sentences.get(sentences.size() - 1);
    assertThat(last.begin()).isEqualTo(body.lastIndexOf("On Thursday"));
    assertThat(last.times()).extracting(TimeExpression::value).containsExactly("2021-07-08");
    assertThat(last.dependencies()).isNotEmpty();
    for (Token token : sentences.get(sentences.size() / 2).tokens()) {
      assertThat(body.substring(token.begin(), token.end())).isEqualTo(token.word());
    }
    assertThat(annotator.unparsedSentences()).isGreaterThanOrEqualTo(5);
  }
}
