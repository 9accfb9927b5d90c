package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventCoder;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.nlp.CoreNlpAnnotator;

/**
 * A pronoun that stands for the previous sentence's subject is evidence in its own sentence: the
 * event's source span points at the pronoun, whatever the lengths of the two sentences (a longer
 * first sentence once made the coder index past the end of the second).
 */
final class PronounAcrossSentencesIT {
  private static final Dictionaries DICTIONARIES = Dictionaries.builtin();

  @Test
  void aPronounSubjectResolvesToThePreviousSubjectAndPointsAtItself() {
    String first = "Kazakhstan's government, after a long meeting of its security council in the capital"
        + " on Monday evening and a round of calls with neighbouring states, condemned the shelling.";
    String second = "It promised aid to Tajikistan.";
    Article article = articleOf(first + " " + second);
    EventCoder coder = Engines.SELECTIVE.coder();
    CoreNlpAnnotator annotator = Engines.SELECTIVE.annotator();
    AnnotatedArticle annotated = annotator.annotate(article);

    List<CodedEvent> events = coder.code(annotated);

    CodedEvent promise = events.stream()
        .filter(e -> e.target() != null && "TJK".equals(e.target().country()))
        .findFirst().orElseThrow(() -> new AssertionError("no event with target TJK in " + events));
    assertThat(promise.source().country()).isEqualTo("KAZ");
    int offset = article.text().indexOf(second);
    assertThat(promise.source().begin()).isEqualTo(offset);
    assertThat(article.text().substring(promise.source().begin(), promise.source().end())).isEqualTo("It");
  }

  private static Article articleOf(String text) {
    return Article.of(LocalDate.of(2024, 3, 5), "Pronoun across sentences", text);
  }
}
