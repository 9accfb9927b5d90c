package org.vigil.store;

import org.vigil.testkit.Events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;

/** The filters of {@link EventQuery} over a small fixed set of events. */
final class EventQueryTest {
  private static final LocalDate JUL_1 = LocalDate.of(2021, 7, 1);
  private static final LocalDate JUL_5 = LocalDate.of(2021, 7, 5);
  private static final LocalDate JUL_9 = LocalDate.of(2021, 7, 9);

  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());

  @BeforeEach
  void storeEvents() {
    Article a = Events.article("a", JUL_9);
    Article b = Events.article("b", JUL_5);
    store.store(a, List.of(
        Events.event(a, "rus-ukr-190").date(JUL_9).source("RUSMIL", "RUS").target("UKR", "UKR")
            .cameo("190", 4, -10).sentence(0).build(),
        Events.event(a, "tjk-cst-0233").date(JUL_9).source("TJKGOV", "TJK")
            .target("IGOCSTO", null).cameo("0233", 1, 3.4).sentence(1).build()));
    store.store(b, List.of(
        Events.event(b, "afg-tjk-0874").date(JUL_5).source("AFGMIL", "AFG").target("TJK", "TJK")
            .cameo("0874", 2, 6).sentence(0).build(),
        Events.event(b, "cst-none-020").date(JUL_1).source("IGOCSTO", null).target(null)
            .cameo("020", 1, 3).sentence(1).build()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> ids(EventQuery q) {
    return store.query(q).stream().map(CodedEvent::eventId).toList();
  }

  private static EventQuery q(String country, String actor, String cameo, LocalDate from,
      LocalDate to, String articleId, int limit) {
    return new EventQuery(country, actor, cameo, from, to, articleId, limit);
  }

  @Test
  void everythingComesNewestFirstThenInTextOrder() {
    assertThat(ids(EventQuery.all(10)))
        .containsExactly("rus-ukr-190", "tjk-cst-0233", "afg-tjk-0874", "cst-none-020");
  }

  @Test
  void countryMatchesSourceOrTarget() {
    assertThat(ids(q("TJK", null, null, null, null, null, 10)))
        .containsExactly("tjk-cst-0233", "afg-tjk-0874");
  }

  @Test
  void actorIsACodePrefixOfSourceOrTarget() {
    assertThat(ids(q(null, "IGO", null, null, null, null, 10)))
        .containsExactly("tjk-cst-0233", "cst-none-020");
    assertThat(ids(q(null, "RUSMIL", null, null, null, null, 10))).containsExactly("rus-ukr-190");
    assertThat(ids(q(null, "RUSGOV", null, null, null, null, 10))).isEmpty();
  }

  @Test
  void actorPrefixIsMatchedLiterallyNotAsAPattern() {
    assertThat(ids(q(null, "_", null, null, null, null, 10))).isEmpty();
    assertThat(ids(q(null, "%", null, null, null, null, 10))).isEmpty();
  }

  @Test
  void cameoIsACodePrefix() {
    assertThat(ids(q(null, null, "02", null, null, null, 10)))
        .containsExactly("tjk-cst-0233", "cst-none-020");
    assertThat(ids(q(null, null, "0874", null, null, null, 10))).containsExactly("afg-tjk-0874");
  }

  @Test
  void dateRangeIsInclusiveAtBothEnds() {
    assertThat(ids(q(null, null, null, JUL_1, JUL_5, null, 10)))
        .containsExactly("afg-tjk-0874", "cst-none-020");
    assertThat(ids(q(null, null, null, JUL_5, null, null, 10)))
        .containsExactly("rus-ukr-190", "tjk-cst-0233", "afg-tjk-0874");
    assertThat(ids(q(null, null, null, null, JUL_1, null, 10))).containsExactly("cst-none-020");
  }

  @Test
  void articleIdSelectsOneArticle() {
    assertThat(ids(q(null, null, null, null, null, "b", 10)))
        .containsExactly("afg-tjk-0874", "cst-none-020");
  }

  @Test
  void limitKeepsTheNewest() {
    assertThat(ids(EventQuery.all(1))).containsExactly("rus-ukr-190");
  }

  @Test
  void filtersCombine() {
    assertThat(ids(q("TJK", "AFG", "08", JUL_5, JUL_9, "b", 10))).containsExactly("afg-tjk-0874");
    assertThat(ids(q("TJK", "AFG", "08", JUL_5, JUL_9, "a", 10))).isEmpty();
  }
}
