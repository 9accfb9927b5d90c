package org.vigil.monitor.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.monitor.series.TestEvents.actor;
import static org.vigil.monitor.series.TestEvents.attack;
import static org.vigil.monitor.series.TestEvents.event;
import static org.vigil.monitor.series.TestEvents.meeting;
import static org.vigil.monitor.series.TestEvents.place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.CodedEvent;
import org.vigil.monitor.detect.CountSeries;

final class SeriesBuilderTest {
  private static final LocalDate MON = LocalDate.of(2026, 11, 2);

  private final List<CodedEvent> events = List.of(
      attack("a1", MON, "ARM", "AZE", place("Jermuk", "ARM")),
      attack("a2", MON, "ARM", "AZE", place("Jermuk", "ARM")), // the same attack, another article
      attack("a2", MON, "AZE", "ARM", null),
      meeting("a3", MON.plusDays(1), "ARM", "RUS"),
      meeting("a4", MON.plusDays(9), "GEO", "TUR"));

  @Test
  void aDayCountsDistinctEventsMentionsSourcesTypesAndIntensity() {
    Volume volume = Volume.of(Map.of(MON, 400, MON.plusDays(1), 5));
    WatchSeries s = SeriesBuilder.normalisedBy(volume)
        .build(new Watch.CountryWatch("ARM", Filter.ALL), events, MON, MON.plusDays(2), Bucket.DAY);

    assertThat(s.figures()).hasSize(3);
    Figures monday = s.figures().get(0);
    assertThat(monday.events()).isEqualTo(2);
    assertThat(monday.mentions()).isEqualTo(3);
    assertThat(monday.sources()).isEqualTo(2);
    assertThat(monday.byPlover()).containsExactly(Map.entry("ASSAULT", 2));
    assertThat(monday.byQuadClass()).containsExactly(Map.entry(4, 2));
    assertThat(monday.intensity()).isEqualTo(20.0);
    assertThat(monday.ratePer1000()).isCloseTo(5.0, within(1e-12));
    // 5 coded articles is below the floor of 20: one event per 20 articles
    assertThat(s.figures().get(1).ratePer1000()).isCloseTo(50.0, within(1e-12));
    assertThat(s.figures().get(1).intensity()).isEqualTo(0.0);
    // no article at all that day: no division by zero, no event
    assertThat(s.figures().get(2).ratePer1000()).isEqualTo(0.0);
    assertThat(s.counts()).isEqualTo(CountSeries.normalised(MON, new int[] {2, 1, 0}, new int[] {400, 5, 0}, 20));
  }

  @Test
  void aWeekAddsItsDaysAndCountsItsSourcesOnce() {
    WatchSeries s = SeriesBuilder.raw()
        .build(new Watch.CountryWatch("ARM", Filter.ALL), events, MON.plusDays(3), MON.plusDays(13), Bucket.WEEK);

    // the week of 2 November starts before the range: it counts only 5..8 November
    assertThat(s.figures()).extracting(Figures::start).containsExactly(MON, MON.plusDays(7));
    assertThat(s.figures()).extracting(Figures::days).containsExactly(4, 7);
    assertThat(s.figures()).extracting(Figures::events).containsExactly(0, 0);
    assertThat(SeriesBuilder.raw().build(new Watch.CountryWatch("ARM", Filter.ALL), events, MON, MON.plusDays(6),
        Bucket.WEEK).figures()).singleElement().satisfies(f -> {
          assertThat(f.events()).isEqualTo(3);
          assertThat(f.mentions()).isEqualTo(4);
          assertThat(f.sources()).isEqualTo(3);
          assertThat(f.ratePer1000()).isNull();
        });
  }

  @Test
  void distinctSourcesAreTheCallersNewsSources() {
    SeriesBuilder sameOutlet = new SeriesBuilder(Optional.empty(), article -> "outlet");
    assertThat(sameOutlet.build(new Watch.CountryWatch("ARM", Filter.ALL), events, MON, MON, Bucket.DAY).figures())
        .singleElement().extracting(Figures::sources).isEqualTo(1);
  }

