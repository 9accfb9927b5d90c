package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * Pages of events looked for in the latest days first (issue 13) are the pages a scan of the whole
 * table gives, whatever the filters, limits and cursors.
 */
final class QueryWindowsTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 9);

  @Test
  void pagesFromDateWindowsEqualPagesFromTheWholeTable() {
    Seeded.forEachCase(10, 0x5EED_1D0EL, g -> {
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
        List<EventStore.Coded> batch = new ArrayList<>();
        for (int i = 0; i < g.between(5, 60); i++) {
          // dates over three years, dense in the last weeks or not
          Article a = Events.article("a" + i, DAY.minusDays(g.bool() ? g.between(0, 20) : g.between(0, 1100)));
          List<CodedEvent> events = new ArrayList<>();
          for (int k = 0; k < g.between(0, 4); k++) {
            events.add(Events.random(g, a, a.id() + "-" + k));
          }
          batch.add(new EventStore.Coded(a, events));
        }
        store.storeAll(batch);
        for (int q = 0; q < 12; q++) {
          EventQuery.Builder b = EventQuery.builder().limit(g.between(1, 40));
          switch (g.between(0, 3)) {
            case 0 -> b.country(g.pick("TJK", "AFG", "RUS", "USA"));
            case 1 -> b.from(DAY.minusDays(g.between(0, 900)));
            case 2 -> b.to(DAY.minusDays(g.between(0, 900)));
            default -> { }
          }
          EventQuery query = b.build();
          List<CodedEvent> page = store.query(query);
          assertThat(page).as("%s", query).isEqualTo(whole(store, query));
          if (!page.isEmpty()) {
            CodedEvent last = page.get(page.size() - 1);
            EventQuery next = query.after(new EventQuery.Cursor(last.date().date(), last.eventId()));
            assertThat(store.query(next)).as("after %s", last.eventId()).isEqualTo(whole(store, next));
          }
        }
      }
    });
  }

  private static List<CodedEvent> whole(DuckDbEventStore store, EventQuery q) {
    return store.read(c -> DuckDbEventStore.page(c, EventFilter.of(q), null, q.limit()));
  }
}
