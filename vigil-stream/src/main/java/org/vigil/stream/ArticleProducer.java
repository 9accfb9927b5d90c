package org.vigil.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.vigil.core.VigilException;
import org.vigil.core.article.Article;

/**
 * Puts articles on the articles topic, one JSON Lines record each, keyed by content hash (what
 * {@code vigil ingest --to kafka://...} runs). Every send is checked (KAFKA-15591: with the
 * idempotent producer, a batch sent right after the topic is created can be lost; here a batch
 * sent to a topic made a moment before expired unsent after 60 s): {@link #flush} waits for each
 * acknowledgement, sends what failed again through a new producer, up to {@link #ATTEMPTS} times,
 * and throws naming the first article that still failed. Sending again is safe: the stream drops
 * an article whose content hash it has seen. Not thread-safe.
 */
public final class ArticleProducer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ArticleProducer.class.getName());
  /** Sends of one record, the first included. */
  static final int ATTEMPTS = 3;
  private final String bootstrap;
  private final String topic;
  private final Duration timeout;
  private final List<Pending> pending = new ArrayList<>();
  private KafkaProducer<String, byte[]> producer;
  private long sent;

  private record Pending(String key, String name, byte[] value, Future<RecordMetadata> ack) {}

  /** A producer to {@code topic} at {@code bootstrap}; acknowledgements wait up to {@code timeout}. */
  public ArticleProducer(String bootstrap, String topic, Duration timeout) {
    this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
    this.topic = Objects.requireNonNull(topic, "topic");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.producer = producer();
  }

  private KafkaProducer<String, byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    int request = (int) Math.min(30_000, timeout.toMillis());
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, request);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // Kafka wants delivery.timeout.ms >= linger.ms + request.timeout.ms
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, Math.max(timeout.toMillis(),
        request + 5L)));
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /** Sends {@code article} keyed by its content hash; {@link #flush} says whether it arrived. */
  public void send(Article article) {
    send(article.contentHash(), article.id(), StreamSerdes.articleLine(article));
  }

  /** Sends a raw record as it is (tests feed bad records so); {@code name} names it in errors. */
  public void send(String key, String name, byte[] value) {
    pending.add(new Pending(key, name, value, producer.send(new ProducerRecord<>(topic, key, value))));
    if (pending.size() >= 1000) {
      flush();
    }
  }

  /**
   * Waits for every send so far to be acknowledged, sending the failed ones again.
   *
   * @return how many records were acknowledged since this producer was made
   * @throws VigilException naming the first article that was not acknowledged after {@link #ATTEMPTS}
   *     sends, and why
   */
  public long flush() {
    try {
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        producer.flush();
        List<Pending> failed = new ArrayList<>();
        Exception why = null;
        for (Pending p : pending) {
          try {
            p.ack().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            sent++;
          } catch (ExecutionException | TimeoutException e) {
            failed.add(p);
            why = why == null ? e : why;
          }
        }
        pending.clear();
        if (failed.isEmpty()) {
          break;
        }
        String reason = why instanceof ExecutionException ee ? ee.getCause().getMessage() : "no acknowledgement within "
            + timeout;
        if (attempt >= ATTEMPTS) {
          throw new VigilException("article " + failed.get(0).name() + " not delivered to " + topic + " after "
              + ATTEMPTS + " sends: " + reason, why);
        }
        LOG.log(System.Logger.Level.WARNING, failed.size() + " articles not delivered to " + topic + " (" + reason
            + "); sending them again through a new producer");
        producer.close(Duration.ZERO);
        producer = producer();
        for (Pending p : failed) {
          pending.add(new Pending(p.key(), p.name(), p.value(), producer.send(new ProducerRecord<>(topic, p.key(),
              p.value()))));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VigilException("interrupted sending articles to " + topic, e);
    }
    return sent;
  }

  /** Flushes, then closes the producer. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      producer.close(timeout);
    }
  }
}
