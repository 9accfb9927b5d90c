package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;

class GeoScoringTest {
  static final Evaluation EVALUATION = new Evaluation(ActorMatch.COUNTRY, InstantSource.fixed(Instant.EPOCH));

  /** A geoparser that answers from tables: places by article text, event locations by category. */
  record TableGeoparser(Map<String, List<GeoPrediction>> places, Map<String, String> events) implements Geoparser {
    @Override
    public List<GeoPrediction> places(Article article) {
      return places.getOrDefault(article.text(), List.of());
    }

    @Override
    public String countryAt(double lat, double lon) {
      return lon > 36 && lon < 42 ? "SYR" : "FRA";
    }

    @Override
    public String eventLocation(Article article, String eventCategory) {
      return eventCategory == null ? "" : events.getOrDefault(eventCategory, "");
    }
  }

  static GeoPrediction at(int start, int end, String text, Long id, String feature, double lat, double lon, String country) {
    return new GeoPrediction(start, end, text, text, feature, id, lat, lon, country, null);
  }

  @Test
  void toponymsAreRightWithin161KmOfTheGoldPointAndInItsCountry() {
    String gold = """
        {"id": "g1", "text": "Fighting in Homs and Aleppo.", "toponyms": [{"start": 12, "end": 16, "phrase": "Homs", "lat": 34.73, "lon": 36.72}, {"start": 21, "end": 27, "phrase": "Aleppo", "lat": 36.20, "lon": 37.16}]}
        {"id": "g2", "text": "Talks in Paris.", "toponyms": [{"start": 9, "end": 14, "phrase": "Paris", "lat": 48.85, "lon": 2.35}, {"start": 0, "end": 5, "phrase": "Talks", "lat": null, "lon": null}]}
        """;
    Geoparser geoparser = new TableGeoparser(Map.of(
        "Fighting in Homs and Aleppo.", List.of(at(12, 16, "Homs", 169577L, "PPLA", 34.7, 36.7, "SYR"),
            at(21, 27, "Aleppo", 1L, "PPL", 33.0, 36.0, "SYR")),
        "Talks in Paris.", List.of(at(9, 14, "Paris", 2L, "PPL", 33.66, -95.55, "USA"))), Map.of());
    Report r = EVALUATION.score(Evaluation.parseGold("geo.jsonl", gold), a -> List.of(), geoparser);
    assertThat(r.geo().toponymRecords()).isEqualTo(2);
    assertThat(r.geo().acc161km()).isEqualTo(new Ratio(1, 3));
    assertThat(r.geo().countryAccuracy()).isEqualTo(new Ratio(2, 3));
    assertThat(r.geo().toponymRecall()).isEqualTo(new Ratio(3, 3));
    assertThat(r.geo().assertionAccuracy()).isNull();
  }

  @Test
  void aToponymWithoutAnOverlappingMentionCountsAsWrong() {
    String gold = """
        {"id": "g", "text": "Fighting in Homs.", "toponyms": [{"start": 12, "end": 16, "phrase": "Homs", "lat": 34.73, "lon": 36.72}]}
        """;
    Report r = EVALUATION.score(Evaluation.parseGold("geo.jsonl", gold), a -> List.of(),
        new TableGeoparser(Map.of(), Map.of()));
    assertThat(r.geo().acc161km()).isEqualTo(new Ratio(0, 1));
    assertThat(r.geo().toponymRecall()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void mordecaiAssertionsCheckEventLocationsAndPlacedMentions() {
    String gold = """
        {"id": "m1", "text": "Talks in Homs.", "event_category": "Consult", "asserts": [{"path": "event_location_raw", "expected": "Homs"}, {"path": "geolocated_ents[0].geonameid", "expected": "169577"}, {"path": "geolocated_ents[-1].country_code3", "expected": "SYR"}, {"path": "geolocated_ents[0].feature_code", "expected": "ADM1"}]}
        {"id": "m2", "text": "No places here.", "event_category": null, "asserts": [{"path": "geolocated_ents", "expected": []}, {"path": "event_location_raw", "expected": ""}]}
        {"id": "m3", "text": "Talks in Homs.", "skipped_upstream": true, "asserts": [{"path": "geolocated_ents[3].geonameid", "expected": "1"}]}
        """;
    Geoparser geoparser = new TableGeoparser(Map.of("Talks in Homs.", List.of(at(9, 13, "Homs", 169577L, "PPLA", 34.7, 36.7, "SYR"))),
        Map.of("Consult", "Homs"));
    GoldSet set = Evaluation.parseGold("m.jsonl", gold);
    assertThat(set.mordecai()).hasSize(3);
    Report r = EVALUATION.score(set, a -> List.of(), geoparser);
    assertThat(r.geo().assertionRecords()).isEqualTo(3);
    assertThat(r.geo().assertionAccuracy()).isEqualTo(new Ratio(5, 7));
    assertThat(r.geo().assertionAccuracyUpstream()).isEqualTo(new Ratio(5, 6));
    assertThat(r.details()).filteredOn(d -> d.id().equals("m1")).singleElement()
        .satisfies(d -> assertThat(d.matched()).containsExactly("event_location_raw", "geolocated_ents[0].geonameid",
            "geolocated_ents[-1].country_code3"));
  }

  @Test
  void theJsonReportCarriesTheGeoScores() throws Exception {
    String gold = """
        {"id": "g", "text": "In Homs.", "toponyms": [{"start": 3, "end": 7, "phrase": "Homs", "lat": 34.73, "lon": 36.72}]}
        {"id": "m", "text": "In Homs.", "asserts": [{"path": "geolocated_ents[0].geonameid", "expected": "169577"}]}
        """;
    Geoparser geoparser = new TableGeoparser(Map.of("In Homs.", List.of(at(3, 7, "Homs", 169577L, "PPLA", 34.7, 36.7, "SYR"))),
        Map.of());
    JsonNode json = new ObjectMapper().readTree(
        EVALUATION.score(Evaluation.parseGold("g.jsonl", gold), a -> List.of(), geoparser).toJson());
    assertThat(json.at("/geo/acc_161km").doubleValue()).isEqualTo(1.0);
    assertThat(json.at("/geo/country_accuracy").doubleValue()).isEqualTo(1.0);
    assertThat(json.at("/geo/assertion_accuracy").doubleValue()).isEqualTo(1.0);
    assertThat(json.at("/geo/records").intValue()).isEqualTo(2);
  }

  @Test
  void withoutAGeoparserGeoRecordsAreOnlyCounted() {
    String gold = """
        {"id": "m", "text": "In Homs.", "asserts": [{"path": "geolocated_ents", "expected": []}]}
        """;
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", gold), a -> List.of());
    assertThat(r.geo()).isNull();
    assertThat(r.geoRecords()).isEqualTo(1);
  }

  @Test
  void readsMordecaisSharedTestCases() {
    GoldSet gold = Evaluation.readGold(List.of(SharedGoldFilesTest.sharedFile("geo/mordecai3-tests.jsonl")));
    assertThat(gold.skipped()).isEmpty();
    assertThat(gold.mordecai()).hasSize(24);
    assertThat(gold.mordecai().stream().mapToInt(m -> m.asserts().size()).sum()).isEqualTo(36);
  }
}
