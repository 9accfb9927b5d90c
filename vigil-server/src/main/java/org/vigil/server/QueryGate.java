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
 * an article no new query starts, while it codes articles at most {@link Limits#whileIngesting}
 * run; those running finish. Thread-safe.
 */
final class QueryGate {

  /**
   * How many heavy requests run at once, how many wait, how long one waits at most, and how many
   * run while the intake codes articles. Immutable; it checks itself.
   */
  record Limits(int concurrent, int queue, Duration maxWait, int whileIngesting) {
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
    }

    /** As many while ingesting as at any time. */
    Limits(int concurrent, int queue, Duration maxWait) {
      this(concurrent, queue, maxWait, concurrent);
    }

    /** As many queries as cores (at least 2), 512 waiting, 20 s at most in line, 1 while ingesting. */
    static Limits defaults() {
      return new Limits(Math.max(2, Runtime.getRuntime().availableProcessors()), 512, Duration.ofSeconds(20), 1);
    }
  }

  private final Limits limits;
  private final IngestPriority priority;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private int running;
  private int waiting;
  /** Tickets of the line: the next to hand out, and the next whose turn it is. */
  private long issued;
  private long serving;
  /** Tickets whose holders stopped waiting before their turn. */
  private final Set<Long> abandoned = new HashSet<>();

  QueryGate(Limits limits) {
    this(limits, IngestPriority.NONE);
  }

  QueryGate(Limits limits, IngestPriority priority) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.priority = Objects.requireNonNull(priority, "priority");
    priority.onChange(this::wake);
  }

  /** {@code handler} behind the gate. */
  Handler guard(Handler handler) {
    return ctx -> {
      long t = System.nanoTime();
      enter(ctx);
      Timings.add(ctx, "gate", System.nanoTime() - t);
      try {
        handler.handle(ctx);
      } finally {
        leave();
      }
    };
  }

  /** How many queries may run now: none while the intake stores, fewer while it codes. */
  private int allowed() {
    if (priority.storing()) {
      return 0;
    }
    return priority.ingesting() ? limits.whileIngesting() : limits.concurrent();
  }

  /** Waits for a turn, or throws the 503 (with {@code Retry-After}) that says to come back. */
  void enter(Context ctx) throws InterruptedException {
    lock.lock();
    try {
      if (waiting == 0 && running < allowed()) {
        running++;
        return;
      }
      if (waiting >= limits.queue()) {
        throw busy(ctx, "the server is answering " + limits.concurrent() + " queries and " + limits.queue()
            + " more wait; try again in a second");
      }
      long ticket = issued++;
      waiting++;
      long deadline = System.nanoTime() + limits.maxWait().toNanos();
      try {
        while (ticket != serving || running >= allowed()) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            abandoned.add(ticket);
            skipAbandoned();
            changed.signalAll();
            throw busy(ctx, "no turn to query the store within " + limits.maxWait().toMillis()
                + " ms; try again in a second");
          }
          changed.awaitNanos(left);
        }
        serving++;
        skipAbandoned();
        running++;
        changed.signalAll();
      } catch (InterruptedException e) {
        if (ticket >= serving) {
          abandoned.add(ticket);
          skipAbandoned();
          changed.signalAll();
        }
        throw e;
      } finally {
        waiting--;
      }
    } finally {
      lock.unlock();
    }
  }

  private void skipAbandoned() {
    while (abandoned.remove(serving)) {
      serving++;
    }
  }

  /** Gives the turn of a request that {@link #enter}ed back. */
  void leave() {
    lock.lock();
    try {
      running--;
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
      return waiting;
    } finally {
      lock.unlock();
    }
  }
}
