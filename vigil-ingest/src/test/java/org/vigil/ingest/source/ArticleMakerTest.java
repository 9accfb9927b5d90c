package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class ArticleMakerTest {

  private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");
  private final ArticleMaker maker = new ArticleMaker(SourceConfig.defaults(), new FakeTime(NOW));

  private static final String BODY = "<p>The council of the river towns met on Friday and agreed to share the cost of new "
      + "flood walls, after a season in which the water reached the market square twice.</p>"
      + "<p>Engineers said the walls would take two years to build, and that the towns downstream would be "
      + "protected first, because their houses stand lowest on the banks.</p>";

  private static Fetched page(String url, String head) {
    String html = "<html><head><title>Flood walls agreed</title>" + head + "</head><body><article>" + BODY
        + "</article></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    FetchRecord r = new FetchRecord(URI.create(url), URI.create(url), 200, body.length, NOW, Duration.ZERO, 1,
        FetchOutcome.OK, "");
    return new Fetched(r, body, "text/html; charset=utf-8", Validators.NONE);
  }

  private static FeedItem item(String link, Instant published) {
    return new FeedItem("Walls", link, "", published, "Short summary.");
  }

  @Test
  void thePagesMetadataDateComesBeforeTheFeedItemsAndTheUrls() {
    ArticleMaker.Made made = maker.fromPage(
        page("https://news.example/2016/12/01/walls", "<meta property='article:published_time' content='2016-12-03T10:00:00Z'>"),
        item("https://news.example/2016/12/01/walls", Instant.parse("2016-12-02T10:00:00Z")), "River News");
    assertThat(made.article().date()).isEqualTo(LocalDate.of(2016, 12, 3));
  }

  @Test
  void theFeedItemsDateComesBeforeTheUrls() {
    ArticleMaker.Made made = maker.fromPage(page("https://news.example/2016/12/01/walls", ""),
        item("https://news.example/2016/12/01/walls", Instant.parse("2016-12-02T10:00:00Z")), "River News");
    assertThat(made.article().date()).isEqualTo(LocalDate.of(2016, 12, 2));
  }

  @Test
  void theUrlsDateIsTheLastResort() {
    ArticleMaker.Made made = maker.fromPage(page("https://news.example/2016/12/01/walls", ""),
        item("https://news.example/2016/12/01/walls", null), "River News");
    assertThat(made.article().date()).isEqualTo(LocalDate.of(2016, 12, 1));
    assertThat(made.article().title()).isEqualTo("Flood walls agreed");
    assertThat(made.article().url()).isEqualTo("https://news.example/2016/12/01/walls");
    assertThat(made.article().source()).isEqualTo("River News");
    assertThat(made.article().text()).startsWith("The council of the river towns met on Friday")
        .contains("twice.\n\nEngineers said");
    assertThat(made.article().id()).isEqualTo(made.article().contentHash());
  }

  @Test
  void anItemWithTextIsAnArticleDatedByTheItem() {
    FeedItem item = new FeedItem("Walls", "https://news.example/walls", "", Instant.parse("2016-12-02T23:30:00Z"),
        "The council of the river towns met on Friday and agreed to share the cost of new flood walls.");
    ArticleMaker.Made made = maker.fromItem(item, "River News");
    assertThat(made.article().date()).isEqualTo(LocalDate.of(2016, 12, 2));
    assertThat(made.article().title()).isEqualTo("Walls");
  }

  @Test
  void shortItemsWantTheirPageWhenTheConfigSaysAuto() {
    assertThat(maker.wantsPage(item("https://news.example/walls", null))).isTrue();
    assertThat(maker.wantsPage(new FeedItem("t", "https://news.example/walls", "", null, "x".repeat(600)))).isFalse();
    assertThat(maker.wantsPage(item("", null))).isFalse();
    ArticleMaker feedOnly = new ArticleMaker(SourceConfig.defaults().withItemBody(SourceConfig.ItemBody.FEED), new FakeTime(NOW));
    assertThat(feedOnly.wantsPage(item("https://news.example/walls", null))).isFalse();
    ArticleMaker pages = new ArticleMaker(SourceConfig.defaults().withItemBody(SourceConfig.ItemBody.PAGE), new FakeTime(NOW));
    assertThat(pages.wantsPage(new FeedItem("t", "https://news.example/walls", "", null, "x".repeat(6000)))).isTrue();
  }

  @Test
  void aPageInAnotherEncodingIsReadByItsContentType() {
    String html = "<html><head><title>Caf\u00e9s reopen</title><meta name='date' content='2020-06-02'></head><body><article>"
        + BODY.replace("council", "conseil g\u00e9n\u00e9ral") + "</article></body></html>";
    byte[] body = html.getBytes(StandardCharsets.ISO_8859_1);
    URI url = URI.create("https://news.example/cafes");
    Fetched f = new Fetched(new FetchRecord(url, url, 200, body.length, NOW, Duration.ZERO, 1, FetchOutcome.OK, ""),
        body, "text/html; charset=ISO-8859-1", Validators.NONE);
    ArticleMaker.Made made = maker.fromPage(f, null, "n");
    assertThat(made.article().title()).isEqualTo("Caf\u00e9s reopen");
    assertThat(made.article().text()).contains("conseil g\u00e9n\u00e9ral");
  }

  @Nested
  final class Rejected {

    @Test
    void withoutAnyDate() {
      ArticleMaker.Made made = maker.fromPage(page("https://news.example/walls", ""), item("https://news.example/walls", null), "n");
      assertThat(made.isArticle()).isFalse();
      assertThat(made.outcome()).isEqualTo(FetchOutcome.NO_DATE);
      assertThat(made.reason()).isEqualTo("no publication date in the page's metadata, its feed item or its URL");
    }

    @Test
    void withADateBeyondTomorrow() {
      ArticleMaker.Made made = maker.fromPage(
          page("https://news.example/walls", "<meta name='date' content='2026-12-08'>"), null, "n");
      assertThat(made.outcome()).isEqualTo(FetchOutcome.FUTURE_DATE);
      assertThat(made.reason()).isEqualTo("publication date 2026-12-08 (from meta date) is after 2026-12-07, today plus 24 h");
      assertThat(maker.fromPage(page("https://news.example/walls", "<meta name='date' content='2026-12-07'>"), null, "n")
          .isArticle()).as("tomorrow is within the tolerance").isTrue();
    }

    @Test
    void aPageWithoutText() {
      byte[] body = "<html><head><meta name='date' content='2020-01-01'></head><body><nav><a href='/'>Home</a></nav></body></html>"
          .getBytes(StandardCharsets.UTF_8);
      URI url = URI.create("https://news.example/empty");
      Fetched f = new Fetched(new FetchRecord(url, url, 200, body.length, NOW, Duration.ZERO, 1, FetchOutcome.OK, ""),
          body, "text/html", Validators.NONE);
      ArticleMaker.Made made = maker.fromPage(f, null, "n");
      assertThat(made.outcome()).isEqualTo(FetchOutcome.NO_TEXT);
      assertThat(made.reason()).isEqualTo("page has no article text (0 characters of paragraphs, fewer than 200)");
    }

    @Test
    void anItemWithoutText() {
      ArticleMaker.Made made = maker.fromItem(new FeedItem("t", "", "g", NOW, ""), "n");
      assertThat(made.outcome()).isEqualTo(FetchOutcome.NO_TEXT);
      assertThat(made.reason()).isEqualTo("feed item has no text and no link");
    }
  }
}
