package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The think time of api-load's clients (issue 13, round 7): exponential, seeded, cut at ten times the mean. */
final class ApiLoadCommandTest {
  @Test
  void thinkTimesAreExponentialWithTheirMeanCutAtTenTimesItAndSeeded() {
    SplittableRandom r = new SplittableRandom(1);
    int n = 200_000;
    double sum = 0;
    long max = 0;
    int overMean = 0;
    for (int i = 0; i < n; i++) {
      long t = ApiLoadCommand.thinkNanos(r, 10_000);
      sum += t;
      max = Math.max(max, t);
      if (t > 10_000_000_000L) {
        overMean++;
      }
    }
    // the cut at 10x the mean takes e^-10 of the mass: the mean stays within 0.1 % of 10 s
    assertThat(sum / n / 1e6).isCloseTo(10_000, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(max).isLessThanOrEqualTo(100_000_000_000L);
    // P(T > mean) = 1/e for an exponential law
    assertThat(overMean / (double) n).isCloseTo(Math.exp(-1), org.assertj.core.data.Offset.offset(0.01));
    assertThat(ApiLoadCommand.thinkNanos(new SplittableRandom(7), 500))
        .isEqualTo(ApiLoadCommand.thinkNanos(new SplittableRandom(7), 500));
  }

  @Test
  void aPathsShapeKeepsItsGroupingAndTheNamesOfItsFilters() {
    assertThat(ApiLoadCommand.shape("/aggregates?by=day&group=dyad&from=2020-01-01&to=2020-03-31"))
        .isEqualTo("aggregates by=day group=dyad from");
    assertThat(ApiLoadCommand.shape("/events?country=RUS&min_confidence=0.6&limit=20"))
        .isEqualTo("events country min_confidence");
    assertThat(ApiLoadCommand.shape("/events/syn-12-0")).isEqualTo("event");
  }

  @Test
  void theSlowestRequestsSayTheirShapesAndTheirShareOfWaitingAtTheGate() {
    java.util.List<ApiLoadCommand.Sample> samples = new java.util.ArrayList<>();
    for (int i = 0; i < 198; i++) {
      samples.add(new ApiLoadCommand.Sample("event", 5_000_000, 1, -1));
    }
    // the two slowest: 1,000 ms, of which 900 in line, and 500 ms run in the store
    samples.add(new ApiLoadCommand.Sample("aggregates by=day group=dyad", 1_000_000_000, 900, 100));
    samples.add(new ApiLoadCommand.Sample("events country", 500_000_000, 0, -1));
    java.util.Map<String, Object> top = ApiLoadCommand.slowest(samples);
    assertThat(top).containsEntry("requests", 2).containsEntry("from_ms", 500.0)
        .containsEntry("by_shape", java.util.Map.of("aggregates by=day group=dyad", 1L, "events country", 1L))
        .containsEntry("gate_share", 0.6).containsEntry("store_share", 0.067);
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> event = (java.util.Map<String, Object>) ApiLoadCommand.byShape(samples).get("event");
    assertThat(event).containsEntry("requests", 198).containsEntry("p99_ms", 5.0).containsEntry("gate_max_ms", 1.0);
  }

  @Test
  void aCorpusArticleIsPostedInTurnWithAnIdAndATextOfItsOwnAndBadLinesAreSkipped(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("articles.jsonl");
    java.nio.file.Files.writeString(file, String.join("\n",
        "{\"id\": \"a\", \"published\": \"2024-05-02 10:00:00Z\", \"title\": \"T\", \"text\": \"Ministers met in Dushanbe.\"}",
        "{\"id\": \"b\", \"text\": \"No date here.\"}",
        "not json",
        "",
        "{\"id\": \"c\", \"date\": \"2024-05-03\", \"text\": \"Troops crossed the border.\"}"));
    java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> corpus = ApiLoadCommand.readCorpus(file);
    assertThat(corpus).extracting(a -> a.get("id").asText()).containsExactly("a", "c");
    assertThat(corpus.get(0).get("date").asText()).isEqualTo("2024-05-02");
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode first = json.readTree(ApiLoadCommand.corpusArticle(corpus, 1, 77, 0));
    com.fasterxml.jackson.databind.JsonNode again = json.readTree(ApiLoadCommand.corpusArticle(corpus, 1, 77, 2));
    // seed 1, copy 0 is the second article; copy 2 the same story again, with its own id and text
    assertThat(first.get("id").asText()).isEqualTo("load-77-0-c");
    assertThat(again.get("id").asText()).isEqualTo("load-77-2-c");
    assertThat(first.get("text").asText()).startsWith("Troops crossed the border.").isNotEqualTo(again.get("text").asText());
    assertThat(corpus.get(1).get("text").asText()).isEqualTo("Troops crossed the border.");
  }
}
