package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Location;

class EventReportScoringTest {
  static final Evaluation EVALUATION = new Evaluation(ActorMatch.COUNTRY, InstantSource.fixed(Instant.EPOCH));

  private static final String GOLD = """
      {"id": "a", "date": "2021-05-05", "text": "On 3 May, fighters clashed with police in Nahrin, Baghlan.", "event_date": "2021-05-03", "country": "afg", "admin1": "Baghlan Province", "lat": 36.0649, "lon": 69.13343}
      {"id": "b", "date": "2021-07-05", "text": "Troops fought rebels from 1 to 3 July near Homs.", "event_date": "2021-07-01", "event_date_end": "2021-07-03", "country": "SYR", "admin1": "Homs", "lat": 34.72682, "lon": 36.72339}
      {"id": "c", "date": "2021-07-05", "text": "Police arrested protesters last week.", "event_date": "2021-06-28", "event_date_end": "2021-07-04", "country": "KEN"}
      {"id": "d", "date": "2021-07-05", "text": "Nothing the coder understands.", "event_date": "2021-07-05", "country": "FRA"}
      """;

  private static EventDate days(String first, String last) {
    return new EventDate(LocalDate.parse(first), LocalDate.parse(last), DateGranularity.DAY, true, "", "");
  }

  private static Location place(String country, String admin1, double lat, double lon) {
    return new Location("x", "town", country, admin1, lat, lon, null, "text", "x", 0.9);
  }

  private final GoldSet gold = Evaluation.parseGold("reports.jsonl", GOLD);

  @Test
  void readsEventReports() {
    assertThat(gold.skipped()).isEmpty();
    assertThat(gold.records()).hasSize(4).allMatch(r -> r instanceof EventReportGold);
    EventReportGold b = (EventReportGold) gold.records().get(1);
    assertThat(b.eventDateEnd()).isEqualTo(LocalDate.of(2021, 7, 3));
    EventReportGold a = (EventReportGold) gold.records().get(0);
    assertThat(a.eventDateEnd()).isEqualTo(a.eventDate());
    assertThat(a.country()).isEqualTo("AFG");
  }

  @Test
  void rejectsReportsWithBadDates() {
    GoldSet bad = Evaluation.parseGold("bad.jsonl", """
        {"id": "x", "date": "2021-05-05", "text": "t", "event_date": "3 May"}
        {"id": "y", "date": "2021-05-05", "text": "t", "event_date": "2021-05-03", "event_date_end": "2021-05-01"}
        {"id": "z", "date": "2021-05-05", "text": "t", "event_date": "2021-05-03", "lat": 3.0}
        """);
    assertThat(bad.records()).isEmpty();
    assertThat(bad.skipped()).hasSize(3);
  }

  @Test
  void scoresTheTopEventsDateAndPlace() throws Exception {
    Report r = EVALUATION.score(gold, Events.coder(Map.of(
        "a", List.of(Events.event("AFG", "AFG", "190").confidence(0.9).date(days("2021-05-03", "2021-05-03"))
                .location(place("AFG", "Baghlan", 36.0, 69.1)),
            Events.event("AFG", "AFG", "190").confidence(0.2).date(days("2021-05-05", "2021-05-05"))),
        "b", List.of(Events.event("SYR", "SYR", "190").date(days("2021-07-01", "2021-07-01"))
            .location(place("SYR", "Homs Governorate", 36.2, 37.1))),
        "c", List.of(Events.event("KEN", "KEN", "173").date(days("2021-06-28", "2021-07-04"))
            .location(place("UGA", null, 0.3, 32.6))))));
    EventReportScore s = r.eventReports();
    assertThat(s.records()).isEqualTo(4);
    assertThat(s.eventRecall()).isEqualTo(new Ratio(3, 4));
    assertThat(s.dateExact()).isEqualTo(new Ratio(2, 3));
    assertThat(s.dateStart()).isEqualTo(new Ratio(3, 3));
    assertThat(s.dateCovers()).isEqualTo(new Ratio(3, 3));
    assertThat(s.country()).isEqualTo(new Ratio(2, 3));
    assertThat(s.admin1()).isEqualTo(new Ratio(2, 2));
    // a: 7 km away; b: Aleppo's point is 165 km from Homs
    assertThat(s.within50km()).isEqualTo(new Ratio(1, 2));
    assertThat(s.within161km()).isEqualTo(new Ratio(1, 2));

    JsonNode json = new ObjectMapper().readTree(r.toJson());
    assertThat(json.at("/dates/exact_accuracy").asDouble()).isEqualTo(0.6667);
    assertThat(json.at("/dates/event_recall").asDouble()).isEqualTo(0.75);
    assertThat(json.at("/geo/admin1_accuracy").asDouble()).isEqualTo(1.0);
    assertThat(json.at("/geo/acc_50km").asDouble()).isEqualTo(0.5);
    assertThat(json.at("/geo/event_country_accuracy").asDouble()).isEqualTo(0.6667);
    assertThat(json.at("/geo/records").asInt()).isZero();
    assertThat(r.toText()).contains("date exact").contains("within 50 km");
  }

