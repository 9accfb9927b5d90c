package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/**
 * What a hostile or broken site may serve: mutated feeds and pages. A feed either parses or is
 * "not a feed" with a reason; a page either becomes an article or is rejected with an outcome and
 * a reason; nothing else escapes. Dates from URLs are real dates or none.
 */
final class SourceFuzzProperties {
  private static final int CASES = 1_500;
  private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");
  private static final List<String> FEEDS = List.of(
      TestServer.resource("rss.xml").replace("{{base}}", "https://news.example"),
      TestServer.resource("atom.xml").replace("{{base}}", "https://news.example"));
  private static final List<String> PAGES = List.of(TestServer.resource("page-classic.html"),
      TestServer.resource("page-divs.html"), TestServer.resource("page-list.html"));
  private static final List<String> SNIPPETS = List.of("<", ">", "&", "&amp;", "<![CDATA[", "]]>", "<!DOCTYPE x>",
      "<item>", "</item>", "<entry>", "<p>", "</div>", "<script>", "\u0000", "\uFFFD", "\ud800", "<html>",
      "<?xml version='1.0' encoding='EBCDIC'?>", "<pubDate>yesterday</pubDate>", "<meta name='date' content='9999-99-99'>",
      "<script type='application/ld+json'>{\"datePublished\": [[[[]]]]}</script>", "<time datetime='2016-02-30'>");

  private static String mutate(Gen g, String text) {
    StringBuilder sb = new StringBuilder(text);
    int edits = g.between(1, 8);
    for (int i = 0; i < edits; i++) {
      int at = g.between(0, sb.length());
      switch (g.weighted(3, 3, 2, 1)) {
        case 0 -> sb.insert(at, g.pick(SNIPPETS));
        case 1 -> sb.delete(at, Math.min(sb.length(), at + g.between(1, 200)));
        case 2 -> sb.setLength(at);
        default -> sb.insert(at, new String(g.bytes(1, 50), StandardCharsets.ISO_8859_1));
      }
    }
    return sb.toString();
  }

  @Test
  void anyFeedBytesParseOrAreNotAFeed() {
    Seeded.forEachCase(CASES, 0x5EED_1301L, g -> {
      byte[] body = mutate(g, g.pick(FEEDS)).getBytes(StandardCharsets.UTF_8);
      try {
        FeedParser.Feed feed = FeedParser.parse(body, g.pick("application/rss+xml", "text/xml", "", "application/octet-stream"));
        assertThat(feed.items()).allSatisfy(i -> assertThat(i.title()).isNotNull());
      } catch (FeedParser.NotAFeedException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    });
  }

  @Test
  void anyPageBecomesAnArticleOrARejectionWithAReason() {
    ArticleMaker maker = new ArticleMaker(SourceConfig.defaults(), new FakeTime(NOW));
    URI url = URI.create("https://news.example/2016/12/14/story");
    Seeded.forEachCase(CASES, 0x5EED_1302L, g -> {
      byte[] body = mutate(g, g.pick(PAGES)).getBytes(StandardCharsets.UTF_8);
      Fetched f = new Fetched(new FetchRecord(url, url, 200, body.length, NOW, Duration.ZERO, 1, FetchOutcome.OK, ""),
          body, g.pick("text/html", "text/html; charset=bogus", ""), Validators.NONE);
      ArticleMaker.Made made = maker.fromPage(f, null, "fuzz");
      if (made.isArticle()) {
        assertThat(made.article().text()).isNotBlank();
        assertThat(made.article().date()).isBeforeOrEqualTo(java.time.LocalDate.of(2026, 12, 7));
      } else {
        assertThat(made.outcome()).isIn(FetchOutcome.NO_TEXT, FetchOutcome.NO_DATE, FetchOutcome.FUTURE_DATE);
        assertThat(made.reason()).isNotBlank();
      }
      assertThat(MainText.of(Jsoup.parse(new String(body, StandardCharsets.UTF_8)))).isNotNull();
    });
  }

  @Test
  void urlDatesAreRealDatesOrNone() {
    Seeded.forEachCase(CASES, 0x5EED_1303L, g -> {
      String path = g.string("0123456789/-abc", 0, 40);
      PublicationDates.ofUrl("https://news.example/" + path)
          .ifPresent(found -> assertThat(found.date().getYear()).isBetween(1900, 2099));
    });
  }
}
