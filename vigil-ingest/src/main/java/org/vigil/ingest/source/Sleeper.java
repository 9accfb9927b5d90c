package org.vigil.ingest.source;

import java.time.Duration;

/**
 * Waits: between retries and for the politeness delay. {@link #system()} sleeps the thread; tests
 * pass one that advances a fake clock, so back-off is tested without waiting. Implementations must
 * be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

  /** Waits {@code duration} (not negative). */
  void sleep(Duration duration) throws InterruptedException;

  /** {@link Thread#sleep(Duration)}. */
  static Sleeper system() {
    return d -> {
      if (!d.isZero()) {
        Thread.sleep(d);
      }
    };
  }
}
