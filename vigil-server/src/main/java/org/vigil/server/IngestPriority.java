package org.vigil.server;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What the intake of {@code vigil serve} is doing, so that the {@link QueryGate} lets it go first
 * (issue 13, round 5: under 200 readers not one posted article was stored in a minute; coding and
 * the commit got no share of the cores). The intake marks its runs (coding articles) and, inside
 * them, each store of a coded article; the gate starts no new query while a store is in hand and
 * fewer while a run is. {@link #NONE} marks nothing: readers and the intake compete as before.
 * Thread-safe.
 */
final class IngestPriority {
  /** Marks nothing: no priority. */
  static final IngestPriority NONE = new IngestPriority(false);

  private final boolean enabled;
  private final AtomicInteger runs = new AtomicInteger();
  private final AtomicInteger stores = new AtomicInteger();
  private volatile Runnable onChange = () -> {};

  IngestPriority(boolean enabled) {
    this.enabled = enabled;
  }

  /** Runs {@code tell} after every change (the gate wakes its line). */
  void onChange(Runnable tell) {
    Objects.requireNonNull(tell, "tell");
    if (enabled) {
      this.onChange = tell;
    }
  }

  /** Runs an ingest run (coding, then storing, a few articles), marked as one. */
  void run(Runnable run) {
    mark(runs, run);
  }

  /** Stores a coded article, marked as a store in hand. */
  <T> T store(Supplier<T> store) {
    if (!enabled) {
      return store.get();
    }
    stores.incrementAndGet();
    onChange.run();
    try {
      return store.get();
    } finally {
      stores.decrementAndGet();
      onChange.run();
    }
  }

  private void mark(AtomicInteger counter, Runnable work) {
    if (!enabled) {
      work.run();
      return;
    }
    counter.incrementAndGet();
    onChange.run();
    try {
      work.run();
    } finally {
      counter.decrementAndGet();
      onChange.run();
    }
  }

  /** Whether a coded article is being stored now. */
  boolean storing() {
    return stores.get() > 0;
  }

  /** Whether an ingest run (coding or storing) is in hand now. */
  boolean ingesting() {
    return runs.get() > 0 || stores.get() > 0;
  }
}
