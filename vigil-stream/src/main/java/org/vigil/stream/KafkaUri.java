package org.vigil.stream;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topic named as {@code kafka://HOST:PORT[,HOST:PORT...]/TOPIC} on the command line ({@code vigil
 * ingest --to}, {@code vigil serve --from}). Immutable; checks itself.
 *
 * @param bootstrap the brokers, {@code HOST:PORT[,HOST:PORT...]}
 * @param topic the topic
 */
public record KafkaUri(String bootstrap, String topic) {
  private static final Pattern FORM = Pattern.compile("kafka://([^/\\s]+)/([a-zA-Z0-9._-]{1,249})");

  public KafkaUri {
    Objects.requireNonNull(bootstrap, "bootstrap");
    Objects.requireNonNull(topic, "topic");
  }

  /**
   * Parses {@code kafka://HOST:PORT/TOPIC}.
   *
   * @throws IllegalArgumentException naming the text when it is not of that form
   */
  public static KafkaUri parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches() || !m.group(1).matches("[^,:]+:\\d{1,5}(,[^,:]+:\\d{1,5})*")) {
      throw new IllegalArgumentException("a Kafka topic must be kafka://HOST:PORT/TOPIC, was '" + text + "'");
    }
    return new KafkaUri(m.group(1), m.group(2));
  }

  @Override
  public String toString() {
    return "kafka://" + bootstrap + "/" + topic;
  }
}
