package org.vigil.core.text;

import org.vigil.core.article.Article;

/**
 * Splits an article into annotated sentences: tokens, POS, lemmas, NER, dependency parse and
 * normalised time expressions (resolved against the article's date).
 *
 * <p>Implementations are thread-safe: one instance serves every worker of a process, and heavy
 * models are loaded once.
 */
public interface Annotator {

  /**
   * Annotates one article.
   *
   * @throws org.vigil.core.VigilException when the article cannot be analysed
   */
  AnnotatedArticle annotate(Article article);
}
