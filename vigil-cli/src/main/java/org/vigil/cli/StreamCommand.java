package org.vigil.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;
import org.vigil.ingest.story.StoryIndex;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;
import org.vigil.server.Serve;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.stream.ArticleProducer;
import org.vigil.stream.CodedConsumer;
import org.vigil.stream.KafkaUri;
import org.vigil.stream.StreamConfig;
import org.vigil.stream.StreamTopics;
import org.vigil.stream.VigilStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigil stream}: runs one instance of the Kafka Streams application (issue 15,
 * docs/STREAM.md) until Ctrl-C; {@code vigil stream sink} drains its coded topic into a store and
 * Parquet. Also holds what {@code vigil ingest --to} and {@code vigil serve --from} run.
 */
@Command(name = "stream", mixinStandardHelpOptions = true, subcommands = StreamCommand.Sink.class,
    description = "Run one instance of Vigil's Kafka Streams application: articles from a topic, events to another"
        + " (docs/STREAM.md); instances with the same --application-id share the partitions. Runs until Ctrl-C.")
final class StreamCommand implements Callable<Integer> {
  /** Kafka's clients log every setting at INFO; held here, as the JDK keeps loggers weakly and would forget the level. */
  private static final java.util.logging.Logger KAFKA = java.util.logging.Logger.getLogger("org.apache.kafka");

  static {
    KAFKA.setLevel(java.util.logging.Level.WARNING);
  }

