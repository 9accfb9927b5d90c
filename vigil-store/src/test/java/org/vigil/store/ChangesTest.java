package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.testkit.Events;

/** What a commit tells about the events it wrote, so that answers it cannot have changed are kept (issue 13, round 7). */
final class ChangesTest {
  private static final LocalDate D = LocalDate.of(2025, 12, 14);

  private static CodedEvent event(Article a, String id, LocalDate date, String source, String target) {
    return Events.event(a, id).date(date).source(source + "GOV", source).target(target + "MIL", target)
        .cameo("190", 4, -10).plover("ASSAULT").build();
  }

  @Test
  void aCommitOfEventsDatedDTouchesRangesWithDAndTheirCountriesOnly() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      long before = store.generation();
      Article a = Events.article("a", D);
      store.store(a, List.of(event(a, "e1", D, "RUS", "UKR")));

      Changes c = store.changesSince(before);
      assertThat(c).isEqualTo(new Changes(false, new TreeSet<>(List.of(D)), Set.of("RUS", "UKR")));
      assertThat(c.touches(D.minusDays(30), D.minusDays(1), null)).as("a range before D").isFalse();
      assertThat(c.touches(D.plusDays(1), null, null)).as("a range after D").isFalse();
      assertThat(c.touches(D, D, null)).as("D itself").isTrue();
      assertThat(c.touches(null, null, null)).as("all dates").isTrue();
      assertThat(c.touches(D.minusDays(30), D.plusDays(30), "UKR")).as("a range with D, a country of it").isTrue();
      assertThat(c.touches(D.minusDays(30), D.plusDays(30), "TJK")).as("a range with D, another country").isFalse();
      assertThat(store.changesSince(store.generation())).isEqualTo(Changes.NONE);
    }
  }

  @Test
  void commitsAddUpAndAnArticleWithoutEventsChangesNothing() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      long before = store.generation();
      Article a = Events.article("a", D);
      store.store(a, List.of(event(a, "e1", D, "RUS", "UKR")));
      long middle = store.generation();
      Article b = Events.article("b", D.plusDays(40));
      store.store(b, List.of(event(b, "e2", D.plusDays(40), "TJK", "AFG")));
      store.store(Events.article("c", D.plusDays(90)), List.of());

      assertThat(store.changesSince(before).dates()).containsExactly(D, D.plusDays(40));
      assertThat(store.changesSince(before).countries()).containsExactlyInAnyOrder("RUS", "UKR", "TJK", "AFG");
      assertThat(store.changesSince(middle).touches(D, D, "RUS")).isFalse();
      assertThat(store.changesSince(middle).touches(null, null, "TJK")).isTrue();
      assertThat(store.changesSince(store.generation() - 1)).as("the article without events").isEqualTo(Changes.NONE);
    }
  }

  @Test
  void aCommitThatCannotSayTouchesEverythingAsDoesAGenerationOlderThanTheLog() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      Article a = Events.article("a", D);
      store.store(a, List.of(event(a, "e1", D, "RUS", "UKR")));
      long before = store.generation();
      // re-coding takes events away: their dates are not told
      store.replaceEvents("a", List.of(event(a, "e2", D, "RUS", "UKR")));
      assertThat(store.changesSince(before)).isEqualTo(Changes.EVERYTHING);
      assertThat(store.changesSince(before).touches(D.minusYears(5), D.minusYears(4), "TJK")).isTrue();

      store.keepChanges(3);
      long old = store.generation();
      for (int i = 0; i < 3; i++) {
        store.store(Events.article("n" + i, D), List.of());
      }
      assertThat(store.changesSince(old)).as("more commits than kept").isEqualTo(Changes.NONE);
      store.store(Events.article("last", D), List.of());
      assertThat(store.changesSince(old)).as("more commits than kept").isEqualTo(Changes.EVERYTHING);
    }
  }

  @Test
  void changesNeedTheirSets() {
    assertThatThrownBy(() -> new Changes(false, null, Set.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("changes need their dates and countries (empty for none)");
  }
}
