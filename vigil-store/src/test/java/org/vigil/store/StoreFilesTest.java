package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.testkit.Events.DAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore.Coded;
import org.vigil.testkit.Events;

/** Issue 12, store side: which files the store opens, how, and what it keeps of rejections. */
final class StoreFilesTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2021-07-10T08:00:00Z"));

  @TempDir Path dir;

  // point 2

  @ParameterizedTest
  @ValueSource(strings = {"voa-stories.jsonl", "events.csv", "notes.duckdb"})
  void anExistingFileThatIsNotADuckDbDatabaseIsRefusedNamingItAndLeftAsItWas(String name) throws Exception {
    Path file = Files.writeString(dir.resolve(name), "{\"id\": \"a1\", \"date\": \"2021-07-09\"}\n");
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> new DuckDbEventStore(StoreConfig.file(file), CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot open database " + file + ": it exists and is not a DuckDB database (a DuckDB file"
            + " has \"DUCK\" at byte 8); name a new file or an existing store");
    assertThatThrownBy(() -> new DuckDbEventStore(StoreConfig.file(file).asReadOnly(), CLOCK))
        .hasMessageStartingWith("cannot open database " + file + ": it exists and is not a DuckDB database");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aNewFileNamedCsvBecomesADuckDbStoreThatKeepsItsData() {
    Path file = dir.resolve("out.csv");
    Article a = Events.article("a1", DAY);
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
      store.store(a, List.of(Events.full(a, "e1")));
    }
    assertThat(DuckDbEventStore.isDuckDb(file)).isTrue();
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
      assertThat(store.eventCount()).isEqualTo(1);
    }
  }

  @Test
  void theStoreIsInMemoryOnlyWhenAsked() {
    assertThat(StoreConfig.of(Path.of(":memory:")).inMemoryStore()).isTrue();
    assertThat(StoreConfig.of(Path.of("memory.duckdb")).inMemoryStore()).isFalse();
    assertThat(StoreConfig.of(Path.of("./:memory:")).inMemoryStore()).isFalse();
  }

  @Test
  void aFolderIsRefused() {
    assertThatThrownBy(() -> new DuckDbEventStore(StoreConfig.file(dir), CLOCK))
        .hasMessage("cannot open database " + dir + ": it is a folder, not a DuckDB database file");
  }

  // point 7

  @Test
  void aReadOnlyStoreFileCanBeQueriedAndIsNotWritten() throws Exception {
    Path file = dir.resolve("vigil.duckdb");
    Article a = Events.article("a1", DAY);
    List<CodedEvent> events = List.of(Events.full(a, "e1"), Events.bare(a, "e2"));
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
      store.store(a, events);
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    byte[] before = Files.readAllBytes(file);

    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file).asReadOnly(), CLOCK)) {
      assertThat(store.query(EventQuery.all(10))).containsExactlyInAnyOrderElementsOf(events);
      assertThat(store.check().ok()).isTrue();
      assertThatThrownBy(() -> store.store(Events.article("a2", DAY), List.of()))
          .isInstanceOf(StoreException.class)
          .hasMessage("cannot store articles in database " + file + ": it is open read-only");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.exists(Path.of(file + ".wal"))).isFalse();
  }

  @Test
  void aReadOnlyStoreNeedsTheFile() {
    Path file = dir.resolve("missing.duckdb");
    assertThatThrownBy(() -> new DuckDbEventStore(StoreConfig.file(file).asReadOnly(), CLOCK))
        .hasMessage("cannot open database " + file + ": there is no such file");
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void aReaderQueriesBetweenTheWritersBatches() {
    Path file = dir.resolve("vigil.duckdb");
    Article a = Events.article("a1", DAY);
    Article b = Events.article("a2", DAY.plusDays(1));
    try (DuckDbEventStore writer = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
      writer.storeAll(List.of(new Coded(a, List.of(Events.full(a, "e1")))));
      try (DuckDbEventStore reader = new DuckDbEventStore(StoreConfig.file(file).asReadOnly(), CLOCK)) {
        assertThat(reader.eventCount()).isEqualTo(1);
        writer.storeAll(List.of(new Coded(b, List.of(Events.full(b, "e2")))));
        assertThat(reader.query(EventQuery.all(10))).extracting(CodedEvent::eventId).containsExactly("e2", "e1");
      }
    }
  }

  // dead letters

  @Test
  void theSameRejectionOnEveryRunKeepsOneRow() {
    Path file = dir.resolve("vigil.duckdb");
    for (int run = 0; run < 3; run++) {
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
        store.reject("feed.jsonl:3", "unparseable date '2021-13-45'");
        store.reject("feed.jsonl:3", "unparseable date '2021-13-45'");
        store.reject("feed.jsonl:9", "empty text");
      }
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
      assertThat(store.rejectionCount()).isEqualTo(2);
    }
  }

  @Test
  void aVersionTwoDatabaseKeepsOneRowOfItsRepeatedRejections() throws Exception {
    Path file = dir.resolve("v2.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
      s.execute("INSERT INTO schema_version VALUES (2, now())");
      s.execute("CREATE TABLE rejections (record VARCHAR NOT NULL, reason VARCHAR NOT NULL, \"at\" TIMESTAMPTZ NOT NULL)");
      for (int i = 0; i < 3; i++) {
        s.execute("INSERT INTO rejections VALUES ('feed.jsonl:3', 'bad date', now())");
      }
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
      assertThat(store.rejectionCount()).isEqualTo(1);
      store.reject("feed.jsonl:3", "bad date");
      assertThat(store.rejectionCount()).isEqualTo(1);
    }
  }

  // point 1: the check, and the message

  @Test
  void theCheckFindsAnArticleKeptWithoutItsEventsAndRepairLetsItBeStoredAgain() throws Exception {
    Path file = dir.resolve("vigil.duckdb");
    Article a = Events.article("a1", DAY);
    Article b = Events.article("a2", DAY);
    List<CodedEvent> events = List.of(Events.full(a, "e1"), Events.bare(a, "e2"));
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
      store.store(a, events);
      store.store(b, List.of(Events.full(b, "e3")));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
      s.execute("DELETE FROM events WHERE article_id = 'a1'");
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file), CLOCK)) {
      DuckDbEventStore.Check check = store.check();
      assertThat(check.broken()).singleElement().satisfies(m -> {
        assertThat(m.articleId()).isEqualTo("a1");
        assertThat(m.describe()).isEqualTo("article a1: committed with 2 events, holds 0");
      });
      assertThat(check.unchecked()).isZero();

      assertThat(store.repair()).hasSize(1);

      assertThat(store.check().ok()).isTrue();
      assertThat(store.store(a, events)).as("coded again, not already stored").isTrue();
      assertThat(store.eventCount()).isEqualTo(3);
      assertThat(store.check().ok()).isTrue();
    }
  }

  @Test
  void theDigestIsTheOneDuckDbComputes() throws Exception {
    Article a = Events.article("a1", DAY);
    List<CodedEvent> events = List.of(Events.full(a, "ffb"), Events.full(a, "Zed"), Events.full(a, "0a"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT md5(string_agg(id, chr(10) ORDER BY id)), md5('')"
            + " FROM (VALUES ('ffb'), ('Zed'), ('0a')) t(id)")) {
      rs.next();
      assertThat(DuckDbEventStore.digestOf(events)).isEqualTo(rs.getString(1));
      assertThat(DuckDbEventStore.NO_EVENTS_DIGEST).isEqualTo(rs.getString(2));
    }
  }

  @Test
  void theReasonNamesTheCauseBeforeDuckDbsText() {
    assertThat(DuckDbEventStore.reason(new SQLException("IO Error: Could not write file \"x.wal\": No space left on device")))
        .isEqualTo("the disk is full (IO Error: Could not write file \"x.wal\": No space left on device)");
    assertThat(DuckDbEventStore.reason(new SQLException("IO Error: Cannot open file \"x\": Permission denied")))
        .isEqualTo("permission denied (IO Error: Cannot open file \"x\": Permission denied)");
    assertThat(DuckDbEventStore.reason(new SQLException("IO Error: Could not set lock on file \"x\": Conflicting lock is held in java (PID 7)")))
        .startsWith("the file is locked by another process (IO Error: Could not set lock");
  }
}