  // not required = true: picocli would then ask for it before `vigil stream sink` too
  @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "The Kafka brokers (required).")
  String bootstrap;

  @Option(names = "--application-id", defaultValue = "vigil", description = "Instances with the same id share the work (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--topic-prefix", defaultValue = "vigil", description = "Topics PREFIX-articles, -events, -rejections, -coded (default: ${DEFAULT-VALUE}).")
  String prefix;

  @Option(names = "--partitions", defaultValue = "4", description = "Partitions of the topics it creates and of the coding stage (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--threads", defaultValue = "1", description = "Stream threads of this instance, each coding one article at a time (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--state-dir", paramLabel = "DIR", description = "Where the state stores live (default: vigil-streams under the temp folder).")
  Path stateDir;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (bootstrap == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--bootstrap=HOST:PORT'");
    }
    StreamConfig config;
    try {
      config = StreamConfig.defaults(bootstrap).withApplicationId(applicationId).withTopicPrefix(prefix)
          .withPartitions(partitions).withThreads(threads);
      if (stateDir != null) {
        config = config.withStateDir(stateDir);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    VigilSettings settings = Wiring.settings(spec, dictionaryOptions, analysisOptions, null, null);
    VigilEngine engine = Wiring.engine(settings); // CoreNLP loaded once for the instance, shared by its threads
    VigilStream stream = VigilStream.start(config, engine::code, settings.storyConfig(), settings.failurePolicy());
    System.err.println("vigil: stream " + config.applicationId() + " reading " + config.articlesTopic() + " at "
        + config.bootstrap() + ", writing " + config.eventsTopic() + ", " + config.codedTopic() + ", "
        + config.rejectionsTopic() + " (failure-policy " + settings.failurePolicy().name().toLowerCase(java.util.Locale.ROOT)
        + "); Ctrl-C stops");
    Runtime.getRuntime().addShutdownHook(new Thread(stream::close, "vigil-stream-stop"));
    stream.await();
    String rejectionsTopic = config.rejectionsTopic();
    stream.stoppedBy().ifPresent(why -> System.err.println("vigil: stopped at " + why
        + " (failure-policy fail: it is in " + rejectionsTopic + "; the records after it wait for the next run)"));
    System.err.println("vigil: this instance rejected " + stream.rejections() + " records and dropped "
        + stream.duplicates() + " exact duplicates");
    return stream.failed() ? Main.FAILURE : Main.OK;
  }

  /** {@code vigil stream sink}: the coded topic into a DuckDB store, and the store's events into Parquet. */
  @Command(name = "sink", mixinStandardHelpOptions = true,
      description = "Store the articles the stream coded (its coded topic) in a DuckDB store, idempotently, and with"
          + " --parquet write the store's events to a Parquet file when the topic has been idle for --idle (or at Ctrl-C).")
  static final class Sink implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "kafka://HOST:PORT/TOPIC", description = "The coded topic (vigil-coded).")
    String from;

    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: the setting store.path).")
    Path db;

    @Option(names = "--parquet", paramLabel = "FILE", description = "Also write every stored event to this Parquet file.")
    Path parquet;

    @Option(names = "--group", defaultValue = "vigil-sink", description = "The consumer group: its offsets say what was stored (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--idle", paramLabel = "DURATION", description = "Stop once nothing came for this long (such as 30s); default: run until Ctrl-C.")
    String idle;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      KafkaUri source = uri(spec, from);
      Duration quiet = idle == null ? null : VigilSettings.interval(idle);
      VigilSettings settings = Wiring.settings(spec, null, null, null, db);
      try (DuckDbEventStore store = IngestCommand.openForIngest(StoreConfig.of(settings.storePath()), System.err,
          Wiring.merger(settings))) {
        AtomicLong stored = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicLong last = new AtomicLong(System.nanoTime());
        CountDownLatch stop = new CountDownLatch(1);
        CodedConsumer consumer = CodedConsumer.start(source, group, c -> {
          last.set(System.nanoTime());
          // the stream's own story; a re-delivered article is already stored (by content hash) and adds nothing
          for (EventStore.Outcome o : store.storeAll(java.util.List.of(new EventStore.Coded(c.article(), c.events(),
              c.story())))) {
            if (o.failure() != null) {
              throw o.failure();
            }
            if (o.stored()) {
              stored.incrementAndGet();
              events.addAndGet(c.events().size());
            }
          }
        }, (record, reason) -> {
          Runs.tellRejected(System.err, record, reason);
          store.reject(record, reason);
        });
        Thread hook = new Thread(stop::countDown, "vigil-sink-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        System.err.println("vigil: storing " + source + " in " + settings.storePath() + (quiet == null ? "; Ctrl-C stops"
            : "; stops after " + idle + " idle"));
        while (!stop.await(500, java.util.concurrent.TimeUnit.MILLISECONDS) && !consumer.isDone()) {
          if (quiet != null && System.nanoTime() - last.get() > quiet.toNanos()) {
            break;
          }
        }
        consumer.close();
        System.err.println("vigil: stored " + stored.get() + " articles, " + events.get() + " events from " + source);
        if (parquet != null) {
          long rows = store.exportParquet(EventQuery.all(Integer.MAX_VALUE), parquet);
          System.err.println("vigil: wrote " + rows + " events to " + parquet);
        }
        return consumer.failure() == null ? Main.OK : Main.FAILURE;
      }
    }
  }

  /** {@code text} as a Kafka topic, or a usage error naming it. */
  static KafkaUri uri(CommandLine.Model.CommandSpec spec, String text) {
    try {
      return KafkaUri.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * {@code vigil ingest INPUT --to kafka://...}: reads the input as {@code vigil code} does and puts
   * each article on the topic (created where missing, as docs/STREAM.md sets out), every send
   * checked; rejections are told as {@code vigil code} tells them. Exit 1 when some were rejected.
   */
  static int produce(CommandLine.Model.CommandSpec spec, String input, String to, PrintStream err) {
    KafkaUri target = uri(spec, to);
    StreamTopics.ensure(StreamConfig.defaults(target.bootstrap()).withArticlesTopic(target.topic()), Duration.ofSeconds(60));
    long[] rejected = {0};
    long sent;
    try (ArticleProducer producer = new ArticleProducer(target.bootstrap(), target.topic(), Duration.ofSeconds(60))) {
      Wiring.read(input, producer::send, r -> {
        rejected[0]++;
        Runs.tellRejected(err, r.record(), r.reason());
      });
      sent = producer.flush();
    }
    err.println("vigil: sent " + sent + " articles to " + target + ", " + rejected[0] + " rejected");
    return rejected[0] > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  /** {@code vigil serve --from}: stores each article the stream coded through the server's intake. */
  static AutoCloseable drainInto(Serve serve, KafkaUri source, PrintStream err) {
    CodedConsumer consumer = CodedConsumer.start(source, "vigil-serve", c -> serve.storeCoded(c.article(), c.events()),
        (record, reason) -> Runs.tellRejected(err, record, reason));
    err.println("vigil: storing the articles coded by the stream from " + source);
    return consumer;
  }

  static void close(AutoCloseable c, PrintStream err) {
    try {
      c.close();
    } catch (Exception e) {
      err.println("vigil: " + e.getMessage());
    }
  }
}