  @Test
  void aWeeklySeriesIsNotADetectorsInput() {
    WatchSeries s = SeriesBuilder.raw().build(new Watch.CountryWatch("ARM", Filter.ALL), events, MON, MON, Bucket.WEEK);
    assertThatThrownBy(s::counts).isInstanceOf(IllegalStateException.class)
        .hasMessage("series of country ARM is weekly; detectors read a daily series");
  }

  @Test
  void watchesSelectTheirEvents() {
    CodedEvent a = attack("a1", MON, "ARM", "AZE", place("Jermuk", "ARM"));
    CodedEvent m = meeting("a3", MON, "RUS", "KAZ");
    Watch dyad = new Watch.DyadWatch("AZE", "ARM", false, Filter.ALL);
    Watch directed = new Watch.DyadWatch("AZE", "ARM", true, Filter.ALL);
    Watch csto = new Watch.AllianceWatch("IGOCSTO",
        day -> day.isBefore(MON) ? Set.of("ARM", "RUS") : Set.of("RUS", "KAZ"), Filter.ALL);
    Watch border = new Watch.BorderWatch("ARM", "AZE", l -> l.name().equals("Jermuk"), Filter.ALL);
    Watch places = new Watch.PlacesWatch("spa towns", Set.of("JERMUK"), Filter.ALL);

    assertThat(dyad.selects(a)).isTrue();
    assertThat(directed.selects(a)).isFalse();
    assertThat(csto.selects(a)).as("Armenia is no longer a member on " + MON).isFalse();
    assertThat(csto.selects(m)).isTrue();
    assertThat(border.selects(a)).isTrue();
    assertThat(border.selects(attack("a9", MON, "ARM", "AZE", place("Yerevan", "ARM")))).isFalse();
    assertThat(places.selects(a)).isTrue();
    assertThat(places.selects(m)).isFalse();
  }

  @Test
  void anAllianceWatchTakesEventsOfActorsWithoutACountry() {
    // found by the seed scenario: an organisation's actor has no country, and Set.of(...) refuses contains(null)
    Watch csto = new Watch.AllianceWatch("IGOCSTO", day -> Set.of("RUS", "TJK"), Filter.ALL);
    CodedEvent appeal = event("a7", MON, actor("TJKGOV", "TJK"), actor("IGOCSTO", null), "0233", 1, 3.4, "AID",
        null, 0.8, false);
    CodedEvent nato = event("a8", MON, actor("IGONATO", null), actor("USAGOV", "USA"), "036", 1, 4, "CONSULT",
        null, 0.8, false);

    assertThat(csto.selects(appeal)).isTrue();
    assertThat(csto.selects(nato)).isFalse();
  }

  @Test
  void filtersNarrowAWatch() {
    CodedEvent weak = event("a5", MON, actor("ARMREB", "ARM"), null, "145", 4, -7.5, "PROTEST", null, 0.3, false);
    CodedEvent denied = event("a6", MON, actor("ARMGOV", "ARM"), actor("AZEGOV", "AZE"), "190", 4, -10, "ASSAULT",
        null, 0.9, true);
    Filter conflict = new Filter(Set.of("ASSAULT", "PROTEST"), Set.of(4), Set.of("ARM"), 0.5);

    assertThat(conflict.accepts(attack("a1", MON, "ARM", "AZE", null))).isTrue();
    assertThat(conflict.accepts(weak)).as("confidence 0.3 < 0.5").isFalse();
    assertThat(conflict.accepts(denied)).as("negated").isFalse();
    assertThat(conflict.accepts(meeting("a3", MON, "ARM", "RUS"))).as("CONSULT, QuadClass 1").isFalse();
    assertThat(conflict.accepts(attack("a7", MON, "GEO", "TUR", null))).as("no ARM actor").isFalse();
    assertThatThrownBy(() -> new Filter(Set.of(), Set.of(5), Set.of(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("filter QuadClass must be 1..4, was 5");
  }
}
