package org.vigil.stream;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.vigil.core.article.Article;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.FailurePolicy;

/**
 * One running instance of the stream (what {@code vigil stream} starts): {@link VigilTopology}
 * under Kafka Streams with exactly-once v2, the settings of docs/STREAM.md. Instances with the same
 * application id share the partitions; one that dies has its tasks moved to the others after the
 * session timeout. Under {@link FailurePolicy#FAIL} the first rejected record stops the instance
 * (the rejection and everything before it committed, the rest of the topic left for the next run),
 * as the batch's policy stops a batch; under {@link FailurePolicy#CONTINUE} it goes on. It counts
 * the rejections and the exact duplicates it dropped (at least once: a record processed again
 * after a crash counts again). Thread-safe; {@link #close} stops it.
 */
public final class VigilStream implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(VigilStream.class.getName());
  /** How long a member may go silent before its tasks move: short, so a killed instance is replaced soon. */
  static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
  /**
   * An open transaction of a killed instance blocks read-committed readers until it times out;
   * long enough for a few slow articles in one transaction.
   */
  static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(30);

  private final FailurePolicy policy;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicLong rejections = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicReference<String> stoppedBy = new AtomicReference<>();
  private volatile KafkaStreams streams;
  private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

  VigilStream(FailurePolicy policy) {
    this.policy = policy;
  }

  /** What the topology tells this instance: counts, and under FAIL the stop at the first rejection. */
  final class Counts implements VigilTopology.Listener {
    @Override
    public void rejected(String record, String reason) {
      rejections.incrementAndGet();
      if (policy == FailurePolicy.FAIL && stoppedBy.compareAndSet(null, record + ": " + reason)) {
        LOG.log(System.Logger.Level.ERROR, "stream stops at " + record + ": " + reason + " (failure-policy fail)");
        // closing waits for the stream threads, one of which is calling this: close from another thread
        Thread.ofPlatform().name("vigil-stream-stop").daemon().start(VigilStream.this::close);
      }
    }

    @Override
    public void duplicate(String articleId, String firstId) {
      duplicates.incrementAndGet();
    }
  }

  /** The Kafka Streams settings of {@code config} (docs/STREAM.md, "Settings"). */
  static Properties properties(StreamConfig config) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrap());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
    p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replication());
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    // an article costs about a second of CPU: fetch few at a time and give the poll loop room
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), config.maxPollRecords());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG), 600_000);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), (int) SESSION_TIMEOUT.toMillis());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 2_000);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), (int) TRANSACTION_TIMEOUT.toMillis());
    // one partition of the stories topic feeds the coding stage; no need to wait for others to fill
    p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, 0L);
    return p;
  }

  /** A made-up article coded once before the stream starts. */
  static final Article WARM_UP = Article.of(LocalDate.of(2021, 7, 8), "Warm-up",
      "Officials of the two countries met in the capital on Monday and promised to talk again.");

  /**
   * Creates the missing topics, codes {@link #WARM_UP} once (the engine loads CoreNLP on its first
   * article, 15-25 s: inside the first transaction that would outlast its timeout), then starts an
   * instance coding with {@code coder} (the engine's, loaded once for the instance: every stream
   * thread calls it).
   */
  public static VigilStream start(StreamConfig config, CodingWorkers.ArticleCoder coder, StoryConfig stories) {
    return start(config, coder, stories, FailurePolicy.CONTINUE);
  }

  /** The same, with {@code policy} deciding what a rejected record does to the instance. */
  public static VigilStream start(StreamConfig config, CodingWorkers.ArticleCoder coder, StoryConfig stories,
      FailurePolicy policy) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(coder, "coder").code(WARM_UP);
    StreamTopics.ensure(config, Duration.ofSeconds(60));
    VigilStream s = new VigilStream(policy);
    KafkaStreams streams = new KafkaStreams(VigilTopology.build(config, coder, stories, s.new Counts()),
        properties(config));
    s.streams = streams;
    streams.setStateListener((now, before) -> {
      s.state = now;
      LOG.log(System.Logger.Level.INFO, "stream " + config.applicationId() + ": " + before + " -> " + now);
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        s.stopped.countDown();
      }
    });
    streams.start();
    return s;
  }

  /** Whether the instance is running (or rebalancing), not stopped or failed. */
  public boolean isRunning() {
    return state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED;
  }

  /** Whether the instance stopped because of an error, or at a rejected record under FAIL. */
  public boolean failed() {
    return state == KafkaStreams.State.ERROR || stoppedBy.get() != null;
  }

  /** The record that stopped the instance under FAIL and why ({@code record: reason}), if one did. */
  public Optional<String> stoppedBy() {
    return Optional.ofNullable(stoppedBy.get());
  }

  /** Records this instance wrote to the rejections topic. */
  public long rejections() {
    return rejections.get();
  }

  /** Articles this instance dropped as exact duplicates. */
  public long duplicates() {
    return duplicates.get();
  }

  /** Blocks until the instance stops (closed, or failed). */
  public void await() throws InterruptedException {
    stopped.await();
  }

  /** Stops the instance, committing what it has done; waits up to 30 s. */
  @Override
  public void close() {
    KafkaStreams running = streams;
    if (running != null) {
      running.close(Duration.ofSeconds(30));
    }
  }
}
