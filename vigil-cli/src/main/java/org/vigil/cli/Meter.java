package org.vigil.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures one phase of {@code vigil bench}: wall time, the CPU time of every Java thread (those
 * alive at the start and those started since, read before they end), the CPU time of the whole
 * process (the JVM's collector and compiler threads and DuckDB's native threads too, but also the
 * heap sampler and anything else the process runs), the peak of used heap,
 * sampled every 10 ms on a daemon thread, and the peak of heap still in use after a major
 * collection, 0 when there was none (what the phase needs: with the parallel collector the used
 * heap grows towards {@code -Xmx} before it is collected). Not thread-safe; one phase at a time.
 */
final class Meter implements AutoCloseable {
  /** What a phase cost. */
  record Reading(long wallNanos, long cpuNanos, long processCpuNanos, long peakHeapBytes,
      long peakLiveHeapBytes) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final Map<Long, Long> cpuAtStart = new HashMap<>();
  private final long wallAtStart;
  private final long processCpuAtStart;
  private final Thread sampler;
  private volatile long peakHeap;
  private volatile long peakLive;
  private volatile boolean running = true;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener afterGc = this::collected;

  private Meter() {
    if (!THREADS.isThreadCpuTimeEnabled()) {
      THREADS.setThreadCpuTimeEnabled(true);
    }
    for (long id : THREADS.getAllThreadIds()) {
      cpuAtStart.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
    }
    peakHeap = usedHeap();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(afterGc, null, null);
        emitters.add(emitter);
      }
    }
    sampler = new Thread(this::sample, "vigil-bench-heap");
    sampler.setDaemon(true);
    sampler.start();
    wallAtStart = System.nanoTime();
    processCpuAtStart = OS.getProcessCpuTime();
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
    return new Reading(wall, cpu, OS.getProcessCpuTime() - processCpuAtStart,
        Math.max(peakHeap, usedHeap()), peakLive);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(afterGc);
      } catch (ListenerNotFoundException e) {
        // added in the constructor; nothing to remove
      }
    }
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    // after a minor collection the old generation still holds its garbage: only a major one
    // leaves the live heap
    if (!info.getGcAction().contains("major")) {
      return;
    }
    long live = 0;
    for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
      live += usage.getUsed();
    }
    // the after-GC map covers non-heap pools too (code cache, metaspace): keep heap pools only
    live -= nonHeap(info);
    peakLive = Math.max(peakLive, live);
  }

  private static long nonHeap(GarbageCollectionNotificationInfo info) {
    long nonHeap = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
        MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
        nonHeap += u == null ? 0 : u.getUsed();
      }
    }
    return nonHeap;
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
