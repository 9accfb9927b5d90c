package org.vigil.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;

/**
 * Identical events (issue 15): the golden corpus of issue 10 (the sample articles, whose batch
 * events {@code GoldenEventsIT} keeps in {@code vigil-pipeline/.../golden/samples.jsonl}) through
 * the stream, against a real broker, with 4 partitions, gives byte for byte the same events, as a
 * set ordered by event id, with one stream instance and with two. Each instance is a separate
 * process with the default engine of {@code EngineFactory}, loaded once and reused by both runs.
 */
@Tag("kafka")
final class StreamGoldenIT {
  private static final Path GOLDEN = Path.of("..", "vigil-pipeline", "src", "test", "resources", "org", "vigil",
      "pipeline", "golden", "samples.jsonl");
  @TempDir static Path dir;
  private static KafkaBroker broker;
  private static JavaProcess a;
  private static JavaProcess b;

  @BeforeAll
  static void startTheBrokerAndTwoInstances() throws InterruptedException {
    // the instances load CoreNLP (15-25 s, longer on a loaded machine) while the broker starts
    a = JavaProcess.start("2g", dir.resolve("a.log"), StreamInstanceMain.class.getName(), "engine");
    b = JavaProcess.start("2g", dir.resolve("b.log"), StreamInstanceMain.class.getName(), "engine");
    broker = KafkaBroker.start(dir.resolve("broker"));
    a.awaitLog("coder loaded", Duration.ofMinutes(4));
    b.awaitLog("coder loaded", Duration.ofMinutes(4));
  }

  @AfterAll
  static void stopAll() {
    try {
      if (a != null) {
        a.close();
      }
      if (b != null) {
        b.close();
      }
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }

  @Test
  void oneInstanceGivesTheBatchEventsByteForByte() throws Exception {
    assertThat(run("one", List.of(a))).containsExactlyElementsOf(golden());
  }

  @Test
  void twoInstancesGiveTheBatchEventsByteForByte() throws Exception {
    assertThat(run("two", List.of(a, b))).containsExactlyElementsOf(golden());
  }

  /** Feeds the samples to topics named {@code prefix-...}, runs the app on {@code instances}; its events by id. */
  private static List<String> run(String prefix, List<JavaProcess> instances) throws Exception {
    StreamConfig config = StreamConfig.defaults(broker.bootstrap()).withApplicationId(prefix).withTopicPrefix(prefix);
    StreamTopics.ensure(config, Duration.ofSeconds(60));
    List<Article> samples = new ArrayList<>();
    new ArticleReader(IngestConfig.defaults()).read(Path.of("..", "samples"), samples::add,
        r -> { throw new AssertionError("rejected: " + r); });
    try (ArticleProducer producer = new ArticleProducer(broker.bootstrap(), config.articlesTopic(),
        Duration.ofSeconds(30))) {
      samples.forEach(producer::send);
      assertThat(producer.flush()).isEqualTo(samples.size());
    }
    for (JavaProcess p : instances) {
      p.tell("start " + prefix + " " + prefix + " " + config.partitions() + " " + dir.resolve("state-" + p.pid()) + " "
          + broker.bootstrap());
      p.awaitLog("started " + prefix, Duration.ofSeconds(60));
    }
    int expected = golden().size();
    try (TopicDrain events = new TopicDrain(broker.bootstrap(), config.eventsTopic())) {
      List<KeyValue<String, String>> got = events.readAtLeast(expected, Duration.ofMinutes(4), Duration.ofSeconds(3));
      assertThat(got).as("events of the %d samples on %s", samples.size(), config.eventsTopic()).hasSize(expected);
      for (KeyValue<String, String> kv : got) {
        assertThat(StreamSerdes.tree(kv.value).get("event_id").asText()).as("key of %s", kv.value).isEqualTo(kv.key);
      }
      return got.stream().map(kv -> kv.value).sorted(Comparator.comparing(StreamGoldenIT::eventId)).toList();
    }
  }

  private static List<String> golden() throws IOException {
    return Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .sorted(Comparator.comparing(StreamGoldenIT::eventId)).toList();
  }

  private static String eventId(String line) {
    return StreamSerdes.tree(line).get("event_id").asText();
  }
}
