package org.vigil.ingest.source;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of an RSS or Atom feed, as the feed gave it.
 *
 * @param title the title as plain text, may be empty
 * @param link the item's page, may be empty
 * @param guid the item's id (RSS guid, Atom id), may be empty
 * @param published when the feed says it was published (or last updated), or null
 * @param text the item's content, else its description or summary, as plain text (markup
 *     removed, paragraphs on lines of their own); may be empty
 */
record FeedItem(String title, String link, String guid, Instant published, String text) {

  FeedItem {
    title = Objects.requireNonNullElse(title, "").strip();
    link = Objects.requireNonNullElse(link, "").strip();
    guid = Objects.requireNonNullElse(guid, "").strip();
    text = Objects.requireNonNullElse(text, "").strip();
  }

  /** What identifies the item across polls: its link, else its guid, else its title. */
  String key() {
    return !link.isEmpty() ? link : !guid.isEmpty() ? guid : title;
  }
}
