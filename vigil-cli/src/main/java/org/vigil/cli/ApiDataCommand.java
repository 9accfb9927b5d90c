package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.coding.merge.MentionMerger;
import org.vigil.coding.merge.MergeConfig;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench api-data}: a store of synthetic coded events ({@link SyntheticEvents}) for the
 * API benchmark ({@code scripts/bench-api.sh}). By default made in SQL by the store from the
 * generator's distributions ({@link SyntheticEvents#spec}); with {@code --java} made by the Java
 * generator and written by the store's bulk load (DuckDB's appender into unindexed tables); both
 * then insert in date order with checks, pre-aggregates and merged events. With {@code --batch}
 * written through the store's batch write as {@code vigil ingest} writes (the old, slow way).
 */
@Command(name = "api-data", mixinStandardHelpOptions = true,
    description = {"Write synthetic coded events (Zipf-distributed countries, dominant dyads, CAMEO roots in GDELT's"
        + " proportions, ten years of dates, confidences, places) into a store, for scripts/bench-api.sh."})
final class ApiDataCommand implements Callable<Integer> {
  @Option(names = "--events", paramLabel = "N", required = true, description = "Events to write (at least; whole articles of 1-9 events).")
  long events;

  @Option(names = "--db", paramLabel = "FILE", required = true, description = "The store to write (created; must not hold articles yet).")
  Path db;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The generator's seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--batch", paramLabel = "N", description = "Write through the store's batch write, N articles to a transaction (the slow way), instead of the bulk load.")
  Integer batch;

  @Option(names = "--java", description = "Make the events with the Java generator and the store's appender instead of in SQL (slower; the same laws).")
  boolean java;

  @Option(names = "--merge-day-window", paramLabel = "DAYS", defaultValue = "2", description = "The merger's day window for the merged events (default: ${DEFAULT-VALUE}, as merge.day-window).")
  int dayWindow;

  @Override
  public Integer call() {
    if (events < 1 || (batch != null && batch < 1)) {
      System.err.println("vigil bench api-data: --events and --batch must be at least 1");
      return Main.USAGE;
    }
    if (Files.exists(db)) {
      System.err.println("vigil bench api-data: " + db + " exists; give a new file");
      return Main.USAGE;
    }
    SyntheticEvents generator = new SyntheticEvents(seed);
    long start = System.nanoTime();
    MentionMerger merger = new MentionMerger(new MergeConfig(dayWindow, MergeConfig.defaults().maxKm()));
    try (DuckDbEventStore store = DuckDbEventStore.held(StoreConfig.of(db), merger)) {
      if (batch == null && !java) {
        store.loadSynthetic(SyntheticEvents.spec(seed, events), step -> System.err.printf(Locale.ROOT,
            "vigil bench api-data: %s (%.0f s)%n", step, (System.nanoTime() - start) / 1e9));
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = store.eventCount();
        System.out.printf(Locale.ROOT, "wrote %d events in %d articles to %s in %.1f s (%.0f events/s), in SQL;"
            + " store: %d articles, %d events%n", stored, store.articleCount(), db, seconds, stored / seconds,
            store.articleCount(), stored);
        return Main.OK;
      }
      if (batch == null) {
        Iterator<EventStore.Coded> articles = new Iterator<>() {
          long n;

          @Override
          public boolean hasNext() {
            return generator.events() < events;
          }

          @Override
          public EventStore.Coded next() {
            return generator.next(n++);
          }
        };
        store.bulkLoad(articles, n -> System.err.printf(Locale.ROOT,
            "vigil bench api-data: %,d events in %,d articles appended, %.0f s%n", generator.events(), n,
            (System.nanoTime() - start) / 1e9));
      } else {
        batches(store, generator, start);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "wrote %d events in %d articles to %s in %.1f s (%.0f events/s); store: %d articles,"
          + " %d events%n", generator.events(), generator.articles(), db, seconds, generator.events() / seconds,
          store.articleCount(), store.eventCount());
    }
    return Main.OK;
  }

  private void batches(DuckDbEventStore store, SyntheticEvents generator, long start) {
    long lastSay = start;
    long n = 0;
    while (generator.events() < events) {
      List<EventStore.Coded> chunk = new ArrayList<>(batch);
      while (chunk.size() < batch && generator.events() < events) {
        chunk.add(generator.next(n++));
      }
      for (EventStore.Outcome o : store.storeAll(chunk)) {
        if (o.failed()) {
          throw o.failure();
        }
      }
      long now = System.nanoTime();
      if (now - lastSay > 10_000_000_000L) {
        lastSay = now;
        System.err.printf(Locale.ROOT, "vigil bench api-data: %,d events in %,d articles, %.0f events/s%n",
            generator.events(), generator.articles(), generator.events() / ((now - start) / 1e9));
      }
    }
  }
}
