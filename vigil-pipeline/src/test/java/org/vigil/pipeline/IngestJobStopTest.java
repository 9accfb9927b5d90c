package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.testkit.Events;

/** Issue 12: a job that cannot go on stops at once; articles already stored are not coded again. */
final class IngestJobStopTest {
  private final AtomicInteger coded = new AtomicInteger();
  private final List<String> rejected = new ArrayList<>();

  private final CodingWorkers.ArticleCoder coder = a -> {
    coded.incrementAndGet();
    return List.of(Events.bare(a, a.id() + "-e"));
  };

  private IngestJob job(CodingWorkers.ArticleCoder coder, int threads) {
    return new IngestJob(coder, new ArticleReader(IngestConfig.defaults()), threads, FailurePolicy.CONTINUE,
        (record, reason) -> rejected.add(record + ": " + reason));
  }

  private static List<Article> articles(int n) {
    List<Article> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(Events.article("a" + i, Events.DAY));
    }
    return list;
  }

  @Test
  void aSinkThatStopsEndsTheRunNoFurtherArticleIsCoded() {
    for (int threads : new int[] {1, 4}) {
      coded.set(0);
      List<String> delivered = new ArrayList<>();
      IngestJob.Sink closing = (article, events, rejections) -> {
        if (article.id().equals("a5")) {
          throw new IngestJob.Stop("output closed", null);
        }
        delivered.add(article.id());
      };

      IngestJob.Stopped stopped = catchThrowableOfType(IngestJob.Stopped.class,
          () -> job(coder, threads).run(articles(1000), closing));

      assertThat(stopped).hasMessage("output closed");
      assertThat(stopped.summary()).isEqualTo(new IngestJob.Summary(4, 4, 0, 0));
      assertThat(delivered).containsExactly("a1", "a2", "a3", "a4");
      // at most the window in flight (2 per thread) and the ones running were coded past a5
      assertThat(coded.get()).as("articles coded with %d threads", threads).isLessThanOrEqualTo(5 + 3 * threads);
    }
    assertThat(rejected).isEmpty();
  }

  @Test
  void outOfMemoryStopsTheRunNamingTheArticleAndDeliversWhatWasCoded() {
    List<String> finished = new ArrayList<>();
    IngestJob.Sink sink = new IngestJob.Sink() {
      @Override
      public void accept(Article article, List<org.vigil.core.event.CodedEvent> events, IngestJob.Rejections r) {}

      @Override
      public void finish(IngestJob.Rejections r) {
        finished.add("finish");
      }
    };
    CodingWorkers.ArticleCoder starving = a -> {
      if (a.id().equals("a3")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return coder.code(a);
    };

    IngestJob.Stopped stopped = catchThrowableOfType(IngestJob.Stopped.class, () -> job(starving, 1).run(articles(50), sink));

    assertThat(stopped.getCause()).isInstanceOf(CodingWorkers.OutOfMemory.class)
        .hasMessageStartingWith("out of memory coding article a3 (heap ");
    assertThat(((CodingWorkers.OutOfMemory) stopped.getCause()).article().id()).isEqualTo("a3");
    assertThat(stopped.summary().coded()).isEqualTo(2);
    assertThat(finished).containsExactly("finish");
  }

  @Test
  void articlesAlreadyStoredAreSkippedBeforeCoding() {
    Set<String> stored = Set.of(Events.article("a2", Events.DAY).contentHash(), Events.article("a4", Events.DAY).contentHash());
    List<String> delivered = new ArrayList<>();

    IngestJob.Summary s = job(coder, 2).skipping(a -> stored.contains(a.contentHash()))
        .run(articles(5), (article, events, rejections) -> delivered.add(article.id()));

    assertThat(s).isEqualTo(new IngestJob.Summary(3, 3, 0, 2));
    assertThat(delivered).containsExactly("a1", "a3", "a5");
    assertThat(coded.get()).isEqualTo(3);
  }
}
