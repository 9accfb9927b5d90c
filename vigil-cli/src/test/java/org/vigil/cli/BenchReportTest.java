package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.nlp.CoreNlpAnnotator;

/** The figures of {@code vigil bench}: medians of per-run ratios, the JSON keys issue 5 names. */
class BenchReportTest {
  private static final long S = 1_000_000_000L;
  private static final long MB = 1024L * 1024L;

  /** A phase of {@code articles} articles and {@code sentences} sentences taking the given seconds. */
  private static Bench.Phase phase(int articles, long sentences, long parsed, double wallS, double cpuS, long heapMb) {
    return new Bench.Phase(articles, sentences, parsed,
        new Meter.Reading((long) (wallS * S), (long) (cpuS * S), (long) (cpuS * S), heapMb * MB, heapMb / 2 * MB));
  }

  private static Bench.Run run(double plainWallS, double vigilWallS, long heapMb) {
    // 10 articles, 100 sentences, 40 parsed; the coder codes 4,000 parsed sentences in 2 s of CPU
    return new Bench.Run(phase(10, 100, 100, plainWallS, 2 * plainWallS, 1000),
        phase(10, 100, 40, vigilWallS, 0.5, heapMb),
        phase(1000, 10_000, 4_000, 2, 2, 100), phase(1000, 10_000, 4_000, 1, 1, 100),
        new CoreNlpAnnotator.Counts(100, 40, 60, 10),
        new CoreNlpAnnotator.StageCpu(100, 10, 50, 40, 200, 20), 1, 30, 10);
  }

  private final BenchReport report = new BenchReport(
      new Bench.Settings(Path.of("corpus.jsonl"), Integer.MAX_VALUE, 3, 2), "selective",
      List.of(run(10, 2, 900), run(12, 2, 1200), run(9, 3, 1000)), 5000, 20000, 500 * MB, 1500 * MB,
      Instant.parse("2026-11-28T01:00:00Z"));

  @Test
  void jsonHasTheFiguresIssueFiveNamesAsMediansOfTheRuns() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    // per-run ratios 5, 6 and 3: the median is 5
    assertThat(json.get("ratio_vs_corenlp").asDouble()).isEqualTo(5.0);
    // articles/s per run 5, 5 and 3.33
    assertThat(json.get("articles_per_s").asDouble()).isEqualTo(5.0);
    // plain CPU per article 2.0, 2.4 and 1.8 s against Vigil's 0.05 s
    assertThat(json.get("cpu_ratio_vs_corenlp").asDouble()).isEqualTo(40.0);
    assertThat(json.get("coder_sentences_per_s_per_core").asLong()).isEqualTo(2000);
    assertThat(json.get("coder_all_sentences_per_s_per_core").asLong()).isEqualTo(5000);
    assertThat(json.get("peak_heap_mb").asLong()).isEqualTo(1200);
    assertThat(json.get("failed_articles").asLong()).isEqualTo(1);
    JsonNode stages = json.get("cpu_ms_per_sentence_by_stage");
    assertThat(stages.get("depparse").asDouble()).isEqualTo(2.0);
    assertThat(stages.get("convert_to_vigil").asDouble()).isEqualTo(0.2);
    // 500 ms of CPU end to end, 420 of them in the stages: 0.8 ms per sentence for the rest
    assertThat(stages.get("coding_places_store_read").asDouble()).isEqualTo(0.8);
    // of which 30 ms in the coder and 10 ms storing
    assertThat(stages.get("of_which_coding_places").asDouble()).isEqualTo(0.3);
    assertThat(stages.get("of_which_store").asDouble()).isEqualTo(0.1);
    assertThat(json.get("per_run")).hasSize(3);
  }

  @Test
  void textSaysTheRatioAndTheStages() {
    assertThat(report.toText()).contains("Vigil / plain CoreNLP: 5.00x (articles/s), 40.00x (CPU per article)")
        .contains("parse 2.00").contains("1 article(s) failed to code");
  }
}
