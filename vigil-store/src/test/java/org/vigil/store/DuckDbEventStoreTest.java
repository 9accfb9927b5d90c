package org.vigil.store;

import org.vigil.testkit.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.testkit.Events.DAY;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;

final class DuckDbEventStoreTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2021-07-10T08:00:00Z"));

  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void storedEventsComeBackEqual() {
    Article a = Events.article("a1", DAY);
    List<CodedEvent> events = List.of(Events.full(a, "e1"), Events.bare(a, "e2"));

    assertThat(store.store(a, events)).isTrue();

    assertThat(store.query(EventQuery.all(10))).containsExactlyInAnyOrderElementsOf(events);
  }

  @Test
  void everyFieldSurvivesTheRoundTrip() {
    Article a = Events.article("a1", DAY);
    CodedEvent full = Events.full(a, "e1");
    store.store(a, List.of(full));

    CodedEvent back = store.query(EventQuery.all(1)).get(0);

    // record equality covers all fields but the arrays, which Evidence compares by content
    assertThat(back).isEqualTo(full);
    assertThat(back.evidence().trigger()).containsExactly(11, 16);
    assertThat(back.evidence().sourceSpan()).containsExactly(20, 28);
    assertThat(back.evidence().targetSpan()).containsExactly(0, 10);
    assertThat(back.source().members()).containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    assertThat(back.location().geonamesId()).isEqualTo(1221874L);
  }

  @Test
  void nullTargetLocationModeAndSpansStayNull() {
    Article a = Events.article("a1", DAY);
    store.store(a, List.of(Events.bare(a, "e1")));

    CodedEvent back = store.query(EventQuery.all(1)).get(0);

    assertThat(back.target()).isNull();
    assertThat(back.location()).isNull();
    assertThat(back.plover().mode()).isNull();
    assertThat(back.evidence().sourceSpan()).isNull();
    assertThat(back.evidence().targetSpan()).isNull();
  }

  @Test
  void articleWithoutEventsIsStored() {
    assertThat(store.store(Events.article("a1", DAY), List.of())).isTrue();

    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.eventCount()).isZero();
  }

  @Test
  void storingTheSameArticleTwiceReturnsFalseAndKeepsTheFirstEvents() {
    Article a = Events.article("a1", DAY);
    store.store(a, List.of(Events.full(a, "e1")));

    boolean again = store.store(a, List.of(Events.full(a, "e2"), Events.bare(a, "e3")));

    assertThat(again).isFalse();
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.eventCount()).isEqualTo(1);
    assertThat(store.query(EventQuery.all(10))).extracting(CodedEvent::eventId).containsExactly("e1");
  }

  @Test
  void sameContentUnderAnotherIdIsTheSameArticle() {
    Article a = Events.article("a1", DAY);
    Article copy = new Article("other-id", a.date(), a.title(), a.text(), "", "mirror");
    store.store(a, List.of());

    assertThat(store.store(copy, List.of())).isFalse();
    assertThat(store.articleCount()).isEqualTo(1);
  }

  @Test
  void rejectionsAreRecorded() {
    store.reject("feed.jsonl:3", "unparseable date '2021-13-45'");
    store.reject("b.txt", "empty file");

    assertThat(store.rejectionCount()).isEqualTo(2);
  }

  @Test
  void concurrentWritersAndReadersSeeWholeArticles() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes = new java.util.ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int writer = w;
        writes.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            Article a = Events.article("w" + writer + "-" + i, DAY);
            store.store(a, List.of(Events.full(a, a.id() + "-e1"), Events.bare(a, a.id() + "-e2")));
          }
        }));
      }
      Future<?> reads = pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          // each article brings two events in one transaction: never one without the other
          assertThat(store.query(EventQuery.all(1_000)).size() % 2).isZero();
        }
      });
      for (Future<?> f : writes) {
        f.get();
      }
      reads.get();
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.articleCount()).isEqualTo(100);
    assertThat(store.eventCount()).isEqualTo(200);
  }

  @Nested
  final class Batches {

    @Test
    void aBatchIsStoredWithOneOutcomePerArticleInOrder() {
      Article a = Events.article("a1", DAY);
      Article b = Events.article("a2", DAY);
      Article c = Events.article("a3", DAY);

      List<EventStore.Outcome> outcomes = store.storeAll(List.of(
          new EventStore.Coded(a, List.of(Events.full(a, "e1"), Events.bare(a, "e2"))),
          new EventStore.Coded(b, List.of()),
          new EventStore.Coded(c, List.of(Events.full(c, "e3")))));

      assertThat(outcomes).extracting(o -> o.article().id()).containsExactly("a1", "a2", "a3");
      assertThat(outcomes).allSatisfy(o -> assertThat(o.stored()).isTrue());
      assertThat(store.articleCount()).isEqualTo(3);
      assertThat(store.query(EventQuery.all(10))).extracting(CodedEvent::eventId)
          .containsExactlyInAnyOrder("e1", "e2", "e3");
    }

    @Test
    void aBadArticleFailsAloneAndTheRestOfTheBatchIsStored() {
      Article a = Events.article("a1", DAY);
      Article bad = Events.article("a2", DAY);
      Article c = Events.article("a3", DAY);

      List<EventStore.Outcome> outcomes = store.storeAll(List.of(
          new EventStore.Coded(a, List.of(Events.full(a, "e1"))),
          new EventStore.Coded(bad, List.of(Events.full(bad, "twin"), Events.bare(bad, "twin"))),
          new EventStore.Coded(c, List.of(Events.full(c, "e3")))));

      assertThat(outcomes.get(0).stored()).isTrue();
      assertThat(outcomes.get(1).failed()).isTrue();
      assertThat(outcomes.get(1).failure()).isInstanceOf(StoreException.class)
          .hasMessageStartingWith("cannot store article a2: ")
          .hasMessageContaining("duplicate key \"twin\"");
      assertThat(outcomes.get(2).stored()).isTrue();
      assertThat(store.articleCount()).isEqualTo(2);
      assertThat(store.query(EventQuery.all(10))).extracting(CodedEvent::eventId)
          .containsExactlyInAnyOrder("e1", "e3");
    }

    @Test
    void anEventIdStoredByAnEarlierBatchFailsOnlyItsArticle() {
      Article a = Events.article("a1", DAY);
      store.store(a, List.of(Events.full(a, "e1")));
      Article b = Events.article("a2", DAY);
      Article c = Events.article("a3", DAY);

      List<EventStore.Outcome> outcomes = store.storeAll(List.of(
          new EventStore.Coded(b, List.of(Events.full(b, "e1"))),
          new EventStore.Coded(c, List.of(Events.full(c, "e3")))));

      assertThat(outcomes).extracting(EventStore.Outcome::failed).containsExactly(true, false);
      assertThat(store.articleCount()).isEqualTo(2);
      assertThat(store.eventCount()).isEqualTo(2);
    }

    @Test
    void duplicatesWithinTheBatchAndInTheStoreAreNotStoredAgain() {
      Article stored = Events.article("a1", DAY);
      store.store(stored, List.of(Events.full(stored, "e1")));
      Article sameAsStored = new Article("copy-of-a1", DAY, stored.title(), stored.text(),
          stored.url(), stored.source());
      Article b = Events.article("a2", DAY);
      Article sameAsB = new Article("copy-of-a2", DAY, b.title(), b.text(), b.url(), b.source());
      Article otherUnderB = new Article("a2", DAY, "", "Other text.", "", "");

      List<EventStore.Outcome> outcomes = store.storeAll(List.of(
          new EventStore.Coded(sameAsStored, List.of(Events.full(sameAsStored, "x1"))),
          new EventStore.Coded(b, List.of(Events.full(b, "e2"))),
          new EventStore.Coded(sameAsB, List.of(Events.full(sameAsB, "x2"))),
          new EventStore.Coded(otherUnderB, List.of())));

      assertThat(outcomes).extracting(EventStore.Outcome::stored).containsExactly(false, true, false, false);
      assertThat(outcomes).extracting(EventStore.Outcome::failed).containsExactly(false, false, false, true);
      assertThat(outcomes.get(3).failure()).hasMessage("cannot store article a2: an article with this"
          + " id and other content is stored (content hash " + b.contentHash() + ", not "
          + otherUnderB.contentHash() + ")");
      assertThat(store.articleCount()).isEqualTo(2);
      assertThat(store.query(EventQuery.all(10))).extracting(CodedEvent::eventId)
          .containsExactlyInAnyOrder("e1", "e2");
    }

    @Test
    void anEmptyBatchStoresNothing() {
      assertThat(store.storeAll(List.of())).isEmpty();
      assertThat(store.articleCount()).isZero();
    }
  }

  @Nested
  final class Failures {

    @Test
    void eventViolatingAConstraintLeavesNothingOfTheArticle() {
      Article a = Events.article("a1", DAY);
      List<CodedEvent> twins = List.of(Events.full(a, "same"), Events.bare(a, "same"));

      assertThatThrownBy(() -> store.store(a, twins))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("cannot store article a1: ")
          .hasMessageContaining("duplicate key \"same\"");
      assertThat(store.articleCount()).isZero();
      assertThat(store.eventCount()).isZero();
    }

    @Test
    void storeWorksAgainAfterAFailure() {
      Article a = Events.article("a1", DAY);
      assertThatThrownBy(() -> store.store(a, List.of(Events.full(a, "x"), Events.full(a, "x"))))
          .isInstanceOf(StoreException.class);

      assertThat(store.store(a, List.of(Events.full(a, "x")))).isTrue();
      assertThat(store.eventCount()).isEqualTo(1);
    }

    @Test
    void otherContentUnderAStoredIdIsRefusedNamingBothHashes() {
      Article a = Events.article("a1", DAY);
      Article b = new Article("a1", DAY, "", "Different text.", "", "");
      store.store(a, List.of());

      assertThatThrownBy(() -> store.store(b, List.of()))
          .isInstanceOf(StoreException.class)
          .hasMessage("cannot store article a1: an article with this id and other content is"
              + " stored (content hash " + a.contentHash() + ", not " + b.contentHash() + ")");
    }

    @Test
    void triggerThatIsNotAPairIsRefusedNamingTheArticle() {
      Article a = Events.article("a1", DAY);
      CodedEvent odd = Events.event(a, "e1").trigger(1, 2, 3).build();

      assertThatThrownBy(() -> store.store(a, List.of(odd)))
          .isInstanceOf(StoreException.class)
          .hasMessage("cannot store article a1: event e1 has trigger [1, 2, 3]; it must be [begin, end]");
      assertThat(store.articleCount()).isZero();
    }

    @Test
    void eventOfAnotherArticleIsAProgrammerError() {
      Article a = Events.article("a1", DAY);
      CodedEvent foreign = Events.full(Events.article("a2", DAY), "e1");

      assertThatThrownBy(() -> store.store(a, List.of(foreign)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("event e1 belongs to article a2, not to a1");
    }

    @Test
    void closedStoreRefusesCalls() {
      store.close();
      store.close();

      assertThatThrownBy(store::articleCount)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("DuckDbEventStore[in-memory database] is closed");
    }

    @Test
    void emptyDatabasePathIsRefused() {
      assertThatThrownBy(() -> new StoreConfig(java.nio.file.Path.of("")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("database path must not be empty; use StoreConfig.inMemory() for a store in memory");
    }
  }
}
