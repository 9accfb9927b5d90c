package org.vigil.pipeline;

import java.util.List;
import java.util.Objects;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventStore;
import org.vigil.ingest.story.StoryIndex;

/**
 * An {@link IngestJob.Sink} that stores articles with their events, {@link
 * StoreBatcher#DEFAULT_SIZE} to a transaction; an article the store refuses is rejected alone.
 * Given a {@link StoryIndex}, it assigns each article to a story first (issue 13) and stores the
 * assignment with it; the caller teaches the index the store's latest articles first
 * ({@link StoryIndex#remember}), or copies of an earlier run's articles start stories of their own. Counts what was stored, what was already there and the copies found. Not
 * thread-safe: the job calls it from one thread.
 */
public final class StoreSink implements IngestJob.Sink {
  private final EventStore store;
  private final int batchSize;
  private final StoryIndex stories;
  private long copies;
  private StoreBatcher batcher;
  private IngestJob.Rejections rejections;
  private long stored;
  private long duplicates;
  private long events;

  public StoreSink(EventStore store) {
    this(store, StoreBatcher.DEFAULT_SIZE);
  }

  public StoreSink(EventStore store, int batchSize) {
    this(store, batchSize, null);
  }

  /**
   * A sink that stores each article with the story {@code stories} assigns it.
   *
   * @param stories the story index, or null to store each article as a story of its own
   */
  public StoreSink(EventStore store, int batchSize, StoryIndex stories) {
    this.store = Objects.requireNonNull(store, "store");
    this.batchSize = batchSize;
    this.stories = stories;
  }

  @Override
  public void accept(Article article, List<CodedEvent> coded, IngestJob.Rejections rejections) {
    StoryAssignment story = stories == null ? null : stories.add(article);
    batcher(rejections).add(new EventStore.Coded(article, coded, story));
  }

  @Override
  public void finish(IngestJob.Rejections rejections) {
    batcher(rejections).flush();
  }

  private StoreBatcher batcher(IngestJob.Rejections rejections) {
    this.rejections = rejections;
    if (batcher == null) {
      batcher = new StoreBatcher(store, batchSize, (c, o) -> {
        if (o.failed()) {
          this.rejections.reject(o.article().id(), String.valueOf(o.failure().getMessage()));
        } else if (o.stored()) {
          stored++;
          copies += c.story().isNew() ? 0 : 1;
          events += c.events().size();
        } else {
          duplicates++;
        }
      });
    }
    return batcher;
  }

  /** Articles stored new. */
  public long stored() {
    return stored;
  }

  /** Articles the store had already (same content hash). */
  public long duplicates() {
    return duplicates;
  }

  /** Articles stored new that copy an earlier one (a story's second and later articles). */
  public long copies() {
    return copies;
  }

  /** Events of the articles stored new. */
  public long events() {
    return events;
  }
}
