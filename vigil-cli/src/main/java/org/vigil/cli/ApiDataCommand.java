package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench api-data}: a store of synthetic coded events ({@link SyntheticEvents}) for the
 * API benchmark ({@code scripts/bench-api.sh}), written straight into DuckDB through the store's
 * batch write (its appender), many articles to a transaction.
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

  @Option(names = "--batch", paramLabel = "N", defaultValue = "5000", description = "Articles to a transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() {
    if (events < 1 || batch < 1) {
      System.err.println("vigil bench api-data: --events and --batch must be at least 1");
      return Main.USAGE;
    }
    if (Files.exists(db)) {
      System.err.println("vigil bench api-data: " + db + " exists; give a new file");
      return Main.USAGE;
    }
    SyntheticEvents generator = new SyntheticEvents(seed);
    long start = System.nanoTime();
    long lastSay = start;
    try (DuckDbEventStore store = DuckDbEventStore.held(StoreConfig.of(db))) {
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
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "wrote %d events in %d articles to %s in %.1f s (%.0f events/s); store: %d articles,"
          + " %d events%n", generator.events(), generator.articles(), db, seconds, generator.events() / seconds,
          store.articleCount(), store.eventCount());
    }
    return Main.OK;
  }
}
