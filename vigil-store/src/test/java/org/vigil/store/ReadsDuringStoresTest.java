package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.store.StoreReads.Grouping;
import org.vigil.store.StoreReads.Period;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * Issue 13, round 10: {@code vigil serve} lets reads start while its intake stores an article, so a
 * reader must never see half of a store's transaction. Seeded: a held file store with a merger is
 * written one article a transaction (0-6 random events each, some articles without any: their
 * store skips the pre-aggregates and the merger), while readers read it as the API does. Every
 * read must see a whole prefix of the articles stored: in one snapshot the articles, their events
 * (as many as those articles have), their checks, every pre-aggregate (no drift from the events)
 * and the merged events' links (every event linked); an aggregate answered from the
 * pre-aggregates counts the events of a prefix; an article's events are all there or none.
 */
final class ReadsDuringStoresTest {
  @TempDir Path dir;

  @Test
  void everyReadDuringStoresSeesWholeArticlesAndPreAggregatesThatMatchTheirEvents() {
    Seeded.forEachCase(3, 0x5EED_0010L, g -> {
      Path file = dir.resolve("s" + g.seed() + ".duckdb");
      int articles = g.between(20, 30);
      List<Article> order = new ArrayList<>();
      Map<String, List<CodedEvent>> events = new HashMap<>();
      long[] prefix = new long[articles + 1];
      for (int i = 0; i < articles; i++) {
        Article a = Events.article("p" + i, Events.DAY.plusDays(g.between(0, 90)));
        List<CodedEvent> list = new ArrayList<>();
        for (int k = 0, n = g.bool() ? 0 : g.between(1, 6); k < n; k++) {
          list.add(Events.random(g, a, a.id() + "-" + k));
        }
        order.add(a);
        events.put(a.id(), list);
        prefix[i + 1] = prefix[i] + list.size();
      }
      Set<Long> prefixes = new java.util.HashSet<>();
      for (long p : prefix) {
        prefixes.add(p);
      }
      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Long> seenArticles = new ConcurrentLinkedQueue<>();
      AtomicBoolean writing = new AtomicBoolean(true);
      try (DuckDbEventStore store = DuckDbEventStore.held(StoreConfig.file(file), new SameDayMerger())) {
        StoreReads reads = new StoreReads(store);
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          long readerSeed = g.nextLong();
          readers.add(Thread.ofPlatform().start(() -> {
            Seeded.Gen mine = new Seeded.Gen(readerSeed);
            while (writing.get()) {
              snapshot(store, prefix, wrong, seenArticles);
              long aggregated = reads.aggregate(EventQuery.all(1), Period.MONTH, Grouping.TYPE).stream()
                  .mapToLong(StoreReads.Aggregate::events).sum();
              if (!prefixes.contains(aggregated)) {
                wrong.add("an aggregate counted " + aggregated + " events, not those of a prefix of the articles");
              }
              Article a = mine.pick(order);
              int listed = store.query(EventQuery.builder().articleId(a.id()).limit(100).build()).size();
              if (listed != 0 && listed != events.get(a.id()).size()) {
                wrong.add(a.id() + ": " + listed + " of its " + events.get(a.id()).size() + " events listed");
              }
            }
          }));
        }
        for (Article a : order) {
          assertThat(store.store(a, events.get(a.id()))).isTrue();
        }
        writing.set(false);
        for (Thread t : readers) {
          try {
            t.join();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        }
        // the readers read while the store was written, not only before or after it
        assertThat(seenArticles.stream().filter(n -> n > 0 && n < articles).distinct().count())
            .as("distinct prefixes seen during the stores").isGreaterThan(1);
        assertThat(store.eventCount()).isEqualTo(prefix[articles]);
        assertThat(store.rollupDrift()).hasValue(0);
      }
      assertThat(wrong).isEmpty();
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir.resolve(file.getFileName() + ".wal"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /**
   * One snapshot (a transaction of the reader's connection): the articles stored are a prefix,
   * their events and checks are theirs, the pre-aggregates do not drift from the events and every
   * event is linked to a merged event.
   */
  private static void snapshot(DuckDbEventStore store, long[] prefix, ConcurrentLinkedQueue<String> wrong,
      ConcurrentLinkedQueue<Long> seen) {
    store.read(c -> {
      try (Statement st = c.createStatement()) {
        st.execute("BEGIN TRANSACTION");
        try {
          long articles;
          long events;
          long checked;
          try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
              + " (SELECT coalesce(sum(event_count), 0) FROM article_checks)")) {
            rs.next();
            articles = rs.getLong(1);
            events = rs.getLong(2);
            checked = rs.getLong(3);
          }
          seen.add(articles);
          if (articles >= prefix.length || events != prefix[(int) articles] || checked != events) {
            wrong.add(articles + " articles with " + events + " events and " + checked + " checked");
          }
          long drift = Rollups.drift(c);
          if (drift != 0) {
            wrong.add(articles + " articles: " + drift + " keys of the pre-aggregates drift from the events");
          }
          long unlinked = MergedRows.unlinked(c);
          if (unlinked != 0) {
            wrong.add(articles + " articles: " + unlinked + " events not linked to a merged event");
          }
        } finally {
          st.execute("COMMIT");
        }
      }
      return null;
    });
  }
}
