package org.vigil.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class StreamConfigTest {

  @Test
  void aKafkaUriGivesTheBrokersAndTheTopic() {
    assertThat(KafkaUri.parse("kafka://127.0.0.1:9092,b2:9093/vigil-articles"))
        .isEqualTo(new KafkaUri("127.0.0.1:9092,b2:9093", "vigil-articles"));
  }

  @Test
  void theSettingsAreExactlyOnceWithSmallPollsAndShortSessions() {
    Properties p = VigilStream.properties(StreamConfig.defaults("h:9092").withThreads(2));
    assertThat(p).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
        .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2)
        .containsEntry("consumer.max.poll.records", 4)
        .containsEntry("consumer.session.timeout.ms", 10_000)
        .containsEntry("producer.transaction.timeout.ms", 30_000);
  }

  @Test
  void createdTopicsKeepTheirRecordsForGood() {
    assertThat(StreamTopics.SETTINGS).containsEntry("retention.ms", "-1");
  }

  @Nested
  final class Refused {
    @Test
    void aUriWithoutATopic() {
      assertThatThrownBy(() -> KafkaUri.parse("kafka://h:9092")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a Kafka topic must be kafka://HOST:PORT/TOPIC, was 'kafka://h:9092'");
    }

    @Test
    void aUriWithoutAPort() {
      assertThatThrownBy(() -> KafkaUri.parse("kafka://h/t")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a Kafka topic must be kafka://HOST:PORT/TOPIC, was 'kafka://h/t'");
    }

    @Test
    void aBootstrapWithoutAPort() {
      assertThatThrownBy(() -> StreamConfig.defaults("localhost")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("stream bootstrap must be HOST:PORT[,HOST:PORT...], was 'localhost'");
    }

    @Test
    void zeroPartitions() {
      assertThatThrownBy(() -> StreamConfig.defaults("h:1").withPartitions(0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("stream partitions must be at least 1, was 0");
    }

    @Test
    void aTopicNameKafkaRefuses() {
      assertThatThrownBy(() -> StreamConfig.defaults("h:1").withTopicPrefix("my topics"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("stream articles topic must be 1-249 of [a-zA-Z0-9._-], was 'my topics-articles'");
    }

    @Test
    void twoRolesOnOneTopic() {
      assertThatThrownBy(() -> StreamConfig.defaults("h:1").withArticlesTopic("vigil-events"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("stream topics must be four different topics, were vigil-events, vigil-events, vigil-rejections,"
              + " vigil-coded");
    }

    @Test
    void aCommitIntervalOfZero() {
      StreamConfig d = StreamConfig.defaults("h:1");
      assertThatThrownBy(() -> new StreamConfig(d.bootstrap(), d.applicationId(), d.articlesTopic(), d.eventsTopic(),
          d.rejectionsTopic(), d.codedTopic(), 4, (short) 1, 1, 4, Duration.ZERO, d.stateDir()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("stream commit interval must be positive, was PT0S");
    }
  }
}
