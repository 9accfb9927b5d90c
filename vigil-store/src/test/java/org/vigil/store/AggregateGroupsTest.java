package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;
import org.vigil.store.StoreReads.Aggregate;
import org.vigil.store.StoreReads.Answer;
import org.vigil.store.StoreReads.GroupCursor;
import org.vigil.store.StoreReads.Grouping;
import org.vigil.store.StoreReads.Groups;
import org.vigil.store.StoreReads.Period;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * An aggregate's top groups (issue 13, round 6: a decade of dyads by day was a 13 MB answer): the
 * pages of groups, walked by their cursors, hold every row of the whole aggregate once, in the
 * order of the groups' events (most first, then by name), each page in the aggregate's own order.
 */
final class AggregateGroupsTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 9);

  @Test
  void pagesOfGroupsWalkEveryRowOnceMostEventsFirst() {
    Seeded.forEachCase(20, 0x5EED_0613L, g -> {
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
        StoreReads reads = new StoreReads(store);
        List<EventStore.Coded> batch = new ArrayList<>();
        for (int i = 0; i < g.between(1, 30); i++) {
          Article a = Events.article("a" + i, DAY.plusDays(g.between(0, 40)));
          List<CodedEvent> events = new ArrayList<>();
          for (int k = 0; k < g.between(0, 5); k++) {
            events.add(Events.random(g, a, a.id() + "-" + k));
          }
          batch.add(new EventStore.Coded(a, events));
        }
        assertThat(store.storeAll(batch)).noneMatch(EventStore.Outcome::failed);
        EventQuery q = g.bool() ? EventQuery.all(1)
            : EventQuery.builder().from(DAY.plusDays(g.between(0, 10))).to(DAY.plusDays(g.between(11, 40))).build();
        for (Grouping grouping : Grouping.values()) {
          for (Period period : Period.values()) {
            List<Aggregate> all = reads.aggregate(q, period, grouping);
            Map<String, Long> totals = new HashMap<>();
            all.forEach(r -> totals.merge(r.group(), r.events(), Long::sum));
            int limit = g.between(1, 6);
            List<Aggregate> walked = new ArrayList<>();
            Set<String> groupOrder = new LinkedHashSet<>();
            GroupCursor after = null;
            int pages = 0;
            do {
              List<Aggregate> page = new ArrayList<>();
              Answer answer = reads.aggregate(q, period, grouping, new Groups(limit, after), (day, group, events, gs) ->
                  page.add(new Aggregate(LocalDate.parse(day), group, events, gs)));
              String where = grouping + " by " + period + ", limit " + limit + ", page " + (pages + 1);
              assertThat(page).as(where).isSortedAccordingTo(
                  java.util.Comparator.comparing(Aggregate::period).thenComparing(Aggregate::group));
              List<String> groups = page.stream().map(Aggregate::group).distinct().sorted(
                  java.util.Comparator.comparing((String s) -> -totals.get(s)).thenComparing(s -> s)).toList();
              assertThat(answer.groups()).as(where).isEqualTo(groups.size()).isLessThanOrEqualTo(limit);
              assertThat(answer.rows()).as(where).isEqualTo(page.size());
              groupOrder.addAll(groups);
              walked.addAll(page);
              after = answer.next();
              if (after != null) {
                assertThat(answer.groups()).as(where).isEqualTo(limit);
                assertThat(after).as(where).isEqualTo(new GroupCursor(totals.get(groups.getLast()), groups.getLast()));
              }
              pages++;
            } while (after != null);
            assertThat(walked).as(grouping + " by " + period).containsExactlyInAnyOrderElementsOf(all);
            List<String> ranked = totals.keySet().stream().sorted(
                java.util.Comparator.comparing((String s) -> -totals.get(s)).thenComparing(s -> s)).toList();
            assertThat(groupOrder).as(grouping + " by " + period).containsExactlyElementsOf(ranked);
            assertThat(pages).isEqualTo(Math.max(1, (ranked.size() + limit - 1) / limit));
          }
        }
      }
    });
  }

  @Test
  void aPageOfGroupsChecksItself() {
    assertThatThrownBy(() -> new Groups(0, null)).hasMessage("groups limit must be >= 1, was 0");
    assertThatThrownBy(() -> new GroupCursor(0, "RUS")).hasMessage("group cursor events must be >= 1, was 0");
  }
}
