package org.vigil.store;

import org.vigil.testkit.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.testkit.Events.DAY;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;

/** The store in a DuckDB file on disk. */
final class DuckDbEventStoreIT {
  @TempDir Path dir;

  @Test
  void reopeningAFileStoreKeepsItsData() {
    Path db = dir.resolve("nested/folder/vigil.duckdb");
    Article a = Events.article("a1", DAY);
    List<CodedEvent> events = List.of(Events.full(a, "e1"), Events.bare(a, "e2"));
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(a, events);
      store.reject("x.txt", "empty file");
    }

    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      assertThat(store.articleCount()).isEqualTo(1);
      assertThat(store.rejectionCount()).isEqualTo(1);
      assertThat(store.query(EventQuery.all(10))).containsExactlyInAnyOrderElementsOf(events);
      assertThat(store.store(a, events)).isFalse();
    }
  }

  @Test
  void databaseOfANewerSchemaVersionIsRefused() throws Exception {
    Path db = dir.resolve("future.duckdb");
    new DuckDbEventStore(StoreConfig.file(db)).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = 10");
    }

    assertThatThrownBy(() -> new DuckDbEventStore(StoreConfig.file(db)))
        .isInstanceOf(StoreException.class)
        .hasMessage("database " + db + " has schema version 10; this version of Vigil reads version 9");
  }

  @Test
  void aVersionFourStoreGetsItsPreAggregatesFilledFromItsEvents() throws Exception {
    Path db = dir.resolve("v4.duckdb");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      for (int i = 0; i < 5; i++) {
        Article a = Events.article("a" + i, DAY.plusDays(i));
        store.store(a, List.of(Events.full(a, "e" + i), Events.bare(a, "f" + i)));
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      for (Rollups.Table t : Rollups.ALL) {
        s.execute("DROP TABLE " + t.name());
      }
      s.execute("DELETE FROM schema_version");
      s.execute("INSERT INTO schema_version VALUES (4, now())");
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      StoreReads reads = new StoreReads(store);
      for (StoreReads.Grouping g : StoreReads.Grouping.values()) {
        assertThat(reads.fromRollups(EventQuery.all(1), g)).isTrue();
        assertThat(reads.aggregate(EventQuery.all(1), StoreReads.Period.DAY, g))
            .isNotEmpty()
            .isEqualTo(reads.aggregate(EventQuery.all(1), StoreReads.Period.DAY, g, false));
      }
    }
  }

  @Test
  void aVersionSixStoreGetsTheCoarserPreAggregatesFilledFromItsEvents() throws Exception {
    Path db = dir.resolve("v6.duckdb");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      for (int i = 0; i < 12; i++) {
        Article a = Events.article("a" + i, DAY.plusDays(4 * i));
        store.store(a, List.of(Events.full(a, "e" + i), Events.bare(a, "f" + i)));
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      for (Rollups.Table t : Rollups.VERSION_7) {
        s.execute("DROP TABLE " + t.name());
      }
      s.execute("DELETE FROM schema_version");
      s.execute("INSERT INTO schema_version VALUES (6, now())");
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      StoreReads reads = new StoreReads(store);
      assertThat(store.rollupDrift()).hasValue(0);
      EventQuery all = EventQuery.all(1);
      assertThat(reads.scan(all, StoreReads.Period.MONTH, StoreReads.Grouping.DYAD, true).tables())
          .containsExactly("rollup_dyads_month");
      for (StoreReads.Period p : StoreReads.Period.values()) {
        assertThat(reads.aggregate(all, p, StoreReads.Grouping.TYPE))
            .isNotEmpty()
            .isEqualTo(reads.aggregate(all, p, StoreReads.Grouping.TYPE, false));
      }
    }
  }

  @Test
  void aVersionSevenStoreGetsTheTablesOfEventSidesFilledInCountryOrder() throws Exception {
    // version 8's sides and version 9's sides by partner and by type (issue 13, round 9)
    Path db = dir.resolve("v7.duckdb");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      for (int i = 0; i < 12; i++) {
        Article a = Events.article("a" + i, DAY.plusDays(4 * i));
        store.store(a, List.of(Events.full(a, "e" + i), Events.bare(a, "f" + i),
            Events.event(a, "g" + i).date(DAY.plusDays(4 * i)).source("RUSGOV", "RUS").target("UKRMIL", "UKR")
                .cameo("190", 4, -10).plover("ASSAULT").build()));
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      for (Rollups.Table t : Rollups.ALL) {
        if (t.sides()) {
          s.execute("DROP TABLE " + t.name());
        }
      }
      s.execute("DELETE FROM schema_version");
      s.execute("INSERT INTO schema_version VALUES (7, now())");
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      StoreReads reads = new StoreReads(store);
      assertThat(store.rollupDrift()).hasValue(0);
      EventQuery rus = EventQuery.builder().country("RUS").build();
      assertThat(reads.scan(rus, StoreReads.Period.DAY, StoreReads.Grouping.COUNTRY, true).tables())
          .containsExactly("rollup_partners_day");
      assertThat(reads.scan(rus, StoreReads.Period.DAY, StoreReads.Grouping.TYPE, true).tables())
          .containsExactly("rollup_side_types_day");
      assertThat(reads.scan(EventQuery.builder().country("RUS").ploverType("ASSAULT").build(), StoreReads.Period.DAY,
          StoreReads.Grouping.COUNTRY, true).tables()).containsExactly("rollup_sides_day");
      assertThat(reads.scan(rus, StoreReads.Period.DAY, StoreReads.Grouping.DYAD, true).tables())
          .containsExactly("rollup_dyad_sides_day");
      for (StoreReads.Period p : StoreReads.Period.values()) {
        for (StoreReads.Grouping g : StoreReads.Grouping.values()) {
          assertThat(reads.aggregate(rus, p, g))
              .isNotEmpty()
              .isEqualTo(reads.aggregate(rus, p, g, false));
        }
      }
      // in country order, then date: each country's rows together
      for (String table : List.of("rollup_sides_day", "rollup_partners_day", "rollup_side_types_day",
          "rollup_dyad_sides_day")) {
        List<String> order = store.read(c -> {
          List<String> out = new java.util.ArrayList<>();
          try (Statement s = c.createStatement();
              java.sql.ResultSet rs = s.executeQuery("SELECT country || ' ' || date FROM " + table)) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
        });
        assertThat(order).as(table).isNotEmpty().isSorted();
      }
    }
  }

  @Test
  void aVersionSixStoreKeepsItsEventsAndTakesDatesOfTheStory() throws Exception {
    Path db = dir.resolve("v6-dates.duckdb");
    Article a = Events.article("a1", DAY);
    CodedEvent before = Events.full(a, "e1");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(a, List.of(before));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      // version 6's events table: date_from was 'text' or 'article'
      s.execute(Schema.EVENTS.replace("CREATE TABLE IF NOT EXISTS events (", "CREATE TABLE events_v6 (")
          .replace("'text', 'article', 'story'", "'text', 'article'"));
      s.execute("INSERT INTO events_v6 SELECT * FROM events");
      s.execute("DROP TABLE events");
      s.execute("ALTER TABLE events_v6 RENAME TO events");
      s.execute("DELETE FROM schema_version");
      s.execute("INSERT INTO schema_version VALUES (6, now())");
    }
    Article b = Events.article("b1", DAY.plusDays(3));
    CodedEvent told = Events.full(b, "e2");
    EventDate episode = new EventDate(DAY, DAY, DateGranularity.DAY, true, "on Monday", "2021-07-05", true);
    CodedEvent story = new CodedEvent(told.articleId(), told.eventId(), episode, told.source(), told.target(),
        told.cameo(), told.cameoRoot(), told.quadClass(), told.goldstein(), told.plover(), told.negated(),
        told.modality(), told.location(), told.evidence(), told.confidence(), told.issues());
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(b, List.of(story));
      assertThat(store.query(EventQuery.all(10))).extracting(e -> e.eventId() + " " + e.date().from())
          .containsExactlyInAnyOrder("e1 " + before.date().from(), "e2 story");
      assertThat(store.rollupDrift()).hasValue(0);
    }
  }

  @Test
  void aVersionOneDatabaseGetsTheIssuesColumnAndKeepsItsEvents() throws Exception {
    Path db = dir.resolve("old.duckdb");
    Article a = Events.article("a1", DAY);
    CodedEvent stored = Events.full(a, "e1");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(a, List.of(stored));
    }
    // Make it a version 1 database, as written before events carried issues.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE events DROP COLUMN issues");
      s.execute("DELETE FROM schema_version");
      s.execute("INSERT INTO schema_version VALUES (1, now())");
    }

    Article b = Events.article("a2", DAY.plusDays(1));
    CodedEvent withIssues = Events.full(b, "e2").withIssues(List.of("REFUGEES", "ELECTIONS"));
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(b, List.of(withIssues));
      assertThat(store.query(EventQuery.all(10))).containsExactlyInAnyOrder(stored, withIssues);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(Schema.VERSION);
    }
  }

  @Test
  void issuesAreStoredAndReadBack() {
    Path db = dir.resolve("issues.duckdb");
    Article a = Events.article("a1", DAY);
    CodedEvent e = Events.full(a, "e1").withIssues(List.of("REFUGEES", "ELECTIONS"));
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(a, List.of(e));
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      assertThat(store.query(EventQuery.all(10))).singleElement()
          .satisfies(read -> assertThat(read.issues()).containsExactly("REFUGEES", "ELECTIONS"));
    }
  }

  @Test
  void fileThatIsNotADatabaseIsRefusedNamingIt() throws Exception {
    Path db = java.nio.file.Files.writeString(dir.resolve("notes.duckdb"), "just some text, not a database");

    assertThatThrownBy(() -> new DuckDbEventStore(StoreConfig.file(db)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open database " + db + ": ");
  }
}
