package org.vigil.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.vigil.store.Changes;

/**
 * Answers a repeated read of the store ({@code /events}, {@code /aggregates}) from memory while
 * no commit since the answer was made can have changed it (issue 13, rounds 3 and 7): keyed by
 * the route's path and its query parameters in order of name (so {@code ?a=1&b=2} and {@code
 * ?b=2&a=1} are one entry; in the request's order for {@code /events}, whose {@code next} link
 * repeats them), each entry with the store's generation read before its body was made, its ETag
 * (a hash of the body) and its scope: the request's {@code from}, {@code to} and {@code country}.
 * A commit tells the dates and countries of the events it wrote ({@link Changes}); an entry whose
 * dates (and country, when it has one) none of the commits since it was made touch is still
 * right, and is kept (round 3 dropped every entry at every commit, so at one article a second
 * nothing survived a second). A hit skips the {@link QueryGate} and the query, and answers 304
 * when the request's {@code If-None-Match} names the body's tag. At most {@code maxEntries}
 * entries and {@code maxBytes} of bodies, stale ones dropped first, then the least recently used;
 * a body larger than a tenth of {@code maxBytes} is not kept. A request that finds no entry while
 * the same request (the same key) is being made waits for that one's body instead of queueing for a
 * query of its own (issue 13, round 9: the dashboard's shared queries, dropped by a commit, came
 * back as a burst of identical requests in the gate's line), up to {@code maxShare}, then looks in
 * the cache again, so it answers only what is still right after every commit since; if nothing
 * was kept (an error, a body too large, a commit that changed it) it makes its own. Thread-safe.
 */
final class ResponseCache {
  /** The phase name a hit writes into {@code Server-Timing}. */
  static final String HIT = "cache";
  /** The phase name of the wait for the same request in progress ({@code Server-Timing}). */
  static final String SHARED = "shared";
  private static final String KEY = "vigil.cache-key";
  private static final String SELF = "vigil.cache";
  private static final String SCOPE = "vigil.cache-scope";

  /**
   * What an answer is about: its dates (either null: open) and its country (null: any).
   * Requests without a parseable {@code from} or {@code to} are about every date.
   */
  record Scope(LocalDate from, LocalDate to, String country) {
    static final Scope ALL = new Scope(null, null, null);

    static Scope of(Map<String, List<String>> parameters) {
      return new Scope(date(parameters, "from"), date(parameters, "to"), one(parameters, "country"));
    }

    private static String one(Map<String, List<String>> parameters, String name) {
      List<String> values = parameters.get(name);
      // a parameter given twice: the handler reads the first; the scope must not claim less
      return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
      String v = one(parameters, name);
      if (v == null) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        return null; // the handler refuses it, and an error is never kept
      }
    }

