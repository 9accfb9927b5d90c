package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * Issue 13: what {@code POST /articles} waits on. {@link IngestLoop#track} completes only once the
 * article is committed (the store holds it when the future completes), tells an article found
 * stored already, one the coder failed on (with the reason) and one dropped at close.
 */
final class IngestLoopTrackTest {
  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());
  private final ArticleIndex index = ArticleIndex.inMemory();
  private final IngestLoop loop = new IngestLoop(store, index, new ServerMetrics(), 10, null);

  @AfterEach
  void close() throws Exception {
    loop.close();
    index.close();
    store.close();
  }

  private static List<CodedEvent> twoEvents(Article a) {
    if (a.text().contains("fail")) {
      throw new IllegalStateException("the coder failed on " + a.id());
    }
    return List.of(Events.full(a, a.id() + "-e0"), Events.full(a, a.id() + "-e1"));
  }

  private static Article article(String id, String text) {
    return new Article(id, Events.DAY, "", text, "", "");
  }

  @Test
  void aTrackedArticleCompletesAfterItsCommitAndAgainAsStoredAlready() throws Exception {
    loop.start(IngestLoopTrackTest::twoEvents, 1);
    Article a = article("t1", "Kyrgyz and Tajik officials met in Batken.");
    CompletableFuture<ArticleIntake.Outcome> done = loop.track(a);
    boolean[] storedWhenDone = new boolean[1];
    CompletableFuture<ArticleIntake.Outcome> seen = done.thenApply(o -> {
      storedWhenDone[0] = store.contains(a.contentHash());
      return o;
    });
    assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(new ArticleIntake.Outcome(ArticleIntake.Outcome.Status.STORED, 2, null));
    assertThat(storedWhenDone[0]).isTrue();
    assertThat(loop.track(a).get(10, TimeUnit.SECONDS))
        .isEqualTo(new ArticleIntake.Outcome(ArticleIntake.Outcome.Status.ALREADY_STORED, 0, null));
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.eventCount()).isEqualTo(2);
  }

  @Test
  void anArticleTheCoderFailsOnIsRejectedWithTheReason() throws Exception {
    loop.start(IngestLoopTrackTest::twoEvents, 1);
    ArticleIntake.Outcome o = loop.track(article("bad", "This one will fail to code.")).get(10, TimeUnit.SECONDS);
    assertThat(o.status()).isEqualTo(ArticleIntake.Outcome.Status.REJECTED);
    assertThat(o.reason()).isEqualTo("the coder failed on bad");
    assertThat(store.articleCount()).isZero();
  }

  @Test
  void articlesStillQueuedAtCloseAreToldTheyWereNotStored() throws Exception {
    CountDownLatch inHand = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    loop.start(a -> {
      inHand.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return twoEvents(a);
    }, 1);
    CompletableFuture<ArticleIntake.Outcome> first = loop.track(article("q0", "The first article of the queue."));
    inHand.await();
    CompletableFuture<ArticleIntake.Outcome> queued = loop.track(article("q9", "An article still in the queue."));
    Thread closer = new Thread(() -> loop.close(java.time.Duration.ofSeconds(10)));
    closer.start();
    Thread.sleep(200);
    release.countDown();
    closer.join(20_000);
    assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(ArticleIntake.Outcome.Status.STORED);
    assertThat(queued.get(10, TimeUnit.SECONDS))
        .isEqualTo(new ArticleIntake.Outcome(ArticleIntake.Outcome.Status.REJECTED, 0, "the service stopped before coding it"));
    assertThat(loop.track(article("late", "Too late for the queue."))).isNull();
  }

  @Test
  void anOutcomeChecksItself() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new ArticleIntake.Outcome(ArticleIntake.Outcome.Status.REJECTED, 0, null))
        .hasMessage("outcome REJECTED has no reason");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new ArticleIntake.Outcome(ArticleIntake.Outcome.Status.STORED, -1, null))
        .hasMessage("outcome events must be >= 0, was -1");
  }
}
