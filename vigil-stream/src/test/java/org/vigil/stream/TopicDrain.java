package org.vigil.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;

/**
 * Reads a topic from its beginning, committed records only (as a sink of an exactly-once stream
 * must), keeping every record read, for the *IT tests. Not thread-safe.
 */
final class TopicDrain implements AutoCloseable {
  private final KafkaConsumer<String, String> consumer;
  private final List<KeyValue<String, String>> records = new ArrayList<>();

  TopicDrain(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
        .map(i -> new TopicPartition(topic, i.partition())).toList();
    consumer.assign(parts);
    consumer.seekToBeginning(parts);
  }

  /** Reads what has come since the last call (up to {@code wait}); returns all records read so far. */
  List<KeyValue<String, String>> poll(Duration wait) {
    for (ConsumerRecord<String, String> r : consumer.poll(wait)) {
      records.add(KeyValue.pair(r.key(), r.value()));
    }
    return records;
  }

  /** Reads until {@code done} holds (checked after each poll) or {@code timeout} passes; false on timeout. */
  boolean readUntil(BooleanSupplier done, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      poll(Duration.ofMillis(500));
      if (done.getAsBoolean()) {
        return true;
      }
    }
    return false;
  }

  /** Reads until at least {@code n} records are in; then for {@code settle} more, to see any extra. */
  List<KeyValue<String, String>> readAtLeast(int n, Duration timeout, Duration settle) {
    readUntil(() -> records.size() >= n, timeout);
    Instant end = Instant.now().plus(settle);
    while (Instant.now().isBefore(end)) {
      poll(Duration.ofMillis(250));
    }
    return records;
  }

  int size() {
    return records.size();
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
