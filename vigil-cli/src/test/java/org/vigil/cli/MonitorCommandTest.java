package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code vigil monitor backtest}: the table, the JSON and its keys, bad arguments. */
final class MonitorCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;

  @BeforeEach
  void capture() {
    stdout = System.out;
    stderr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.setErr(stderr);
  }

  @Test
  void jsonNamesEveryDetectorWithItsFalseAlarmsSensitivityAndDelay() throws Exception {
    assertThat(Main.run("monitor", "backtest", "--series", "16", "--seed", "7", "--json")).isZero();

    JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(report.get("seed").asLong()).isEqualTo(7);
    assertThat(report.get("simulation").get("series").asInt()).isEqualTo(16);
    assertThat(report.get("detectors")).extracting(d -> d.get("name").asText())
        .containsExactly("nb-cusum", "acled-surge", "record-high", "no-change");
    for (JsonNode d : report.get("detectors")) {
      assertThat(d.get("false_alarms_per_series_month").isNumber()).isTrue();
      assertThat(d.get("sensitivity").asDouble()).isBetween(0.0, 1.0);
      assertThat(d.has("median_delay_days")).isTrue();
      assertThat(d.get("by_size")).extracting(s -> s.get("group").asText()).containsExactly("x2", "x3", "x5");
      assertThat(d.get("by_base_rate")).hasSize(3);
    }
  }

  @Test
  void theTableHasARowPerDetectorAndTheSameFiguresAsTheJson() throws Exception {
    assertThat(Main.run("monitor", "backtest", "--series", "16", "--seed", "7")).isZero();
    String table = out.toString(StandardCharsets.UTF_8);
    out.reset();
    assertThat(Main.run("monitor", "backtest", "--series", "16", "--seed", "7", "--json")).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));

    assertThat(table).startsWith("16 series of 730 days").contains("seed 7");
    for (JsonNode d : report.get("detectors")) {
      assertThat(table).containsPattern("(?m)^" + d.get("name").asText() + " +"
          + String.format(java.util.Locale.ROOT, "%.3f", d.get("false_alarms_per_series_month").asDouble()));
    }
  }

  @Test
  void tooFewSeriesIsAUsageError() {
    assertThat(Main.run("monitor", "backtest", "--series", "0")).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("vigil monitor backtest: --series must be at least 1, was 0");
  }
}
