package org.vigil.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.testkit.Events;

final class VigilTopologyTest {
  private static final String TEXT = "Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on"
      + " Wednesday, the Kyrgyz border service said. Two Kyrgyz servicemen were wounded and taken to a hospital in"
      + " Batken, according to the statement. Tajikistan's border service blamed the Kyrgyz side for the clash and"
      + " said talks between the two governments would go on next week in the capital.";

  @TempDir Path state;
  private final AtomicInteger coded = new AtomicInteger();
  private final List<String> failOn = new ArrayList<>();
  /** What the topology told its listener, in order. */
  private final List<String> told = new ArrayList<>();
  private final VigilTopology.Listener listener = new VigilTopology.Listener() {
    @Override
    public void rejected(String record, String reason) {
      told.add("rejected " + record + ": " + reason);
    }

    @Override
    public void duplicate(String articleId, String firstId) {
      told.add("duplicate " + articleId + " of " + firstId);
    }
  };
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> articles;
  private TestOutputTopic<String, String> events;
  private TestOutputTopic<String, String> rejections;
  private TestOutputTopic<String, String> codedOut;

  /** Two events an article, ids from the article id; fails on the articles named in {@link #failOn}. */
  private final CodingWorkers.ArticleCoder coder = a -> {
    coded.incrementAndGet();
    if (failOn.contains(a.id())) {
      throw new IllegalStateException("the parser gave up on " + a.id());
    }
    return List.of(Events.full(a, a.id() + "-e1"), Events.bare(a, a.id() + "-e2"));
  };

