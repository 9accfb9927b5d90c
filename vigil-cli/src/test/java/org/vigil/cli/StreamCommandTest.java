package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 15: the stream's commands refuse a malformed broker or topic as a usage error naming it, before any work. */
final class StreamCommandTest {
  @TempDir Path dir;

  private static int run(StringWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void ingestToATopicWithoutAPortIsAUsageError() throws Exception {
    Path input = Files.writeString(dir.resolve("a.jsonl"), "{\"date\": \"2021-07-08\", \"text\": \"Guards met.\"}\n");
    StringWriter err = new StringWriter();
    assertThat(run(err, "ingest", input.toString(), "--to", "kafka://localhost/vigil-articles")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains(
        "a Kafka topic must be kafka://HOST:PORT/TOPIC, was 'kafka://localhost/vigil-articles'");
  }

  @Test
  void serveFromSomethingNotKafkaIsAUsageError() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "serve", "--from", "http://localhost:9092/vigil-coded")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains(
        "a Kafka topic must be kafka://HOST:PORT/TOPIC, was 'http://localhost:9092/vigil-coded'");
  }

  @Test
  void streamWithABootstrapWithoutAPortIsAUsageError() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "stream", "--bootstrap", "localhost")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("stream bootstrap must be HOST:PORT[,HOST:PORT...], was 'localhost'");
  }

  @Test
  void streamWithZeroPartitionsIsAUsageError() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "stream", "--bootstrap", "localhost:9092", "--partitions", "0")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("stream partitions must be at least 1, was 0");
  }
}
