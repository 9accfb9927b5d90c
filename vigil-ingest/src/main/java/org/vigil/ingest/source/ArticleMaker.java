package org.vigil.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigil.core.article.Article;
import org.vigil.ingest.ArticleReader;

/**
 * Makes articles from feed items and fetched pages: text, title and publication date, each
 * checked; what cannot be an article is a {@link Made} with the outcome and reason instead.
 * Stateless apart from its settings; thread-safe.
 */
final class ArticleMaker {

  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.-]+)", Pattern.CASE_INSENSITIVE);

  /** An article, or why there is none. */
  record Made(Article article, FetchOutcome outcome, String reason, boolean transientFailure) {
    static Made of(Article article) {
      return new Made(article, FetchOutcome.OK, "", false);
    }

    static Made not(FetchOutcome outcome, String reason) {
      return new Made(null, outcome, reason, false);
    }

    boolean isArticle() {
      return article != null;
    }
  }

  private final SourceConfig config;
  private final InstantSource clock;

  ArticleMaker(SourceConfig config, InstantSource clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Whether {@code item}'s own text is too short to stand for the article, so its page should be read. */
  boolean wantsPage(FeedItem item) {
    return switch (config.itemBody()) {
      case FEED -> false;
      case PAGE -> !item.link().isEmpty();
      case AUTO -> !item.link().isEmpty() && item.text().length() < config.shortItem();
    };
  }

  /** An article from the item's own text, dated by the item, else by its link. */
  Made fromItem(FeedItem item, String source) {
    if (item.text().isEmpty()) {
      return Made.not(FetchOutcome.NO_TEXT, "feed item has no text" + (item.link().isEmpty() ? " and no link" : ""));
    }
    Optional<PublicationDates.Found> date = item.published() != null
        ? Optional.of(new PublicationDates.Found(item.published().atOffset(ZoneOffset.UTC).toLocalDate(), "feed item"))
        : PublicationDates.ofUrl(item.link());
    return make(item.title(), item.text(), date, item.link(), source);
  }

  /**
   * An article from a fetched page: its main text, its title, and its date from the page's
   * metadata, else the feed item's date, else the date in its URL (the final one, then the one
   * asked for).
   *
   * @param item the feed item that linked to it, or null for a page source
   */
  Made fromPage(Fetched page, FeedItem item, String source) {
    URI url = page.record().finalUrl();
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(page.body()), charset(page.contentType()), url.toString());
    } catch (IOException e) {
      return Made.not(FetchOutcome.NO_TEXT, "cannot read the page as HTML: " + e.getMessage());
    }
    String text = MainText.of(doc);
    if (text.length() < config.minPageText()) {
      return Made.not(FetchOutcome.NO_TEXT, "page has no article text (" + text.length()
          + " characters of paragraphs, fewer than " + config.minPageText() + ")");
    }
    Optional<PublicationDates.Found> date = PublicationDates.ofPage(doc);
    if (date.isEmpty() && item != null && item.published() != null) {
      date = Optional.of(new PublicationDates.Found(item.published().atOffset(ZoneOffset.UTC).toLocalDate(), "feed item"));
    }
    if (date.isEmpty()) {
      date = PublicationDates.ofUrl(url.toString());
    }
    if (date.isEmpty()) {
      date = PublicationDates.ofUrl(page.record().url().toString());
    }
    String title = title(doc);
    if (title.isEmpty() && item != null) {
      title = item.title();
    }
    return make(title, text, date, page.record().url().toString(), source);
  }

  private Made make(String title, String text, Optional<PublicationDates.Found> date, String url, String source) {
    if (date.isEmpty()) {
      return Made.not(FetchOutcome.NO_DATE, "no publication date in the page's metadata, its feed item or its URL");
    }
    LocalDate d = date.get().date();
    LocalDate latest = clock.instant().plus(config.futureTolerance()).atOffset(ZoneOffset.UTC).toLocalDate();
    if (d.isAfter(latest)) {
      return Made.not(FetchOutcome.FUTURE_DATE, "publication date " + d + " (from " + date.get().where()
          + ") is after " + latest + ", today plus " + config.futureTolerance().toHours() + " h");
    }
    Optional<String> problem = ArticleReader.textProblem(text, config.ingest());
    if (problem.isPresent()) {
      return Made.not(FetchOutcome.NO_TEXT, problem.get());
    }
    Article a = Article.of(d, title, text);
    return Made.of(new Article(a.id(), d, title, text, url, source));
  }

  /** The page's title: og:title, else the title element, else the first h1. */
  static String title(Document doc) {
    Element og = doc.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content").strip();
    }
    if (!doc.title().isBlank()) {
      return doc.title().strip();
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? "" : h1.text().strip();
  }

  private static String charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      return java.nio.charset.Charset.isSupported(name) ? name : null;
    }
    return null;
  }
}
