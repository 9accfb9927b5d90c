package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.coding.merge.MentionMerger;
import org.vigil.coding.merge.MergeConfig;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.EventMerger;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench merge-ingest} (issue 13, round 3): the cost of keeping merged events while
 * storing new articles into a large store, whole blocks against windows. Two copies of one store
 * (made by {@code vigil bench api-data}) get the same batches of synthetic coded articles, in
 * alternating order: one store merges every block a batch touches again in full (a dyad's type
 * over ten years), the other by windows ({@link EventMerger#mergeWindow}). Prints JSON: ms a batch
 * (p50, p95, total) for each and their ratio, and the merged events each store then holds. The
 * copies are removed at the end.
 */
@Command(name = "merge-ingest", mixinStandardHelpOptions = true,
    description = {"Store the same synthetic batches into two copies of a store, merging whole blocks and by windows; prints JSON."})
final class MergeIngestCommand implements Callable<Integer> {
  @Option(names = "--db", required = true, paramLabel = "FILE", description = "A store made by vigil bench api-data (not changed: copied).")
  Path db;

  @Option(names = "--batches", defaultValue = "20", description = "Batches stored into each copy (default: ${DEFAULT-VALUE}).")
  int batches;

  @Option(names = "--batch-size", defaultValue = "32", description = "Articles a batch, as vigil ingest stores them (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the new articles (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--merge-day-window", paramLabel = "DAYS", defaultValue = "2", description = "The merger's day window (default: ${DEFAULT-VALUE}, as api-data).")
  int dayWindow;

  /** The same merger without windows: the store merges whole blocks again. */
  private record WholeBlocks(MentionMerger merger) implements EventMerger {
    @Override
    public String block(CodedEvent event) {
      return merger.block(event);
    }

    @Override
    public List<MergedEvent> merge(Collection<EventMention> mentions) {
      return merger.merge(mentions);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (batches < 1 || batchSize < 1 || !Files.isRegularFile(db)) {
      System.err.println("vigil bench merge-ingest: --db must be a store, --batches and --batch-size at least 1");
      return Main.USAGE;
    }
    MentionMerger merger = new MentionMerger(new MergeConfig(dayWindow, MergeConfig.defaults().maxKm()));
    Path folder = Files.createTempDirectory(db.toAbsolutePath().getParent(), "merge-ingest");
    Path whole = folder.resolve("whole.duckdb");
    Path windows = folder.resolve("windows.duckdb");
    Files.copy(db, whole, StandardCopyOption.REPLACE_EXISTING);
    Files.copy(db, windows, StandardCopyOption.REPLACE_EXISTING);
    SyntheticEvents generator = new SyntheticEvents(seed);
    long[] wholeMs = new long[batches];
    long[] windowMs = new long[batches];
    Map<String, Object> report = new LinkedHashMap<>();
    try (DuckDbEventStore a = DuckDbEventStore.held(StoreConfig.of(whole), new WholeBlocks(merger));
        DuckDbEventStore b = DuckDbEventStore.held(StoreConfig.of(windows), merger)) {
      long n = 1_000_000_000L; // ids after those of api-data
      for (int i = 0; i < batches; i++) {
        List<EventStore.Coded> batch = new ArrayList<>(batchSize);
        for (int k = 0; k < batchSize; k++) {
          batch.add(generator.next(n++));
        }
        if (i % 2 == 0) {
          wholeMs[i] = store(a, batch);
          windowMs[i] = store(b, batch);
        } else {
          windowMs[i] = store(b, batch);
          wholeMs[i] = store(a, batch);
        }
        System.err.printf(Locale.ROOT, "merge-ingest: batch %d: whole blocks %d ms, windows %d ms%n", i + 1,
            wholeMs[i] / 1_000_000, windowMs[i] / 1_000_000);
      }
      report.put("store", db.toString());
      report.put("batches", batches);
      report.put("articles_a_batch", batchSize);
      report.put("events_stored", generator.events());
      report.put("whole_blocks", summary(wholeMs));
      report.put("windows", summary(windowMs));
      report.put("p50_ratio_whole_to_windows", Math.round(pct(wholeMs, 50) / (double) pct(windowMs, 50) * 100) / 100.0);
      report.put("total_ratio_whole_to_windows",
          Math.round(Arrays.stream(wholeMs).sum() / (double) Arrays.stream(windowMs).sum() * 100) / 100.0);
      report.put("merged_events_whole_blocks", a.mergedEventCount());
      report.put("merged_events_windows", b.mergedEventCount());
    } finally {
      Files.deleteIfExists(whole);
      Files.deleteIfExists(windows);
      Files.deleteIfExists(folder.resolve("whole.duckdb.wal"));
      Files.deleteIfExists(folder.resolve("windows.duckdb.wal"));
      Files.deleteIfExists(folder);
    }
    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report));
    return Main.OK;
  }

  private static long store(DuckDbEventStore store, List<EventStore.Coded> batch) {
    long t = System.nanoTime();
    for (EventStore.Outcome o : store.storeAll(batch)) {
      if (o.failed()) {
        throw o.failure();
      }
    }
    return System.nanoTime() - t;
  }

  private static Map<String, Object> summary(long[] nanos) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("p50_ms", Math.round(pct(nanos, 50) / 1e5) / 10.0);
    out.put("p95_ms", Math.round(pct(nanos, 95) / 1e5) / 10.0);
    out.put("total_ms", Math.round(Arrays.stream(nanos).sum() / 1e5) / 10.0);
    return out;
  }

  private static long pct(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
