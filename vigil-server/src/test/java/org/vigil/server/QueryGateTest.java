package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.Context;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The limit on concurrent store queries (issue 13): a bounded line, then 503 with Retry-After at once. */
final class QueryGateTest {

  /** A request's context that only records the headers set on it. */
  private static Context context(Map<String, String> headers) {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> {
          if (method.getName().equals("header") && args != null && args.length == 2) {
            headers.put((String) args[0], (String) args[1]);
            return proxy;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  /** On its own thread: the common pool has one thread on two cores, and these tasks block. */
  private static CompletableFuture<Void> async(Runnable task) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread.ofPlatform().daemon().start(() -> {
      try {
        task.run();
        done.complete(null);
      } catch (Throwable t) {
        done.completeExceptionally(t);
      }
    });
    return done;
  }

  private static <T> CompletableFuture<T> asyncGet(java.util.function.Supplier<T> task) {
    CompletableFuture<T> done = new CompletableFuture<>();
    Thread.ofPlatform().daemon().start(() -> {
      try {
        done.complete(task.get());
      } catch (Throwable t) {
        done.completeExceptionally(t);
      }
    });
    return done;
  }

  @Test
  void aFullLineIsRefusedAtOnceAndAWaitThatRunsOutToo() throws Exception {
    QueryGate gate = new QueryGate(new QueryGate.Limits(1, 1, Duration.ofMillis(2000)));
    gate.enter(context(new ConcurrentHashMap<>()));
    Map<String, String> waitedHeaders = new ConcurrentHashMap<>();
    CompletableFuture<Throwable> waited = CompletableFuture.supplyAsync(() -> {
      try {
        gate.enter(context(waitedHeaders));
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    while (gate.waiting() == 0) {
      Thread.onSpinWait();
    }
    Map<String, String> refused = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    assertThatThrownBy(() -> gate.enter(context(refused)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.code()).isEqualTo("busy");
        })
        .hasMessage("the server is answering 1 queries and 1 more wait; try again in a second");
    // refused without waiting its turn: well before the 2 s a waiter may wait (loose, for loaded machines)
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    assertThat(refused).containsEntry("Retry-After", "1");
    Throwable timedOut = waited.get(60, TimeUnit.SECONDS);
    assertThat(timedOut).isInstanceOf(ApiException.class)
        .hasMessage("no turn to query the store within 2000 ms; try again in a second");
    assertThat(waitedHeaders).containsEntry("Retry-After", "1");
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void aWaitingRequestGetsTheTurnALeavingOneGivesBack() throws Exception {
    QueryGate gate = new QueryGate(new QueryGate.Limits(1, 4, Duration.ofSeconds(10)));
    gate.enter(context(new ConcurrentHashMap<>()));
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    while (gate.waiting() == 0) {
      Thread.onSpinWait();
    }
    assertThat(second).isNotDone();
    gate.leave();
    second.get(5, TimeUnit.SECONDS);
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void noQueryStartsWhileTheIntakeStoresAndOneWhileItCodes() throws Exception {
    IngestPriority priority = new IngestPriority(true);
    QueryGate gate = new QueryGate(new QueryGate.Limits(2, 8, Duration.ofSeconds(20), 1), priority);
    java.util.concurrent.CountDownLatch storing = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch stored = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<Void> intake = async(() -> priority.run(() -> holdStore(priority, storing, stored)));
    storing.await();
    CompletableFuture<Void> reader = async(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    while (gate.waiting() == 0) {
      Thread.onSpinWait();
    }
    assertThat(reader).isNotDone();
    stored.countDown(); // the store is committed: the reader's turn (the run ends too)
    reader.get(10, TimeUnit.SECONDS);
    intake.get(10, TimeUnit.SECONDS);
    gate.leave();

    // while the intake codes (a run without a store in hand) one query runs, a second waits
    java.util.concurrent.CountDownLatch coding = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch coded = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<Void> run = async(() -> priority.run(() -> {
      coding.countDown();
      try {
        coded.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }));
    coding.await();
    gate.enter(context(new ConcurrentHashMap<>()));
    CompletableFuture<Void> second = async(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    while (gate.waiting() == 0) {
      Thread.onSpinWait();
    }
    assertThat(second).isNotDone();
    coded.countDown(); // the run ends: two may run again
    second.get(10, TimeUnit.SECONDS);
    run.get(10, TimeUnit.SECONDS);
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void withReadsWhileStoringAReadStartsDuringAStoreAsDuringCodingAndTheStoreGoesOn() throws Exception {
    // issue 13, round 10: a store holds reads as coding does (one at a time here), no longer to none
    IngestPriority priority = new IngestPriority(true, true);
    QueryGate gate = new QueryGate(new QueryGate.Limits(2, 8, Duration.ofSeconds(20), 1), priority);
    java.util.concurrent.CountDownLatch storing = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch stored = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<Void> intake = async(() -> priority.run(() -> holdStore(priority, storing, stored)));
    storing.await();
    assertThat(priority.storing()).isTrue();
    // the first read starts while the store is in hand, a second waits as it would while the intake
    // codes; the read in hand does not hold the store: it is committed and the run ends, then the second goes
    oneGoesTheNextWaitsFor(gate, stored, intake);
    assertThat(priority.storing()).isFalse();

    // coding at a lower CPU priority (yielding, not behind) lets every read through while it codes,
    // but a store in hand still holds them to one at a time: the store runs at the reads' priority
    priority.yielding(Duration.ofSeconds(5));
    java.util.concurrent.CountDownLatch storing2 = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch stored2 = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<Void> intake2 = storeOfARun(priority, storing2, stored2);
    storing2.await();
    oneGoesTheNextWaitsFor(gate, stored2, intake2);
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void withoutReadsWhileStoringAStoreStillHoldsEveryNewRead() {
    IngestPriority before = new IngestPriority(true, false);
    assertThat(before.readsWhileStoring()).isFalse();
    assertThat(new IngestPriority(true).readsWhileStoring()).as("the one-argument priority, as in round 9").isFalse();
    assertThat(before.store(() -> before.storeHoldsAll())).isTrue();
    IngestPriority now = new IngestPriority(true, true);
    assertThat(now.store(() -> now.storeHoldsAll())).isFalse();
    assertThat(now.storeHoldsAll()).isFalse();
    assertThat(before.storeHoldsAll()).as("no store in hand").isFalse();
  }

  /** Waits until a request waits in the gate's line, and checks that {@code waiter} has not gone through. */
  private static void untilOneWaits(QueryGate gate, CompletableFuture<Void> waiter) {
    while (gate.waiting() == 0) {
      Thread.onSpinWait();
    }
    assertThat(waiter).isNotDone();
  }

  /** A store of the intake that is in hand from {@code storing} until {@code stored} opens. */
  private static void holdStore(IngestPriority priority, java.util.concurrent.CountDownLatch storing,
      java.util.concurrent.CountDownLatch stored) {
    priority.store(() -> {
      storing.countDown();
      try {
        stored.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
  }

  /** On its own thread: a run of an article queued now whose store is in hand from {@code storing} until {@code stored} opens. */
  private static CompletableFuture<Void> storeOfARun(IngestPriority priority, java.util.concurrent.CountDownLatch storing,
      java.util.concurrent.CountDownLatch stored) {
    return async(() -> {
      priority.oldestQueuedAt(System.nanoTime());
      priority.run(() -> holdStore(priority, storing, stored));
      priority.noneInHand();
    });
  }

  /**
   * One read goes at once, the next waits until {@code open} opens, then goes and the {@code intake}
   * ends; both give their turns back.
   */
  private static void oneGoesTheNextWaitsFor(QueryGate gate, java.util.concurrent.CountDownLatch open,
      CompletableFuture<Void> intake) throws Exception {
    entering(gate).get(10, TimeUnit.SECONDS);
    CompletableFuture<Void> next = entering(gate);
    untilOneWaits(gate, next);
    goesOnceOpen(open, next, intake);
    gate.leave();
    gate.leave();
  }

  /** Opens {@code intakeHeld}, then the waiting {@code reader} goes and the {@code intake} ends. */
  private static void goesOnceOpen(java.util.concurrent.CountDownLatch intakeHeld, CompletableFuture<Void> reader,
      CompletableFuture<Void> intake) throws Exception {
    intakeHeld.countDown();
    reader.get(10, TimeUnit.SECONDS);
    intake.get(10, TimeUnit.SECONDS);
  }

  /** Enters the gate on a thread of its own. */
  private static CompletableFuture<Void> entering(QueryGate gate) {
    return async(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void aYieldingIntakeLetsEveryReadThroughWhileItCodesUntilAnArticleWaitedTooLong() throws Exception {
    IngestPriority priority = new IngestPriority(true);
    QueryGate gate = new QueryGate(new QueryGate.Limits(2, 8, Duration.ofSeconds(20), 1), priority);
    priority.yielding(Duration.ofSeconds(5)); // the intake codes at a lower CPU priority than the reads
    java.util.concurrent.CountDownLatch coding = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch behind = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch coded = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<Void> run = async(() -> {
      priority.oldestQueuedAt(System.nanoTime());
      priority.run(() -> {
        coding.countDown();
        try {
          behind.await();
          // the article in hand was queued 6 s ago: longer than the bound
          priority.oldestQueuedAt(System.nanoTime() - 6_000_000_000L);
          coded.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      priority.noneInHand();
    });
    coding.await();
    // while it codes, not behind: both reads run at once (one at a time without yielding)
    entering(gate).get(10, TimeUnit.SECONDS);
    entering(gate).get(10, TimeUnit.SECONDS);
    gate.leave();
    gate.leave();

    behind.countDown();
    while (!priority.holdsReads()) {
      Thread.onSpinWait();
    }
    // behind: one read runs, the next waits until the intake has caught up (its run ends)
    oneGoesTheNextWaitsFor(gate, coded, run);
    assertThat(priority.holdsReads()).as("nothing in hand: not behind").isFalse();

    // a store in hand still holds every new read, yielding or not
    java.util.concurrent.CountDownLatch storing = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch stored = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<Void> intake = storeOfARun(priority, storing, stored);
    storing.await();
    CompletableFuture<Void> reader = entering(gate);
    untilOneWaits(gate, reader);
    goesOnceOpen(stored, reader, intake);
    gate.leave();

    // no longer yielding: one read at a time while it codes again
    priority.yielding(null);
    assertThat(priority.holdsReads()).isTrue();
  }

  @Test
  void withoutPriorityTheIntakeChangesNothing() throws Exception {
    IngestPriority none = new IngestPriority(false);
    QueryGate gate = new QueryGate(new QueryGate.Limits(2, 8, Duration.ofSeconds(20), 1), none);
    none.store(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()));
        gate.enter(context(new ConcurrentHashMap<>()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void aWaiterThatGivesUpDoesNotHoldUpTheLine() throws Exception {
    QueryGate gate = new QueryGate(new QueryGate.Limits(1, 8, Duration.ofMillis(300)));
    gate.enter(context(new ConcurrentHashMap<>()));
    // the first waiter's 300 ms run out; the one after it must still get the turn given back
    CompletableFuture<Throwable> first = asyncGet(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()));
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(ApiException.class);
    CompletableFuture<Void> next = async(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    while (gate.waiting() == 0 && !next.isDone()) {
      Thread.onSpinWait();
    }
    gate.leave();
    next.get(10, TimeUnit.SECONDS);
  }

  @Test
  void limitsCheckThemselves() {
    assertThatThrownBy(() -> new QueryGate.Limits(2, 1, Duration.ZERO, 3))
        .hasMessage("concurrent queries while ingesting must be 1..2, was 3");
    assertThatThrownBy(() -> new QueryGate.Limits(2, 1, Duration.ZERO, 0))
        .hasMessage("concurrent queries while ingesting must be 1..2, was 0");
    assertThatThrownBy(() -> new QueryGate.Limits(0, 1, Duration.ZERO))
        .hasMessage("concurrent queries must be at least 1, was 0");
    assertThatThrownBy(() -> new QueryGate.Limits(1, -1, Duration.ZERO))
        .hasMessage("query queue must be at least 0, was -1");
    assertThatThrownBy(() -> new QueryGate.Limits(1, 1, Duration.ofSeconds(-1)))
        .hasMessage("query wait must not be negative, was PT-1S");
  }

  @Test
  void aQuickRequestDoesNotWaitBehindSlowOnesInALaneOfTheirOwn() throws Exception {
    // one query at a time in the quick line, one in the slow line (issue 13, round 8)
    QueryGate gate = new QueryGate(new QueryGate.Limits(1, 8, Duration.ofSeconds(20), 1, 1));
    gate.enter(context(new ConcurrentHashMap<>()), true);
    CompletableFuture<Void> secondSlow = async(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()), true);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    while (gate.waiting() == 0) {
      Thread.onSpinWait();
    }
    // a quick one goes at once although a slow one runs and another waits
    gate.enter(context(new ConcurrentHashMap<>()), false);
    assertThat(secondSlow).isNotDone();
    assertThat(gate.waiting()).isEqualTo(1);
    // a second quick one waits for the first quick one, not for the slow ones
    CompletableFuture<Void> secondQuick = async(() -> {
      try {
        gate.enter(context(new ConcurrentHashMap<>()), false);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    while (gate.waiting() < 2) {
      Thread.onSpinWait();
    }
    gate.leave(false);
    secondQuick.get(10, TimeUnit.SECONDS);
    assertThat(secondSlow).isNotDone();
    gate.leave(true);
    secondSlow.get(10, TimeUnit.SECONDS);
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void withoutASlowLaneEveryRequestWaitsInTheOneLine() throws Exception {
    QueryGate gate = new QueryGate(new QueryGate.Limits(1, 8, Duration.ofSeconds(20), 1, 0));
    io.javalin.http.Handler guarded = gate.guard(ctx -> { }, ctx -> true);
    gate.enter(context(new ConcurrentHashMap<>()));
    CompletableFuture<Void> slowOne = async(() -> {
      try {
        guarded.handle(timedContext());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    while (gate.waiting() == 0) {
      Thread.onSpinWait();
    }
    assertThat(slowOne).isNotDone();
    gate.leave();
    slowOne.get(10, TimeUnit.SECONDS);
  }

  @Test
  void theSlowLaneIsAtMostTheConcurrentQueries() {
    assertThatThrownBy(() -> new QueryGate.Limits(2, 1, Duration.ZERO, 1, 3))
        .hasMessage("slow queries at once must be 0..2, was 3");
    assertThatThrownBy(() -> new QueryGate.Limits(2, 1, Duration.ZERO, 1, -1))
        .hasMessage("slow queries at once must be 0..2, was -1");
  }

  /** A context that keeps its attributes (for the gate's Server-Timing) and its headers. */
  private static Context timedContext() {
    Map<String, Object> attributes = new ConcurrentHashMap<>();
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "attribute" -> {
            if (args.length == 2) {
              attributes.put((String) args[0], args[1]);
              yield null;
            }
            yield attributes.get((String) args[0]);
          }
          case "header" -> proxy;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** A request's context with these query parameters only. */
  private static Context query(Map<String, String> params) {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> {
          if (method.getName().equals("queryParam") && args != null && args.length == 1) {
            return params.get((String) args[0]);
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void theSlowKindsAreExportsAndAggregatesByDayOrByDyad() {
    assertThat(VigilServer.slow("export", query(Map.of()))).isTrue();
    assertThat(VigilServer.slow("aggregates", query(Map.of()))).as("by day, the default").isTrue();
    assertThat(VigilServer.slow("aggregates", query(Map.of("by", "day", "group", "type")))).isTrue();
    assertThat(VigilServer.slow("aggregates", query(Map.of("by", "week", "group", "dyad")))).isTrue();
    assertThat(VigilServer.slow("aggregates", query(Map.of("by", "week", "group", "type")))).isFalse();
    assertThat(VigilServer.slow("aggregates", query(Map.of("by", "month")))).isFalse();
    assertThat(VigilServer.slow("events", query(Map.of("by", "day")))).isFalse();
  }
}
