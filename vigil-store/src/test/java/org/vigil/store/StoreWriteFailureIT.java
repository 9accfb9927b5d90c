package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore.Coded;
import org.vigil.core.store.EventStore.Outcome;
import org.vigil.testkit.Events;

/**
 * Issue 12, point 1: writes that start failing (a disk filling up) at every statement of an
 * ingest leave each article wholly stored or wholly absent, say why naming the article, and the
 * next run stores exactly what is missing; articles a lost transaction left without their events
 * are found by the store check and coded again.
 */
final class StoreWriteFailureIT {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2021-07-10T08:00:00Z"));
  private static final int BATCH = 3;

  @TempDir Path dir;

  /** Eight articles with 0 to 3 events each (12 events). */
  static List<Coded> fixture() {
    List<Coded> all = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Article a = Events.article("a" + i, Events.DAY.plusDays(i));
      List<CodedEvent> events = new ArrayList<>();
      for (int e = 0; e < i % 4; e++) {
        events.add(Events.full(a, "a" + i + "e" + e));
      }
      all.add(new Coded(a, events));
    }
    return all;
  }

  private static List<Outcome> ingest(DuckDbEventStore store, List<Coded> articles) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < articles.size(); i += BATCH) {
      outcomes.addAll(store.storeAll(articles.subList(i, Math.min(articles.size(), i + BATCH))));
    }
    return outcomes;
  }

  /** Event ids by article, as stored. */
  private static Map<String, TreeSet<String>> stored(DuckDbEventStore store) {
    Map<String, TreeSet<String>> byArticle = new TreeMap<>();
    for (CodedEvent e : store.query(EventQuery.all(10_000))) {
      byArticle.computeIfAbsent(e.articleId(), k -> new TreeSet<>()).add(e.eventId());
    }
    return byArticle;
  }

  private static Map<String, TreeSet<String>> expected() {
    Map<String, TreeSet<String>> byArticle = new TreeMap<>();
    for (Coded c : fixture()) {
      for (CodedEvent e : c.events()) {
        byArticle.computeIfAbsent(e.articleId(), k -> new TreeSet<>()).add(e.eventId());
      }
    }
    return byArticle;
  }

  @Test
  void aDiskFillingUpAtAnyStatementLeavesWholeArticlesAndTheNextRunStoresTheRest() {
    List<Coded> articles = fixture();
    int budgets = 0;
    for (int budget = 0; budget <= 42; budget += 3) {
      Path db = dir.resolve("full-" + budget + ".duckdb");
      FaultyOpener disk = new FaultyOpener(budget, false);
      List<Outcome> outcomes;
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db), CLOCK, disk)) {
        disk.arm();
        outcomes = ingest(store, articles);
      }
      for (Outcome o : outcomes) {
        if (o.failed()) {
          assertThat(o.failure().getMessage())
              .startsWith("cannot store article " + o.article().id() + ": the disk is full (IO Error:")
              .doesNotContain("no transaction is active");
        }
      }
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db), CLOCK)) {
        DuckDbEventStore.Check check = store.check();
        assertThat(check.broken()).as("budget %d", budget).isEmpty();
        long storedNow = outcomes.stream().filter(Outcome::stored).count();
        assertThat(check.articles()).as("budget %d", budget).isEqualTo(storedNow);
        // each stored article has all its events; the failed ones have none
        Map<String, TreeSet<String>> want = expected();
        Map<String, TreeSet<String>> have = stored(store);
        for (Outcome o : outcomes) {
          String id = o.article().id();
          assertThat(have.get(id)).as("budget %d, %s", budget, id).isEqualTo(o.stored() ? want.get(id) : null);
        }
        // the next run: nothing to repair, the rest stored, nothing doubled
        assertThat(store.repair()).isEmpty();
        List<Outcome> again = ingest(store, articles);
        assertThat(again).noneMatch(Outcome::failed);
        assertThat(again.stream().filter(Outcome::stored).count()).isEqualTo(articles.size() - storedNow);
        assertThat(stored(store)).isEqualTo(want);
        assertThat(store.articleCount()).isEqualTo(8);
        assertThat(store.eventCount()).isEqualTo(12);
      }
      if (disk.failures > 0) {
        budgets++;
      }
    }
    assertThat(budgets).as("budgets at which writes failed").isGreaterThan(10);
  }

  @Test
  void articlesALostTransactionKeptWithoutTheirEventsAreFoundAndCodedAgain() {
    List<Coded> articles = fixture();
    Path db = dir.resolve("lost.duckdb");
    FaultyOpener lost = new FaultyOpener(12, true);
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db), CLOCK, lost)) {
      lost.arm();
      ingest(store, articles);
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db), CLOCK)) {
      DuckDbEventStore.Check check = store.check();
      assertThat(check.broken()).isNotEmpty();
      assertThat(check.broken()).allSatisfy(m -> assertThat(m.storedEvents()).isLessThan(m.committedEvents()));
      List<String> broken = check.broken().stream().map(DuckDbEventStore.Mismatch::articleId).toList();

      assertThat(store.repair()).extracting(DuckDbEventStore.Mismatch::articleId).containsExactlyElementsOf(broken);
      List<Outcome> again = ingest(store, articles);

      // the broken articles are stored again, not counted as already stored
      assertThat(again).filteredOn(o -> broken.contains(o.article().id())).allMatch(Outcome::stored);
      assertThat(store.check().ok()).isTrue();
      assertThat(stored(store)).isEqualTo(expected());
      assertThat(store.eventCount()).isEqualTo(12);
    }
  }
}
