package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import picocli.CommandLine;

/**
 * The API benchmark's synthetic events: reproducible by seed, shaped like coded news (a Zipf
 * head of countries, CAMEO roots in their shares, ten years of dates, codes and PLOVER types of
 * the built-in dictionary), and written by {@code vigil bench api-data} into a store that checks.
 */
final class SyntheticEventsTest {
  @TempDir Path dir;

  private static List<CodedEvent> events(long seed, int articles) {
    SyntheticEvents g = new SyntheticEvents(seed);
    return java.util.stream.LongStream.range(0, articles).mapToObj(g::next)
        .flatMap(c -> c.events().stream()).toList();
  }

  @Test
  void theSameSeedGivesTheSameEventsAndAnotherOtherOnes() {
    assertThat(events(7, 200)).isEqualTo(events(7, 200));
    assertThat(events(8, 200)).isNotEqualTo(events(7, 200));
  }

  @Test
  void countriesFollowAZipfHeadRootsTheirSharesAndDatesTenYears() {
    List<CodedEvent> all = events(1, 20_000);
    Map<String, Integer> bySource = new HashMap<>();
    Map<String, Integer> byRoot = new HashMap<>();
    Set<String> ids = new HashSet<>();
    LocalDate min = LocalDate.MAX;
    LocalDate max = LocalDate.MIN;
    for (CodedEvent e : all) {
      bySource.merge(e.source().country(), 1, Integer::sum);
      byRoot.merge(e.cameoRoot(), 1, Integer::sum);
      assertThat(ids.add(e.eventId())).isTrue();
      min = e.date().date().isBefore(min) ? e.date().date() : min;
      max = e.date().date().isAfter(max) ? e.date().date() : max;
      assertThat(e.cameo()).startsWith(e.cameoRoot());
      assertThat(e.confidence()).isBetween(0.05, 0.95);
    }
    // Zipf: the first country about twice the second, ten times the tenth or so
    assertThat(bySource.get("USA")).isGreaterThan(bySource.get("RUS")).isGreaterThan(4 * bySource.get("IND"));
    assertThat(bySource.get("RUS")).isGreaterThan(bySource.get("KGZ"));
    // roots: consultations (04) and statements (01) about a fifth each, mass violence (20) rare
    double n = all.size();
    assertThat(byRoot.get("04") / n).isBetween(0.17, 0.23);
    assertThat(byRoot.get("01") / n).isBetween(0.16, 0.22);
    assertThat(byRoot.getOrDefault("20", 0) / n).isLessThan(0.01);
    assertThat(min).isBefore(LocalDate.of(2016, 3, 1));
    assertThat(max).isAfter(LocalDate.of(2025, 10, 1));
    // the trend: the last year has more events than the first
    long first = all.stream().filter(e -> e.date().date().getYear() == 2016).count();
    long last = all.stream().filter(e -> e.date().date().getYear() == 2025).count();
    assertThat(last).isGreaterThan(2 * first);
    assertThat(all.stream().map(e -> e.plover().event()).distinct().count()).isGreaterThanOrEqualTo(14);
  }

  @Test
  void apiDataWritesAStoreThatChecksAndRefusesAnExistingFile() {
    Path db = dir.resolve("api.duckdb");
    CommandLine cli = new CommandLine(new Main());
    java.io.StringWriter out = new java.io.StringWriter();
    cli.setOut(new java.io.PrintWriter(out));
    int code = cli.execute("bench", "api-data", "--events", "3000", "--db", db.toString(), "--seed", "3", "--batch", "100");
    assertThat(code).isZero();
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
      assertThat(store.eventCount()).isBetween(3000L, 3008L);
      assertThat(store.check().ok()).isTrue();
      SyntheticEvents again = new SyntheticEvents(3);
      EventStore.Coded first = again.next(0);
      assertThat(store.contains(first.article().contentHash())).isTrue();
    }
    assertThat(new CommandLine(new Main()).execute("bench", "api-data", "--events", "10", "--db", db.toString()))
        .isEqualTo(Main.USAGE);
  }

  @Test
  void eventsMadeInSqlFollowTheLawsOfTheJavaGenerator() {
    Path db = dir.resolve("sql.duckdb");
    assertThat(new CommandLine(new Main()).execute("bench", "api-data", "--events", "20000", "--db", db.toString(),
        "--seed", "5")).isZero();
    List<CodedEvent> sql;
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
      assertThat(store.check().ok()).isTrue();
      sql = store.query(org.vigil.core.store.EventQuery.all(30_000));
    }
    SyntheticEvents generator = new SyntheticEvents(5);
    List<CodedEvent> java = new java.util.ArrayList<>();
    for (long n = 0; generator.events() < 20_000; n++) {
      java.addAll(generator.next(n).events());
    }
    for (java.util.function.Predicate<CodedEvent> law : List.<java.util.function.Predicate<CodedEvent>>of(
        e -> "USA".equals(e.source().country()),
        e -> "RUS".equals(e.source().country()),
        e -> e.target() != null && e.target().country().equals(e.source().country()),
        e -> e.target() == null,
        e -> e.location() != null,
        e -> e.cameoRoot().equals("04"),
        e -> e.cameoRoot().equals("19"),
        e -> e.source().code().endsWith("GOV"),
        e -> e.date().date().getYear() >= 2021,
        e -> e.confidence() >= 0.6)) {
      double inSql = sql.stream().filter(law).count() / (double) sql.size();
      double inJava = java.stream().filter(law).count() / (double) java.size();
      assertThat(inSql).isCloseTo(inJava, org.assertj.core.data.Offset.offset(0.03));
    }
  }
}
