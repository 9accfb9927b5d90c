package org.vigil.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A limit on the store queries the API runs at once (issue 13, the API at scale): at most
 * {@link Limits#concurrent} heavy requests query the store together, up to {@link Limits#queue}
 * more wait in line (first come, first served), and a request beyond that, or one that waited
 * {@link Limits#maxWait} without its turn, is answered at once with 503 {@code busy} and a
 * {@code Retry-After} header: never a hang or a client's timeout. 200 scans of millions of rows at
 * once on two cores each got 1 % of a core and all timed out together; in line they finish one
 * after another, and the intake's writes get through. Thread-safe.
 */
final class QueryGate {

  /**
   * How many heavy requests run at once, how many wait, and how long one waits at most.
   * Immutable; it checks itself.
   */
  record Limits(int concurrent, int queue, Duration maxWait) {
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
    }

    /** As many queries as cores (at least 2), 512 waiting, 20 s at most in line. */
    static Limits defaults() {
      return new Limits(Math.max(2, Runtime.getRuntime().availableProcessors()), 512, Duration.ofSeconds(20));
    }
  }

  private final Limits limits;
  private final Semaphore running;
  private final AtomicInteger waiting = new AtomicInteger();

  QueryGate(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.running = new Semaphore(limits.concurrent(), true);
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

  /** Waits for a turn, or throws the 503 (with {@code Retry-After}) that says to come back. */
  void enter(Context ctx) throws InterruptedException {
    if (running.tryAcquire()) {
      return;
    }
    if (waiting.incrementAndGet() > limits.queue()) {
      waiting.decrementAndGet();
      throw busy(ctx, "the server is answering " + limits.concurrent() + " queries and " + limits.queue()
          + " more wait; try again in a second");
    }
    try {
      if (!running.tryAcquire(limits.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
        throw busy(ctx, "no turn to query the store within " + limits.maxWait().toMillis()
            + " ms; try again in a second");
      }
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** Gives the turn of a request that {@link #enter}ed back. */
  void leave() {
    running.release();
  }

  private static ApiException busy(Context ctx, String why) {
    ctx.header("Retry-After", "1");
    return ApiException.unavailable("busy", why);
  }

  /** Requests waiting for a turn now. */
  int waiting() {
    return waiting.get();
  }
}
