package org.vigil.core.store;

import java.util.List;
import java.util.Optional;
import org.vigil.core.article.Story;
import org.vigil.core.article.StoredArticle;
import org.vigil.core.event.MergedEvent;

/**
 * Reads what a store keeps beside the events (issue 13): stories (which articles copy one another)
 * and merged events (one event, many mentions, with GDELT's counts). Implementations are
 * thread-safe and read committed data.
 */
public interface MergedEventStore {

  /**
   * Merged events whose canonical mention matches the query, by first day, newest first, then by
   * mentions, most first; without their mentions ({@link MergedEvent#mentions()} empty).
   *
   * @throws org.vigil.core.VigilException when the store cannot be read
   */
  List<MergedEvent> mergedEvents(EventQuery query);

  /**
   * One merged event with all its mentions, or empty when there is none of this id.
   *
   * @throws org.vigil.core.VigilException when the store cannot be read
   */
  Optional<MergedEvent> mergedEvent(String id);

  /**
   * Stories of at least {@code minArticles} articles, latest first (by their last article's date),
   * at most {@code limit}.
   *
   * @throws IllegalArgumentException when {@code minArticles} or {@code limit} is below 1
   * @throws org.vigil.core.VigilException when the store cannot be read
   */
  List<Story> stories(int minArticles, int limit);

  /**
   * The story of this id with its articles, or empty.
   *
   * @throws org.vigil.core.VigilException when the store cannot be read
   */
  Optional<Story> story(String id);

  /**
   * The articles published within {@code days} days before the newest stored article (that day
   * included), with their stories, by date: what a story index of a new run must know to find
   * copies of them (issue 13). Empty when the store holds no article.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   * @throws org.vigil.core.VigilException when the store cannot be read
   */
  List<StoredArticle> latestArticles(int days);
}
