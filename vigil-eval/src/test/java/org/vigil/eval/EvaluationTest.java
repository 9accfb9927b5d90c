package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Events.event;
import static org.vigil.eval.Events.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

final class EvaluationTest {
  static final Evaluation EVALUATION = new Evaluation(ActorMatch.COUNTRY, EventScoringTest.CLOCK);
  static final String GOLD = """
      {"id": "a", "date": "1995-01-01", "text": "Arnor met Gondor.", "expected": [{"source": "ARN", "target": "GON", "code": "040"}]}
      {"id": "b", "text": "Arnor rejected Gondor.", "expected": [{"source": "ARN", "target": "GON", "code": "111"}]}
      {"id": "c", "text": "Hungary agreed.", "event": "AGREE", "source": [{"actorText": "Hungary", "code": "HUN"}]}
      """;

  static Function<Article, List<CodedEvent>> codesEveryRecordAsAMeeting() {
    return article -> List.of(event("ARN", "GON", "040").type("CONSULT").source("ARN", "Arnor").build());
  }

  @Test
  void theCoderSeesTheRecordAsAnArticle() {
    List<Article> seen = new java.util.ArrayList<>();
    EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD), article -> {
      seen.add(article);
      return List.of();
    });
    assertThat(seen).first().isEqualTo(new Article("a", java.time.LocalDate.of(1995, 1, 1), "", "Arnor met Gondor.",
        "", "g.jsonl:1"));
    assertThat(seen).extracting(Article::id).containsExactly("a", "b", "c");
  }

  @Test
  void aCoderThatThrowsOnOneRecordCountsAnErrorAndTheRestAreScored() {
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD), article -> {
      if (article.id().equals("b")) {
        throw new IllegalStateException("parser fell over");
      }
      return List.of(event("ARN", "GON", "040").build());
    });
    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.events()).as("the failed record's expected event is missed").isEqualTo(new Score(1, 0, 1));
    assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(0, 1));
    assertThat(r.details()).extracting(RecordDetail::error)
        .containsExactly(null, "IllegalStateException: parser fell over", null);
  }

  @Test
  void aCoderReturningNullCountsAsAnError() {
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD), article -> null);
    assertThat(r.errors()).isEqualTo(3);
    assertThat(r.details().get(0).error()).isEqualTo("IllegalStateException: coder returned null instead of a list");
  }

  @Test
  void skippedGoldLinesAreCountedInTheReport() {
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD + "not json\n"), article -> List.of());
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.skippedLines()).extracting(GoldProblem::line).containsExactly(4);
  }

  @Test
  void elapsedTimeComesFromTheClock() {
    InstantSource ticking = new InstantSource() {
      Instant now = Instant.parse("2024-01-01T00:00:00Z");

      @Override
      public Instant instant() {
        now = now.plusMillis(1500);
        return now;
      }
    };
    Report r = new Evaluation(ActorMatch.COUNTRY, ticking).score(Evaluation.parseGold("g", GOLD), a -> List.of());
    assertThat(r.elapsed()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void geoRecordsAreCountedButNotCoded() {
    String geo = """
        {"id": "g", "text": "In Homs.", "toponyms": [{"start": 3, "end": 7, "phrase": "Homs", "lat": 34.7, "lon": 36.7}]}
        """;
    List<String> coded = new java.util.ArrayList<>();
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD + geo), a -> {
      coded.add(a.id());
      return List.of();
    });
    assertThat(coded).containsExactly("a", "b", "c");
    assertThat(r.geoRecords()).isEqualTo(1);
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.toText()).contains("geo: not scored yet (1 records)");
  }

  @Test
  void theTextReportHasAlignedTables() {
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD), codesEveryRecordAsAMeeting());
    assertThat(r.toText()).isEqualToNormalizingNewlines("""
        records 3  with events 3  coder errors 0  skipped lines 0  elapsed 0.000 s  actor match COUNTRY

        events     precision  recall     f1  tp  fp  fn
        full code      0.500   0.500  0.500   1   1   1
        root only      0.500   0.500  0.500   1   1   1

        per root  precision  recall     f1  tp  fp  fn
        04            0.500   1.000  0.667   1   1   0
        11            0.000   0.000  0.000   0   0   1

        plover and actors          value  count
        type accuracy (top event)  0.000    0/1
        type accuracy (any event)  0.000    0/1
        mode accuracy                n/a      -
        actor country accuracy       n/a      -
        actor recall               0.000    0/1

        calibration (confidence)  events  correct  precision
        0.0-0.5                        0        0          -
        0.5-0.6                        3        1      0.333
        0.6-0.7                        0        0          -
        0.7-0.8                        0        0          -
        0.8-0.9                        0        0          -
        0.9-1.0                        0        0          -
        >= 0.8                         0        0          -
        """);
  }

  @Test
  void theJsonReportUsesNullForMetricsThatDoNotApply() throws Exception {
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD.lines().limit(2).reduce("", (a, b) -> a + b + "\n")),
        codesEveryRecordAsAMeeting());
    JsonNode json = new ObjectMapper().readTree(r.toJson());
    assertThat(json.get("records").intValue()).isEqualTo(2);
    assertThat(json.get("events").toString())
        .isEqualTo("{\"precision\":0.5,\"recall\":0.5,\"f1\":0.5,\"tp\":1,\"fp\":1,\"fn\":1}");
    assertThat(json.get("per_root").fieldNames()).toIterable().containsExactly("04", "11");
    assertThat(json.get("events_root").get("f1").doubleValue()).isEqualTo(0.5);
    for (String key : List.of("plover_type_accuracy", "plover_type_accuracy_any", "plover_mode_accuracy",
        "actor_country_accuracy", "actor_recall", "geo")) {
      assertThat(json.has(key)).as("has " + key).isTrue();
      assertThat(json.get(key).isNull()).as(key + " is null").isTrue();
    }
    assertThat(json.get("errors").intValue()).isZero();
    assertThat(json.get("skipped").intValue()).isZero();
  }

  @Test
  void theJsonReportGivesPloverRatiosAndNullEventScoresForPloverGold() throws Exception {
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD.lines().skip(2).findFirst().orElseThrow()),
        a -> List.of(plover("AGREE").source("HUNGOV", "Hungary").build()));
    JsonNode json = new ObjectMapper().readTree(r.toJson());
    assertThat(json.get("events").isNull()).isTrue();
    assertThat(json.get("per_root").isNull()).isTrue();
    assertThat(json.get("plover_type_accuracy").doubleValue()).isEqualTo(1.0);
    assertThat(json.get("actor_country_accuracy").doubleValue()).isEqualTo(1.0);
    assertThat(json.get("counts").get("gold_actors").longValue()).isEqualTo(1);
  }

  @Test
  void detailsListExpectedPredictedAndMatchedPerRecord() {
    Report r = EVALUATION.score(Evaluation.parseGold("g.jsonl", GOLD), codesEveryRecordAsAMeeting());
    assertThat(r.details()).first().isEqualTo(new RecordDetail("a", "petrarch", List.of("(ARN, GON, 040)"),
        List.of("(ARN, GON, 040)"), List.of("(ARN, GON, 040)"), null));
    assertThat(r.detailsText()).startsWithIgnoringCase("""
        a [petrarch]
          expected   (ARN, GON, 040)
          predicted  (ARN, GON, 040)
          matched    (ARN, GON, 040)
        b [petrarch]
          expected   (ARN, GON, 111)
          predicted  (ARN, GON, 040)
          matched    -
        c [plover]
          expected   AGREE
                     source "Hungary" HUN
        """.replace("\n", System.lineSeparator()));
  }
}
