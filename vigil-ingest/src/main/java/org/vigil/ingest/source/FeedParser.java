package org.vigil.ingest.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom with Rome. Refuses, with the reason, what is not a feed: an
 * HTML page (served as {@code text/html} or starting like one), broken XML, XML of another kind.
 * DOCTYPE declarations are refused (Rome's default), so no external entity is ever resolved.
 * Stateless.
 */
final class FeedParser {

  /** The feed's items in feed order. */
  record Feed(String title, String type, List<FeedItem> items) {
    Feed {
      items = List.copyOf(items);
    }
  }

  /** What was served is not RSS or Atom. */
  static final class NotAFeedException extends Exception {
    private static final long serialVersionUID = 1L;

    NotAFeedException(String message) {
      super(message);
    }
  }

  private FeedParser() {}

  static Feed parse(byte[] body, String contentType) throws NotAFeedException {
    String type = contentType.toLowerCase(Locale.ROOT);
    String start = start(body);
    if (type.contains("text/html") || type.contains("application/xhtml") || start.startsWith("<!doctype html")
        || start.startsWith("<html")) {
      throw new NotAFeedException("served an HTML page" + (contentType.isBlank() ? "" : " (" + contentType + ")")
          + ", not RSS or Atom");
    }
    if (body.length == 0) {
      throw new NotAFeedException("served an empty body, not RSS or Atom");
    }
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType.isBlank() ? null : contentType, true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new NotAFeedException("not RSS or Atom: " + firstLine(e.getMessage()));
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String link = e.getLink();
      if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
        link = e.getUri();
      }
      items.add(new FeedItem(HtmlText.plain(e.getTitle()), link, e.getUri(),
          date == null ? null : date.toInstant(), body(e)));
    }
    return new Feed(HtmlText.plain(feed.getTitle()), feed.getFeedType(), items);
  }

  /** The item's content (the longest, Atom may have several), else its description. */
  private static String body(SyndEntry e) {
    String best = "";
    for (SyndContent c : e.getContents()) {
      String text = HtmlText.of(c.getValue(), c.getType());
      if (text.length() > best.length()) {
        best = text;
      }
    }
    if (best.isEmpty() && e.getDescription() != null) {
      best = HtmlText.of(e.getDescription().getValue(), e.getDescription().getType());
    }
    return best;
  }

  /** The body's first characters after a byte-order mark and white space, lower case. */
  private static String start(byte[] body) {
    int n = Math.min(body.length, 512);
    String s = new String(body, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u00ef\u00bb\u00bf")) {
      s = s.substring(3);
    }
    return s.stripLeading().toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > 200 ? line.substring(0, 197) + "..." : line;
  }
}
