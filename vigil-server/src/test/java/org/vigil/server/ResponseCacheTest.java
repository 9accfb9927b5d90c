package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class ResponseCacheTest {
  private final AtomicLong generation = new AtomicLong(7);

  private static Map<String, List<String>> params(String... pairs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
    }
    return out;
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
  void aCommitMakesEveryEntryStale() {
    ResponseCache cache = new ResponseCache(10, 1_000, generation::get);
    cache.put("a", 7, new byte[] {1});
    assertThat(cache.get("a")).containsExactly(1);

    generation.incrementAndGet();
    assertThat(cache.get("a")).isNull();
    assertThat(cache.counts()).containsExactly(1, 1);
  }

  @Test
  void aBodyMadeBeforeTheLastCommitIsNotKept() {
    ResponseCache cache = new ResponseCache(10, 1_000, generation::get);
    cache.put("a", 6, new byte[] {1});
    assertThat(cache.get("a")).isNull();
    assertThat(cache.size()).containsExactly(0, 0);
  }

  @Test
  void itHoldsAtMostItsEntriesAndBytesDroppingTheLeastRecentlyUsed() {
    ResponseCache cache = new ResponseCache(2, 1_000, generation::get);
    cache.put("a", 7, new byte[10]);
    cache.put("b", 7, new byte[10]);
    cache.get("a");
    cache.put("c", 7, new byte[10]);
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("a")).hasSize(10);
    assertThat(cache.get("c")).hasSize(10);
    assertThat(cache.size()).containsExactly(2, 20);

    ResponseCache small = new ResponseCache(100, 1_000, generation::get);
    for (int i = 0; i < 20; i++) {
      small.put("k" + i, 7, new byte[100]);
    }
    assertThat(small.size()[1]).isLessThanOrEqualTo(1_000);
    small.put("big", 7, new byte[101]);
    assertThat(small.get("big")).as("over a tenth of the bytes").isNull();
  }

  @Test
  void aCacheWithoutRoomIsRefused() {
    assertThatThrownBy(() -> new ResponseCache(0, 10, generation::get)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a response cache needs room, was 0 entries and 10 bytes");
  }
}
