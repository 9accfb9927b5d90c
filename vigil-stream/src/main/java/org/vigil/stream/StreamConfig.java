package org.vigil.stream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a Vigil stream instance connects and what it reads and writes (docs/STREAM.md). Immutable;
 * checks itself, naming the bad value.
 *
 * @param bootstrap the brokers, {@code HOST:PORT[,HOST:PORT...]}
 * @param applicationId the Kafka Streams application id: instances with the same id share the work
 *     (and the state stores, the consumer group and the internal topics)
 * @param articlesTopic where articles arrive, one JSON Lines record per message, keyed by content hash
 * @param eventsTopic where events go, one {@code vigil code} JSON object per message, keyed by event id
 * @param rejectionsTopic where records that cannot be coded go, keyed by the record's key, with the reason
 * @param codedTopic where each coded article goes with its story and events (what the store sinks read)
 * @param partitions partitions of the topics this creates and of the coding stage, at least 1
 * @param replication replication factor of the topics this creates, at least 1
 * @param threads stream threads of this instance (each codes one article at a time), at least 1
 * @param maxPollRecords records fetched per poll: small, since one article costs about a second
 * @param commitInterval how often the transaction commits (exactly-once v2)
 * @param stateDir where the state stores live (RocksDB), one folder per instance
 */
public record StreamConfig(String bootstrap, String applicationId, String articlesTopic, String eventsTopic,
    String rejectionsTopic, String codedTopic, int partitions, short replication, int threads, int maxPollRecords,
    Duration commitInterval, Path stateDir) {

  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Pattern HOST_PORT = Pattern.compile("[^,:\\s]+:\\d{1,5}(,[^,:\\s]+:\\d{1,5})*");

  /** The article topic's name unless told otherwise. */
  public static final String ARTICLES = "vigil-articles";

  public StreamConfig {
    Objects.requireNonNull(bootstrap, "bootstrap");
    if (!HOST_PORT.matcher(bootstrap).matches()) {
      throw new IllegalArgumentException("stream bootstrap must be HOST:PORT[,HOST:PORT...], was '" + bootstrap + "'");
    }
    topic("application id", applicationId);
    topic("articles topic", articlesTopic);
    topic("events topic", eventsTopic);
    topic("rejections topic", rejectionsTopic);
    topic("coded topic", codedTopic);
    if (new java.util.HashSet<>(java.util.List.of(articlesTopic, eventsTopic, rejectionsTopic, codedTopic)).size() != 4) {
      throw new IllegalArgumentException("stream topics must be four different topics, were " + articlesTopic + ", "
          + eventsTopic + ", " + rejectionsTopic + ", " + codedTopic);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("stream partitions must be at least 1, was " + partitions);
    }
    if (replication < 1) {
      throw new IllegalArgumentException("stream replication must be at least 1, was " + replication);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("stream threads must be at least 1, was " + threads);
    }
    if (maxPollRecords < 1) {
      throw new IllegalArgumentException("stream max.poll.records must be at least 1, was " + maxPollRecords);
    }
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("stream commit interval must be positive, was " + commitInterval);
    }
    Objects.requireNonNull(stateDir, "stateDir");
  }

  /**
   * The defaults for the brokers at {@code bootstrap}: topics {@code vigil-articles}, {@code
   * vigil-events}, {@code vigil-rejections}, {@code vigil-coded} with 4 partitions, replication 1,
   * one thread, 4 records a poll, a commit every 100 ms, state under the temp folder.
   */
  public static StreamConfig defaults(String bootstrap) {
    return new StreamConfig(bootstrap, "vigil", ARTICLES, "vigil-events", "vigil-rejections", "vigil-coded", 4,
        (short) 1, 1, 4, Duration.ofMillis(100), Path.of(System.getProperty("java.io.tmpdir"), "vigil-streams"));
  }

  public StreamConfig withApplicationId(String id) {
    return new StreamConfig(bootstrap, id, articlesTopic, eventsTopic, rejectionsTopic, codedTopic, partitions,
        replication, threads, maxPollRecords, commitInterval, stateDir);
  }

  /** The same with topics named {@code prefix-articles}, {@code prefix-events}, ... */
  public StreamConfig withTopicPrefix(String prefix) {
    return new StreamConfig(bootstrap, applicationId, prefix + "-articles", prefix + "-events",
        prefix + "-rejections", prefix + "-coded", partitions, replication, threads, maxPollRecords, commitInterval,
        stateDir);
  }

  public StreamConfig withArticlesTopic(String topic) {
    return new StreamConfig(bootstrap, applicationId, topic, eventsTopic, rejectionsTopic, codedTopic, partitions,
        replication, threads, maxPollRecords, commitInterval, stateDir);
  }

  public StreamConfig withPartitions(int n) {
    return new StreamConfig(bootstrap, applicationId, articlesTopic, eventsTopic, rejectionsTopic, codedTopic, n,
        replication, threads, maxPollRecords, commitInterval, stateDir);
  }

  public StreamConfig withThreads(int n) {
    return new StreamConfig(bootstrap, applicationId, articlesTopic, eventsTopic, rejectionsTopic, codedTopic,
        partitions, replication, n, maxPollRecords, commitInterval, stateDir);
  }

  public StreamConfig withStateDir(Path dir) {
    return new StreamConfig(bootstrap, applicationId, articlesTopic, eventsTopic, rejectionsTopic, codedTopic,
        partitions, replication, threads, maxPollRecords, commitInterval, dir);
  }

  private static void topic(String what, String name) {
    Objects.requireNonNull(name, what);
    if (!TOPIC.matcher(name).matches()) {
      throw new IllegalArgumentException("stream " + what + " must be 1-249 of [a-zA-Z0-9._-], was '" + name + "'");
    }
  }
}
