package org.vigil.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication dates from where pages and URLs keep them. In a page, in this order: {@code <meta
 * property="article:published_time">} (and its {@code og:} forms), an element with {@code
 * itemprop="datePublished"}, {@code datePublished} in JSON-LD, a {@code <time datetime>} (one
 * marked {@code pubdate} or inside the article first), then {@code <meta name="date">}, {@code
 * dc.date}, {@code dcterms.created} and their kin. In a URL: {@code /2016/12/14/}, {@code
 * 2016-12-14} or {@code /20161214/}. A date-time gives its date as written, in the page's own
 * time zone, as {@code ArticleReader} does. Stateless.
 */
final class PublicationDates {

  /** A date and where it was found ("meta article:published_time", "JSON-LD datePublished"). */
  record Found(LocalDate date, String where) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] META_PROPERTIES = {
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
  };

  private static final String[] META_NAMES = {
    "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued",
    "dcterms.date", "pubdate", "publishdate", "publish-date", "publication_date", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "article.published",
  };

  private static final Pattern ISO_START = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");
  private static final Pattern URL_SLASHED = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[^\\d])");
  private static final Pattern URL_DASHED = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|$|[-_.])");

  private PublicationDates() {}

  /** The page's publication date from its metadata, if it gives one that can be read. */
  static Optional<Found> ofPage(Document page) {
    for (String property : META_PROPERTIES) {
      Optional<Found> f = meta(page, "meta[property=" + property + "], meta[name=" + property + "]", "meta " + property);
      if (f.isPresent()) {
        return f;
      }
    }
    for (Element e : page.select("[itemprop=datePublished]")) {
      String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      Optional<LocalDate> d = parse(v);
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), "itemprop datePublished"));
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      Optional<LocalDate> d = jsonLd(script.data());
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), "JSON-LD datePublished"));
      }
    }
    for (String selector : new String[] {"time[pubdate][datetime]", "article time[datetime]", "time[datetime]"}) {
      for (Element e : page.select(selector)) {
        Optional<LocalDate> d = parse(e.attr("datetime"));
        if (d.isPresent()) {
          return Optional.of(new Found(d.get(), "<time datetime>"));
        }
      }
    }
    for (Element e : page.select("meta[name]")) {
      String name = e.attr("name").toLowerCase(Locale.ROOT);
      for (String wanted : META_NAMES) {
        if (name.equals(wanted)) {
          Optional<LocalDate> d = parse(e.attr("content"));
          if (d.isPresent()) {
            return Optional.of(new Found(d.get(), "meta " + name));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> meta(Document page, String selector, String where) {
    for (Element e : page.select(selector)) {
      Optional<LocalDate> d = parse(e.attr("content"));
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), where));
      }
    }
    return Optional.empty();
  }

  /** {@code datePublished} anywhere in a JSON-LD block ({@code @graph}, arrays, nested objects). */
  static Optional<LocalDate> jsonLd(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (java.io.IOException e) {
      return Optional.empty(); // a broken JSON-LD block is common and says nothing
    }
    return root == null ? Optional.empty() : find(root, 0);
  }

  private static Optional<LocalDate> find(JsonNode node, int depth) {
    if (depth > 20) {
      return Optional.empty();
    }
    if (node.isObject()) {
      JsonNode v = node.get("datePublished");
      if (v != null && v.isTextual()) {
        Optional<LocalDate> d = parse(v.asText());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        Optional<LocalDate> d = find(child, depth + 1);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** The date in {@code url}'s path, if it has one. */
  static Optional<Found> ofUrl(String url) {
    String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    for (Pattern p : new Pattern[] {URL_SLASHED, URL_DASHED, URL_COMPACT}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          return Optional.of(new Found(d.get(), "URL"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The date of a value as pages write it: {@code 2016-12-14}, {@code 2016-12-14T09:30:00+01:00},
   * {@code 2016/12/14}, {@code 20161214}, {@code Wed, 14 Dec 2016 09:30:00 GMT}.
   */
  static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO_START.matcher(value);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(value);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    try {
      return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2199) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
