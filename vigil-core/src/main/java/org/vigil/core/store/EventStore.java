package org.vigil.core.store;

import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Keeps articles and their coded events. Storing is idempotent by the article's content hash: an
 * article stored twice keeps its first events. Each {@link #store} is atomic: the article and all
 * its events are stored, or nothing is. Implementations are thread-safe.
 */
public interface EventStore extends AutoCloseable {

  /**
   * Stores an article with its events.
   *
   * @return true when stored, false when an article with the same content hash was already there
   * @throws org.vigil.core.VigilException when the store fails; nothing of this article is kept
   */
  boolean store(Article article, List<CodedEvent> events);

  /** Records a rejected input (dead letter): which record and why. */
  void reject(String record, String reason);

  /** Events matching the query, newest first. */
  List<CodedEvent> query(EventQuery query);

  /** Number of stored articles. */
  long articleCount();

  /** Number of stored events. */
  long eventCount();

  @Override
  void close();
}
