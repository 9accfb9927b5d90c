package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * Issue 13, round 6: in the quiet 10 M run not one of 60 articles posted under load was coded. The
 * intake's thread had stored the warm-up article, then evaluated the watches (its task after runs),
 * which read the whole store and was still running when the server stopped; the queue waited
 * behind it. The task now runs on a thread of its own: an article is stored while it is held.
 * Round 9: the intake can code at a lower CPU priority than the reads (its threads' nice value).
 */
final class IngestLoopAfterRunsTest {
  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());
  private final ArticleIndex index = ArticleIndex.inMemory();
  private final IngestLoop loop = new IngestLoop(store, index, new ServerMetrics(), 10, null);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void close() throws Exception {
    release.countDown();
    lastRelease.countDown();
    loop.close();
    index.close();
    store.close();
  }

  private static List<CodedEvent> oneEvent(Article a) {
    return List.of(Events.full(a, a.id() + "-e0"));
  }

  private static Article article(String id) {
    return new Article(id, Events.DAY, "", "Kyrgyz and Tajik officials met in Batken, said " + id + ".", "", "");
  }

  @Test
  void articlesAreStoredWhileTheTaskAfterRunsIsHeld() throws Exception {
    CountDownLatch taskStarted = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    loop.afterRuns(() -> {
      runs.incrementAndGet();
      taskStarted.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, Duration.ofSeconds(10));
    loop.start(IngestLoopAfterRunsTest::oneEvent, 1);

    assertThat(loop.track(article("first")).get(10, TimeUnit.SECONDS).status())
        .isEqualTo(ArticleIntake.Outcome.Status.STORED);
    assertThat(taskStarted.await(10, TimeUnit.SECONDS)).isTrue();
    // the task is held: the intake goes on without it
    assertThat(loop.track(article("second")).get(10, TimeUnit.SECONDS).status())
        .isEqualTo(ArticleIntake.Outcome.Status.STORED);
    assertThat(loop.track(article("third")).get(10, TimeUnit.SECONDS).status())
        .isEqualTo(ArticleIntake.Outcome.Status.STORED);
    assertThat(store.articleCount()).isEqualTo(3);
    assertThat(runs).hasValue(1);
  }

  @Test
  void requestsWhileTheTaskRunsAreFoldedIntoOneMoreRun() throws Exception {
    CountDownLatch secondRun = new CountDownLatch(1);
    CountDownLatch taskStarted = new CountDownLatch(1);
    CountDownLatch lastInHand = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    loop.afterRuns(() -> {
      if (runs.incrementAndGet() == 1) {
        taskStarted.countDown();
        await(release);
      } else {
        secondRun.countDown();
      }
    }, Duration.ZERO); // asked after every run
    loop.start(a -> {
      if (a.id().equals("last")) {
        lastInHand.countDown();
        await(lastRelease);
      }
      return oneEvent(a);
    }, 1);
    loop.track(article("a")).get(10, TimeUnit.SECONDS);
    assertThat(taskStarted.await(10, TimeUnit.SECONDS)).isTrue();
    for (String id : List.of("b", "c", "d")) {
      loop.track(article(id)).get(10, TimeUnit.SECONDS);
    }
    loop.track(article("last"));
    // the intake took the last article, so it has asked after the runs of b, c and d: three asks
    assertThat(lastInHand.await(10, TimeUnit.SECONDS)).isTrue();
    release.countDown();
    assertThat(secondRun.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(runs).hasValue(2);
  }

  private final CountDownLatch lastRelease = new CountDownLatch(1);

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aSecondTaskAfterRunsIsRefused() {
    loop.afterRuns(() -> { }, Duration.ofSeconds(1));
    assertThatThrownBy(() -> loop.afterRuns(() -> { }, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a task after runs is set already");
  }

  @Test
  void anIntakeThatCodesAtALowerPriorityCodesEveryArticleOnThreadsAtThatNiceAndSaysItYields() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(java.nio.file.Path.of("/proc/thread-self/stat")),
        "not Linux");
    int before = ThreadNice.current();
    org.junit.jupiter.api.Assumptions.assumeTrue(before < 19, "the test runs at nice 19 already");
    IngestPriority priority = new IngestPriority(true);
    loop.prioritise(priority);
    loop.codeAtNice(before + 1);
    java.util.Set<Integer> nices = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.Set<Integer> storeNices = java.util.concurrent.ConcurrentHashMap.newKeySet();
    // an article is coded only once the test is told of its store (so the outcome is not complete
    // before the test waits for it, and the callback below runs on the thread that completes it)
    java.util.Map<String, CountDownLatch> told = new java.util.concurrent.ConcurrentHashMap<>();
    loop.start(a -> {
      try {
        nices.add(ThreadNice.current());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      await(told.computeIfAbsent(a.id(), k -> new CountDownLatch(1)));
      return oneEvent(a);
    }, 2);
    for (int i = 0; i < 5; i++) {
      var outcome = loop.track(article("a" + i));
      // completed on the intake's thread once the article is stored
      outcome.thenRun(() -> {
        if (Thread.currentThread().getName().equals("vigil-intake")) {
          try {
            storeNices.add(ThreadNice.current());
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        }
      });
      told.computeIfAbsent("a" + i, k -> new CountDownLatch(1)).countDown();
      assertThat(outcome.get(30, TimeUnit.SECONDS).status()).isEqualTo(ArticleIntake.Outcome.Status.STORED);
    }
    assertThat(nices).containsExactly(before + 1);
    // the intake's thread, which stores, is not reniced: the store runs at the reads' priority. A
    // dependent of a completed future may also run on the thread waiting in get() (the test's), so
    // under load none may have run on the intake's thread: every one that did ran at the reads' nice
    assertThat(storeNices).allMatch(n -> n == before);
    assertThat(store.articleCount()).isEqualTo(5);
    // it yields (reads go through while it codes) and, with nothing in hand, it is not behind
    assertThat(priority.holdsReads()).isFalse();
    assertThat(ThreadNice.current()).as("the test's own thread").isEqualTo(before);
    assertThatThrownBy(() -> loop.codeAtNice(20)).isInstanceOf(IllegalArgumentException.class);
  }
}
