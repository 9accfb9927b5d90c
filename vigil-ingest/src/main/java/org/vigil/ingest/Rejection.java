package org.vigil.ingest;

import java.util.Objects;

/**
 * An input record that did not become an article, and why. Rejections go to the store's
 * dead-letter table ({@code EventStore.reject(record, reason)}).
 *
 * @param record where it came from: the file ({@code feeds/a.txt}), or the file and line for JSON
 *     Lines ({@code feeds/b.jsonl:12}), followed by {@code (id X)} when the record's id is known
 * @param reason what was wrong, in words, naming the bad value where there is one
 */
public record Rejection(String record, String reason) {

  public Rejection {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    if (record.isBlank()) {
      throw new IllegalArgumentException("rejected record must be named");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("rejection of " + record + " must give a reason");
    }
  }

  @Override
  public String toString() {
    return record + ": " + reason;
  }
}
