package org.vigil.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.store.EventQuery;
import org.vigil.monitor.series.Bucket;
import org.vigil.monitor.series.Figures;
import org.vigil.monitor.series.Filter;
import org.vigil.monitor.series.SeriesBuilder;
import org.vigil.monitor.series.Volume;
import org.vigil.monitor.series.Watch;
import org.vigil.monitor.series.WatchSeries;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.store.StoreReads;
import org.vigil.store.WatchRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench watch-scan}: what an evaluation of the watches reads (issue 13, round 8),
 * the way before this round and now, on the same store in the same process, alternated. Before:
 * every event of the series' 400 days loaded into memory ({@code store.query}, the rows counted),
 * then each watch's series counted in Java. Now: each watch's series one {@code GROUP BY} day in
 * the store ({@link WatchRows}), the rows returned counted. Four watches of the kinds that need no
 * gazetteer (a country, a dyad, an alliance with fixed members, places); the series of both ways
 * are compared (daily distinct events) and a difference is an error. Prints one JSON object.
 */
@Command(name = "watch-scan", mixinStandardHelpOptions = true,
    description = {"Time and count what evaluating four watches reads: every event of 400 days in memory (before"
        + " round 8) against one GROUP BY per watch (now), alternated; prints JSON."})
final class WatchScanCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", required = true, description = "The store (vigil bench api-data).")
  Path db;

  @Option(names = "--repeat", defaultValue = "3", description = "Runs of each way, alternated (default: ${DEFAULT-VALUE}).")
  int repeat;

  /** A watch both ways: the monitor's and the store's selection. */
  private record Both(Watch watch, WatchRows.Selection selection) {}

  private static List<Both> watches() {
    List<EventQuery.Membership> csto = List.of("RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK").stream()
        .map(c -> new EventQuery.Membership(c, null, null)).toList();
    Set<String> members = Set.of("RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK");
    return List.of(
        new Both(new Watch.CountryWatch("RUS", Filter.ALL), selection(new WatchRows.Country("RUS"))),
        new Both(new Watch.DyadWatch("RUS", "UKR", false, Filter.ALL), selection(new WatchRows.Dyad("RUS", "UKR",
            false))),
        new Both(new Watch.AllianceWatch("IGOCSTO", day -> members, Filter.ALL),
            selection(new WatchRows.Alliance("IGOCSTO", csto))),
        new Both(new Watch.PlacesWatch("capitals", Set.of("Kabul", "Dushanbe", "Moscow"), Filter.ALL),
            selection(new WatchRows.Places(Set.of("Kabul", "Dushanbe", "Moscow")))));
  }

  private static WatchRows.Selection selection(WatchRows.Scope scope) {
    return new WatchRows.Selection(scope, Set.of(), Set.of(), Set.of(), 0);
  }

  @Override
  public Integer call() throws Exception {
    if (repeat < 1) {
      System.err.println("vigil bench watch-scan: --repeat must be at least 1");
      return Main.USAGE;
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("db", db.toString());
    try (DuckDbEventStore store = DuckDbEventStore.held(StoreConfig.of(db))) {
      StoreReads reads = new StoreReads(store);
      report.put("events", store.eventCount());
      SortedMap<LocalDate, Integer> perDay = reads.articlesByDay();
      if (perDay.isEmpty()) {
        System.err.println("vigil bench watch-scan: the store has no articles");
        return Main.FAILURE;
      }
      LocalDate to = perDay.lastKey();
      LocalDate from = to.minusDays(399);
      if (perDay.firstKey().isAfter(from)) {
        from = perDay.firstKey();
      }
      Volume volume = Volume.of(perDay);
      report.put("series_from", from.toString());
      report.put("series_to", to.toString());
      List<Both> watches = watches();
      double[] before = new double[repeat];
      double[] now = new double[repeat];
      long loaded = 0;
      long returned = 0;
      List<WatchSeries> old = null;
      List<WatchSeries> sql = null;
      for (int r = 0; r < repeat; r++) {
        long t = System.nanoTime();
        final LocalDate f = from;
        List<CodedEvent> events = store.query(EventQuery.builder().from(from).to(to).limit(Integer.MAX_VALUE).build())
            .stream().filter(e -> e.date().granularity() == DateGranularity.DAY
                || e.date().granularity() == DateGranularity.WEEK).toList();
        old = new ArrayList<>();
        for (Both w : watches) {
          old.add(SeriesBuilder.normalisedBy(volume).build(w.watch(), events, f, to, Bucket.DAY));
        }
        before[r] = (System.nanoTime() - t) / 1e6;
        loaded = events.size();
        t = System.nanoTime();
        sql = new ArrayList<>();
        returned = 0;
        for (Both w : watches) {
          Map<LocalDate, Figures> counted = new java.util.HashMap<>();
          for (WatchRows.Day d : reads.watchDays(w.selection(), from, to)) {
            counted.put(d.date(), new Figures(d.date(), 1, d.events(), d.mentions(), d.articles(), d.byPlover(),
                d.byQuadClass(), d.intensity(), 0, null));
            returned++;
          }
          sql.add(SeriesBuilder.normalisedBy(volume).daily(w.watch(), counted, from, to));
        }
        now[r] = (System.nanoTime() - t) / 1e6;
      }
      Map<String, Object> counts = new LinkedHashMap<>();
      for (int i = 0; i < watches.size(); i++) {
        int[] a = old.get(i).figures().stream().mapToInt(Figures::events).toArray();
        int[] b = sql.get(i).figures().stream().mapToInt(Figures::events).toArray();
        if (!Arrays.equals(a, b)) {
          System.err.println("vigil bench watch-scan: the series of " + watches.get(i).watch().name() + " differ");
          return Main.FAILURE;
        }
        counts.put(watches.get(i).watch().name(), Arrays.stream(a).sum());
      }
      report.put("events_per_watch", counts);
      report.put("before_rows_loaded", loaded);
      report.put("now_rows_returned", returned);
      report.put("before_ms", median(before));
      report.put("now_ms", median(now));
      report.put("before_ms_all", before);
      report.put("now_ms_all", now);
    }
    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report));
    return Main.OK;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return Math.round(v[(v.length - 1) / 2] * 10) / 10.0;
  }
}
