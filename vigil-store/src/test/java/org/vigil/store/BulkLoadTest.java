package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;
import org.vigil.store.StoreReads.Grouping;
import org.vigil.store.StoreReads.Period;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * The bulk loads (issue 13): {@link DuckDbEventStore#bulkLoad} gives the store the batch writes
 * give (events, checks, pre-aggregates, merged events), in date order; {@link
 * DuckDbEventStore#loadSynthetic} makes reproducible events that pass the store's own checks.
 */
final class BulkLoadTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 9);

  private static DuckDbEventStore memory() {
    return new DuckDbEventStore(StoreConfig.inMemory(), InstantSource.system(), new SameDayMerger());
  }

  @Test
  void aBulkLoadGivesTheStoreBatchWritesGiveInDateOrder() {
    Seeded.forEachCase(8, 0x5EED_B01CL, g -> {
      List<EventStore.Coded> coded = new ArrayList<>();
      for (int i = 0; i < g.between(1, 30); i++) {
        Article a = Events.article("a" + i, DAY.plusDays(g.between(-40, 40)));
        List<CodedEvent> events = new ArrayList<>();
        for (int k = 0; k < g.between(0, 5); k++) {
          events.add(Events.random(g, a, a.id() + "-" + k));
        }
        coded.add(new EventStore.Coded(a, events));
      }
      try (DuckDbEventStore batch = memory(); DuckDbEventStore bulk = memory()) {
        assertThat(batch.storeAll(coded)).noneMatch(EventStore.Outcome::failed);
        long loaded = bulk.bulkLoad(coded.iterator(), n -> { });
        assertThat(loaded).isEqualTo(coded.stream().mapToLong(c -> c.events().size()).sum());
        EventQuery all = EventQuery.all(10_000);
        assertThat(bulk.query(all)).isEqualTo(batch.query(all));
        assertThat(bulk.check().ok()).isTrue();
        assertThat(bulk.check().articles()).isEqualTo(coded.size());
        assertThat(merged(bulk)).isEqualTo(merged(batch));
        for (Grouping grouping : Grouping.values()) {
          assertThat(new StoreReads(bulk).aggregate(all, Period.WEEK, grouping))
              .isEqualTo(new StoreReads(batch).aggregate(all, Period.WEEK, grouping, false));
        }
        assertThat(outOfDateOrder(bulk)).isZero();
      }
    });
  }

  private static List<String> merged(DuckDbEventStore store) {
    return store.mergedEvents(EventQuery.all(10_000)).stream()
        .sorted(Comparator.comparing(MergedEvent::id))
        .map(m -> m.id() + " " + m.numMentions() + " " + m.numArticles() + " " + m.mentions().size())
        .toList();
  }

  private static long outOfDateOrder(DuckDbEventStore store) {
    return store.read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT count(*) FROM (SELECT date, lag(date) OVER (ORDER BY rowid) AS before FROM events) WHERE date < before")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  @Test
  void aBulkLoadNeedsAnEmptyStore() {
    try (DuckDbEventStore store = memory()) {
      Article a = Events.article("a", DAY);
      store.store(a, List.of());
      assertThatThrownBy(() -> store.bulkLoad(List.<EventStore.Coded>of().iterator(), n -> { }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("bulk load needs an empty store; " + StoreConfig.inMemory().describe() + " holds articles");
    }
  }

  static SyntheticSpec spec(long seed, long events) {
    return new SyntheticSpec(seed, events,
        List.of(new SyntheticSpec.Country("USA", "Washington", 38.9, -77.0), new SyntheticSpec.Country("RUS", "Moscow",
            55.8, 37.6), new SyntheticSpec.Country("TJK", "Dushanbe", 38.5, 68.8)),
        1.07, List.of(new SyntheticSpec.Rival("RUS", "USA"), new SyntheticSpec.Rival("RUS", "TJK")),
        List.of(new SyntheticSpec.Sector("GOV", 3), new SyntheticSpec.Sector("", 1)),
        java.util.Collections.nCopies(20, 5.0),
        java.util.stream.IntStream.rangeClosed(1, 20).boxed().flatMap(r -> {
          String root = String.format("%02d", r);
          return java.util.stream.Stream.of(new SyntheticSpec.Code(root + "0", root, r % 2 == 0 ? -2.5 : 3.0, "AID", null),
              new SyntheticSpec.Code(root + "1", root, -1.0, "ASSAULT", "military"));
        }).toList(),
        DAY, 400);
  }

  @Test
  void syntheticEventsMadeInSqlAreReproducibleDatedInOrderAndPassTheChecks() {
    try (DuckDbEventStore one = memory(); DuckDbEventStore two = memory()) {
      List<String> steps = new ArrayList<>();
      long made = one.loadSynthetic(spec(7, 3_000), steps::add);
      two.loadSynthetic(spec(7, 3_000), s -> { });
      assertThat(made).isBetween(3_000L, 3_008L).isEqualTo(one.eventCount());
      assertThat(steps).first().isEqualTo(made + " events made");
      assertThat(steps).contains("merging", "pre-aggregates");
      assertThat(one.check().ok()).isTrue();
      assertThat(outOfDateOrder(one)).isZero();
      EventQuery all = EventQuery.all(10_000);
      assertThat(one.query(all)).isEqualTo(two.query(all));
      List<CodedEvent> events = one.query(all);
      assertThat(events).allSatisfy(e -> {
        assertThat(e.date().date()).isBetween(DAY.minusDays(2), DAY.plusDays(399));
        assertThat(e.source().country()).isIn("USA", "RUS", "TJK");
        assertThat(e.cameo()).startsWith(e.cameoRoot());
      });
      // the laws: a target missing for about 6 %, a place for about 60 %, the first country the most common
      assertThat(events.stream().filter(e -> e.target() == null).count() / (double) made).isBetween(0.03, 0.09);
      assertThat(events.stream().filter(e -> e.location() != null).count() / (double) made).isBetween(0.55, 0.65);
      // Zipf over three countries: 1, 1/2^1.07, 1/3^1.07 of 1.78, the first 0.56 of articles' sources;
      // an event keeps its article's source, or draws again: the same law (independent draws)
      assertThat(events.stream().filter(e -> e.source().country().equals("USA")).count() / (double) made)
          .isBetween(0.50, 0.62);
      assertThat(events.stream().filter(e -> e.source().country().equals("TJK")).count() / (double) made)
          .isBetween(0.13, 0.22);
      StoreReads reads = new StoreReads(one);
      for (Grouping grouping : Grouping.values()) {
        assertThat(reads.aggregate(all, Period.DAY, grouping)).isEqualTo(reads.aggregate(all, Period.DAY, grouping, false));
      }
      Article stored = reads.article("syn-0").orElseThrow();
      assertThat(one.contains(stored.contentHash())).as("the content hash is the article's own").isTrue();
      assertThat(one.mergedEvents(all)).isNotEmpty();
      Long mentions = one.read(c -> {
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT count(DISTINCT event_id) FROM event_mentions")) {
          rs.next();
          return rs.getLong(1);
        }
      });
      assertThat(mentions).as("every event is a mention of a merged event").isEqualTo(made);
    }
    try (DuckDbEventStore other = memory()) {
      other.loadSynthetic(spec(8, 3_000), s -> { });
      try (DuckDbEventStore seven = memory()) {
        seven.loadSynthetic(spec(7, 3_000), s -> { });
        assertThat(other.query(EventQuery.all(50))).isNotEqualTo(seven.query(EventQuery.all(50)));
      }
    }
  }
}