  @Test
  void regionNamesMatchWithoutGenericWordsAndDiacritics() {
    assertThat(EventReportScorer.sameRegion("Homs", "Homs Governorate")).isTrue();
    assertThat(EventReportScorer.sameRegion("Narino", "Nariño")).isTrue();
    assertThat(EventReportScorer.sameRegion("Nord Kivu", "Nord-Kivu")).isTrue();
    assertThat(EventReportScorer.sameRegion("Xocali", "Xocalı")).isTrue();
    assertThat(EventReportScorer.sameRegion("Donetsk", "Donetska oblast")).isTrue();
    assertThat(EventReportScorer.sameRegion("Homs", "Hama Governorate")).isFalse();
    assertThat(EventReportScorer.sameRegion("Bay", "Bari")).isFalse();
    assertThat(EventReportScorer.sameRegion("Homs", null)).isFalse();
  }

  private static final org.vigil.geo.Gazetteer REGIONS = org.vigil.geo.Gazetteer.builder()
      .region(new org.vigil.geo.Region("CD.11", "COD", "Nord-Kivu", List.of("North Kivu"), 0, 0, 0))
      .region(new org.vigil.geo.Region("CD.12", "COD", "Sud-Kivu", List.of("South Kivu", "Sud-Kivou"), 0, 0, 0))
      .region(new org.vigil.geo.Region("SO.02", "SOM", "Banaadir", List.of("Benadir"), 0, 0, 0))
      .region(new org.vigil.geo.Region("NG.16", "NGA", "Ogun", List.of(), 0, 0, 0))
      .region(new org.vigil.geo.Region("NG.42", "NGA", "Osun", List.of(), 0, 0, 0))
      .region(new org.vigil.geo.Region("NG.21", "NGA", "Kaduna", List.of(), 0, 0, 0))
      .region(new org.vigil.geo.Region("NG.23", "NGA", "Kano", List.of(), 0, 0, 0))
      .build();

  @Test
  void regionNamesMatchThroughTheGazetteersNamesOfOneUnit() {
    // an alternate name of the same unit, either side
    assertThat(EventReportScorer.sameRegion(REGIONS, "COD", "North Kivu", "Nord-Kivu")).isTrue();
    assertThat(EventReportScorer.sameRegion(REGIONS, "COD", "Nord-Kivu", "North Kivu")).isTrue();
    assertThat(EventReportScorer.sameRegion(REGIONS, "COD", "South Kivu", "Sud-Kivu")).isTrue();
    // a spelling one letter off the only region it is near, named by neither exactly
    assertThat(EventReportScorer.sameRegion(REGIONS, "SOM", "Banadir", "Banaadir")).isTrue();
    // near misses: the other Kivu; a name of its own one letter from another; another country's
    assertThat(EventReportScorer.sameRegion(REGIONS, "COD", "North Kivu", "Sud-Kivu")).isFalse();
    assertThat(EventReportScorer.sameRegion(REGIONS, "NGA", "Ogun", "Osun")).isFalse();
    assertThat(EventReportScorer.sameRegion(REGIONS, "SOM", "North Kivu", "Nord-Kivu")).isFalse();
    assertThat(EventReportScorer.sameRegion(REGIONS, "NGA", "Kaduna", "Kano")).isFalse();
    assertThat(EventReportScorer.sameRegion(REGIONS, "COD", "North Kivu", null)).isFalse();
  }

  @Test
  void oneEditApartCountsOneLetter() {
    assertThat(EventReportScorer.oneEditApart("banadir", "banaadir")).isTrue();
    assertThat(EventReportScorer.oneEditApart("banaadir", "banadir")).isTrue();
    assertThat(EventReportScorer.oneEditApart("tillaberi", "tillabery")).isTrue();
    assertThat(EventReportScorer.oneEditApart("banadir", "benaadir")).isFalse();
    assertThat(EventReportScorer.oneEditApart("ogun", "osun")).isFalse();
    assertThat(EventReportScorer.oneEditApart("banadir", "banadir")).isFalse();
  }

  @Test
  void theProjectsEventReportsAreAllReadable() throws Exception {
    var url = EventReportScoringTest.class.getResource("event-reports.jsonl");
    assertThat(url).isNotNull();
    GoldSet reports = Evaluation.readGold(List.of(java.nio.file.Path.of(url.toURI())));
    assertThat(reports.skipped()).isEmpty();
    assertThat(reports.warnings()).isEmpty();
    assertThat(reports.records()).hasSizeGreaterThanOrEqualTo(40).allMatch(r -> r instanceof EventReportGold);
    assertThat(reports.records().stream().map(r -> ((EventReportGold) r).country()).distinct().count()).isGreaterThan(25);
  }

  @Test
  void reportsWithoutEventReportsHaveNoDates() throws Exception {
    Report r = EVALUATION.score(Evaluation.parseGold("p.jsonl",
        "{\"id\": \"p\", \"text\": \"t\", \"expected\": []}\n"), Events.coder(Map.of()));
    assertThat(r.eventReports()).isNull();
    JsonNode json = new ObjectMapper().readTree(r.toJson());
    assertThat(json.get("dates").isNull()).isTrue();
    assertThat(json.get("geo").isNull()).isTrue();
  }
}
