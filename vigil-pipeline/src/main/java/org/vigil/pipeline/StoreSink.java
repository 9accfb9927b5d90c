package org.vigil.pipeline;

import java.util.List;
import java.util.Objects;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventStore;

/**
 * An {@link IngestJob.Sink} that stores articles with their events, {@link
 * StoreBatcher#DEFAULT_SIZE} to a transaction; an article the store refuses is rejected alone.
 * Counts what was stored and what was already there. Not thread-safe: the job calls it from one
 * thread.
 */
public final class StoreSink implements IngestJob.Sink {
  private final EventStore store;
  private final int batchSize;
  private StoreBatcher batcher;
  private IngestJob.Rejections rejections;
  private long stored;
  private long duplicates;
  private long events;

  public StoreSink(EventStore store) {
    this(store, StoreBatcher.DEFAULT_SIZE);
  }

  public StoreSink(EventStore store, int batchSize) {
    this.store = Objects.requireNonNull(store, "store");
    this.batchSize = batchSize;
  }

  @Override
  public void accept(Article article, List<CodedEvent> coded, IngestJob.Rejections rejections) {
    batcher(rejections).add(article, coded);
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

  /** Events of the articles stored new. */
  public long events() {
    return events;
  }
}
