package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

final class ResponseCacheTest {
  private static final LocalDate D = LocalDate.of(2025, 12, 14);
  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());
  private int articles;

  @AfterEach
  void close() {
    store.close();
  }

  private ResponseCache cache(int entries, long bytes) {
    return new ResponseCache(entries, bytes, store::generation, store::changesSince);
  }

  /** Commits one event dated {@code date} between the two countries. */
  private void commit(LocalDate date, String source, String target) {
    Article a = Events.article("a" + articles++, date);
    store.store(a, List.of(Events.event(a, a.id() + "-e").date(date).source(source + "GOV", source)
        .target(target + "GOV", target).cameo("036", 1, 4).plover("CONSULT").build()));
  }

  private static Map<String, List<String>> params(String... pairs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
    }
    return out;
  }

  private static ResponseCache.Scope scope(String... pairs) {
    return ResponseCache.Scope.of(params(pairs));
  }

  @Test
  void theOrderOfParametersMakesNoOtherKeyButTheirValuesDo() {
    assertThat(ResponseCache.key("/aggregates", params("by", "week", "country", "TJK"), false))
        .isEqualTo(ResponseCache.key("/aggregates", params("country", "TJK", "by", "week"), false))
        .isEqualTo("/aggregates?by=week&country=TJK&");
    assertThat(ResponseCache.key("/aggregates", params("country", "TJK"), false))
        .isNotEqualTo(ResponseCache.key("/aggregates", params("country", "KGZ"), false))
        .isNotEqualTo(ResponseCache.key("/events", params("country", "TJK"), false));
    // a body that repeats the parameters in their order (the next link of /events) keeps it
    assertThat(ResponseCache.key("/events", params("limit", "5", "country", "TJK"), true))
        .isEqualTo("/events?limit=5&country=TJK&")
        .isNotEqualTo(ResponseCache.key("/events", params("country", "TJK", "limit", "5"), true));
  }

  @Test
  void aCommitOfEventsDatedDKeepsAnAnswerForARangeWithoutDAndDropsOneWithD() {
    ResponseCache cache = cache(10, 1_000);
    long g = store.generation();
    cache.put("before", scope("from", "2025-01-01", "to", "2025-12-13"), g, new byte[] {1}, "\"t1\"");
    cache.put("after", scope("from", "2025-12-15"), g, new byte[] {2}, "\"t2\"");
    cache.put("with", scope("from", "2025-12-01", "to", "2025-12-31"), g, new byte[] {3}, "\"t3\"");
    cache.put("all", scope(), g, new byte[] {4}, "\"t4\"");

    commit(D, "RUS", "UKR");

    assertThat(cache.get("before")).containsExactly(1);
    assertThat(cache.etag("before")).isEqualTo("\"t1\"");
    assertThat(cache.get("after")).containsExactly(2);
    assertThat(cache.get("with")).isNull();
    assertThat(cache.get("all")).isNull();
    assertThat(cache.size()).containsExactly(2, 2);
  }

  @Test
  void anAnswerAboutAnotherCountryIsKeptAndOneAboutACountryOfTheEventsIsNot() {
    ResponseCache cache = cache(10, 1_000);
    long g = store.generation();
    cache.put("tjk", scope("country", "TJK"), g, new byte[] {1}, "\"t1\"");
    cache.put("ukr", scope("country", "UKR", "from", "2025-12-01"), g, new byte[] {2}, "\"t2\"");
    cache.put("ukr-before", scope("country", "UKR", "to", "2025-12-13"), g, new byte[] {3}, "\"t3\"");

    commit(D, "RUS", "UKR");

    assertThat(cache.get("tjk")).containsExactly(1);
    assertThat(cache.get("ukr")).isNull();
    assertThat(cache.get("ukr-before")).containsExactly(3);
    // kept entries count as hits across a commit
    assertThat(cache.counts()).containsExactly(2, 1, 2, 0);
  }

  @Test
  void aCommitThatCannotSayWhatItChangedDropsEveryEntry() {
    ResponseCache cache = cache(10, 1_000);
    commit(D, "RUS", "UKR");
    cache.put("old", scope("to", "2016-01-01", "country", "TJK"), store.generation(), new byte[] {1}, "\"t\"");
    // a re-coding takes events away without telling their dates
    Article a = Events.article("a0", D);
    store.replaceEvents(a.id(), List.of());
    assertThat(cache.get("old")).isNull();
  }

  @Test
  void aBodyMadeBeforeACommitIsKeptOnlyWhenTheCommitDidNotTouchIt() {
    ResponseCache cache = cache(10, 1_000);
    long madeAt = store.generation();
    commit(D, "RUS", "UKR");
    cache.put("touched", scope("country", "RUS"), madeAt, new byte[] {1}, "\"t1\"");
    cache.put("untouched", scope("country", "TJK"), madeAt, new byte[] {2}, "\"t2\"");
    assertThat(cache.get("touched")).isNull();
    assertThat(cache.get("untouched")).containsExactly(2);
    assertThat(cache.size()).containsExactly(1, 1);
  }

  @Test
  void aDateThatDoesNotParseOrAParameterGivenTwiceScopesEveryDate() {
    assertThat(scope("from", "July", "country", "TJK")).isEqualTo(new ResponseCache.Scope(null, null, "TJK"));
    assertThat(scope("country", "TJK", "country", "KGZ", "to", "2025-01-31"))
        .isEqualTo(new ResponseCache.Scope(null, LocalDate.of(2025, 1, 31), null));
  }

  @Test
  void itHoldsAtMostItsEntriesAndBytesDroppingTheLeastRecentlyUsed() {
    long g = store.generation();
    ResponseCache cache = cache(2, 1_000);
    cache.put("a", scope(), g, new byte[10], "\"a\"");
    cache.put("b", scope(), g, new byte[10], "\"b\"");
    cache.get("a");
    cache.put("c", scope(), g, new byte[10], "\"c\"");
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("a")).hasSize(10);
    assertThat(cache.get("c")).hasSize(10);
    assertThat(cache.size()).containsExactly(2, 20);

    ResponseCache small = cache(100, 1_000);
    for (int i = 0; i < 20; i++) {
      small.put("k" + i, scope(), g, new byte[100], "\"k\"");
    }
    assertThat(small.size()[1]).isLessThanOrEqualTo(1_000);
    small.put("big", scope(), g, new byte[101], "\"big\"");
    assertThat(small.get("big")).as("over a tenth of the bytes").isNull();
  }

  @Test
  void aCacheWithoutRoomIsRefused() {
    assertThatThrownBy(() -> cache(0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a response cache needs room, was 0 entries and 10 bytes");
  }

  /** What a request of the fake context was answered: status, body, headers. */
  private static final class Answer {
    volatile int status = 200;
    volatile byte[] body;
    final Map<String, String> headers = new java.util.concurrent.ConcurrentHashMap<>();
  }

  /** A request's context for {@code path?query} that records its answer. */
  private static io.javalin.http.Context request(String path, Map<String, List<String>> query, Answer answer) {
    Map<String, Object> attributes = new java.util.concurrent.ConcurrentHashMap<>();
    return (io.javalin.http.Context) java.lang.reflect.Proxy.newProxyInstance(
        io.javalin.http.Context.class.getClassLoader(), new Class<?>[] {io.javalin.http.Context.class},
        (proxy, method, args) -> {
          int n = args == null ? 0 : args.length;
          switch (method.getName() + "/" + n) {
            case "path/0": return path;
            case "queryParamMap/0": return query;
            case "attribute/1": return attributes.get((String) args[0]);
            case "attribute/2":
              attributes.put((String) args[0], args[1]);
              return null;
            case "header/1": return null;
            case "header/2":
              answer.headers.put((String) args[0], (String) args[1]);
              return proxy;
            case "status/1":
              answer.status = (Integer) args[0];
              return proxy;
            case "contentType/1": return proxy;
            case "result/1":
              answer.body = (byte[]) args[0];
              return proxy;
            default: throw new UnsupportedOperationException(method.getName());
          }
        });
  }

  /** A handler that makes its body as {@link Responses} does, after {@code release} opens; counts its calls. */
  private io.javalin.http.Handler slowHandler(java.util.concurrent.CountDownLatch release,
      java.util.concurrent.atomic.AtomicInteger calls, java.util.concurrent.CountDownLatch started) {
    return ctx -> {
      long madeAt = store.generation();
      int call = calls.incrementAndGet();
      started.countDown();
      assertThat(release.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      byte[] body = ("body " + call).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String etag = Responses.etag(body);
      ResponseCache.offer(ctx, madeAt, body, etag);
      Responses.tagged(ctx, body, etag);
    };
  }

  /** Starts a request on a thread of its own. */
  private static Thread send(io.javalin.http.Handler served, io.javalin.http.Context ctx) {
    return Thread.ofPlatform().daemon().start(() -> {
      try {
        served.handle(ctx);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Waits until {@code t} waits (for the same request in progress). */
  private static void untilWaiting(Thread t) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (t.getState() != Thread.State.TIMED_WAITING && t.getState() != Thread.State.WAITING) {
      assertThat(System.nanoTime()).as("the request waits").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private ResponseCache sharing() {
    return new ResponseCache(10, 10_000, store::generation, store::changesSince, java.time.Duration.ofSeconds(30));
  }

  /** A cache that shares bodies in progress, in front of a handler held until {@link #release} opens. */
  private final class Held {
    final ResponseCache cache = sharing();
    final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    final io.javalin.http.Handler served = cache.serve(slowHandler(release, calls, started), false);

    /** Sends the first request and returns once its handler has started. */
    Thread first(String path, Map<String, List<String>> query, Answer answer) throws InterruptedException {
      Thread t = send(served, request(path, query, answer));
      assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      return t;
    }
  }

  @Test
  void requestsForWhatIsBeingMadeWaitForItsBodyAndAnotherRequestDoesNot() throws Exception {
    Held held = new Held();
    ResponseCache cache = held.cache;
    var release = held.release;
    var calls = held.calls;
    io.javalin.http.Handler served = held.served;
    Answer first = new Answer();
    Thread a = held.first("/aggregates", params("country", "TJK", "by", "week"), first);
    // the same request, its parameters in another order, twice: both wait
    Answer second = new Answer();
    Answer third = new Answer();
    Thread b = send(served, request("/aggregates", params("by", "week", "country", "TJK"), second));
    Thread c = send(served, request("/aggregates", params("country", "TJK", "by", "week"), third));
    untilWaiting(b);
    untilWaiting(c);
    assertThat(calls.get()).isEqualTo(1);
    // another request is not held up: it runs its own handler while the first is in hand
    var otherCalls = new java.util.concurrent.atomic.AtomicInteger();
    var otherStarted = new java.util.concurrent.CountDownLatch(1);
    var open = new java.util.concurrent.CountDownLatch(0);
    Answer other = new Answer();
    cache.serve(slowHandler(open, otherCalls, otherStarted), false)
        .handle(request("/aggregates", params("country", "KGZ", "by", "week"), other));
    assertThat(otherCalls.get()).isEqualTo(1);
    assertThat(other.body).asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("body 1");

    release.countDown();
    for (Thread t : List.of(a, b, c)) {
      t.join(30_000);
    }
    assertThat(calls.get()).as("one query for three requests").isEqualTo(1);
    for (Answer x : List.of(first, second, third)) {
      assertThat(x.body).asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("body 1");
      assertThat(x.headers.get("ETag")).isEqualTo(first.headers.get("ETag"));
    }
    assertThat(second.headers.get(Timings.HEADER)).contains(ResponseCache.SHARED + ";", ResponseCache.HIT + ";");
    assertThat(first.headers.getOrDefault(Timings.HEADER, "")).doesNotContain(ResponseCache.SHARED);
    assertThat(cache.counts()[3]).isEqualTo(2);
  }

  @Test
  void aWaiterMakesItsOwnBodyWhenACommitChangedTheOneInProgressOrItFailed() throws Exception {
    Held held = new Held();
    ResponseCache cache = held.cache;
    io.javalin.http.Handler served = held.served;
    Answer first = new Answer();
    Thread a = held.first("/aggregates", params("country", "RUS"), first);
    Answer second = new Answer();
    Thread b = send(served, request("/aggregates", params("country", "RUS"), second));
    untilWaiting(b);
    // an event about RUS is committed while the first body is made: it is not right any more
    commit(D, "RUS", "UKR");
    held.release.countDown();
    a.join(30_000);
    b.join(30_000);
    assertThat(held.calls.get()).isEqualTo(2);
    assertThat(first.body).asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("body 1");
    assertThat(second.body).asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("body 2");

    // the request in progress fails (the gate's 503): the waiter goes on to its own
    var failing = new java.util.concurrent.CountDownLatch(1);
    var failed = new java.util.concurrent.CountDownLatch(1);
    io.javalin.http.Handler refusing = cache.serve(ctx -> {
      failing.countDown();
      assertThat(failed.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      throw ApiException.unavailable("busy", "no turn");
    }, false);
    Thread x = Thread.ofPlatform().daemon().start(() -> {
      try {
        refusing.handle(request("/events", params("country", "TJK"), new Answer()));
      } catch (Exception expected) {
        // refused
      }
    });
    assertThat(failing.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    var ownCalls = new java.util.concurrent.atomic.AtomicInteger();
    Answer waiter = new Answer();
    Thread y = send(cache.serve(slowHandler(new java.util.concurrent.CountDownLatch(0), ownCalls,
        new java.util.concurrent.CountDownLatch(1)), false), request("/events", params("country", "TJK"), waiter));
    untilWaiting(y);
    failed.countDown();
    x.join(30_000);
    y.join(30_000);
    assertThat(ownCalls.get()).isEqualTo(1);
    assertThat(waiter.body).asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("body 1");
  }
}
