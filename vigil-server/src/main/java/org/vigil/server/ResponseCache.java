package org.vigil.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Answers a repeated read of the store ({@code /events}, {@code /aggregates}) from memory while
 * the store has committed nothing since the answer was made (issue 13, round 3): keyed by the
 * route's path and its query parameters in order of name (so {@code ?a=1&b=2} and {@code
 * ?b=2&a=1} are one entry; in the request's order for {@code /events}, whose {@code next} link
 * repeats them), each entry tagged with the store's generation read before its body was
 * made; any commit makes every entry stale. A hit skips the {@link QueryGate} and the query. What
 * the ingest does to it: every commit (an article stored, a correction, a re-coding) empties it in
 * effect, so its hit rate is that of identical requests between two commits. At most {@code
 * maxEntries} entries and {@code maxBytes} of bodies, the least recently used dropped first; a
 * body larger than a tenth of {@code maxBytes} is not kept. Thread-safe.
 */
final class ResponseCache {
  /** The phase name a hit writes into {@code Server-Timing}. */
  static final String HIT = "cache";
  private static final String KEY = "vigil.cache-key";
  private static final String SELF = "vigil.cache";

  private record Entry(long generation, byte[] body) {}

  private final int maxEntries;
  private final long maxBytes;
  private final LongSupplier generation;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long hits;
  private long misses;

  ResponseCache(int maxEntries, long maxBytes, LongSupplier generation) {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a response cache needs room, was " + maxEntries + " entries and "
          + maxBytes + " bytes");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.generation = Objects.requireNonNull(generation, "generation");
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

  /** {@code handler}, answered from the cache when it holds the request's body of this generation. */
  Handler serve(Handler handler, boolean ordered) {
    return ctx -> {
      String key = key(ctx.path(), ctx.queryParamMap(), ordered);
      Entry hit = entry(key);
      if (hit != null) {
        Timings.add(ctx, HIT, 0);
        Responses.versionedBytes(ctx, hit.generation(), hit::body);
        return;
      }
      ctx.attribute(KEY, key);
      ctx.attribute(SELF, this);
      handler.handle(ctx);
    };
  }

  /** Keeps the body a request made at {@code madeAt} (the generation read before it was made), if the request was looked up. */
  static void offer(Context ctx, long madeAt, byte[] body) {
    String key = ctx.attribute(KEY);
    ResponseCache cache = ctx.attribute(SELF);
    if (key != null && cache != null) {
      cache.put(key, madeAt, body);
    }
  }

  /** The body kept for {@code key} at the store's current generation, or null. */
  byte[] get(String key) {
    Entry e = entry(key);
    return e == null ? null : e.body();
  }

  private synchronized Entry entry(String key) {
    Entry e = entries.get(key);
    if (e == null || e.generation() != generation.getAsLong()) {
      misses++;
      return null;
    }
    hits++;
    return e;
  }

  synchronized void put(String key, long madeAt, byte[] body) {
    if (body.length > maxBytes / 10 || madeAt != generation.getAsLong()) {
      return;
    }
    Entry old = entries.put(key, new Entry(madeAt, body));
    bytes += body.length - (old == null ? 0 : old.body().length);
    // stale entries first, then the least recently used
    if (entries.size() > maxEntries || bytes > maxBytes) {
      long now = generation.getAsLong();
      List<String> stale = new ArrayList<>();
      entries.forEach((k, v) -> {
        if (v.generation() != now) {
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

  /** Hits and misses so far. */
  synchronized long[] counts() {
    return new long[] {hits, misses};
  }

  /** Entries and bytes held. */
  synchronized long[] size() {
    return new long[] {entries.size(), bytes};
  }
}
