package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.Location;
import org.vigil.core.store.EventQuery;
import org.vigil.geo.BorderRegion;
import org.vigil.geo.Place;

final class MonitoringTest {
  /** A made-up border: one place on each side, 20 km apart. */
  private static final Place NORTH = new Place(1L, "Northtown", "PPL", "TJK", null, null, 37.30, 69.00, 1000);
  private static final Place SOUTH = new Place(2L, "Southtown", "PPL", "AFG", null, null, 37.12, 69.00, 1000);
  private static final BorderRegion REGION = new BorderRegion("AFG", "TJK", "Afghanistan–Tajikistan border", 37.21,
      69.0, List.of(SOUTH), List.of(NORTH));

  private static Location at(String name, String country, Double lat, Double lon) {
    return new Location(name, "city", country, null, lat, lon, null, "text", name, 0.8);
  }

  @Test
  void aPlaceWithinTheBandOfAPlaceAcrossTheBorderIsInIt() {
    Predicate<Location> band = Monitoring.inBand(REGION, 30);

    assertThat(band.test(at("Northtown", "TJK", 37.30, 69.00))).isTrue();
    assertThat(band.test(at("Southtown", "AFG", 37.12, 69.00))).isTrue();
    // 100 km north of the border, in Tajikistan
    assertThat(band.test(at("Farville", "TJK", 38.10, 69.00))).isFalse();
    assertThat(band.test(at("Somewhere", "TJK", null, null))).isFalse();
    assertThat(Monitoring.inBand(REGION, 10).test(at("Northtown", "TJK", 37.30, 69.00))).isFalse();
  }

  @Test
  void theBorderRegionItselfIsInTheBand() {
    assertThat(Monitoring.inBand(REGION, 1).test(at("Afghanistan–Tajikistan border", "TJK", null, null))).isTrue();
  }

  @Test
  void distancesAreGreatCircleKilometres() {
    // 0.18 degrees of latitude is 20.0 km
    assertThat(Monitoring.kilometres(37.30, 69.0, 37.12, 69.0)).isCloseTo(20.02, within(0.05));
  }

  @Test
  void anAllianceHasTheMembersOfTheDayBothEndsIncluded() {
    LocalDate joined = LocalDate.of(2021, 7, 5);
    EventQuery.Alliance a = new EventQuery.Alliance("IGOCSTO", List.of(new EventQuery.Membership("RUS", null, null),
        new EventQuery.Membership("UZB", LocalDate.of(2006, 8, 16), LocalDate.of(2012, 12, 20)),
        new EventQuery.Membership("KGZ", joined, null)));

    assertThat(Monitoring.membersOf(a).apply(joined.minusDays(1))).containsExactlyInAnyOrder("RUS");
    assertThat(Monitoring.membersOf(a).apply(joined)).containsExactlyInAnyOrder("RUS", "KGZ");
    assertThat(Monitoring.membersOf(a).apply(LocalDate.of(2012, 12, 20))).containsExactlyInAnyOrder("RUS", "UZB");
  }
}
