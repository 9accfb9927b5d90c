package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.testkit.Events.DAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.testkit.Events;

/**
 * Issue 13: a file store held open ({@link DuckDbEventStore#held}), as {@code vigil serve} keeps
 * it: readers on several threads while it is written see whole articles only (two events each,
 * so events are always twice the articles), and what it wrote is in the file after it is closed.
 */
final class HeldStoreTest {
  @TempDir Path dir;

  @Test
  void concurrentReadersSeeWholeArticlesAndTheFileKeepsThemAfterClose() throws Exception {
    Path file = dir.resolve("held.duckdb");
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    try (DuckDbEventStore store = DuckDbEventStore.held(StoreConfig.file(file))) {
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        readers.add(Thread.ofPlatform().start(() -> {
          while (writing.get()) {
            // one read, one snapshot: articles and events counted in the same query
            long[] counts = store.read(c -> {
              try (var st = c.createStatement();
                  var rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
              }
            });
            seen.add(counts[0] + "/" + counts[1]);
          }
        }));
      }
      for (int i = 0; i < 60; i++) {
        Article a = Events.article("h" + i, DAY.plusDays(i));
        List<CodedEvent> events = List.of(Events.full(a, "h" + i + "e0"), Events.full(a, "h" + i + "e1"));
        assertThat(store.store(a, events)).isTrue();
      }
      writing.set(false);
      for (Thread t : readers) {
        t.join();
      }
      assertThat(store.articleCount()).isEqualTo(60);
    }
    assertThat(seen).isNotEmpty().allSatisfy(s -> {
      String[] p = s.split("/");
      assertThat(Long.parseLong(p[1])).as(s).isEqualTo(2 * Long.parseLong(p[0]));
    });
    try (DuckDbEventStore again = new DuckDbEventStore(StoreConfig.file(file).asReadOnly())) {
      assertThat(again.articleCount()).isEqualTo(60);
      assertThat(again.eventCount()).isEqualTo(120);
      assertThat(again.check().ok()).isTrue();
    }
  }
}
