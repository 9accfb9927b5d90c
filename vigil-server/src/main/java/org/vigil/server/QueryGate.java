package org.vigil.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A limit on the store queries the API runs at once (issue 13, the API at scale): at most
 * {@link Limits#concurrent} heavy requests query the store together, up to {@link Limits#queue}
 * more wait in line (first come, first served), and a request beyond that, or one that waited
 * {@link Limits#maxWait} without its turn, is answered at once with 503 {@code busy} and a
 * {@code Retry-After} header: never a hang or a client's timeout. 200 scans of millions of rows at
 * once on two cores each got 1 % of a core and all timed out together; in line they finish one
 * after another. The intake goes first ({@link IngestPriority}, issue 13 round 5): while it stores
 * an article no new query starts (since round 10, by default, at most {@link Limits#whileIngesting}
 * do, as while it codes), while it codes articles at most {@link Limits#whileIngesting} run; those
 * running finish. Thread-safe.
 */
final class QueryGate {

  /**
   * How many heavy requests run at once, how many wait, how long one waits at most, how many run
   * while the intake codes articles, and how many slow ones run in a line of their own. Immutable;
   * it checks itself.
   *
   * @param slowLane 0: one line for every heavy request (as before round 8); n: the slow ones
   *     (the caller says which) wait in a line of their own and run n at a time beside the others,
   *     so that a quick request never waits behind a slow one (issue 13, round 8)
   */
  record Limits(int concurrent, int queue, Duration maxWait, int whileIngesting, int slowLane) {
    Limits {
      if (concurrent < 1) {
        throw new IllegalArgumentException("concurrent queries must be at least 1, was " + concurrent);
      }
      if (queue < 0) {
        throw new IllegalArgumentException("query queue must be at least 0, was " + queue);
      }
      Objects.requireNonNull(maxWait, "maxWait");
      if (maxWait.isNegative()) {
        throw new IllegalArgumentException("query wait must not be negative, was " + maxWait);
      }
      if (whileIngesting < 1 || whileIngesting > concurrent) {
        throw new IllegalArgumentException("concurrent queries while ingesting must be 1.." + concurrent + ", was "
            + whileIngesting);
      }
      if (slowLane < 0 || slowLane > concurrent) {
        throw new IllegalArgumentException("slow queries at once must be 0.." + concurrent + ", was " + slowLane);
      }
    }

    /** One line for all. */
    Limits(int concurrent, int queue, Duration maxWait, int whileIngesting) {
      this(concurrent, queue, maxWait, whileIngesting, 0);
    }

    /** As many while ingesting as at any time, one line. */
    Limits(int concurrent, int queue, Duration maxWait) {
      this(concurrent, queue, maxWait, concurrent);
    }

    /** As many queries as cores (at least 2), 512 waiting, 20 s at most in line, 1 while ingesting, one line. */
    static Limits defaults() {
      return new Limits(Math.max(2, Runtime.getRuntime().availableProcessors()), 512, Duration.ofSeconds(20), 1);
    }
  }

  /** A line and the requests it lets run: first come, first served (tickets). Guarded by the gate's lock. */
  private static final class Lane {
    int running;
    /** Tickets of the line: the next to hand out, and the next whose turn it is. */
    long issued;
    long serving;
    /** Tickets whose holders stopped waiting before their turn. */
    final Set<Long> abandoned = new HashSet<>();
    int waiting;

    void skipAbandoned() {
      while (abandoned.remove(serving)) {
        serving++;
      }
    }
  }

  private final Limits limits;
  private final IngestPriority priority;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Lane quick = new Lane();
  private final Lane slow = new Lane();

  QueryGate(Limits limits) {
    this(limits, IngestPriority.NONE);
  }

  QueryGate(Limits limits, IngestPriority priority) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.priority = Objects.requireNonNull(priority, "priority");
    priority.onChange(this::wake);
  }

  /** {@code handler} behind the gate, in the one line. */
  Handler guard(Handler handler) {
    return guard(handler, ctx -> false);
  }

  /**
   * {@code handler} behind the gate; the requests {@code isSlow} picks wait in the slow line when
   * the limits have one ({@link Limits#slowLane}), the others in the quick line.
   */
  Handler guard(Handler handler, java.util.function.Predicate<Context> isSlow) {
    return ctx -> {
      long t = System.nanoTime();
      boolean slowOne = limits.slowLane() > 0 && isSlow.test(ctx);
      try {
        enter(ctx, slowOne);
      } catch (ApiException busy) {
        // a refusal says how long it waited in line too (issue 13, round 8: api-load counts it)
        Timings.add(ctx, "gate", System.nanoTime() - t);
        throw busy;
      }
      Timings.add(ctx, "gate", System.nanoTime() - t);
      try {
        handler.handle(ctx);
      } finally {
        leave(slowOne);
      }
    };
  }

  /**
   * How many queries of a line may run now: none while the intake stores (unless reads run beside
   * stores, {@link IngestPriority#readsWhileStoring}: then as many as while it codes), fewer while
   * it codes (unless it codes at a lower CPU priority and is not behind, {@link
   * IngestPriority#holdsReads}: then all).
   */
  private int allowed(Lane lane) {
    if (priority.storeHoldsAll()) {
      return 0;
    }
    // a store in hand holds reads as coding does, yielding or not (a store runs at the reads' priority)
    boolean held = priority.ingesting() && (priority.holdsReads() || priority.storing());
    if (lane == slow) {
      return held ? Math.min(limits.slowLane(), limits.whileIngesting()) : limits.slowLane();
    }
    return held ? limits.whileIngesting() : limits.concurrent();
  }

  /** Waits for a turn in the quick line, or throws the 503 (with {@code Retry-After}) that says to come back. */
  void enter(Context ctx) throws InterruptedException {
    enter(ctx, false);
  }

  /** Waits for a turn in a line, or throws the 503 (with {@code Retry-After}) that says to come back. */
  void enter(Context ctx, boolean slowOne) throws InterruptedException {
    Lane lane = slowOne ? slow : quick;
    lock.lock();
    try {
      if (lane.waiting == 0 && lane.running < allowed(lane)) {
        lane.running++;
        return;
      }
      if (quick.waiting + slow.waiting >= limits.queue()) {
        throw busy(ctx, "the server is answering " + limits.concurrent() + " queries and " + limits.queue()
            + " more wait; try again in a second");
      }
      long ticket = lane.issued++;
      lane.waiting++;
      long deadline = System.nanoTime() + limits.maxWait().toNanos();
      try {
        while (ticket != lane.serving || lane.running >= allowed(lane)) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            lane.abandoned.add(ticket);
            lane.skipAbandoned();
            changed.signalAll();
            throw busy(ctx, "no turn to query the store within " + limits.maxWait().toMillis()
                + " ms; try again in a second");
          }
          changed.awaitNanos(left);
        }
        lane.serving++;
        lane.skipAbandoned();
        lane.running++;
        changed.signalAll();
      } catch (InterruptedException e) {
        if (ticket >= lane.serving) {
          lane.abandoned.add(ticket);
          lane.skipAbandoned();
          changed.signalAll();
        }
        throw e;
      } finally {
        lane.waiting--;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Gives the turn of a request that {@link #enter}ed the quick line back. */
  void leave() {
    leave(false);
  }

  /** Gives the turn of a request that {@link #enter}ed a line back. */
  void leave(boolean slowOne) {
    lock.lock();
    try {
      (slowOne ? slow : quick).running--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void wake() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private static ApiException busy(Context ctx, String why) {
    ctx.header("Retry-After", "1");
    return ApiException.unavailable("busy", why);
  }

  /** Requests waiting for a turn now. */
  int waiting() {
    lock.lock();
    try {
      return quick.waiting + slow.waiting;
    } finally {
      lock.unlock();
    }
  }
}
