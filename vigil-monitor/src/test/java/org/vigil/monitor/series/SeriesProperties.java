package org.vigil.monitor.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.CodedEvent;
import org.vigil.testkit.Seeded;

/** Seeded properties of the series: the counts are the events the watch selects, day or week. */
final class SeriesProperties {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final List<String> COUNTRIES = List.of("ARM", "AZE", "GEO", "RUS", "TUR");

  @Test
  void seriesCountsEqualTheEventsSelected() {
    Seeded.forEachCase(200, 0x5E71_0001L, g -> {
      List<CodedEvent> events = new ArrayList<>();
      int span = g.between(1, 60);
      for (int i = g.between(0, 80); i > 0; i--) {
        LocalDate day = START.plusDays(g.between(-5, span + 5));
        String from = g.pick(COUNTRIES);
        String to = g.pick(COUNTRIES);
        String article = "a" + g.between(1, 30);
        events.add(g.bool()
            ? TestEvents.attack(article, day, from, to, g.bool() ? TestEvents.place("Town" + g.between(1, 3), from) : null)
            : TestEvents.event(article, day, TestEvents.actor(from + "GOV", from), TestEvents.actor(to + "GOV", to),
                g.pick("040", "043", "112"), g.between(1, 3), g.between(-4, 4), g.pick("CONSULT", "ACCUSE"), null,
                g.between(1, 10) / 10.0, g.between(1, 10) == 1));
      }
      Watch watch = g.pick(new Watch.CountryWatch(g.pick(COUNTRIES), Filter.ALL),
          new Watch.DyadWatch(g.pick(COUNTRIES), g.pick(COUNTRIES), g.bool(),
              new Filter(Set.of(), Set.of(), Set.of(), g.between(0, 10) / 10.0)),
          new Watch.PlacesWatch("towns", Set.of("Town1", "Town2"), Filter.ALL));
      LocalDate to = START.plusDays(span - 1);
      Map<LocalDate, Integer> volume = new HashMap<>();
      for (int d = 0; d < span; d++) {
        volume.put(START.plusDays(d), g.between(0, 300));
      }

      Set<SeriesBuilder.EventKey> distinct = new HashSet<>();
      int mentions = 0;
      for (CodedEvent e : events) {
        if (!e.date().date().isBefore(START) && !e.date().date().isAfter(to) && watch.selects(e)) {
          distinct.add(SeriesBuilder.EventKey.of(e));
          mentions++;
        }
      }
      WatchSeries daily = SeriesBuilder.normalisedBy(Volume.of(volume)).build(watch, events, START, to, Bucket.DAY);
      WatchSeries weekly = SeriesBuilder.raw().build(watch, events, START, to, Bucket.WEEK);

      assertThat(daily.figures()).hasSize(span);
      assertThat(daily.figures().stream().mapToInt(Figures::events).sum()).isEqualTo(distinct.size());
      assertThat(daily.figures().stream().mapToInt(Figures::mentions).sum()).isEqualTo(mentions);
      assertThat(weekly.figures().stream().mapToInt(Figures::events).sum()).isEqualTo(distinct.size());
      assertThat(weekly.figures().stream().mapToInt(Figures::days).sum()).isEqualTo(span);
      assertThat(daily.counts().counts()).containsExactly(daily.figures().stream().mapToInt(Figures::events).toArray());
      assertThat(daily.figures()).allSatisfy(f -> {
        assertThat(f.byPlover().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(f.events());
        assertThat(f.byQuadClass().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(f.events());
        assertThat(f.ratePer1000()).isEqualTo(1000.0 * f.events() / Math.max(f.codedArticles(), 20));
      });
    });
  }
}
