package org.vigil.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures one phase of {@code vigil bench}: wall time, the CPU time of every Java thread (those
 * alive at the start and those started since, read before they end), and the peak of used heap,
 * sampled every 10 ms on a daemon thread. Not thread-safe; one phase at a time.
 */
final class Meter implements AutoCloseable {
  /** What a phase cost. */
  record Reading(long wallNanos, long cpuNanos, long peakHeapBytes) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Long, Long> cpuAtStart = new HashMap<>();
  private final long wallAtStart;
  private final Thread sampler;
  private volatile long peakHeap;
  private volatile boolean running = true;

  private Meter() {
    if (!THREADS.isThreadCpuTimeEnabled()) {
      THREADS.setThreadCpuTimeEnabled(true);
    }
    for (long id : THREADS.getAllThreadIds()) {
      cpuAtStart.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
    }
    peakHeap = usedHeap();
    sampler = new Thread(this::sample, "vigil-bench-heap");
    sampler.setDaemon(true);
    sampler.start();
    wallAtStart = System.nanoTime();
  }

  /** Starts measuring. */
  static Meter start() {
    return new Meter();
  }

  /** What the phase has cost so far; call it before the phase's worker threads end. */
  Reading read() {
    long wall = System.nanoTime() - wallAtStart;
    long cpu = 0;
    for (long id : THREADS.getAllThreadIds()) {
      if (id == sampler.getId()) {
        continue;
      }
      long now = THREADS.getThreadCpuTime(id);
      if (now >= 0) {
        cpu += now - cpuAtStart.getOrDefault(id, 0L);
      }
    }
    return new Reading(wall, cpu, Math.max(peakHeap, usedHeap()));
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  private void sample() {
    while (running) {
      peakHeap = Math.max(peakHeap, usedHeap());
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Used heap after a full collection: what the loaded models and dictionaries hold. */
  static long liveHeap() {
    System.gc();
    return usedHeap();
  }
}
