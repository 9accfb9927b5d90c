package org.vigil.server;

import org.vigil.core.article.Article;

/**
 * Where articles enter the running service to be coded and stored: {@code POST /articles}, the
 * inbox folder and, later, live sources feed it. Implementations queue the article and code it
 * on their own thread; an article already stored (by content hash) is skipped there. Thread-safe.
 */
public interface ArticleIntake {

  /**
   * Queues an article to be coded and stored.
   *
   * @return false when the queue is full or the intake is closed: the article was not taken
   */
  boolean submit(Article article);

  /**
   * Queues a stored article to be coded again, its events replaced ({@code POST /recode}).
   *
   * @return false when the queue is full or the intake is closed
   */
  boolean recode(Article article);

  /** Articles waiting to be coded. */
  int depth();
}
