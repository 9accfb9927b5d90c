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
  void limitsCheckThemselves() {
    assertThatThrownBy(() -> new QueryGate.Limits(0, 1, Duration.ZERO))
        .hasMessage("concurrent queries must be at least 1, was 0");
    assertThatThrownBy(() -> new QueryGate.Limits(1, -1, Duration.ZERO))
        .hasMessage("query queue must be at least 0, was -1");
    assertThatThrownBy(() -> new QueryGate.Limits(1, 1, Duration.ofSeconds(-1)))
        .hasMessage("query wait must not be negative, was PT-1S");
  }
}
