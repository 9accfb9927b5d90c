package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.correction.CorrectedCoding;
import org.vigil.core.correction.Correction;
import org.vigil.core.correction.CorrectionStore;
import org.vigil.core.correction.OriginalCoding;
import org.vigil.core.correction.Verdict;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;
import org.vigil.testkit.Events;

/** Corrections in a real DuckDB store (issue 14): kept, listed, paged, migrated, and kept when their event is gone. */
final class CorrectionStoreIT {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 2);
  private static final Instant T0 = Instant.parse("2021-07-03T10:00:00Z");

  @TempDir
  Path dir;

  private static Article article() {
    return new Article("a1", DAY, "Appeal", "Tajikistan asked the CSTO for help on Friday.", "https://x.org/a1", "test");
  }

  private static CodedEvent event(Article a, String id) {
    return Events.event(a, id).date(DAY).source("TJKGOV", "TJK").target("IGOCSTO", null).cameo("0233", 1, 3.4)
        .sentence(0).build();
  }

  private static Correction wrong(String id, String eventId, Instant at) {
    CodedEvent e = event(article(), eventId);
    return new Correction(id, eventId, "a1", at, Verdict.WRONG, "ana", "economic, not humanitarian",
        new CorrectedCoding("0231", "TJKGOV", "IGOCSTO", DAY, "Dushanbe", Modality.REQUESTED),
        OriginalCoding.of(e, article().text()));
  }

  @Test
  void aCorrectionIsKeptWithItsOriginalAndReadBackEqual() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      Article a = article();
      store.store(a, List.of(event(a, "e1")));
      Correction c = wrong("c-0001", "e1", T0);

      assertThat(store.addCorrection(c)).isTrue();

      assertThat(store.corrections("e1")).containsExactly(c);
      assertThat(store.correctionCount("e1")).isEqualTo(1);
      assertThat(store.correctionCount("e2")).isZero();
      assertThat(c.original().cameo()).isEqualTo("0233");
    }
  }

  @Test
  void aCorrectionOfAnEventNotStoredIsNotKept() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      assertThat(store.addCorrection(wrong("c-0001", "nope", T0))).isFalse();
      assertThat(store.corrections(null, 10)).isEmpty();
    }
  }

  @Test
  void anIdIsKeptOnce() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      Article a = article();
      store.store(a, List.of(event(a, "e1")));
      store.addCorrection(wrong("c-0001", "e1", T0));
      assertThatThrownBy(() -> store.addCorrection(wrong("c-0001", "e1", T0.plusSeconds(1))))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("correction c-0001 is stored already");
    }
  }

  @Test
  void aCorrectionStaysListedWithItsOriginalAfterItsEventIsCodedAway() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      Article a = article();
      store.store(a, List.of(event(a, "e1")));
      Correction c = wrong("c-0001", "e1", T0);
      store.addCorrection(c);

      // coded again with other dictionaries: the event is gone, another takes its place
      store.replaceEvents("a1", List.of(Events.event(a, "e9").date(DAY).source("TJKGOV", "TJK").target("IGOCSTO", null)
          .cameo("0231", 1, 3.4).sentence(0).build()));

      assertThat(store.corrections("e1")).containsExactly(c);
      assertThat(store.corrections(null, 10)).containsExactly(c);
      assertThat(store.corrections("e1").get(0).original().pattern()).isEqualTo(c.original().pattern());
    }
  }

  @Test
  void pagesRunNewestFirstWithoutGapsOrRepeats() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      Article a = article();
      store.store(a, List.of(event(a, "e1")));
      List<Correction> all = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        // two at each time: the id breaks the tie
        Correction c = wrong(String.format("c-%04d", i), "e1", T0.plusSeconds(i / 2));
        store.addCorrection(c);
        all.add(c);
      }
      List<String> seen = new ArrayList<>();
      CorrectionStore.Cursor cursor = null;
      for (int page = 0; page < 10; page++) {
        List<Correction> got = store.corrections(cursor, 3);
        got.forEach(c -> seen.add(c.id()));
        if (got.size() < 3) {
          break;
        }
        Correction last = got.get(got.size() - 1);
        cursor = new CorrectionStore.Cursor(last.created(), last.id());
      }
      assertThat(seen).containsExactly("c-0006", "c-0005", "c-0004", "c-0003", "c-0002", "c-0001", "c-0000");
      List<String> oldestFirst = new ArrayList<>();
      store.eachCorrection(c -> oldestFirst.add(c.id()));
      assertThat(oldestFirst).containsExactly("c-0000", "c-0001", "c-0002", "c-0003", "c-0004", "c-0005", "c-0006");
    }
  }

  @Test
  void concurrentCorrectionsAreEachKeptOnce() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.held(StoreConfig.file(dir.resolve("c.duckdb")))) {
      Article a = article();
      store.store(a, List.of(event(a, "e1")));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Boolean>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          Correction c = wrong(String.format("c-%04d", i), "e1", T0.plusMillis(i));
          done.add(pool.submit(() -> store.addCorrection(c)));
          done.add(pool.submit(() -> store.correctionCount("e1") >= 0));
        }
        for (Future<Boolean> f : done) {
          assertThat(f.get()).isTrue();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(store.correctionCount("e1")).isEqualTo(40);
      assertThat(store.corrections(null, 100)).extracting(Correction::id).doesNotHaveDuplicates().hasSize(40);
    }
  }

  @Test
  void aVersionFourStoreGetsTheCorrectionsTableWhenOpenedForWriting() throws Exception {
    Path db = dir.resolve("v4.duckdb");
    Article a = article();
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(a, List.of(event(a, "e1")));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE corrections");
      s.execute("DELETE FROM schema_version");
      s.execute("INSERT INTO schema_version VALUES (4, now())");
    }
    // read-only, it is still read, with no corrections
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
      assertThat(store.corrections("e1")).isEmpty();
      assertThat(store.correctionCount("e1")).isZero();
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      assertThat(store.addCorrection(wrong("c-0001", "e1", T0))).isTrue();
      assertThat(store.eventCount()).isEqualTo(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(Schema.VERSION);
    }
  }
}
