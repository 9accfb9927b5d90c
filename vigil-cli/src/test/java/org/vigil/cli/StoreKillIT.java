package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;

/**
 * Issue 12: an ingest killed with {@code kill -9} ({@link Process#destroyForcibly}) at 20 seeded
 * random moments (sorted), each re-run going on from where the last was killed, then run to completion,
 * holds exactly what a clean run holds: no article lost or doubled, by the fingerprint of event
 * ids. While the last run writes, another process reads the store (read-only, between batches).
 */
final class StoreKillIT {
  private static final int ARTICLES = 120;
  private static final int BATCH = 4;
  private static final long SEED = 12;

  @TempDir Path dir;
  // the output of the child started last, shown when a run that should succeed fails
  private Path lastLog;

  private String lastLogText() {
    try {
      return "the child's output:\n" + Files.readString(lastLog);
    } catch (IOException e) {
      return "the child's output could not be read: " + e;
    }
  }

  private Process start(Path db) throws IOException {
    lastLog = dir.resolve("child-" + System.nanoTime() + ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), KillTarget.class.getName(), db.toString(),
        String.valueOf(ARTICLES), String.valueOf(BATCH))
        .redirectErrorStream(true)
        .redirectOutput(lastLog.toFile())
        .start();
  }

  private static String fingerprint(Path db) {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
      TreeSet<String> ids = new TreeSet<>();
      for (CodedEvent e : store.query(EventQuery.all(1_000_000))) {
        ids.add(e.articleId() + "/" + e.eventId());
      }
      return store.articleCount() + " articles, " + store.eventCount() + " events, ids " + ids.hashCode();
    }
  }

  @Test
  void killedTwentyTimesThenRunToTheEndTheStoreHoldsWhatACleanRunHolds() throws Exception {
    Path clean = dir.resolve("clean.duckdb");
    long t0 = System.nanoTime();
    Process p = start(clean);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(this::lastLogText).isZero();
    long cleanMillis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
    String want = fingerprint(clean);
    assertThat(want).startsWith(ARTICLES + " articles, 180 events");

    Path db = dir.resolve("killed.duckdb");
    // 20 seeded moments over a clean run's length, in order: each run, going on from the last,
    // is killed a little further on, so that the kills fall on new work as well as on the check
    Random random = new Random(SEED);
    long[] moments = new long[20];
    for (int k = 0; k < moments.length; k++) {
      moments[k] = 150 + (long) (random.nextDouble() * cleanMillis);
    }
    java.util.Arrays.sort(moments);
    List<String> after = new ArrayList<>();
    int killed = 0;
    for (long at : moments) {
      Process run = start(db);
      if (!run.waitFor(at, TimeUnit.MILLISECONDS)) {
        run.destroyForcibly();
        run.waitFor(30, TimeUnit.SECONDS);
        killed++;
      }
      after.add(at + " ms: " + (Files.exists(db) ? countsOf(db) : "no file yet"));
    }
    // the last run, with a reader in another process... here: this one, read-only, between batches
    Process last = start(db);
    int reads = 0;
    while (last.isAlive()) {
      if (Files.exists(db)) {
        try (DuckDbEventStore reader = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
          reader.eventCount();
          reads++;
        } catch (RuntimeException e) {
          // the schema may not be written yet on the very first open
        }
      }
      Thread.sleep(50);
    }
    assertThat(last.exitValue()).as(this::lastLogText).isZero();
    String got = fingerprint(db);
    assertThat(ids(db)).isEqualTo(ids(clean));
    System.out.printf("StoreKillIT: clean run %d ms, %s; killed %d of 20 runs; after each: %s; final: %s;"
        + " %d reads during the last run%n", cleanMillis, want, killed, after, got, reads);
    assertThat(killed).isGreaterThanOrEqualTo(5);
    assertThat(got).isEqualTo(want);
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
      assertThat(store.check().ok()).isTrue();
    }
    assertThat(reads).isPositive();
  }

  private static TreeSet<String> ids(Path db) {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
      TreeSet<String> ids = new TreeSet<>();
      for (CodedEvent e : store.query(EventQuery.all(1_000_000))) {
        assertThat(ids.add(e.articleId() + "/" + e.eventId())).isTrue();
      }
      return ids;
    }
  }

  private static String countsOf(Path db) {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
      DuckDbEventStore.Check check = store.check();
      return check.articles() + "/" + check.events() + (check.ok() ? "" : " broken " + check.broken().size());
    } catch (RuntimeException e) {
      return "unreadable: " + e.getMessage().lines().findFirst().orElse("");
    }
  }
}
