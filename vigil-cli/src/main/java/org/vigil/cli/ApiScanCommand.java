package org.vigil.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.vigil.core.store.EventQuery;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.store.StoreReads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench api-scan}: what the aggregates of {@code vigil bench api-load}'s first phase
 * read, counted in rows rather than timed (issue 13, round 5: a measure the machine's load does
 * not change). For the same requests (the same seed gives the same paths), per kind: the tables
 * read, the rows of them within the query's dates, those that pass every filter, and those DuckDB's
 * scans actually read (its profile's {@code total_rows_scanned}: zone maps skip what cannot
 * match), median, largest and sum, and the CPU time of the query's threads (DuckDB's profile of a
 * second run: the machine's load changes it much less than the clock's time), four ways: the daily pre-aggregates alone (before schema
 * version 7: {@code daily}), the coarser ones too ({@code coarse}, version 7), the tables of event
 * sides too ({@code sides}, version 8, round 7) and those of sides by partner, by type and by dyad
 * ({@code narrow}, version 9, round 9: what {@code /aggregates} reads). Opens the store for writing (an older store gets
 * the newer tables filled first). Prints one JSON object.
 */
@Command(name = "api-scan", mixinStandardHelpOptions = true,
    description = {"Count the rows each aggregate kind of api-load reads (in its dates, matched, scanned by DuckDB),"
        + " with the daily pre-aggregates alone, the coarser ones, the tables of event sides, and those by partner,"
        + " by type and by dyad; prints JSON."})
final class ApiScanCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", required = true, description = "The store (vigil bench api-data).")
  Path db;

  @Option(names = "--repeat", defaultValue = "20", description = "Requests per kind, as api-load's --repeat (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the requests, as api-load's --seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (repeat < 1) {
      System.err.println("vigil bench api-scan: --repeat must be at least 1");
      return Main.USAGE;
    }
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("db", db.toString());
    try (DuckDbEventStore store = DuckDbEventStore.held(StoreConfig.of(db))) {
      report.put("events", store.eventCount());
      StoreReads reads = new StoreReads(store);
      for (String by : new String[] {"day", "week"}) {
        for (String group : new String[] {"country", "dyad", "type"}) {
          List<String> paths = new ArrayList<>();
          for (int i = 0; i < repeat; i++) {
            paths.add(ApiLoadCommand.aggregatePath(random, by, group));
          }
          StoreReads.Period period = StoreReads.Period.valueOf(by.toUpperCase(java.util.Locale.ROOT));
          StoreReads.Grouping grouping = StoreReads.Grouping.valueOf(group.toUpperCase(java.util.Locale.ROOT));
          Map<String, Object> kind = new LinkedHashMap<>();
          kind.put("example", paths.get(0));
          for (StoreReads.Tables allowed : StoreReads.Tables.values()) {
            long[] inDates = new long[repeat];
            long[] matched = new long[repeat];
            long[] scanned = new long[repeat];
            double[] cpu = new double[repeat];
            java.util.Set<String> tables = new java.util.TreeSet<>();
            for (int i = 0; i < repeat; i++) {
              StoreReads.Scan scan = reads.scan(query(paths.get(i)), period, grouping, allowed);
              inDates[i] = scan.rowsInDates();
              matched[i] = scan.rowsMatched();
              scanned[i] = scan.rowsScanned();
              // the CPU time of a second run (the first warmed DuckDB's buffers)
              cpu[i] = reads.profile(query(paths.get(i)), period, grouping, allowed).cpuMillis();
              tables.addAll(scan.tables());
            }
            Map<String, Object> side = new LinkedHashMap<>();
            side.put("tables", tables);
            side.put("rows_in_dates_p50", median(inDates));
            side.put("rows_in_dates_max", Arrays.stream(inDates).max().orElse(0));
            side.put("rows_matched_p50", median(matched));
            side.put("rows_matched_max", Arrays.stream(matched).max().orElse(0));
            side.put("rows_scanned_p50", median(scanned));
            side.put("rows_scanned_max", Arrays.stream(scanned).max().orElse(0));
            side.put("rows_scanned_sum", Arrays.stream(scanned).sum());
            double[] sortedCpu = cpu.clone();
            Arrays.sort(sortedCpu);
            side.put("cpu_ms_p50", sortedCpu[(repeat - 1) / 2]);
            side.put("cpu_ms_p95", sortedCpu[Math.max(0, (int) Math.ceil(0.95 * repeat) - 1)]);
            side.put("cpu_ms_sum", Math.round(Arrays.stream(cpu).sum() * 10) / 10.0);
            kind.put(allowed.name().toLowerCase(java.util.Locale.ROOT), side);
          }
          report.put(by + "/" + group, kind);
          System.err.println("api-scan: " + by + "/" + group + " " + kind);
        }
      }
    }
    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report));
    return Main.OK;
  }

  /** The filters of an aggregate path of api-load: a country, a date range. */
  static EventQuery query(String path) {
    EventQuery.Builder b = EventQuery.builder();
    for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
      String[] kv = pair.split("=", 2);
      switch (kv[0]) {
        case "country" -> b.country(kv[1]);
        case "from" -> b.from(LocalDate.parse(kv[1]));
        case "to" -> b.to(LocalDate.parse(kv[1]));
        default -> { }
      }
    }
    return b.build();
  }

  private static long median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v[(v.length - 1) / 2];
  }
}
