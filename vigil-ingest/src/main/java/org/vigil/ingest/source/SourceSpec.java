package org.vigil.ingest.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A source to poll: a feed, a page or a folder, and how often.
 *
 * @param id names the source in records and state: letters, digits, {@code .}, {@code _} and
 *     {@code -}, at most 64, starting with a letter or digit
 * @param kind what it is
 * @param location the feed's or page's http(s) URL, or the folder's path
 * @param interval the time between polls, positive
 * @param name a readable name, given to the articles as their source; empty for the id
 */
public record SourceSpec(String id, Kind kind, String location, Duration interval, String name) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** What a source is. */
  public enum Kind {
    /** An RSS feed (0.9x, 1.0 or 2.0). */
    RSS,
    /** An Atom feed. */
    ATOM,
    /** One HTML page, an article, read again whenever it changes. */
    HTML,
    /** A folder whose new seed and JSON Lines files are read. */
    FOLDER;

    /** The kind named {@code rss}, {@code atom}, {@code html} or {@code folder}, in any case. */
    public static Kind parse(String name) {
      Objects.requireNonNull(name, "name");
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(name.strip())) {
          return k;
        }
      }
      throw new IllegalArgumentException("source kind must be one of rss, atom, html, folder, was '" + name + "'");
    }

    /** Whether sources of this kind are fetched over HTTP. */
    public boolean isWeb() {
      return this != FOLDER;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SourceSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(interval, "interval");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("source id must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, was '"
          + id + "'");
    }
    location = location.strip();
    if (location.isEmpty()) {
      throw new IllegalArgumentException("source " + id + " has no " + (kind.isWeb() ? "URL" : "folder"));
    }
    if (kind.isWeb()) {
      checkUrl(id, location);
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("source " + id + ": interval must be positive, was " + interval);
    }
    name = name == null ? "" : name.strip();
  }

  /** The name articles carry as their source: {@link #name()}, else {@link #id()}. */
  public String sourceName() {
    return name.isEmpty() ? id : name;
  }

  /** The URL of a feed or page. */
  public URI url() {
    if (!kind.isWeb()) {
      throw new IllegalStateException("source " + id + " is a folder, it has no URL");
    }
    return URI.create(location);
  }

  private static void checkUrl(String id, String location) {
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("source " + id + ": not a URL: '" + location + "' (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("source " + id + ": URL must be http or https, was '" + location + "'");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("source " + id + ": URL has no host: '" + location + "'");
    }
  }
}
