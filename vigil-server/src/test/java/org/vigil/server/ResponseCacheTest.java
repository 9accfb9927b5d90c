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
    assertThat(cache.counts()).containsExactly(2, 1, 2);
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
}
