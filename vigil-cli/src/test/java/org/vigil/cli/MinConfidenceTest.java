package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.VigilSettings;
import org.vigil.testkit.Events;
import picocli.CommandLine;

/** Issue 11: {@code --min-confidence} keeps the events an analyst can act on and says what it refuses. */
final class MinConfidenceTest {
  @TempDir
  Path dir;

  /** Every article gets a sure, a middling and an unsure event. */
  private final CodingWorkers.ArticleCoder threeEvents = a -> List.of(
      Events.event(a, a.id() + "-sure").negated(false).confidence(0.9).build(),
      Events.event(a, a.id() + "-edge").negated(false).confidence(0.8).build(),
      Events.event(a, a.id() + "-unsure").negated(false).confidence(0.35).build());

  private String code(double minConfidence) throws Exception {
    CodeCommand c = new CodeCommand();
    c.input = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\": \"a1\", \"date\": \"2021-07-09\", \"text\": \"Tajikistan asked the CSTO for help on Thursday.\"}\n")
        .toString();
    c.format = "json";
    c.includeNegated = true;
    c.minConfidence = minConfidence;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = c.run(threeEvents, VigilSettings.load(null, Map.of(), Map.of("threads", "1")), new Output(out),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), () -> "");
    assertThat(exit).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void eventsBelowTheThresholdAreNotPrintedAndTheThresholdItselfIsKept() throws Exception {
    String printed = code(0.8);
    assertThat(printed).contains("a1-sure", "a1-edge").doesNotContain("a1-unsure");
    assertThat(printed.lines()).hasSize(2);
  }

  @Test
  void theDefaultPrintsEveryEvent() throws Exception {
    assertThat(code(0).lines()).hasSize(3);
  }

  @Test
  void aThresholdOutsideZeroToOneIsAUsageErrorNamingTheValue() {
    CommandLine cl = new CommandLine(new CodeCommand());
    assertThatThrownBy(() -> Runs.checkConfidence(cl.getCommandSpec(), 1.5))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("--min-confidence must be between 0 and 1, was 1.5");
    assertThatThrownBy(() -> Runs.checkConfidence(cl.getCommandSpec(), Double.NaN))
        .hasMessage("--min-confidence must be between 0 and 1, was NaN");
  }
}
