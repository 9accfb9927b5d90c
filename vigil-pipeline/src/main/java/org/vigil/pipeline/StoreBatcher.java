package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventStore;

/**
 * Stores coded articles in batches of {@code size} (issue 5): DuckDB spends more on a transaction
 * than on the rows of an article, so one transaction per batch costs a thirtieth of one per
 * article ({@code docs/BENCHMARKS.md}). Each article stays atomic ({@link EventStore#storeAll}):
 * one that cannot be stored fails alone. Each article with its outcome reaches {@code outcomes} in
 * the order the articles were added, when their batch is written: when it is full, on {@link #flush} and on {@link
 * #close}. Not thread-safe: one caller adds.
 */
public final class StoreBatcher implements AutoCloseable {
  /** Articles per transaction: enough to make the commit cheap, few enough to show results soon. */
  public static final int DEFAULT_SIZE = 32;

  private final EventStore store;
  private final int size;
  private final BiConsumer<EventStore.Coded, EventStore.Outcome> outcomes;
  private final List<EventStore.Coded> pending = new ArrayList<>();

  public StoreBatcher(EventStore store, int size, BiConsumer<EventStore.Coded, EventStore.Outcome> outcomes) {
    if (size < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, was " + size);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.size = size;
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
  }

  /** Adds an article with its events; writes the batch when it is full. */
  public void add(Article article, List<CodedEvent> events) {
    add(new EventStore.Coded(article, events));
  }

  /** Adds an article with its events and story; writes the batch when it is full. */
  public void add(EventStore.Coded coded) {
    pending.add(coded);
    if (pending.size() >= size) {
      flush();
    }
  }

  /** Writes what has been added and not yet written. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<EventStore.Coded> batch = List.copyOf(pending);
    pending.clear();
    List<EventStore.Outcome> written = store.storeAll(batch);
    for (int i = 0; i < batch.size(); i++) {
      outcomes.accept(batch.get(i), written.get(i));
    }
  }

  /** Writes what is left; the store stays open. */
  @Override
  public void close() {
    flush();
  }
}
