package org.vigil.core.text;

import java.util.List;
import java.util.Objects;
import org.vigil.core.article.Article;

/** An article with its annotated sentences. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }
}