  @BeforeEach
  void start() {
    StreamConfig config = StreamConfig.defaults("localhost:9092").withStateDir(state);
    Properties p = VigilStream.properties(config);
    p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    driver = new TopologyTestDriver(VigilTopology.build(config, coder, StoryConfig.defaults(), listener), p);
    articles = driver.createInputTopic(config.articlesTopic(), new StringSerializer(), new ByteArraySerializer());
    events = driver.createOutputTopic(config.eventsTopic(), new StringDeserializer(), new StringDeserializer());
    rejections = driver.createOutputTopic(config.rejectionsTopic(), new StringDeserializer(), new StringDeserializer());
    codedOut = driver.createOutputTopic(config.codedTopic(), new StringDeserializer(), new StringDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void feed(Article a) {
    articles.pipeInput(a.contentHash(), StreamSerdes.articleLine(a));
  }

  @Test
  void eventsAreKeyedByEventIdAndWrittenAsVigilCodePrintsThem() {
    Article a = new Article("a1", LocalDate.of(2021, 7, 8), "Clash", TEXT, "", "Courier");
    feed(a);
    List<CodedEvent> expected = coder.code(a);
    assertThat(events.readKeyValuesToList()).containsExactly(
        KeyValue.pair("a1-e1", StreamSerdes.event(expected.get(0))),
        KeyValue.pair("a1-e2", StreamSerdes.event(expected.get(1))));
    assertThat(rejections.isEmpty()).isTrue();
  }

  @Test
  void anExactDuplicateIsCodedOnceWhateverItsIdOrLineEnds() {
    Article a = new Article("a1", LocalDate.of(2021, 7, 8), "Clash", TEXT, "", "Courier");
    Article again = new Article("a1-copy", a.date(), "Clash (updated)", TEXT.replace(". ", ".\r\n"), "", "Wire");
    feed(a);
    feed(again);
    feed(a);
    assertThat(coded).hasValue(1);
    assertThat(keys(events)).containsExactly("a1-e1", "a1-e2");
    assertThat(keys(codedOut)).containsExactly("a1");
    assertThat(told).containsExactly("duplicate a1-copy of a1", "duplicate a1 of a1");
  }

  @Test
  void aNearDuplicateIsCodedInTheStoryOfTheFirstWithinTheWindow() {
    Article a = new Article("a1", LocalDate.of(2021, 7, 8), "Clash", TEXT, "", "Courier");
    Article rewrite = new Article("a2", LocalDate.of(2021, 7, 9), "Border clash",
        "BISHKEK (Wire) - " + TEXT.replace("next week", "soon"), "", "Wire");
    Article late = new Article("a3", LocalDate.of(2021, 7, 20), "Clash", TEXT + " Nothing more was said.", "", "Wire");
    feed(a);
    feed(rewrite);
    feed(late);
    List<CodedArticle> out = codedOut.readValuesToList().stream().map(StreamSerdes::coded).toList();
    assertThat(out).extracting(c -> c.article().id()).containsExactly("a1", "a2", "a3");
    assertThat(out.get(0).story().isNew()).isTrue();
    assertThat(out.get(1).story().storyId()).isEqualTo(out.get(0).story().storyId());
    assertThat(out.get(1).story().duplicateOf()).isEqualTo("a1");
    assertThat(out.get(2).story().isNew()).as("eleven days later: outside the 3-day window").isTrue();
    assertThat(coded).hasValue(3);
    assertThat(told).as("near duplicates are coded, not dropped").isEmpty();
  }

  @Test
  void unreadableRecordsGoToRejectionsUnderTheirKeyWithTheReason() {
    articles.pipeInput("k-nodate", "{\"id\": \"n1\", \"text\": \"Guards fired.\"}".getBytes(StandardCharsets.UTF_8));
    articles.pipeInput("k-blank", "{\"id\": \"b1\", \"date\": \"2021-07-08\", \"text\": \"\"}"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(rejections.readKeyValuesToList()).containsExactly(
        KeyValue.pair("k-nodate", StreamSerdes.rejection("vigil-articles/0@0:1 (id n1)",
            "missing date: no 'date' or 'published' field")),
        KeyValue.pair("k-blank", StreamSerdes.rejection("vigil-articles/0@1:1 (id b1)", "blank text")));
    assertThat(events.isEmpty()).isTrue();
    assertThat(coded).hasValue(0);
    assertThat(told).containsExactly(
        "rejected vigil-articles/0@0:1 (id n1): missing date: no 'date' or 'published' field",
        "rejected vigil-articles/0@1:1 (id b1): blank text");
  }

  @Test
  void anArticleTheEngineFailsOnIsRejectedAndTheNextIsCoded() {
    failOn.add("bad");
    feed(new Article("bad", LocalDate.of(2021, 7, 8), "", TEXT, "", ""));
    feed(new Article("good", LocalDate.of(2021, 9, 8), "", TEXT, "", ""));
    Article bad = new Article("bad", LocalDate.of(2021, 7, 8), "", TEXT, "", "");
    assertThat(rejections.readKeyValuesToList()).containsExactly(KeyValue.pair(bad.contentHash(),
        StreamSerdes.rejection("article bad", "not coded: the parser gave up on bad")));
    assertThat(keys(events)).containsExactly("good-e1", "good-e2");
    assertThat(told).containsExactly("rejected article bad: not coded: the parser gave up on bad");
  }

  private static List<String> keys(TestOutputTopic<String, String> topic) {
    return topic.readKeyValuesToList().stream().map(kv -> kv.key).toList();
  }

  @Test
  void theStoryStoreKeepsOnlyTheArticlesOfTheWindow() {
    for (int i = 0; i < 6; i++) {
      feed(new Article("w" + i, LocalDate.of(2021, 7, 1).plusDays(5L * i), "", TEXT + " Day " + i + ".", "", ""));
    }
    org.apache.kafka.streams.state.KeyValueStore<String, String> window = driver.getKeyValueStore(VigilTopology.WINDOW);
    List<String> kept = new ArrayList<>();
    try (var all = window.all()) {
      all.forEachRemaining(kv -> kept.add(kv.key.substring(0, 10)));
    }
    assertThat(kept).containsExactly("2021-07-26");
    assertThat(driver.getKeyValueStore(VigilTopology.HASHES).approximateNumEntries()).isEqualTo(6);
  }
}
