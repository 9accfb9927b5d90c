package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.testkit.Events.DAY;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/** Issue 12 on the command line, store side: {@code store check}, {@code events} read-only, {@code --db} refused. */
final class StoreCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;

  @BeforeEach
  void capture() {
    stdout = System.out;
    stderr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setProperty(Output.SYSTEM_OUT, "true");
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.clearProperty(Output.SYSTEM_OUT);
    System.setErr(stderr);
  }

  private Path storeWithTwoArticles() {
    Path db = dir.resolve("vigil.duckdb");
    Article a = Events.article("a1", DAY);
    Article b = Events.article("a2", DAY.plusDays(1));
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(a, List.of(Events.full(a, "e1"), Events.bare(a, "e2")));
      store.store(b, List.of(Events.full(b, "e3")));
    }
    return db;
  }

  @Test
  void storeCheckReportsArticlesKeptWithoutTheirEventsAndRepairRemovesThem() throws Exception {
    Path db = storeWithTwoArticles();
    assertThat(Main.run("store", "check", "--db", db.toString())).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(db + ": 2 articles, 3 events; 0 broken\n"
        + "pre-aggregates: equal to the events\n");

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      s.execute("DELETE FROM events WHERE article_id = 'a1'");
    }
    out.reset();
    assertThat(Main.run("store", "check", "--db", db.toString())).isEqualTo(Main.SOME_REJECTED);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(db + ": 2 articles, 1 events; 1 broken\n"
        + "  article a1: committed with 2 events, holds 0\n"
        + "pre-aggregates: 48 keys differ from the events\n"); // two events gone: their keys in all eleven tables (28), in the three tables of event sides of schema 8 (5) and in the nine of sides by partner, by type and by dyad of schema 9 (5, 5 and 5)

    out.reset();
    assertThat(Main.run("store", "check", "--repair", "--db", db.toString())).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("removed 1 articles; the next ingest codes them again\n"
        + "pre-aggregates filled again from the events\n");
    out.reset();
    assertThat(Main.run("store", "check", "--db", db.toString())).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(db + ": 1 articles, 1 events; 0 broken\n"
        + "pre-aggregates: equal to the events\n");
  }

  @Test
  void storeCheckReportsPreAggregatesThatDifferFromTheEventsAndRepairFillsThemAgain() throws Exception {
    Path db = storeWithTwoArticles();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      s.execute("UPDATE rollup_countries SET events = events * 2");
    }
    assertThat(Main.run("store", "check", "--db", db.toString())).isEqualTo(Main.SOME_REJECTED);
    String said = out.toString(StandardCharsets.UTF_8);
    assertThat(said).startsWith(db + ": 2 articles, 3 events; 0 broken\npre-aggregates: ")
        .contains(" keys differ from the events\n")
        .endsWith("run 'vigil store check --repair' to fill the pre-aggregates again from the events\n");
    out.reset();
    assertThat(Main.run("store", "check", "--repair", "--db", db.toString())).isEqualTo(Main.OK);
    out.reset();
    assertThat(Main.run("store", "check", "--db", db.toString())).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("pre-aggregates: equal to the events\n");
  }

  @Test
  void ingestOpensTheStoreWithTheCheckAndRemovesBrokenArticlesToCodeThemAgain() throws Exception {
    Path db = storeWithTwoArticles();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      s.execute("DELETE FROM events WHERE article_id = 'a1'");
    }
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    try (DuckDbEventStore store = IngestCommand.openForIngest(StoreConfig.file(db), new PrintStream(said, true, StandardCharsets.UTF_8))) {
      assertThat(store.articleCount()).isEqualTo(1);
      Article a = Events.article("a1", DAY);
      assertThat(store.store(a, List.of(Events.full(a, "e1"), Events.bare(a, "e2")))).isTrue();
    }
    assertThat(said.toString(StandardCharsets.UTF_8)).isEqualTo(
        "vigil: store check: 1 articles were stored incompletely; removed to be coded again:\n"
            + "vigil:   article a1: committed with 2 events, holds 0\n");
  }

  @Test
  void eventsReadsAStoreFileNobodyMayWrite() throws Exception {
    Path db = storeWithTwoArticles();
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    byte[] before = Files.readAllBytes(db);

    assertThat(Main.run("events", "--db", db.toString(), "--format", "json")).isEqualTo(Main.OK);

    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void eventsAndStoreCheckRefuseAFileThatIsNotADuckDbDatabase() throws Exception {
    Path jsonl = Files.writeString(dir.resolve("voa-stories.jsonl"), "{\"id\": \"a1\"}\n");

    assertThat(Main.run("events", "--db", jsonl.toString())).isEqualTo(Main.FAILURE);
    assertThat(Main.run("store", "check", "--db", jsonl.toString())).isEqualTo(Main.FAILURE);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("vigil: cannot open database " + jsonl
        + ": it exists and is not a DuckDB database");
    assertThat(Files.readString(jsonl)).isEqualTo("{\"id\": \"a1\"}\n");
  }
}
