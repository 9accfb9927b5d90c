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
 * Issue 13, round 9: when the intake codes at a lower CPU priority than the reads ({@link
 * #yielding}, {@code server.coder-nice}), the kernel gives the reads the cores first, so the gate
 * lets every read through while it codes, unless the intake has fallen behind (an article in its
 * hands waited longer than the bound); then the gate holds reads back as before until the intake
 * has caught up, so that the intake's delay stays bounded. A store still holds reads back whatever
 * the coder's priority: it runs at the reads' priority (a niced store under reads took 94 s at load
 * 50-80 and held the reads behind DuckDB's commit). Issue 13, round 10: with {@link #readsWhileStoring} a store
 * holds reads as coding does (to {@code server.query-concurrency-ingesting}), no longer to none:
 * the slowest 1 % of 200 readers spent 97 % of their time waiting for stores (0.4-1.5 s each under
 * load, as long in all as the coding). A reader on its own connection sees the last commit
 * (DuckDB's MVCC), never half of a store's transaction, and the response cache keeps an answer
 * only when no commit since it was begun touched it ({@code Changes}), so reads beside a store are
 * as right as reads before it. Thread-safe.
 */
final class IngestPriority {
  /** Marks nothing: no priority. */
  static final IngestPriority NONE = new IngestPriority(false);

  private final boolean enabled;
  private final boolean readsWhileStoring;
  private final AtomicInteger runs = new AtomicInteger();
  private final AtomicInteger stores = new AtomicInteger();
  private volatile Runnable onChange = () -> {};
  /** How long an article may wait before the intake is behind, in ns; -1: the intake does not yield. */
  private volatile long maxDelay = -1;
  private volatile boolean inHand;
  private volatile long oldest;

  /** A priority that holds every new read while a store is in hand (as before round 10). */
  IngestPriority(boolean enabled) {
    this(enabled, false);
  }

  /**
   * @param enabled whether the intake goes first at all
   * @param readsWhileStoring whether reads start while a store is in hand, as many as while coding;
   *     false: none (rounds 5-9)
   */
  IngestPriority(boolean enabled, boolean readsWhileStoring) {
    this.enabled = enabled;
    this.readsWhileStoring = readsWhileStoring;
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

  /**
   * Says that the intake codes at a lower CPU priority than the reads (or, with null, no longer
   * does), and how long an article may wait to be coded before the intake counts as behind.
   */
  void yielding(java.time.Duration bound) {
    maxDelay = bound == null ? -1 : bound.toNanos();
    onChange.run();
  }

  /** Says that the oldest article in the intake's hands was queued at {@code queuedAt} ({@link System#nanoTime}). */
  void oldestQueuedAt(long queuedAt) {
    oldest = queuedAt;
    inHand = true;
  }

  /** Says that the intake holds no article: none waits. */
  void noneInHand() {
    inHand = false;
  }

  /**
   * Whether reads are held back to fewer while the intake codes: always, unless the intake yields
   * the CPU to them and no article in its hands has waited longer than the bound (then it is
   * behind, and reads are held back until it has caught up). A store in hand holds every new read
   * whatever this says.
   */
  boolean holdsReads() {
    long bound = maxDelay;
    return bound < 0 || (inHand && System.nanoTime() - oldest > bound);
  }

  /** Whether a coded article is being stored now. */
  boolean storing() {
    return stores.get() > 0;
  }

  /**
   * Whether the store in hand (if any) holds every new read: true while one is stored, unless
   * reads run beside stores ({@link #readsWhileStoring}).
   */
  boolean storeHoldsAll() {
    return !readsWhileStoring && storing();
  }

  /** Whether reads start while a store is in hand (held as while coding), rather than none. */
  boolean readsWhileStoring() {
    return readsWhileStoring;
  }

  /** Whether an ingest run (coding or storing) is in hand now. */
  boolean ingesting() {
    return runs.get() > 0 || stores.get() > 0;
  }
}
