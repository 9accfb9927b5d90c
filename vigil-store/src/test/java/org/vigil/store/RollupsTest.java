package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;
import org.vigil.store.StoreReads.Grouping;
import org.vigil.store.StoreReads.Period;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * The daily pre-aggregates stay exact (issue 13): after random batches, replacements (re-coding)
 * and repairs, every aggregate answered from them equals the {@code GROUP BY} over the events.
 */
final class RollupsTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 9);

  @Test
  void aggregatesFromRollupsEqualAGroupByOverTheEventsAfterRandomWritesAndReplacements() {
    Seeded.forEachCase(25, 0x5EED_0013L, g -> {
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
        StoreReads reads = new StoreReads(store);
        List<Article> stored = new ArrayList<>();
        int n = 0;
        for (int step = 0; step < g.between(2, 8); step++) {
          if (!stored.isEmpty() && g.bool()) {
            // coded again: other events (fewer, more, or none) for a stored article
            Article a = g.pick(stored);
            List<CodedEvent> events = new ArrayList<>();
            for (int k = 0; k < g.between(0, 4); k++) {
              events.add(Events.random(g, a, a.id() + "-r" + step + "-" + k));
            }
            assertThat(store.replaceEvents(a.id(), events)).isTrue();
          } else {
            List<EventStore.Coded> batch = new ArrayList<>();
            for (int i = 0; i < g.between(1, 5); i++) {
              Article a = Events.article("a" + n++, DAY.plusDays(g.between(0, 30)));
              List<CodedEvent> events = new ArrayList<>();
              for (int k = 0; k < g.between(0, 5); k++) {
                events.add(Events.random(g, a, a.id() + "-" + k));
              }
              batch.add(new EventStore.Coded(a, events));
              stored.add(a);
            }
            assertThat(store.storeAll(batch)).noneMatch(EventStore.Outcome::failed);
          }
        }
        if (g.bool() && !stored.isEmpty()) {
          // damage one article by hand, then repair: its events leave the rollups too
          Article broken = g.pick(stored);
          store.read(c -> {
            try (Statement st = c.createStatement()) {
              st.execute("UPDATE article_checks SET event_count = event_count + 1 WHERE article_id = '"
                  + broken.id() + "'");
            }
            return null;
          });
          assertThat(store.repair()).extracting(DuckDbEventStore.Mismatch::articleId).containsExactly(broken.id());
        }
        assertThat(store.rollupDrift()).hasValue(0);
        for (EventQuery q : queries(g)) {
          for (Grouping grouping : Grouping.values()) {
            for (Period period : Period.values()) {
              assertThat(reads.fromRollups(q, grouping)).isTrue();
              List<StoreReads.Aggregate> truth = reads.aggregate(q, period, grouping, false);
              assertThat(reads.aggregate(q, period, grouping, true))
                  .as("%s by %s per %s", q, grouping, period)
                  .isEqualTo(truth);
              // and from the daily tables alone (what round 5's coarser ones replace)
              List<StoreReads.Aggregate> daily = new ArrayList<>();
              reads.aggregate(q, period, grouping, true, false, (day, group, events, goldstein) ->
                  daily.add(new StoreReads.Aggregate(LocalDate.parse(day), group, events, goldstein)));
              assertThat(daily).as("%s by %s per %s, daily tables", q, grouping, period).isEqualTo(truth);
              // and without the tables of event sides (round 7), from the date-ordered coarse ones
              List<StoreReads.Aggregate> coarse = new ArrayList<>();
              reads.aggregate(q, period, grouping, true, StoreReads.Tables.COARSE, (day, group, events, goldstein) ->
                  coarse.add(new StoreReads.Aggregate(LocalDate.parse(day), group, events, goldstein)));
              assertThat(coarse).as("%s by %s per %s, coarse tables", q, grouping, period).isEqualTo(truth);
              // and without the tables of sides by partner and by type (round 9), from version 8's sides
              List<StoreReads.Aggregate> sides = new ArrayList<>();
              reads.aggregate(q, period, grouping, true, StoreReads.Tables.SIDES, (day, group, events, goldstein) ->
                  sides.add(new StoreReads.Aggregate(LocalDate.parse(day), group, events, goldstein)));
              assertThat(sides).as("%s by %s per %s, version 8 sides", q, grouping, period).isEqualTo(truth);
              if (period == g.pick(Period.values())) {
                pagesWalkTheWhole(reads, q, period, grouping, truth, g.between(1, 4));
              }
            }
          }
        }
      }
    });
  }

  /**
   * Issue 13, round 10: the pages of groups (ranked over the coarsest table, then only the page's
   * groups summed by period), as rows and as series, walk the groups of the whole answer in order
   * (most events first, then by name), each with every row of it.
   */
  private static void pagesWalkTheWhole(StoreReads reads, EventQuery q, Period period, Grouping grouping,
      List<StoreReads.Aggregate> truth, int limit) {
    java.util.Map<String, Long> totals = new java.util.HashMap<>();
    truth.forEach(a -> totals.merge(a.group(), a.events(), Long::sum));
    List<String> order = new ArrayList<>(totals.keySet());
    order.sort(java.util.Comparator.<String>comparingLong(totals::get).reversed().thenComparing(x -> x));
    List<String> walked = new ArrayList<>();
    StoreReads.GroupCursor after = null;
    for (int pages = 0; pages == 0 || after != null; pages++) {
      assertThat(pages).isLessThan(100);
      StoreReads.Groups groups = new StoreReads.Groups(limit, after);
      List<StoreReads.Aggregate> rows = new ArrayList<>();
      StoreReads.Answer answer = reads.aggregate(q, period, grouping, groups, (day, group, events, goldstein) ->
          rows.add(new StoreReads.Aggregate(LocalDate.parse(day), group, events, goldstein)));
      List<String> pageGroups = new ArrayList<>();
      List<StoreReads.Aggregate> fromSeries = new ArrayList<>();
      List<String> periods = new ArrayList<>();
      StoreReads.Answer series = reads.series(q, period, grouping, groups, new StoreReads.SeriesSink() {
        @Override
        public void periods(List<String> days) {
          assertThat(periods).isEmpty();
          assertThat(days).isSorted().doesNotHaveDuplicates();
          periods.addAll(days);
        }

        @Override
        public void series(String group, long total, long[] events, double[] goldstein) {
          assertThat(events).hasSize(periods.size());
          assertThat(goldstein).hasSize(periods.size());
          assertThat(java.util.Arrays.stream(events).sum()).isEqualTo(total).isEqualTo(totals.get(group));
          pageGroups.add(group);
          for (int i = 0; i < events.length; i++) {
            if (events[i] != 0) {
              fromSeries.add(new StoreReads.Aggregate(LocalDate.parse(periods.get(i)), group, events[i], goldstein[i]));
            }
          }
        }
      });
      String what = q + " by " + grouping + " per " + period + ", limit " + limit + " after " + after;
      assertThat(series).as(what).isEqualTo(answer);
      assertThat(rows).as(what).isEqualTo(truth.stream().filter(a -> pageGroups.contains(a.group())).toList());
      fromSeries.sort(java.util.Comparator.comparing(StoreReads.Aggregate::period).thenComparing(StoreReads.Aggregate::group));
      assertThat(fromSeries).as(what).isEqualTo(rows);
      assertThat(answer.groups()).isEqualTo(pageGroups.size()).isLessThanOrEqualTo(limit);
      assertThat(periods).as(what).isEqualTo(rows.stream().map(a -> a.period().toString()).distinct().toList());
      walked.addAll(pageGroups);
      after = answer.next();
    }
    assertThat(walked).as("%s by %s per %s, limit %d", q, grouping, period, limit).isEqualTo(order);
  }

  private static List<EventQuery> queries(Seeded.Gen g) {
    List<EventQuery> out = new ArrayList<>();
    out.add(EventQuery.all(1));
    out.add(EventQuery.builder().country(g.pick("TJK", "AFG", "RUS", "USA")).build());
    out.add(EventQuery.builder().from(DAY.minusDays(g.between(0, 200))).to(DAY.plusDays(g.between(0, 20))).build());
    // whole weeks and months with days at either end, none whole, open at one end
    LocalDate start = DAY.minusDays(g.between(0, 400));
    out.add(EventQuery.builder().from(start).to(start.plusDays(g.between(0, 200)))
        .country(g.bool() ? g.pick("TJK", "AFG") : null).build());
    LocalDate day = DAY.minusDays(g.between(0, 300));
    out.add(EventQuery.builder().from(day).to(day.plusDays(g.between(0, 8))).build());
    out.add(EventQuery.builder().from(g.bool() ? day : null).to(g.bool() ? null : day).build());
    out.add(EventQuery.builder().from(day.withDayOfMonth(1)).to(day.withDayOfMonth(1).plusMonths(g.between(1, 3))
        .minusDays(1)).ploverType(g.bool() ? "AID" : null).build());
    out.add(EventQuery.builder().actor(g.pick("TJK", "AFGGOV", "IGO", "RUSMIL")).build());
    out.add(EventQuery.builder().dyad(g.bool() ? g.pick("TJK", "AFG") : null, g.bool() ? g.pick("RUS", "USAGOV") : null)
        .build());
    out.add(EventQuery.builder().cameoRoot(g.pick("01", "19", "11")).quadClass(g.between(1, 4)).build());
    out.add(EventQuery.builder().cameo(g.pick("0", "02", "1")).ploverType(g.pick("assault", "AID")).build());
    out.add(EventQuery.builder().modality(g.pick(Modality.values())).country("TJK").build());
    // what the tables of event sides answer: a country, its type, dates cutting weeks and months
    LocalDate side = DAY.minusDays(g.between(0, 120));
    out.add(EventQuery.builder().country(g.pick("TJK", "AFG", "RUS")).ploverType(g.bool() ? g.pick("assault", "AID") : null)
        .from(g.bool() ? side : null).to(g.bool() ? side.plusDays(g.between(0, 90)) : null).build());
    out.add(EventQuery.builder().alliance(new EventQuery.Alliance("IGO", List.of(
        new EventQuery.Membership("TJK", DAY.minusDays(100), null), new EventQuery.Membership("RUS", null, DAY))))
        .build());
    return out;
  }

  @Test
  void filtersTheRollupsCannotAnswerFallBackToTheEvents() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      StoreReads reads = new StoreReads(store);
      assertThat(reads.fromRollups(EventQuery.builder().minConfidence(0.5).build(), Grouping.COUNTRY)).isFalse();
      assertThat(reads.fromRollups(EventQuery.builder().place("Dushanbe").build(), Grouping.TYPE)).isFalse();
      assertThat(reads.fromRollups(EventQuery.builder().bbox(new EventQuery.BoundingBox(60, 30, 80, 45)).build(),
          Grouping.DYAD)).isFalse();
      assertThat(reads.fromRollups(EventQuery.builder().cameo("190").build(), Grouping.DYAD)).isFalse();
      assertThat(reads.fromRollups(EventQuery.builder().articleId("a").build(), Grouping.DYAD)).isFalse();
      assertThat(reads.fromRollups(EventQuery.builder().cameo("19").country("TJK").build(), Grouping.DYAD)).isTrue();
    }
  }

  @Test
  void theCoarsestTableThatKnowsTheFiltersAnswersWholePeriodsAndTheDayTableTheEnds() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      StoreReads reads = new StoreReads(store);
      // 2021-07-05 is a Monday, 2021-07-11 a Sunday
      LocalDate monday = LocalDate.of(2021, 7, 5);
      EventQuery weeks = EventQuery.builder().country("TJK").from(monday).to(monday.plusDays(13)).build();
      // by dyad with a country: the dyads by event side (round 9); with a type, or without them, the dated tables
      assertThat(reads.scan(weeks, Period.WEEK, Grouping.DYAD, true).tables()).containsExactly("rollup_dyad_sides_week");
      assertThat(reads.scan(weeks, Period.WEEK, Grouping.DYAD, StoreReads.Tables.SIDES).tables())
          .containsExactly("rollup_dyads_week");
      assertThat(reads.scan(EventQuery.builder().country("TJK").ploverType("AID").build(), Period.WEEK, Grouping.DYAD,
          true).tables()).containsExactly(Rollups.DYADS);
      // a country, by type or country: the tables of its event sides (round 7), by type without
      // the partner, by country without the type (round 9)
      assertThat(reads.scan(weeks, Period.WEEK, Grouping.TYPE, true).tables()).containsExactly("rollup_side_types_week");
      assertThat(reads.scan(weeks, Period.DAY, Grouping.COUNTRY, true).tables()).containsExactly("rollup_partners_day");
      assertThat(reads.scan(weeks, Period.WEEK, Grouping.COUNTRY, true).tables()).containsExactly("rollup_partners_week");
      assertThat(reads.scan(weeks, Period.DAY, Grouping.TYPE, true).tables()).containsExactly("rollup_side_types_day");
      assertThat(reads.scan(EventQuery.builder().country("TJK").from(monday).to(monday.plusDays(13))
          .ploverType("AID").build(), Period.MONTH, Grouping.TYPE, true).tables())
          .containsExactly("rollup_side_types_day");
      // by country with a type: the sides keyed by both
      assertThat(reads.scan(EventQuery.builder().country("TJK").from(monday).to(monday.plusDays(13))
          .ploverType("AID").build(), Period.WEEK, Grouping.COUNTRY, true).tables())
          .containsExactly("rollup_sides_week");
      assertThat(reads.scan(weeks, Period.WEEK, Grouping.TYPE, StoreReads.Tables.COARSE).tables())
          .containsExactly("rollup_pairs_week");
      assertThat(reads.scan(weeks, Period.DAY, Grouping.COUNTRY, StoreReads.Tables.COARSE).tables())
          .containsExactly("rollup_countries_day");
      assertThat(reads.scan(weeks, Period.DAY, Grouping.TYPE, StoreReads.Tables.COARSE).tables())
          .containsExactly("rollup_pairs_day");
      // a filter the sides do not key: the date-ordered tables
      assertThat(reads.scan(EventQuery.builder().country("TJK").cameoRoot("19").build(), Period.DAY, Grouping.TYPE, true)
          .tables()).containsExactly(Rollups.COUNTRIES);
      assertThat(reads.scan(weeks, Period.WEEK, Grouping.DYAD, false).tables()).containsExactly(Rollups.DYADS);
      EventQuery ragged = EventQuery.builder().from(monday.plusDays(2)).to(monday.plusDays(15)).build();
      assertThat(reads.scan(ragged, Period.WEEK, Grouping.TYPE, true).tables())
          .containsExactly("rollup_pairs_week", "rollup_pairs_day", "rollup_pairs_day");
      EventQuery inside = EventQuery.builder().from(monday.plusDays(1)).to(monday.plusDays(5)).build();
      assertThat(reads.scan(inside, Period.WEEK, Grouping.COUNTRY, true).tables()).containsExactly("rollup_countries_day");
      assertThat(reads.scan(EventQuery.all(1), Period.MONTH, Grouping.TYPE, true).tables())
          .containsExactly("rollup_pairs_month");
      // a key the coarse tables do not have: the finest daily tables
      assertThat(reads.scan(EventQuery.builder().cameoRoot("19").build(), Period.WEEK, Grouping.DYAD, true).tables())
          .containsExactly(Rollups.DYADS);
      assertThat(reads.scan(EventQuery.builder().ploverType("AID").build(), Period.WEEK, Grouping.DYAD, true)
          .tables()).containsExactly(Rollups.DYADS);
      assertThat(reads.scan(EventQuery.builder().dyad("TJK", null).build(), Period.MONTH, Grouping.TYPE, true).tables())
          .containsExactly(Rollups.DYADS);
      assertThat(reads.scan(EventQuery.builder().dyad("TJK", null).build(), Period.MONTH, Grouping.COUNTRY, true)
          .tables()).containsExactly("rollup_dyads_month");
      // a membership starts on a day: alliances only from day tables
      EventQuery alliance = EventQuery.builder().alliance(new EventQuery.Alliance("IGO",
          List.of(new EventQuery.Membership("TJK", monday.plusDays(3), null)))).build();
      assertThat(reads.scan(alliance, Period.MONTH, Grouping.COUNTRY, true).tables()).containsExactly("rollup_dyads_day");
      assertThat(reads.scan(EventQuery.builder().minConfidence(0.5).build(), Period.WEEK, Grouping.TYPE, true).tables())
          .containsExactly("events");
    }
  }

  @Test
  void theScanCountsTheRowsWithinTheDatesAndThoseThatPassTheFilters() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      StoreReads reads = new StoreReads(store);
      Article a = Events.article("a", DAY);
      // three events on one day and week: two keys of rollup_pairs_day, one of them TJK's
      store.store(a, List.of(
          Events.event(a, "e1").date(DAY).source("TJKGOV", "TJK").target("AFG", "AFG").cameo("190", 4, -10)
              .plover("ASSAULT").build(),
          Events.event(a, "e2").date(DAY).source("TJKMIL", "TJK").target("AFG", "AFG").cameo("190", 4, -10)
              .plover("ASSAULT").build(),
          Events.event(a, "e3").date(DAY).source("RUSGOV", "RUS").target("USAGOV", "USA").cameo("042", 1, 1.9)
              .plover("CONSULT").build()));
      EventQuery tjk = EventQuery.builder().country("TJK").build();
      assertThat(reads.scan(tjk, Period.DAY, Grouping.TYPE, StoreReads.Tables.COARSE))
          .isEqualTo(new StoreReads.Scan(List.of("rollup_pairs_day"), 2, 1, 2));
      // the sides by type: TJK's ASSAULT twice (one key), AFG's, RUS's and USA's: TJK's row matched
      assertThat(reads.scan(tjk, Period.DAY, Grouping.TYPE, true))
          .isEqualTo(new StoreReads.Scan(List.of("rollup_side_types_day"), 4, 1, 4));
      // the dyads by side: each event's two sides, TJK's two matched
      assertThat(reads.scan(tjk, Period.DAY, Grouping.DYAD, true))
          .isEqualTo(new StoreReads.Scan(List.of("rollup_dyad_sides_day"), 6, 2, 6));
      assertThat(reads.scan(tjk, Period.DAY, Grouping.DYAD, StoreReads.Tables.SIDES))
          .isEqualTo(new StoreReads.Scan(List.of("rollup_dyads_day"), 3, 2, 3));
      assertThat(reads.scan(EventQuery.builder().country("TJK").from(DAY.plusDays(1)).build(), Period.DAY, Grouping.DYAD, true))
          .isEqualTo(new StoreReads.Scan(List.of("rollup_dyad_sides_day"), 0, 0, 0));
      assertThat(reads.scan(EventQuery.builder().country("TJK").minConfidence(0.0).build(), Period.DAY, Grouping.DYAD, true))
          .isEqualTo(new StoreReads.Scan(List.of("events"), 3, 2, 3));
    }
  }

  @Test
  void compactingFoldsTheDeltasIntoOneRowPerKeyAndKeepsTheAnswers() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      StoreReads reads = new StoreReads(store);
      Article a = Events.article("a", DAY);
      store.store(a, List.of(Events.event(a, "e1").date(DAY).source("TJKGOV", "TJK").target("AFG", "AFG").cameo("190", 4, -10)
          .plover("ASSAULT").build()));
      store.replaceEvents("a", List.of(Events.event(a, "e2").date(DAY).source("TJKGOV", "TJK").target("AFG", "AFG")
          .cameo("190", 4, -10).plover("ASSAULT").build()));
      var before = reads.aggregate(EventQuery.all(1), Period.DAY, Grouping.DYAD);
      assertThat(rows(store, Rollups.DYADS)).isEqualTo(3); // +1, -1, +1
      store.read(c -> {
        Rollups.compact(c);
        return null;
      });
      assertThat(rows(store, Rollups.DYADS)).isEqualTo(1);
      assertThat(reads.aggregate(EventQuery.all(1), Period.DAY, Grouping.DYAD)).isEqualTo(before)
          .containsExactly(new StoreReads.Aggregate(DAY, "TJKGOV>AFG", 1, -10.0));
    }
  }

  @Test
  void theCheckFindsPreAggregatesEditedByHandAndTheRebuildMendsThem() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      StoreReads reads = new StoreReads(store);
      Article a = Events.article("a", DAY);
      store.store(a, List.of(
          Events.event(a, "e1").date(DAY).source("TJKGOV", "TJK").target("AFG", "AFG").cameo("190", 4, -10)
              .plover("ASSAULT").build(),
          Events.event(a, "e2").date(DAY).source("RUSGOV", "RUS").cameo("042", 1, 1.9).plover("CONSULT").build()));
      var truth = reads.aggregate(EventQuery.all(1), Period.DAY, Grouping.DYAD, false);
      assertThat(store.rollupDrift()).hasValue(0);
      store.read(c -> {
        try (Statement st = c.createStatement()) {
          // one key's count changed, one key (with no target country: NULL must compare) dropped
          st.execute("UPDATE rollup_dyads SET events = events + 1 WHERE source_code = 'TJKGOV'");
          st.execute("DELETE FROM rollup_countries WHERE target_country IS NULL");
        }
        return null;
      });
      assertThat(store.rollupDrift()).hasValue(2);
      store.rebuildRollups();
      assertThat(store.rollupDrift()).hasValue(0);
      assertThat(reads.aggregate(EventQuery.all(1), Period.DAY, Grouping.DYAD, true)).isEqualTo(truth);
    }
  }

  @Test
  void aReadOnlyStoreRefusesTheRebuild(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path file = dir.resolve("v.duckdb");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file))) {
      store.store(Events.article("a", DAY), List.of());
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file).asReadOnly())) {
      assertThat(store.rollupDrift()).hasValue(0);
      org.assertj.core.api.Assertions.assertThatThrownBy(store::rebuildRollups)
          .isInstanceOf(StoreException.class)
          .hasMessage("cannot rebuild the pre-aggregates in " + StoreConfig.file(file).asReadOnly().describe()
              + ": it is open read-only");
    }
  }

  private static long rows(DuckDbEventStore store, String table) {
    return store.read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
