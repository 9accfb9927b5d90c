package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GoldReaderTest {
  static final String PETRARCH = """
      {"id": "DEMO-00", "date": "1995-01-01", "text": "Arnor is about to restore full diplomatic ties with Gondor.", \
      "expected": [{"source": "ARN", "target": "GON", "code": "064"}], "noevents": false, "error": null, \
      "config": {"require_dyad": "True", "comma_min": "2"}, "parse": "(ROOT ...)"}""";
  static final String PLOVER = """
      {"id": "PLOVER-1", "date": "2000-01-01", "text": "Senior Hungarian and Romanian officials agreed on Wednesday.", \
      "event": "AGREE", "mode": null, "context": "refugees", \
      "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}, {"actorText": "Romanian", "code": "ROU"}], \
      "target": []}""";
  static final String GEO = """
      {"id": "GEO-1", "text": "Fighting in Homs and Aleppo.", \
      "toponyms": [{"start": 12, "end": 16, "phrase": "Homs", "lat": 34.73, "lon": 36.71}, \
      {"start": 21, "end": 27, "phrase": "Aleppo", "lat": null, "lon": null}]}""";

  @Test
  void readsAPetrarchRecordWithItsConfig() {
    GoldSet gold = Evaluation.parseGold("unit.jsonl", PETRARCH);
    assertThat(gold.skipped()).isEmpty();
    assertThat(gold.warnings()).isEmpty();
    assertThat(gold.records()).singleElement().isEqualTo(new PetrarchGold("DEMO-00", LocalDate.of(1995, 1, 1),
        "Arnor is about to restore full diplomatic ties with Gondor.",
        List.of(new PetrarchGold.Triple("ARN", "GON", "064")), false, null,
        Map.of("require_dyad", "True", "comma_min", "2"), "unit.jsonl:1"));
  }

  @Test
  void aPetrarchRecordWithoutADateGetsTheDefaultDate() {
    GoldSet gold = Evaluation.parseGold("g.jsonl", """
        {"id": "x", "text": "Nothing happened.", "expected": [], "noevents": true}""");
    assertThat(gold.petrarch()).singleElement()
        .satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2000, 1, 1)))
        .satisfies(r -> assertThat(r.expectsNothing()).isTrue());
  }

  @Test
  void aPetrarchRecordWithAnErrorExpectsNothing() {
    GoldSet gold = Evaluation.parseGold("g.jsonl", """
        {"id": "ERROR-01", "text": "ARNOR (Reuters) -", "expected": [], "noevents": false, "error": "dateline"}""");
    assertThat(gold.petrarch()).singleElement()
        .satisfies(r -> assertThat(r.error()).isEqualTo("dateline"))
        .satisfies(r -> assertThat(r.expectsNothing()).isTrue());
  }

  @Test
  void readsAPloverRecordWithItsActors() {
    GoldSet gold = Evaluation.parseGold("plover.jsonl", PLOVER);
    assertThat(gold.plover()).singleElement().satisfies(r -> {
      assertThat(r.event()).isEqualTo("AGREE");
      assertThat(r.mode()).isNull();
      assertThat(r.context()).isEqualTo("refugees");
      assertThat(r.source()).containsExactly(new PloverGold.Actor("Hungarian", "HUN", "GOV"),
          new PloverGold.Actor("Romanian", "ROU", null));
      assertThat(r.target()).isEmpty();
    });
  }

  @Test
  void readsAGeoRecordWithItsToponyms() {
    GoldSet gold = Evaluation.parseGold("geo.jsonl", GEO);
    assertThat(gold.geo()).singleElement().satisfies(r -> assertThat(r.toponyms()).containsExactly(
        new GeoGold.Toponym(12, 16, "Homs", 34.73, 36.71), new GeoGold.Toponym(21, 27, "Aleppo", null, null)));
  }

  @Test
  void detectsTheStyleOfEachLineAndSkipsBlankLines() {
    GoldSet gold = Evaluation.parseGold("mixed.jsonl", PLOVER + "\n\n" + PETRARCH + "\n" + GEO + "\n");
    assertThat(gold.records()).extracting(GoldRecord::origin)
        .containsExactly("mixed.jsonl:1", "mixed.jsonl:3", "mixed.jsonl:4");
    assertThat(gold.records()).map(r -> r.getClass().getSimpleName())
        .containsExactly("PloverGold", "PetrarchGold", "GeoGold");
  }

  @Test
  void aMalformedLineIsReportedWithItsFileAndLineAndTheRestAreRead() {
    GoldSet gold = Evaluation.parseGold("gold.jsonl", PETRARCH + "\n{\"id\": \"broken\", \"text\": \n" + PLOVER);
    assertThat(gold.records()).extracting(GoldRecord::id).containsExactly("DEMO-00", "PLOVER-1");
    assertThat(gold.skipped()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("gold.jsonl");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.toString()).startsWith("gold.jsonl:2: not valid JSON: ");
    });
  }

  @Nested
  final class RepairedRecords {
    @Test
    void aCompactPetrarchDateIsReadWithoutAWarning() {
      GoldSet gold = Evaluation.parseGold("g.jsonl", """
          {"id": "a", "date": "19950102", "text": "t", "expected": []}""");
      assertThat(gold.records()).singleElement().extracting(GoldRecord::date).isEqualTo(LocalDate.of(1995, 1, 2));
      assertThat(gold.warnings()).isEmpty();
    }

    @Test
    void aBadDateBecomesTheDefaultDateWithAWarning() {
      GoldSet gold = Evaluation.parseGold("g.jsonl", """
          {"id": "a", "date": "121108", "text": "t", "expected": []}""");
      assertThat(gold.records()).singleElement().extracting(GoldRecord::date).isEqualTo(GoldRecord.DEFAULT_DATE);
      assertThat(gold.skipped()).isEmpty();
      assertThat(gold.warnings()).containsExactly(
          new GoldProblem("g.jsonl", 1, "\"date\" \"121108\" is not YYYY-MM-DD; using 2000-01-01"));
    }

    @Test
    void aBlankTextIsRebuiltFromTheRecordsConlluWithAWarning() {
      String conllu = "1\\tBoko\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\n"
          + "2\\tHaram\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\tSpaceAfter=No\\n"
          + "3-4\\tdon't\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\n"
          + "3\\t.\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\n";
      GoldSet gold = Evaluation.parseGold("g.jsonl",
          "{\"id\": \"a\", \"text\": \"\", \"expected\": [], \"conllu\": \"" + conllu + "\"}");
      assertThat(gold.records()).singleElement().extracting(GoldRecord::text).isEqualTo("Boko Haram.");
      assertThat(gold.warnings()).extracting(GoldProblem::message)
          .containsExactly("\"text\" is blank; rebuilt from \"conllu\" as \"Boko Haram.\"");
    }

    @Test
    void aConlluTextCommentIsPreferredToTheForms() {
      assertThat(ConlluText.rebuild("# sent_id = 1\n# text = Boko Haram.\n1\tBoko\t_\t_\t_\t_\t_\t_\t_\t_\n"))
          .isEqualTo("Boko Haram.");
    }
  }

  @Nested
  final class MalformedRecords {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        [1, 2]                                                        | expected a JSON object, found ARRAY
        {"id": "a", "text": "t"}                                      | no gold style: expected one of "expected"/"noevents" (PETRARCH), "event" (PLOVER), "toponyms" (geo), "asserts" (geo assertions), "event_date" (event reports), "events" (article gold)
        {"id": "a", "text": "t", "expected": [], "event": "AGREE"}    | mixes gold styles: has more than one of "expected"/"noevents", "event", "toponyms", "asserts", "event_date", "events"
        {"text": "t", "expected": []}                                 | "id" is missing or blank
        {"id": "a", "text": " ", "expected": []}                      | "text" is missing or blank
        {"id": "a", "text": " ", "conllu": "", "expected": []}        | "text" is missing or blank
        {"id": "a", "text": "t", "expected": {}}                      | "expected" must be an array, was OBJECT
        {"id": "a", "text": "t", "expected": [{"source": "ARN"}]}     | "expected"[0]: "code" is missing or blank
        {"id": "a", "text": "t", "expected": [], "noevents": "yes"}   | "noevents" must be true or false, was "yes"
        {"id": "a", "text": "t", "expected": [], "config": {"k": {}}} | "config".k must be a string, was OBJECT
        {"id": "a", "text": "t", "event": " "}                        | "event" is missing or blank
        {"id": "a", "text": "t", "event": "AGREE", "source": [7]}     | "source"[0] must be an object, was NUMBER
        {"id": "a", "text": "t", "toponyms": [{"start": 5, "end": 2}]} | "toponyms"[0]: toponym span [5, 2) is not a span
        {"id": "a", "text": "t", "toponyms": [{"start": "5"}]}        | "toponyms"[0]: "start" must be an integer, was "5"
        {"id": "a", "text": "t", "expected": []} trailing             | not valid JSON: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
        """)
    void isSkippedWithAMessageNamingTheProblem(String line, String message) {
      GoldSet gold = Evaluation.parseGold("bad.jsonl", line);
      assertThat(gold.records()).isEmpty();
      assertThat(gold.skipped()).containsExactly(new GoldProblem("bad.jsonl", 1, message));
    }
  }
}
