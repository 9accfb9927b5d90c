package org.vigil.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Faults (issue 15), against a real broker: two stream instances (separate processes, the fixed
 * coder of {@link StreamInstanceMain}, 100 ms an article, so that the faults fall mid-run) code 200
 * articles fed with 30 exact duplicates and two bad records. One instance is killed with {@code
 * kill -9} a fifth of the way in, the broker is restarted halfway; the survivor finishes. Counted
 * by event id, no event is lost and none is doubled; each is the line the coder gives; the bad
 * records are in the rejections topic with their reasons.
 */
@Tag("kafka")
final class StreamFaultsIT {
  private static final int ARTICLES = 200;
  @TempDir Path dir;
  private KafkaBroker broker;
  private JavaProcess a;
  private JavaProcess b;

  @AfterEach
  void stopAll() {
    try {
      for (JavaProcess p : new JavaProcess[] {a, b}) {
        if (p != null) {
          p.close();
        }
      }
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }

  @Test
  void aKilledInstanceABrokerRestartAndDuplicatesLoseNoEventAndDoubleNone() throws Exception {
    a = JavaProcess.start("384m", dir.resolve("a.log"), StreamInstanceMain.class.getName(), "fixed:100");
    b = JavaProcess.start("384m", dir.resolve("b.log"), StreamInstanceMain.class.getName(), "fixed:100");
    broker = KafkaBroker.start(dir.resolve("broker"));
    StreamConfig config = StreamConfig.defaults(broker.bootstrap()).withApplicationId("faults")
        .withTopicPrefix("faults");
    StreamTopics.ensure(config, Duration.ofSeconds(60));

    List<Article> articles = new java.util.ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      articles.add(new Article("f" + i, LocalDate.of(2020, 1, 1).plusDays(5L * i), "Report " + i,
          "Report number " + i + " of the made-up wire: Kyrgyz and Tajik guards met near post " + (i * 7 % 97)
              + " and talked for " + (i % 13 + 1) + " hours." + " More.".repeat(i % 3), "", "Made-up Wire"));
    }
    Map<String, String> expected = new TreeMap<>();
    for (Article x : articles) {
      for (CodedEvent e : StreamInstanceMain.fixed(x)) {
        expected.put(e.eventId(), StreamSerdes.event(e));
      }
    }
    try (ArticleProducer producer = new ArticleProducer(broker.bootstrap(), config.articlesTopic(),
        Duration.ofSeconds(30))) {
      for (int i = 0; i < ARTICLES; i++) {
        producer.send(articles.get(i));
        if (i % 7 == 3) { // an exact duplicate, later in the feed
          producer.send(articles.get(i / 2));
        }
      }
      producer.send("bad-date", "bad-date", "{\"id\": \"nodate\", \"text\": \"Guards met at the post.\"}"
          .getBytes(StandardCharsets.UTF_8));
      producer.send("bad-text", "bad-text", "{\"id\": \"notext\", \"date\": \"2021-07-08\", \"text\": \"\"}"
          .getBytes(StandardCharsets.UTF_8));
      producer.flush();
    }
    a.awaitLog("coder loaded", Duration.ofMinutes(1));
    b.awaitLog("coder loaded", Duration.ofMinutes(1));
    for (JavaProcess p : List.of(a, b)) {
      p.tell("start faults faults " + config.partitions() + " " + dir.resolve("state-" + p.pid()) + " "
          + broker.bootstrap());
    }

    try (TopicDrain events = new TopicDrain(broker.bootstrap(), config.eventsTopic());
        TopicDrain rejections = new TopicDrain(broker.bootstrap(), config.rejectionsTopic())) {
      assertThat(events.readUntil(() -> events.size() >= expected.size() / 5, Duration.ofMinutes(3)))
          .as("a fifth of the events before the kill").isTrue();
      b.kill();
      int atKill = events.size();
      assertThat(events.readUntil(() -> events.size() >= Math.max(atKill + 20, expected.size() / 2),
          Duration.ofMinutes(3))).as("half the events, from the survivor, before the broker restart").isTrue();
      broker.restart();
      List<KeyValue<String, String>> got = events.readAtLeast(expected.size(), Duration.ofMinutes(4),
          Duration.ofSeconds(5));

      Map<String, Long> perId = got.stream().collect(Collectors.groupingBy(kv -> kv.key, TreeMap::new,
          Collectors.counting()));
      assertThat(perId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
          .as("events doubled").isEmpty();
      assertThat(expected.keySet().stream().filter(id -> !perId.containsKey(id)).toList()).as("events lost").isEmpty();
      Map<String, String> byId = got.stream().collect(Collectors.toMap(kv -> kv.key, kv -> kv.value, (x, y) -> x,
          TreeMap::new));
      assertThat(byId).as("each event as the coder gives it").isEqualTo(expected);

      // the store sinks' path: each article once on the coded topic, read committed, with its events
      Map<String, Integer> codedArticles = new java.util.concurrent.ConcurrentHashMap<>();
      Map<String, Integer> codedEvents = new java.util.concurrent.ConcurrentHashMap<>();
      try (CodedConsumer sink = CodedConsumer.start(new KafkaUri(broker.bootstrap(), config.codedTopic()), "check",
          c -> {
            codedArticles.merge(c.article().id(), 1, Integer::sum);
            c.events().forEach(e -> codedEvents.merge(e.eventId(), 1, Integer::sum));
          }, (record, reason) -> { throw new AssertionError(record + ": " + reason); })) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (sink.handled() < ARTICLES && java.time.Instant.now().isBefore(deadline)) {
          Thread.sleep(200);
        }
        Thread.sleep(1000);
      }
      assertThat(codedArticles).hasSize(ARTICLES).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
      assertThat(codedEvents.keySet()).isEqualTo(expected.keySet());

      rejections.readAtLeast(2, Duration.ofSeconds(30), Duration.ofSeconds(1));
      Map<String, String> reasons = rejections.poll(Duration.ofMillis(100)).stream().collect(Collectors.toMap(
          kv -> kv.key, kv -> StreamSerdes.tree(kv.value).get("reason").asText(), (x, y) -> x + " | " + y,
          LinkedHashMap::new));
      assertThat(reasons).containsOnly(
          Map.entry("bad-date", "missing date: no 'date' or 'published' field"),
          Map.entry("bad-text", "blank text"));
    }
  }
}