    boolean touchedBy(Changes changes) {
      return changes.touches(from, to, country);
    }
  }

  private record Entry(long generation, byte[] body, String etag, Scope scope) {}

  private final int maxEntries;
  private final long maxBytes;
  private final LongSupplier generation;
  private final LongFunction<Changes> changesSince;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  /** The requests being made now, by key: done when their handler returns. */
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<Void>> making =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.time.Duration maxShare;
  private long bytes;
  private long hits;
  private long misses;
  private long kept;
  private long shared;

  /**
   * A cache over a store whose commits are counted by {@code generation} and told by {@code
   * changesSince} (the changes of the commits after a generation).
   */
  ResponseCache(int maxEntries, long maxBytes, LongSupplier generation, LongFunction<Changes> changesSince) {
    this(maxEntries, maxBytes, generation, changesSince, java.time.Duration.ZERO);
  }

  /**
   * A cache over a store whose commits are counted by {@code generation} and told by {@code
   * changesSince}, where a request waits up to {@code maxShare} for the same request in progress
   * (zero: never waits).
   */
  ResponseCache(int maxEntries, long maxBytes, LongSupplier generation, LongFunction<Changes> changesSince,
      java.time.Duration maxShare) {
    this.maxShare = Objects.requireNonNull(maxShare, "maxShare");
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a response cache needs room, was " + maxEntries + " entries and "
          + maxBytes + " bytes");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.generation = Objects.requireNonNull(generation, "generation");
    this.changesSince = Objects.requireNonNull(changesSince, "changesSince");
  }

  /**
   * The request's key: its path, then its query parameters sorted by name (values in their order),
   * or in the request's order when {@code ordered} (a body that repeats them, as the {@code next}
   * link of {@code /events} does).
   */
  static String key(String path, Map<String, List<String>> parameters, boolean ordered) {
    StringBuilder key = new StringBuilder(path).append('?');
    (ordered ? parameters.keySet().stream() : parameters.keySet().stream().sorted()).forEach(name -> {
      for (String value : parameters.get(name)) {
        key.append(name).append('=').append(value).append('&');
      }
    });
    return key.toString();
  }

  /** {@code handler}, answered from the cache when it holds a body of the request that is still right. */
  Handler serve(Handler handler, boolean ordered) {
    return ctx -> {
      String key = key(ctx.path(), ctx.queryParamMap(), ordered);
      Entry hit = entry(key);
      java.util.concurrent.CompletableFuture<Void> mine = null;
      if (hit == null && !maxShare.isZero()) {
        mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Void> other = making.putIfAbsent(key, mine);
        if (other != null) {
          mine = null;
          hit = afterSharing(ctx, key, other);
        }
      }
      if (hit != null) {
        Timings.add(ctx, HIT, 0);
        Responses.tagged(ctx, hit.body(), hit.etag());
        return;
      }
      ctx.attribute(KEY, key);
      ctx.attribute(SELF, this);
      ctx.attribute(SCOPE, Scope.of(ctx.queryParamMap()));
      try {
        handler.handle(ctx);
      } finally {
        if (mine != null) {
          making.remove(key, mine);
          mine.complete(null);
        }
      }
    };
  }

  /**
   * Waits (up to {@code maxShare}) for {@code other}, the same request in progress, then the body it
   * left in the cache if still right, or null.
   */
  private Entry afterSharing(Context ctx, String key, java.util.concurrent.CompletableFuture<Void> other)
      throws InterruptedException {
    long t = System.nanoTime();
    try {
      other.get(maxShare.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      // too long, or it failed: this request makes its own
    }
    Timings.add(ctx, SHARED, System.nanoTime() - t);
    Entry e = entry(key);
    if (e != null) {
      synchronized (this) {
        shared++;
      }
    }
    return e;
  }

  /**
   * Keeps the body a request made at {@code madeAt} (the generation read before it was made) under
   * its tag, if the request was looked up.
   */
  static void offer(Context ctx, long madeAt, byte[] body, String etag) {
    String key = ctx.attribute(KEY);
    ResponseCache cache = ctx.attribute(SELF);
    Scope scope = ctx.attribute(SCOPE);
    if (key != null && cache != null) {
      cache.put(key, scope == null ? Scope.ALL : scope, madeAt, body, etag);
    }
  }

  /** The body kept for {@code key} that no commit since has changed, or null. */
  byte[] get(String key) {
    Entry e = entry(key);
    return e == null ? null : e.body();
  }

  /** The tag of the body kept for {@code key} that no commit since has changed, or null. */
  String etag(String key) {
    Entry e = entry(key);
    return e == null ? null : e.etag();
  }

  private synchronized Entry entry(String key) {
    Entry e = entries.get(key);
    if (e == null) {
      misses++;
      return null;
    }
    long now = generation.getAsLong();
    if (e.generation() != now) {
      if (e.scope().touchedBy(changesSince.apply(e.generation()))) {
        entries.remove(key);
        bytes -= e.body().length;
        misses++;
        return null;
      }
      // still right: checked up to now, so the next look checks only later commits
      e = new Entry(now, e.body(), e.etag(), e.scope());
      entries.put(key, e);
      kept++;
    }
    hits++;
    return e;
  }

  /** Keeps {@code body} (tag {@code etag}) for {@code key}, made at generation {@code madeAt}, about {@code scope}. */
  synchronized void put(String key, Scope scope, long madeAt, byte[] body, String etag) {
    if (body.length > maxBytes / 10 || (madeAt != generation.getAsLong()
        && scope.touchedBy(changesSince.apply(madeAt)))) {
      return;
    }
    Entry old = entries.put(key, new Entry(madeAt, body, etag, scope));
    bytes += body.length - (old == null ? 0 : old.body().length);
    // stale entries first, then the least recently used
    if (entries.size() > maxEntries || bytes > maxBytes) {
      Map<Long, Changes> since = new HashMap<>();
      List<String> stale = new ArrayList<>();
      entries.forEach((k, v) -> {
        if (v.scope().touchedBy(since.computeIfAbsent(v.generation(), changesSince::apply))) {
          stale.add(k);
        }
      });
      stale.forEach(k -> bytes -= entries.remove(k).body().length);
      var it = entries.entrySet().iterator();
      while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
        bytes -= it.next().getValue().body().length;
        it.remove();
      }
    }
  }

  /** Hits and misses so far, the hits on entries kept across a commit, and the hits after waiting for the same request. */
  synchronized long[] counts() {
    return new long[] {hits, misses, kept, shared};
  }

  /** Entries and bytes held. */
  synchronized long[] size() {
    return new long[] {entries.size(), bytes};
  }
}
