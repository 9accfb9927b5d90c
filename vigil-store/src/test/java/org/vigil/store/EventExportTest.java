package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.testkit.Events.DAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventRow;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

final class EventExportTest {
  private static final Instant NOW = Instant.parse("2021-07-10T08:00:00Z");
  private static final InstantSource CLOCK = InstantSource.fixed(NOW);

  @TempDir Path dir;

  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void scanGivesEachEventWithItsArticlesUrlSourceAndTimeOfStoring() {
    Article a = Events.article("a1", DAY);
    CodedEvent e = Events.full(a, "e1");
    store.store(a, List.of(e));

    List<EventRow> rows = new ArrayList<>();
    long n = store.scan(EventQuery.all(10), rows::add);

    assertThat(n).isEqualTo(1);
    assertThat(rows).containsExactly(new EventRow(e, "https://x.org/a1", "test", NOW, 1, 1, 1));
  }

  @Test
  void scanKeepsTheOrderTheFilterAndTheLimitOfQuery() {
    Article a = Events.article("a1", DAY);
    Article b = Events.article("a2", DAY.plusDays(3));
    store.store(a, List.of(Events.event(a, "e1").date(DAY).target("AFGGOV", "AFG").build(),
        Events.event(a, "e2").date(DAY).sentence(0).build()));
    store.store(b, List.of(Events.event(b, "e3").date(DAY.plusDays(3)).build()));

    for (EventQuery q : List.of(EventQuery.all(10), EventQuery.all(2),
        new EventQuery("AFG", null, null, null, null, null, 10),
        new EventQuery(null, null, null, DAY, DAY, null, 10))) {
      List<String> scanned = new ArrayList<>();
      store.scan(q, r -> scanned.add(r.event().eventId()));
      assertThat(scanned).as(q.toString()).containsExactlyElementsOf(
          store.query(q).stream().map(CodedEvent::eventId).toList());
    }
  }

  @Test
  void parquetHasTheColumnsOfEventRowInTheirOrder() throws Exception {
    Article a = Events.article("a1", DAY);
    store.store(a, List.of(Events.full(a, "e1")));
    Path file = dir.resolve("events.parquet");

    assertThat(store.exportParquet(EventQuery.all(10), file)).isEqualTo(1);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i));
      }
      assertThat(columns).containsExactlyElementsOf(EventRow.COLUMNS);
    }
    assertThat(EventRow.COLUMNS).hasSize(46);
  }

  @Test
  void anyStoredEventsReadBackFromParquetAsTheValuesOfTheirRows() {
    Seeded.forEachCase(25, 0x5EED_0013L, g -> {
      try (DuckDbEventStore own = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK)) {
        int articles = g.between(1, 4);
        for (int i = 0; i < articles; i++) {
          Article a = new Article("a" + i, DAY.plusDays(g.between(0, 9)), "t", "text " + i,
              g.bool() ? "https://example.org/" + i + "?q='x'" : "", g.bool() ? "Wire, \"Daily\"" : "");
          List<CodedEvent> events = new ArrayList<>();
          int n = g.between(0, 5);
          for (int j = 0; j < n; j++) {
            events.add(Events.random(g, a, "e" + i + "_" + j));
          }
          own.store(a, events);
        }
        List<EventRow> rows = new ArrayList<>();
        own.scan(EventQuery.all(1000), rows::add);
        Path file = dir.resolve("case-" + Long.toHexString(g.seed()) + ".parquet");

        assertThat(own.exportParquet(EventQuery.all(1000), file)).isEqualTo(rows.size());

        List<List<Object>> back = readParquet(file);
        assertThat(back).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
          assertThat(back.get(r)).as("row %d", r).containsExactlyElementsOf(rows.get(r).values());
        }
      }
    });
  }

  @Test
  void parquetTakesTheQuerysFilter() throws Exception {
    Article a = Events.article("a1", DAY);
    store.store(a, List.of(Events.event(a, "e1").target("AFGGOV", "AFG").build(), Events.full(a, "e2")));
    Path file = dir.resolve("afg.parquet");

    store.exportParquet(new EventQuery("AFG", null, null, null, null, null, 10), file);

    assertThat(readParquet(file)).extracting(row -> row.get(0)).containsExactly("e1");
  }

  @Test
  void aReadOnlyStoreExportsParquetAndAnExistingFileIsReplaced() throws Exception {
    Path db = dir.resolve("vigil.duckdb");
    Article a = Events.article("a1", DAY);
    try (DuckDbEventStore writer = new DuckDbEventStore(StoreConfig.file(db), CLOCK)) {
      writer.store(a, List.of(Events.full(a, "e1"), Events.bare(a, "e2")));
    }
    Path file = dir.resolve("it's here.parquet");
    Files.writeString(file, "old");

    try (DuckDbEventStore reader = new DuckDbEventStore(StoreConfig.file(db).asReadOnly(), CLOCK)) {
      assertThat(reader.exportParquet(EventQuery.all(10), file)).isEqualTo(2);
    }

    assertThat(readParquet(file)).hasSize(2);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".it's here.parquet.partial-"
          + ProcessHandle.current().pid());
    }
  }

  @Test
  void parquetIntoAMissingFolderFailsSayingSo() {
    Path file = dir.resolve("missing/events.parquet");

    assertThatThrownBy(() -> store.exportParquet(EventQuery.all(10), file))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot write " + file + ": there is no folder " + dir.resolve("missing"));
  }

  @Test
  void parquetOntoAFolderFailsSayingSo() {
    assertThatThrownBy(() -> store.exportParquet(EventQuery.all(10), dir))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot write " + dir + ": it is a folder");
  }

  /** The rows of a Parquet file, each value as {@link EventRow#values()} types it. */
  static List<List<Object>> readParquet(Path file) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + file.toString().replace("'", "''") + "')")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          String type = rs.getMetaData().getColumnTypeName(i);
          if (v != null && type.equals("DATE")) {
            v = rs.getObject(i, LocalDate.class);
          } else if (v != null && type.startsWith("TIMESTAMP")) {
            v = rs.getObject(i, OffsetDateTime.class).toInstant();
          }
          row.add(v);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
