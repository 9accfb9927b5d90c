package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;

/** {@link DuckDbEventStore#contains}: what a re-ingest asks before it analyses an article (issue 12). */
final class StoreContainsTest {
  @Test
  void tellsWhetherAContentHashIsStored() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), InstantSource.fixed(Instant.EPOCH))) {
      Article a = new Article("a1", LocalDate.of(2021, 7, 9), "A title", "Troops crossed the border.", "", "");
      Article retitled = new Article("a2", LocalDate.of(2021, 7, 9), "Another", "Troops  crossed\r\nthe border.", "", "");
      assertThat(store.contains(a.contentHash())).isFalse();

      store.store(a, List.of());

      assertThat(store.contains(a.contentHash())).isTrue();
      assertThat(store.contains(retitled.contentHash())).isTrue();
      assertThat(store.contains("0".repeat(32))).isFalse();
    }
  }

  @Test
  void theLegacyHashIsTheOneStoresWrittenBeforeIssue12Hold() {
    Article a = new Article("a1", LocalDate.of(2021, 7, 9), "A title", "Troops crossed the border.", "", "");
    // SHA-256 of "2021-07-09\0A title\0Troops crossed the border.", first 16 bytes, as Vigil took it before
    assertThat(a.legacyContentHash()).isEqualTo("830d6ae20cd1ce0b9936c23d6e066222");
    assertThat(a.contentHash()).isNotEqualTo(a.legacyContentHash());
  }
}
