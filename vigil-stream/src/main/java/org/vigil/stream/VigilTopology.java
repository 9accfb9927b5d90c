package org.vigil.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.pipeline.CodingWorkers;

/**
 * The whole stream in one place (issue 15), a pure function of its inputs: build it, then run it
 * with {@link VigilStream} or test it with {@code TopologyTestDriver}.
 *
 * <pre>
 * articles (key: content hash; value: one JSON Lines record)
 *   → read (the batch reader; unreadable records → rejections)
 *   → repartition to 1 partition "stories": exact duplicates (state store of content hashes, kept
 *     for good) dropped; near duplicates put in a story by the StoryIndex, whose articles of the
 *     last window-days live in a state store so that a restarted task rebuilds it
 *   → repartition to P partitions "coding" (key: content hash): analyse and code, stateless
 *   → events (key: event id; value: the vigil code line), coded (key: article id; article, story,
 *     events) and rejections (key: the record's key; record and reason)
 * </pre>
 *
 * The story stage is one partition because a near duplicate has another content hash and may be
 * on any partition: it is cheap (MinHash, well under a millisecond an article) next to coding
 * (about a second), which is where the partitions go (docs/STREAM.md, "Scale").
 */
public final class VigilTopology {
  /** State store: content hash → id of the first article with that content (exact duplicates). */
  static final String HASHES = "vigil-article-hashes";
  /** State store: {@code date|content hash} → the article and its story, for the last window-days. */
  static final String WINDOW = "vigil-story-window";

  private VigilTopology() {}

  /**
   * What the stream tells besides its topics, called from the stream threads (so at least once:
   * a record processed again after a crash is told again).
   */
  public interface Listener {
    /** Tells nothing. */
    Listener NONE = new Listener() {};

    /** A record was written to the rejections topic: {@code record} names it, {@code reason} says why. */
    default void rejected(String record, String reason) {}

    /** An article was dropped as an exact duplicate (same content hash) of the article {@code firstId}. */
    default void duplicate(String articleId, String firstId) {}
  }

  /**
   * The topology of {@code config}'s topics, coding with {@code coder} (the engine's {@code code},
   * called from the stream threads at once: it must be thread-safe) and grouping stories by
   * {@code stories}.
   */
  public static Topology build(StreamConfig config, CodingWorkers.ArticleCoder coder, StoryConfig stories) {
    return build(config, coder, stories, Listener.NONE);
  }

  /** The same, telling {@code listener} of each rejection and each exact duplicate dropped. */
  public static Topology build(StreamConfig config, CodingWorkers.ArticleCoder coder, StoryConfig stories,
      Listener listener) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(coder, "coder");
    Objects.requireNonNull(stories, "stories");
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HASHES), Serdes.String(),
        Serdes.String()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WINDOW), Serdes.String(),
        Serdes.String()));

    KStream<String, StreamSerdes.Read> read = builder
        .stream(config.articlesTopic(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles"))
        .process(() -> new ReadArticle(config.articlesTopic()), Named.as("read"));
    read.split(Named.as("read-"))
        .branch((k, v) -> v instanceof StreamSerdes.Rejected, Branched.withConsumer(rejected -> rejected
            .mapValues(v -> rejection(listener, (StreamSerdes.Rejected) v), Named.as("read-rejection"))
            .to(config.rejectionsTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("rejections-read"))))
        .defaultBranch(Branched.withConsumer(accepted -> coding(config, coder, stories, listener, accepted)));
    return builder.build();
  }

  private static void coding(StreamConfig config, CodingWorkers.ArticleCoder coder, StoryConfig stories,
      Listener listener, KStream<String, StreamSerdes.Read> accepted) {
    KStream<String, Object> coded = accepted
        .map((k, v) -> {
          Article a = ((StreamSerdes.Accepted) v).article();
          return KeyValue.pair(a.contentHash(), new String(StreamSerdes.articleLine(a),
              java.nio.charset.StandardCharsets.UTF_8));
        }, Named.as("by-content-hash"))
        .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName("stories").withNumberOfPartitions(1))
        .process(() -> new StoryStage(stories, listener), Named.as("stories"), HASHES, WINDOW)
        .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName("coding")
            .withNumberOfPartitions(config.partitions()))
        .process(() -> new CodeStage(coder), Named.as("code"));
    coded.split(Named.as("code-"))
        .branch((k, v) -> v instanceof StreamSerdes.Rejected, Branched.withConsumer(rejected -> rejected
            .mapValues(v -> rejection(listener, (StreamSerdes.Rejected) v), Named.as("code-rejection"))
            .to(config.rejectionsTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("rejections-code"))))
        .defaultBranch(Branched.withConsumer(ok -> {
          ok.flatMap((k, v) -> {
            List<KeyValue<String, String>> events = new ArrayList<>();
            for (CodedEvent e : ((CodedArticle) v).events()) {
              events.add(KeyValue.pair(e.eventId(), StreamSerdes.event(e)));
            }
            return events;
          }, Named.as("events")).to(config.eventsTopic(), Produced.with(Serdes.String(), Serdes.String())
              .withName("events-out"));
          ok.map((k, v) -> {
            CodedArticle c = (CodedArticle) v;
            return KeyValue.pair(c.article().id(), StreamSerdes.coded(c.article(), c.story(), c.events()));
          }, Named.as("coded")).to(config.codedTopic(), Produced.with(Serdes.String(), Serdes.String())
              .withName("coded-out"));
        }));
  }

  private static String rejection(Listener listener, StreamSerdes.Rejected r) {
    listener.rejected(r.record(), r.reason());
    return StreamSerdes.rejection(r.record(), r.reason());
  }

  /** Reads each message as the batch reader reads a record; names a bad one by topic, partition and offset. */
  private static final class ReadArticle implements Processor<String, byte[], String, StreamSerdes.Read> {
    private final String topic;
    private ProcessorContext<String, StreamSerdes.Read> context;

    ReadArticle(String topic) {
      this.topic = topic;
    }

    @Override
    public void init(ProcessorContext<String, StreamSerdes.Read> context) {
      this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
      String name = context.recordMetadata()
          .map(m -> m.topic() + "/" + m.partition() + "@" + m.offset())
          .orElse(topic);
      StreamSerdes.Read read = StreamSerdes.read(record.value(), name);
      // a rejection keeps the message's key, so that the producer can tell which of its records it was
      String key = record.key() != null ? record.key() : name;
      context.forward(record.withKey(key).withValue(read));
    }
  }

  /** Codes one article; an article the engine fails on becomes a rejection naming it and why. */
  private static final class CodeStage implements Processor<String, String, String, Object> {
    private static final System.Logger LOG = System.getLogger(CodeStage.class.getName());
    private final CodingWorkers.ArticleCoder coder;
    private ProcessorContext<String, Object> context;

    CodeStage(CodingWorkers.ArticleCoder coder) {
      this.coder = coder;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
      this.context = context;
    }

    @Override
    public void process(Record<String, String> record) {
      StreamSerdes.Storied s = StreamSerdes.storied(record.value());
      Object out;
      try {
        out = new CodedArticle(s.article(), s.story(), coder.code(s.article()));
      } catch (RuntimeException e) { // one bad article must not stop the stream (STYLE.md, "Errors")
        LOG.log(System.Logger.Level.WARNING, "article " + s.article().id() + " not coded: " + e, e);
        out = new StreamSerdes.Rejected("article " + s.article().id(), "not coded: " + e.getMessage());
      }
      context.forward(record.withValue(out));
    }
  }
}
