package org.vigil.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.vigil.core.VigilException;

/**
 * Creates the stream's topics where they are missing, with the settings of docs/STREAM.md:
 * {@code retention.ms=-1} on all four, since back-dated articles are normal and Kafka's default
 * 7-day retention (by record time) would delete them; {@code partitions} each. Waits until every
 * partition has a leader, since a send right after creation can otherwise be lost (KAFKA-15591).
 * Stateless; thread-safe.
 */
public final class StreamTopics {
  /** Kept for good: the default 7 days would delete back-dated articles (issue 15). */
  static final Map<String, String> SETTINGS = Map.of("retention.ms", "-1");

  private StreamTopics() {}

  /**
   * Creates the missing topics of {@code config} and waits for their leaders, up to {@code timeout}.
   *
   * @throws VigilException when the brokers cannot be reached or the topics do not come up
   */
  public static void ensure(StreamConfig config, Duration timeout) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrap());
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    try (Admin admin = Admin.create(p)) {
      ensure(admin, config, timeout);
    }
  }

  static void ensure(Admin admin, StreamConfig config, Duration timeout) {
    List<String> names = List.of(config.articlesTopic(), config.eventsTopic(), config.rejectionsTopic(),
        config.codedTopic());
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      for (String n : names) {
        if (!existing.contains(n)) {
          missing.add(new NewTopic(n, config.partitions(), config.replication()).configs(SETTINGS));
        }
      }
      if (!missing.isEmpty()) {
        try {
          admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) { // another instance made them first
            throw e;
          }
        }
      }
      Instant deadline = Instant.now().plus(timeout);
      while (!allLed(admin, names)) {
        if (Instant.now().isAfter(deadline)) {
          throw new VigilException("stream topics " + names + " at " + config.bootstrap() + " have no leaders after "
              + timeout);
        }
        Thread.sleep(100);
      }
    } catch (ExecutionException e) {
      throw new VigilException("cannot create the stream topics " + names + " at " + config.bootstrap() + ": "
          + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VigilException("interrupted creating the stream topics at " + config.bootstrap(), e);
    }
  }

  private static boolean allLed(Admin admin, List<String> names) throws InterruptedException {
    try {
      for (TopicDescription d : admin.describeTopics(names).allTopicNames().get().values()) {
        if (d.partitions().stream().anyMatch(pi -> pi.leader() == null || pi.leader().isEmpty())) {
          return false;
        }
      }
      return true;
    } catch (ExecutionException e) {
      return false; // not yet known to the broker answering
    }
  }
}
