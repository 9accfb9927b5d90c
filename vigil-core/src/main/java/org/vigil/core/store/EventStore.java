package org.vigil.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.core.VigilException;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.event.CodedEvent;

/**
 * Keeps articles and their coded events. Storing is idempotent by the article's content hash: an
 * article stored twice keeps its first events. Each {@link #store} is atomic: the article and all
 * its events are stored, or nothing is; {@link #storeAll} is atomic per article of its batch.
 * Implementations are thread-safe.
 */
public interface EventStore extends AutoCloseable {

  /**
   * An article and the events coded from it, to be stored together, with the story it belongs to
   * (issue 13); without one, the article is a story of its own ({@link StoryAssignment#alone}).
   */
  record Coded(Article article, List<CodedEvent> events, StoryAssignment story) {
    public Coded {
      Objects.requireNonNull(article, "article");
      events = List.copyOf(Objects.requireNonNull(events, "events"));
      story = story == null ? StoryAssignment.alone(article) : story;
      if (!story.articleId().equals(article.id())) {
        throw new IllegalArgumentException("the story assignment of article " + story.articleId()
            + " was given with article " + article.id());
      }
    }

    /** An article and its events, a story of its own. */
    public Coded(Article article, List<CodedEvent> events) {
      this(article, events, null);
    }
  }

  /**
   * What became of one article of a batch: stored, already there (a duplicate by content hash),
   * or not stored for {@code failure}, which names the article.
   */
  record Outcome(Article article, boolean stored, VigilException failure) {
    public Outcome {
      Objects.requireNonNull(article, "article");
      if (stored && failure != null) {
        throw new IllegalArgumentException("an article is either stored or failed, not both");
      }
    }

    public boolean failed() {
      return failure != null;
    }
  }

  /**
   * Stores an article with its events.
   *
   * @return true when stored, false when an article with the same content hash was already there
   * @throws org.vigil.core.VigilException when the store fails; nothing of this article is kept
   */
  boolean store(Article article, List<CodedEvent> events);

  /**
   * Stores a batch of articles with their events, each as {@link #store} would, and returns one
   * outcome per article in the batch's order. An article that cannot be stored fails alone: the
   * others of the batch are stored, and nothing of it is kept. A store may write the batch in one
   * transaction (far cheaper than one per article); this default stores the articles one by one.
   *
   * @throws IllegalArgumentException when an event belongs to another article than its own
   */
  default List<Outcome> storeAll(List<Coded> batch) {
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    for (Coded coded : batch) {
      try {
        outcomes.add(new Outcome(coded.article(), store(coded.article(), coded.events()), null));
      } catch (VigilException e) {
        outcomes.add(new Outcome(coded.article(), false, e));
      }
    }
    return outcomes;
  }

  /** Records a rejected input (dead letter): which record and why. */
  void reject(String record, String reason);

  /** Events matching the query, newest first. */
  List<CodedEvent> query(EventQuery query);

  /** Number of stored articles. */
  long articleCount();

  /** Number of stored events. */
  long eventCount();

  /**
   * Whether an article with this content hash ({@link Article#contentHash()}) is stored, so that a
   * run can skip analysing it again (issue 12). One indexed look-up.
   */
  boolean contains(String contentHash);

  @Override
  void close();
}
