package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.Context;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.store.StoreReads;
import org.vigil.testkit.Events;

/**
 * Issue 13, round 10: with {@code server.reads-while-storing} the gate lets reads start while the
 * intake stores an article (as many as while it codes). The intake of {@code vigil serve}, on a
 * held file store, stores every article it is given while readers query that store through the
 * gate back to back, some of their reads starting during a store; every article is stored (the
 * store is not starved by them) and the readers see whole articles (two events each) throughout.
 */
final class ReadsWhileStoringTest {
  @TempDir Path dir;

  /** A request's context that only takes the headers a refusal sets. */
  private static Context context() {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> {
          if (method.getName().equals("header")) {
            return proxy;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static List<CodedEvent> twoEvents(Article a) {
    return List.of(Events.full(a, a.id() + "-e0"), Events.full(a, a.id() + "-e1"));
  }

  @Test
  void theIntakeStoresEveryArticleWhileReadersQueryThroughTheGateDuringItsStores() throws Exception {
    IngestPriority priority = new IngestPriority(true, true);
    QueryGate gate = new QueryGate(new QueryGate.Limits(2, 64, Duration.ofSeconds(20), 1), priority);
    AtomicBoolean reading = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    AtomicLong duringStores = new AtomicLong();
    List<String> halves = java.util.Collections.synchronizedList(new ArrayList<>());
    try (DuckDbEventStore store = DuckDbEventStore.held(StoreConfig.file(dir.resolve("vigil.duckdb")));
        ArticleIndex index = ArticleIndex.inMemory();
        IngestLoop loop = new IngestLoop(store, index, new ServerMetrics(), 64, null)) {
      loop.prioritise(priority);
      loop.start(ReadsWhileStoringTest::twoEvents, 1);
      StoreReads storeReads = new StoreReads(store);
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        readers.add(Thread.ofPlatform().daemon().start(() -> {
          while (reading.get()) {
            try {
              gate.enter(context());
            } catch (InterruptedException e) {
              return;
            } catch (ApiException busy) {
              continue;
            }
            try {
              if (priority.storing()) {
                duringStores.incrementAndGet();
              }
              // a heavy read of the kind the API makes: an aggregate from the pre-aggregates, a page of events
              long events = storeReads.aggregate(EventQuery.all(1), StoreReads.Period.MONTH, StoreReads.Grouping.TYPE)
                  .stream().mapToLong(StoreReads.Aggregate::events).sum();
              long listed = store.query(EventQuery.all(1_000)).size();
              if (events % 2 != 0 || listed % 2 != 0) {
                halves.add(events + " aggregated, " + listed + " listed");
              }
              reads.incrementAndGet();
            } finally {
              gate.leave();
            }
          }
        }));
      }
      int n = 0;
      // at least 20 articles, and on until reads have started during 3 stores (at most 400 articles)
      while (n < 20 || (duringStores.get() < 3 && n < 400)) {
        Article a = Events.article("r" + n, Events.DAY.plusDays(n % 40));
        n++;
        assertThat(loop.track(a).get(60, TimeUnit.SECONDS).status())
            .as("article %s stored while the readers read", a.id())
            .isEqualTo(ArticleIntake.Outcome.Status.STORED);
      }
      reading.set(false);
      for (Thread t : readers) {
        t.join(TimeUnit.SECONDS.toMillis(30));
      }
      assertThat(store.articleCount()).isEqualTo(n);
      assertThat(store.eventCount()).isEqualTo(2L * n);
      assertThat(reads.get()).isPositive();
      assertThat(duringStores.get()).as("reads that started while a store was in hand").isGreaterThanOrEqualTo(3);
      assertThat(halves).as("reads that saw half an article").isEmpty();
      assertThat(gate.waiting()).isZero();
    }
  }
}
