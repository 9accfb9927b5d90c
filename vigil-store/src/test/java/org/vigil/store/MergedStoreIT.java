package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.MergedStoreTest.DAY_OF;
import static org.vigil.store.MergedStoreTest.article;
import static org.vigil.store.MergedStoreTest.attack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventQuery;

/** Merged events in a DuckDB file: merged when a merger first opens it, merged again after repair. */
final class MergedStoreIT {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2024-05-12T08:00:00Z"));

  @TempDir Path dir;

  @Test
  void eventsStoredWithoutAMergerAreMergedWhenOneOpensTheStore() {
    Path db = dir.resolve("plain.duckdb");
    Article a1 = article("a1", DAY_OF, "voa");
    Article b1 = article("b1", DAY_OF, "bbc");
    try (DuckDbEventStore plain = new DuckDbEventStore(StoreConfig.file(db), CLOCK)) {
      plain.store(a1, List.of(attack(a1, "e1", DAY_OF, "UKR", 0)));
      plain.store(b1, List.of(attack(b1, "e2", DAY_OF, "UKR", 0)));
      assertThat(plain.mergedEvents(EventQuery.all(10))).isEmpty();
    }

    try (DuckDbEventStore merging = new DuckDbEventStore(StoreConfig.file(db), CLOCK, new SameDayMerger())) {
      assertThat(merging.mergedEvent("m-e1")).get().extracting(MergedEvent::numArticles).isEqualTo(2);
    }
    try (DuckDbEventStore reader = new DuckDbEventStore(StoreConfig.file(db).asReadOnly(), CLOCK)) {
      assertThat(reader.mergedEvents(EventQuery.all(10))).extracting(MergedEvent::id).containsExactly("m-e1");
    }
  }

  @Test
  void repairMergesTheBlocksOfTheArticlesItRemovesAgain() throws Exception {
    Path db = dir.resolve("damaged.duckdb");
    Article a1 = article("a1", DAY_OF, "voa");
    Article b1 = article("b1", DAY_OF, "bbc");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db), CLOCK, new SameDayMerger())) {
      store.store(a1, List.of(attack(a1, "e1", DAY_OF, "UKR", 0)));
      store.store(b1, List.of(attack(b1, "e2", DAY_OF, "UKR", 0), attack(b1, "e3", DAY_OF, "UKR", 1)));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      s.execute("DELETE FROM events WHERE event_id = 'e3'"); // b1 damaged by hand
    }

    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db), CLOCK, new SameDayMerger())) {
      assertThat(store.repair()).extracting(DuckDbEventStore.Mismatch::articleId).containsExactly("b1");

      MergedEvent attack = store.mergedEvent("m-e1").orElseThrow();
      assertThat(attack.mentions()).extracting(MentionRef::articleId).containsExactly("a1");
      assertThat(attack.numArticles()).isEqualTo(1);
      assertThat(store.stories(1, 10)).hasSize(1);

      store.store(b1, List.of(attack(b1, "e2", DAY_OF, "UKR", 0), attack(b1, "e3", DAY_OF, "UKR", 1)));
      assertThat(store.mergedEvent("m-e1").orElseThrow().numMentions()).isEqualTo(3);
    }
  }
}
