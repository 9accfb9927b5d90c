package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class FeedParserTest {

  private static byte[] fixture(String name) {
    return TestServer.resource(name).replace("{{base}}", "https://news.example").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rssItemsKeepTitleLinkGuidDateAndParagraphs() throws Exception {
    FeedParser.Feed feed = FeedParser.parse(fixture("rss.xml"), "application/rss+xml; charset=utf-8");
    assertThat(feed.title()).isEqualTo("Harbour Gazette & Wire");
    assertThat(feed.type()).isEqualTo("rss_2.0");
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().get(0);
    assertThat(first.title()).isEqualTo("Port workers end strike after talks");
    assertThat(first.link()).isEqualTo("https://news.example/2016/12/14/port-strike-ends");
    assertThat(first.guid()).isEqualTo("gazette-1001");
    assertThat(first.published()).isEqualTo(Instant.parse("2016-12-14T09:30:00Z"));
    assertThat(first.text()).startsWith("Dock workers in the city of Lormont returned to work on Wednesday")
        .contains("lasted eleven days.\n\nThe union said")
        .doesNotContain("<p>");
    assertThat(feed.items().get(1).text()).startsWith("The interior minister visited the flooded Vessa valley");
  }

  @Test
  void atomEntriesTakeTheirContentOverTheSummaryAndPlainTitles() throws Exception {
    FeedParser.Feed feed = FeedParser.parse(fixture("atom.xml"), "application/atom+xml");
    assertThat(feed.type()).isEqualTo("atom_1.0");
    FeedItem first = feed.items().get(0);
    assertThat(first.title()).isEqualTo("Border talks resume in Kavel");
    assertThat(first.link()).isEqualTo("https://news.example/articles/border-talks-resume");
    assertThat(first.guid()).isEqualTo("urn:uuid:entry-1");
    assertThat(first.published()).isEqualTo(Instant.parse("2017-03-01T20:15:00Z"));
    assertThat(first.text()).startsWith("Envoys from the two neighbouring republics met in the town of Kavel")
        .doesNotContain("Envoys met again.");
    FeedItem second = feed.items().get(1);
    assertThat(second.published()).as("updated, when there is no published").isEqualTo(Instant.parse("2017-02-27T12:00:00Z"));
    assertThat(second.text()).isEqualTo("The army pulled its soldiers back from a hill post near Kavel on Monday, the defence ministry said.");
  }

  @Test
  void anItemIsKnownByItsLinkElseItsGuidElseItsTitle() {
    assertThat(new FeedItem("t", "https://a.example/1", "g", null, "").key()).isEqualTo("https://a.example/1");
    assertThat(new FeedItem("t", "", "g", null, "").key()).isEqualTo("g");
    assertThat(new FeedItem("t", null, null, null, null).key()).isEqualTo("t");
  }

  @Test
  void aFeedInAnotherEncodingIsReadByItsXmlDeclaration() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 News</title>"
        + "<item><title>Pr\u00e9sident visits S\u00e3o Tom\u00e9</title><link>https://news.example/a</link></item></channel></rss>";
    FeedParser.Feed feed = FeedParser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), "application/xml");
    assertThat(feed.title()).isEqualTo("Caf\u00e9 News");
    assertThat(feed.items().get(0).title()).isEqualTo("Pr\u00e9sident visits S\u00e3o Tom\u00e9");
  }

  @Nested
  final class NotAFeed {

    @Test
    void anHtmlPageServedAsHtmlIsNotAFeed() {
      assertThatThrownBy(() -> FeedParser.parse(fixture("not-a-feed.html"), "text/html; charset=utf-8"))
          .isInstanceOf(FeedParser.NotAFeedException.class)
          .hasMessage("served an HTML page (text/html; charset=utf-8), not RSS or Atom");
    }

    @Test
    void anHtmlPageServedAsXmlIsRecognisedByItsStart() {
      assertThatThrownBy(() -> FeedParser.parse(fixture("not-a-feed.html"), "application/rss+xml"))
          .isInstanceOf(FeedParser.NotAFeedException.class)
          .hasMessage("served an HTML page (application/rss+xml), not RSS or Atom");
    }

    @Test
    void brokenXmlIsNotAFeed() {
      byte[] broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item>".getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> FeedParser.parse(broken, "application/xml"))
          .isInstanceOf(FeedParser.NotAFeedException.class)
          .hasMessageStartingWith("not RSS or Atom: ");
    }

    @Test
    void xmlOfAnotherKindIsNotAFeed() {
      byte[] other = "<?xml version=\"1.0\"?><invoice><total>3</total></invoice>".getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> FeedParser.parse(other, "application/xml"))
          .isInstanceOf(FeedParser.NotAFeedException.class)
          .hasMessageStartingWith("not RSS or Atom: ");
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsRead() {
      byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
          + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>a</title></item></channel></rss>")
          .getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> FeedParser.parse(xxe, "application/rss+xml"))
          .isInstanceOf(FeedParser.NotAFeedException.class)
          .hasMessageStartingWith("not RSS or Atom: ");
    }

    @Test
    void anEmptyBodyIsNotAFeed() {
      assertThatThrownBy(() -> FeedParser.parse(new byte[0], "application/rss+xml"))
          .isInstanceOf(FeedParser.NotAFeedException.class)
          .hasMessage("served an empty body, not RSS or Atom");
    }
  }
}
