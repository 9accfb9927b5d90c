package org.vigil.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;
import org.vigil.monitor.detect.NbCusum;
import org.vigil.monitor.series.Bucket;
import org.vigil.monitor.series.Filter;
import org.vigil.monitor.series.SeriesBuilder;
import org.vigil.monitor.series.Watch;
import org.vigil.monitor.series.WatchSeries;

final class AlertingTest {
  private static final LocalDate START = LocalDate.of(2021, 4, 1);
  private static final Instant NOW = Instant.parse("2021-07-10T12:00:00Z");
  private static final Watch TJK = new Watch.CountryWatch("TJK", Filter.ALL);

  /** Fixed threshold 2: with one event a day, 5 events a day alarm every day they last. */
  private static final Alerting ALERTING = new Alerting(Alerting.Rules.of(List.of(
      new NbCusum(NbCusum.Parameters.defaults().withThreshold(new NbCusum.Threshold.Fixed(2.0))))),
      InstantSource.fixed(NOW));

  private static CodedEvent event(int day, int n) {
    LocalDate d = START.plusDays(day);
    ActorRef tjk = new ActorRef("TJKMIL", "TJK", null, "TJKMIL", "Tajik troops", 0, 1, List.of(), List.of());
    // distinct sources, so each is a distinct event (SeriesBuilder counts date, source, target, CAMEO once)
    ActorRef afg = new ActorRef("AFGREB" + n, "AFG", null, "AFGREB", "Taliban", 0, 1, List.of(), List.of());
    return new CodedEvent("a" + day + "-" + n, "e" + day + "-" + n, EventDate.ofArticle(d), afg, tjk, "190", "19", 4,
        -10, new Plover("ASSAULT", null, List.of()), false, Modality.ASSERTED,
        new Location("Panj", "city", "TJK", null, 37.2, 69.1, null, "text", "Panj", 0.8),
        new Evidence(0, "Fighters fired on a Tajik post on day " + day + ".", new int[] {0, 1}, null, null, "t",
            List.of()), 0.9);
  }

  /** One event a day for {@code days} days, then {@code burst} a day on the days in {@code hot}. */
  private static List<CodedEvent> events(int days, int burst, Set<Integer> hot) {
    List<CodedEvent> all = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      int n = hot.contains(d) ? burst : 1;
      for (int i = 0; i < n; i++) {
        all.add(event(d, i));
      }
    }
    return all;
  }

  private static WatchSeries series(List<CodedEvent> events, int days) {
    return SeriesBuilder.raw().build(TJK, events, START, START.plusDays(days - 1), Bucket.DAY);
  }

  @Test
  void consecutiveAlarmDaysAreOneAlertWithTheirEventsAsEvidence() {
    List<CodedEvent> events = events(60, 5, Set.of(50, 51, 52));
    Alerting.Outcome out = ALERTING.evaluate("tjk", series(events, 60), events, List.of());

    assertThat(out.raised()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("tjk.nb-cusum.2021-05-21");
      assertThat(a.firstDay()).isEqualTo(START.plusDays(50));
      assertThat(a.lastDay()).isEqualTo(START.plusDays(52));
      assertThat(a.alarms()).isEqualTo(3);
      assertThat(a.status()).isEqualTo(Alert.Status.NEW);
      assertThat(a.detector()).isEqualTo("nb-cusum");
      assertThat(a.parameters()).containsEntry("baselineDays", "28").containsEntry("threshold", "Fixed[h=2.0]");
      assertThat(a.window()).hasSize(28 + 3);
      assertThat(a.window().getLast()).isEqualTo(new Alert.Day(START.plusDays(52), 5, 0));
      // the 7-day windows of the three alarms, days 44-52: 6 quiet days of 1 and 3 days of 5
      assertThat(a.evidence()).hasSize(6 + 15);
      assertThat(a.evidence().getLast().date()).isEqualTo(START.plusDays(44));
      assertThat(a.evidence().getFirst().date()).isEqualTo(START.plusDays(52));
      assertThat(a.evidence().getFirst().sentence()).isEqualTo("Fighters fired on a Tajik post on day 52.");
      assertThat(a.raised()).isEqualTo(NOW);
    });
    assertThat(out.extended()).isEmpty();
  }

  @Test
  void evaluatingTheSameSeriesAgainChangesNothing() {
    List<CodedEvent> events = events(60, 5, Set.of(50, 51));
    Alerting.Outcome first = ALERTING.evaluate("tjk", series(events, 60), events, List.of());

    assertThat(ALERTING.evaluate("tjk", series(events, 60), events, first.raised()).isEmpty()).isTrue();
  }

  @Test
  void anAlarmWithinTheGapExtendsTheOpenAlertAndKeepsItsStatus() {
    List<CodedEvent> before = events(52, 5, Set.of(50, 51));
    Alert first = ALERTING.evaluate("tjk", series(before, 52), before, List.of()).raised().getFirst()
        .withStatus(Alert.Status.ACKNOWLEDGED, NOW);
    List<CodedEvent> later = events(58, 5, Set.of(50, 51, 56, 57));

    Alerting.Outcome out = ALERTING.evaluate("tjk", series(later, 58), later, List.of(first));

    assertThat(out.raised()).isEmpty();
    assertThat(out.extended()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(first.id());
      assertThat(a.lastDay()).isEqualTo(START.plusDays(57));
      assertThat(a.status()).isEqualTo(Alert.Status.ACKNOWLEDGED);
      assertThat(a.evidence()).extracting(Alert.Evidence::eventId).contains("e50-0", "e57-4");
    });
  }

  @Test
  void aClosedAlertEndsItsEpisodeSoALaterAlarmRaisesANewOne() {
    List<CodedEvent> before = events(52, 5, Set.of(50, 51));
    Alert closed = ALERTING.evaluate("tjk", series(before, 52), before, List.of()).raised().getFirst()
        .withStatus(Alert.Status.CLOSED, NOW);
    List<CodedEvent> later = events(58, 5, Set.of(50, 51, 56, 57));

    assertThat(ALERTING.evaluate("tjk", series(later, 58), later, List.of(closed)).raised())
        .extracting(Alert::id).containsExactly("tjk.nb-cusum.2021-05-27");
  }

  @Test
  void aCalmSeriesRaisesNothing() {
    List<CodedEvent> events = events(60, 1, Set.of());

    assertThat(ALERTING.evaluate("tjk", series(events, 60), events, List.of()).isEmpty()).isTrue();
  }

  @Test
  void severityGrowsWithTheStatisticOverTheThreshold() {
    assertThat(Severity.of(2.5, 2)).isEqualTo(Severity.LOW);
    assertThat(Severity.of(3, 2)).isEqualTo(Severity.MEDIUM);
    assertThat(Severity.of(5, 2)).isEqualTo(Severity.HIGH);
    assertThat(Severity.of(1, 0)).isEqualTo(Severity.HIGH);
  }

  @Test
  void statusParsesAnyCaseAndNamesTheBadValue() {
    assertThat(Alert.Status.parse("Acknowledged")).isEqualTo(Alert.Status.ACKNOWLEDGED);
    assertThatThrownBy(() -> Alert.Status.parse("done")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alert status must be new, acknowledged or closed, was done");
  }

  @Test
  void anAlertThatEndsBeforeItStartsIsRefusedByName() {
    assertThatThrownBy(() -> new Alert("x", "w", "country TJK", "nb-cusum", java.util.Map.of(), START.plusDays(2),
        START, 1, 3, 2, Severity.LOW, Alert.Status.NEW, List.of(), List.of(), NOW, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alert x ends (2021-04-01) before it starts (2021-04-03)");
  }
}
