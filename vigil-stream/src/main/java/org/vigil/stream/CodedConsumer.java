package org.vigil.stream;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Drains the coded topic into a store (what {@code vigil serve --from} and {@code vigil stream
 * sink} run): reads committed records only, hands each coded article to the handler, and commits
 * the consumer's offsets only after the handler has returned for the whole poll. A crash between
 * the two hands the same articles again: the handler must be idempotent, as the store is (by
 * content hash, so by article and event id). A record that cannot be read is told to {@code
 * rejected} and skipped. One background thread; {@link #close} stops it.
 */
public final class CodedConsumer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(CodedConsumer.class.getName());

  /** Stores one coded article; called from the consumer's thread only. */
  @FunctionalInterface
  public interface Handler {
    void accept(CodedArticle coded);
  }

  /** Told a record that is not a coded article: its key and why. */
  @FunctionalInterface
  public interface Rejected {
    void accept(String record, String reason);
  }

  private final KafkaConsumer<String, String> consumer;
  private final Thread thread;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong handled = new AtomicLong();
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile RuntimeException failure;

  private CodedConsumer(KafkaConsumer<String, String> consumer, String topic, Handler handler, Rejected rejected) {
    this.consumer = consumer;
    this.thread = new Thread(() -> run(topic, handler, rejected), "vigil-coded-consumer");
    this.thread.setDaemon(true);
  }

  /** Starts draining {@code uri}'s topic as consumer group {@code group}, from the beginning for a new group. */
  public static CodedConsumer start(KafkaUri uri, String group, Handler handler, Rejected rejected) {
    Objects.requireNonNull(uri, "uri");
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, uri.bootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, Objects.requireNonNull(group, "group"));
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
    CodedConsumer c = new CodedConsumer(new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer()),
        uri.topic(), Objects.requireNonNull(handler, "handler"), Objects.requireNonNull(rejected, "rejected"));
    c.thread.start();
    return c;
  }

  private void run(String topic, Handler handler, Rejected rejected) {
    try {
      consumer.subscribe(List.of(topic));
      while (running.get()) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<String, String> r : records) {
          CodedArticle coded;
          try {
            coded = StreamSerdes.coded(r.value());
          } catch (RuntimeException e) {
            rejected.accept(r.topic() + "/" + r.partition() + "@" + r.offset(), "not a coded article: " + e.getMessage());
            continue;
          }
          handler.accept(coded);
          handled.incrementAndGet();
        }
        if (!records.isEmpty()) {
          consumer.commitSync();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      failure = e;
      LOG.log(System.Logger.Level.ERROR, "draining " + topic + " stopped: " + e.getMessage(), e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
      done.countDown();
    }
  }

  /** Coded articles handed to the handler so far. */
  public long handled() {
    return handled.get();
  }

  /** The failure that stopped the consumer, or null while it runs or after a clean close. */
  public RuntimeException failure() {
    return failure;
  }

  /** Whether the consumer thread has ended (closed or failed). */
  public boolean isDone() {
    return done.getCount() == 0;
  }

  /** Stops after the handler's current article; commits what was handled. */
  @Override
  public void close() {
    running.set(false);
    consumer.wakeup();
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
