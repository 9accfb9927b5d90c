package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;

final class StoreBatcherTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 8);

  private final DuckDbEventStore store =
      new DuckDbEventStore(StoreConfig.inMemory(), InstantSource.fixed(Instant.parse("2021-07-09T00:00:00Z")));
  private final List<String> seen = new ArrayList<>();

  @AfterEach
  void close() {
    store.close();
  }

  private static Article article(int i) {
    return new Article("a" + i, DAY, "Title " + i, "Text number " + i + ".", "", "test");
  }

  private StoreBatcher batcher(int size) {
    return new StoreBatcher(store, size, (coded, outcome) -> seen.add(coded.article().id() + "="
        + (outcome.failed() ? "failed" : outcome.stored() ? "stored" : "duplicate")));
  }

  @Test
  void writesAFullBatchAtOnceAndTheRestOnClose() {
    try (StoreBatcher batcher = batcher(3)) {
      for (int i = 1; i <= 4; i++) {
        batcher.add(article(i), List.of());
      }
      assertThat(store.articleCount()).isEqualTo(3);
      assertThat(seen).containsExactly("a1=stored", "a2=stored", "a3=stored");
    }
    assertThat(store.articleCount()).isEqualTo(4);
    assertThat(seen).containsExactly("a1=stored", "a2=stored", "a3=stored", "a4=stored");
  }

  @Test
  void outcomesKeepTheOrderOfTheArticlesWithFailuresAndDuplicatesInPlace() {
    Article other = new Article("a1", DAY, "", "Other text under a stored id.", "", "test");
    try (StoreBatcher batcher = batcher(10)) {
      batcher.add(article(1), List.of());
      batcher.add(other, List.of());
      batcher.add(article(1), List.of());
      batcher.add(article(2), List.of());
    }
    assertThat(seen).containsExactly("a1=stored", "a1=failed", "a1=duplicate", "a2=stored");
    assertThat(store.articleCount()).isEqualTo(2);
  }

  @Test
  void flushWithNothingAddedDoesNothing() {
    batcher(2).flush();
    assertThat(seen).isEmpty();
  }

  @Test
  void sizeBelowOneIsRefused() {
    assertThatThrownBy(() -> new StoreBatcher(store, 0, (c, o) -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch size must be >= 1, was 0");
  }

  @Test
  void theCodedRecordCarriesTheEventsToTheOutcome() {
    List<EventStore.Coded> coded = new ArrayList<>();
    try (StoreBatcher batcher = new StoreBatcher(store, 5, (c, o) -> coded.add(c))) {
      batcher.add(article(7), List.of());
    }
    assertThat(coded).singleElement().satisfies(c -> assertThat(c.article().id()).isEqualTo("a7"));
  }
}
