package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PublicationDatesTest {

  private static Optional<PublicationDates.Found> page(String head) {
    return PublicationDates.ofPage(Jsoup.parse("<html><head>" + head + "</head><body><p>x</p></body></html>"));
  }

  @Test
  void articlePublishedTimeComesBeforeMetaDate() {
    assertThat(PublicationDates.ofPage(Jsoup.parse(TestServer.resource("page-classic.html"))))
        .contains(new PublicationDates.Found(LocalDate.of(2016, 12, 14), "meta article:published_time"));
  }

  @Test
  void jsonLdDatePublishedIsFoundInsideAGraph() {
    assertThat(PublicationDates.ofPage(Jsoup.parse(TestServer.resource("page-divs.html"))))
        .contains(new PublicationDates.Found(LocalDate.of(2018, 5, 21), "JSON-LD datePublished"));
  }

  @Test
  void aTimeElementGivesTheDateWhenThereIsNoMetadata() {
    assertThat(PublicationDates.ofPage(Jsoup.parse(TestServer.resource("page-list.html"))))
        .contains(new PublicationDates.Found(LocalDate.of(2019, 9, 3), "<time datetime>"));
  }

  @Test
  void eachMetadataFormIsRead() {
    assertThat(page("<meta property='og:article:published_time' content='2020-01-02T03:04:05Z'>"))
        .contains(new PublicationDates.Found(LocalDate.of(2020, 1, 2), "meta og:article:published_time"));
    assertThat(page("<meta itemprop='datePublished' content='2020-01-03'>"))
        .contains(new PublicationDates.Found(LocalDate.of(2020, 1, 3), "itemprop datePublished"));
    assertThat(page("<meta name='DC.date.issued' content='2020/01/04'>"))
        .contains(new PublicationDates.Found(LocalDate.of(2020, 1, 4), "meta dc.date.issued"));
    assertThat(page("<meta name='date' content='20200105'>"))
        .contains(new PublicationDates.Found(LocalDate.of(2020, 1, 5), "meta date"));
  }

  @Test
  void brokenValuesAreSkippedForTheNextSource() {
    assertThat(page("<meta property='article:published_time' content='soon'>"
        + "<script type='application/ld+json'>{not json</script><meta name='date' content='2021-02-30'>"
        + "<meta name='dc.date' content='2021-03-01'>"))
        .contains(new PublicationDates.Found(LocalDate.of(2021, 3, 1), "meta dc.date"));
    assertThat(page("<meta name='keywords' content='2021-03-01'>")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "https://news.example/2016/12/14/story, 2016-12-14",
    "https://news.example/world/2016-12-14-rebels-free-workers, 2016-12-14",
    "https://news.example/a/20161214/rebels.html, 2016-12-14",
    "https://news.example/2016/1/5/short, 2016-01-05",
  })
  void aDateInTheUrlPathIsRead(String url, LocalDate date) {
    assertThat(PublicationDates.ofUrl(url)).contains(new PublicationDates.Found(date, "URL"));
  }

  @ParameterizedTest
  @CsvSource({"https://news.example/story/12345678", "https://2016-12-14.example/story", "https://news.example/2016/13/40/x"})
  void urlsWithoutARealDateInThePathHaveNone(String url) {
    assertThat(PublicationDates.ofUrl(url)).isEmpty();
  }

  @Test
  void httpDatesAreRead() {
    assertThat(PublicationDates.parse("Wed, 14 Dec 2016 09:30:00 GMT")).contains(LocalDate.of(2016, 12, 14));
  }
}
