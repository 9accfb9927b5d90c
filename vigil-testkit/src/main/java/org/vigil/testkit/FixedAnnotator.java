package org.vigil.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Annotator;
import org.vigil.core.text.Sentence;

/**
 * An {@link Annotator} that loads no models: it returns the sentences recorded for an article's
 * text as CoNLL-U (see {@link Conllu} for the columns it reads). Unit tests use it in place of
 * CoreNLP; {@link Fixtures#annotator(String...)} gives one over recorded CoreNLP output.
 *
 * <p>Immutable and thread-safe.
 */
public final class FixedAnnotator implements Annotator {
  private final Map<String, List<Sentence>> sentencesByText;

  private FixedAnnotator(Map<String, List<Sentence>> sentencesByText) {
    this.sentencesByText = Map.copyOf(sentencesByText);
  }

  /** A builder with no texts. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sentences recorded for the article's text.
   *
   * @throws IllegalArgumentException naming the first 60 characters of the text when none were
   *     recorded for it
   */
  @Override
  public AnnotatedArticle annotate(Article article) {
    List<Sentence> sentences = sentencesByText.get(article.text());
    if (sentences == null) {
      String text = article.text();
      throw new IllegalArgumentException("no CoNLL-U recorded for the article text '"
          + (text.length() > 60 ? text.substring(0, 60) : text) + "'");
    }
    return new AnnotatedArticle(article, sentences);
  }

  /** Collects texts with their CoNLL-U, parsing each as it is added. Not thread-safe. */
  public static final class Builder {
    private final Map<String, List<Sentence>> sentencesByText = new HashMap<>();

    private Builder() {}

    /**
     * Records the CoNLL-U of an article text.
     *
     * @throws IllegalArgumentException when the CoNLL-U is malformed or does not fit the text, or
     *     the text was added before
     */
    public Builder add(String articleText, String conllu) {
      Objects.requireNonNull(articleText, "articleText");
      Objects.requireNonNull(conllu, "conllu");
      List<Sentence> sentences = Conllu.parse(articleText, conllu);
      if (sentencesByText.putIfAbsent(articleText, sentences) != null) {
        throw new IllegalArgumentException("text added twice: '"
            + articleText.substring(0, Math.min(60, articleText.length())) + "'");
      }
      return this;
    }

    public FixedAnnotator build() {
      return new FixedAnnotator(sentencesByText);
    }
  }
}
