package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.store.StoreReads.Aggregate;
import org.vigil.store.StoreReads.Grouping;
import org.vigil.store.StoreReads.Period;
import org.vigil.testkit.Events;

/** Articles by page and id, aggregates in SQL, and events replaced after coding again. */
final class StoreReadsTest {
  private static final LocalDate MON = LocalDate.of(2021, 7, 5);
  private static final LocalDate WED = LocalDate.of(2021, 7, 7);
  private static final LocalDate NEXT_MON = LocalDate.of(2021, 7, 12);

  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());
  private final StoreReads reads = new StoreReads(store);

  @AfterEach
  void close() {
    store.close();
  }

  private void storeThree() {
    Article a = Events.article("a", MON);
    Article b = Events.article("b", WED);
    Article c = Events.article("c", NEXT_MON);
    store.store(a, List.of(Events.event(a, "e1").date(MON).source("RUSMIL", "RUS").target("UKR", "UKR")
        .cameo("190", 4, -10).plover("ASSAULT").build()));
    store.store(b, List.of(
        Events.event(b, "e2").date(WED).source("RUSGOV", "RUS").target("UKRGOV", "UKR").cameo("036", 1, 4)
            .plover("CONSULT").sentence(0).build(),
        Events.event(b, "e3").date(WED).source("TJKGOV", "TJK").target(null).cameo("010", 1, 0)
            .plover("CONSULT").sentence(1).build()));
    store.store(c, List.of());
  }

  @Test
  void articlesComeNewestFirstAndPagesWalkThemAll() {
    storeThree();
    assertThat(reads.articles(null, 10)).extracting(StoreReads.ArticleSummary::id).containsExactly("c", "b", "a");
    assertThat(reads.articles(null, 10)).extracting(StoreReads.ArticleSummary::events).containsExactly(0L, 2L, 1L);
    List<String> walked = new ArrayList<>();
    StoreReads.ArticleCursor after = null;
    List<StoreReads.ArticleSummary> page;
    while (!(page = reads.articles(after, 2)).isEmpty()) {
      page.forEach(s -> walked.add(s.id()));
      StoreReads.ArticleSummary last = page.get(page.size() - 1);
      after = new StoreReads.ArticleCursor(last.date(), last.id());
    }
    assertThat(walked).containsExactly("c", "b", "a");
  }

  @Test
  void anArticleIsFoundByIdWithItsText() {
    storeThree();
    assertThat(reads.article("b")).get().extracting(Article::text).isEqualTo(Events.article("b", WED).text());
    assertThat(reads.article("nope")).isEmpty();
    assertThat(reads.event("e3")).get().extracting(CodedEvent::cameo).isEqualTo("010");
    assertThat(reads.event("nope")).isEmpty();
  }

  @Test
  void weeksStartOnMondayAndCountryCountsBothSides() {
    storeThree();
    List<Aggregate> rows = reads.aggregate(EventQuery.all(1), Period.WEEK, Grouping.COUNTRY);
    assertThat(rows).containsExactly(
        new Aggregate(MON, "RUS", 2, -6.0), new Aggregate(MON, "TJK", 1, 0.0), new Aggregate(MON, "UKR", 2, -6.0));
  }

  @Test
  void daysByDyadAndTypeFollowTheFilter() {
    storeThree();
    assertThat(reads.aggregate(EventQuery.all(1), Period.DAY, Grouping.DYAD)).containsExactly(
        new Aggregate(MON, "RUSMIL>UKR", 1, -10.0), new Aggregate(WED, "RUSGOV>UKRGOV", 1, 4.0),
        new Aggregate(WED, "TJKGOV>", 1, 0.0));
    assertThat(reads.aggregate(EventQuery.builder().country("RUS").build(), Period.DAY, Grouping.TYPE))
        .containsExactly(new Aggregate(MON, "ASSAULT", 1, -10.0), new Aggregate(WED, "CONSULT", 1, 4.0));
  }

  @Test
  void replacedEventsAreTheNewOnesAndTheCheckStillHolds() {
    storeThree();
    Article b = Events.article("b", WED);
    CodedEvent again = Events.event(b, "e9").date(WED).source("RUSGOV", "RUS").target("UKRGOV", "UKR")
        .cameo("042", 1, 1.9).build();
    assertThat(store.replaceEvents("b", List.of(again))).isTrue();
    assertThat(store.query(EventQuery.builder().articleId("b").build())).containsExactly(again);
    assertThat(store.check().ok()).isTrue();
    assertThat(store.replaceEvents("nope", List.of())).isFalse();
  }

  @Test
  void replacingInAFileStoreKeepsTheArticleWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Article b = Events.article("b", WED);
    CodedEvent first = Events.event(b, "e2").date(WED).cameo("036", 1, 4).build();
    CodedEvent again = Events.event(b, "e2").date(WED).cameo("036", 1, 4).confidence(0.3).build();
    try (DuckDbEventStore file = new DuckDbEventStore(StoreConfig.file(dir.resolve("s.duckdb")))) {
      file.store(b, List.of(first));
      assertThat(file.replaceEvents("b", List.of(again))).isTrue();
    }
    try (DuckDbEventStore file = new DuckDbEventStore(StoreConfig.file(dir.resolve("s.duckdb")).asReadOnly())) {
      assertThat(file.query(EventQuery.all(10))).containsExactly(again);
      assertThat(file.check().ok()).isTrue();
    }
  }

  @Test
  void eventsCodedAgainWithTheSameIdsReplaceTheOldOnes() {
    storeThree();
    Article b = Events.article("b", WED);
    List<CodedEvent> same = store.query(EventQuery.builder().articleId("b").build());
    CodedEvent changed = Events.event(b, "e2").date(WED).source("RUSGOV", "RUS").target("UKRGOV", "UKR")
        .cameo("036", 1, 4).confidence(0.42).sentence(0).build();
    assertThat(store.replaceEvents("b", List.of(changed, same.get(1)))).isTrue();
    assertThat(store.query(EventQuery.builder().articleId("b").build())).containsExactly(changed, same.get(1));
    assertThat(store.check().ok()).isTrue();
  }
}
