package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SourceSchedulerTest {

  private final TestServer server = new TestServer();
  private final FakeTime time = new FakeTime(Instant.parse("2026-12-06T07:00:00Z"));
  private final RecordingSink sink = new RecordingSink();
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
  private final Fetcher fetcher = new Fetcher(
      FetchConfig.builder().allowLoopback(true).politenessDelay(Duration.ZERO).maxAttempts(2).build(),
      HostResolver.system(), time, time);
  private final SourceScheduler scheduler = new SourceScheduler(SourceConfig.defaults(), fetcher, executor, time, sink);

  @AfterEach
  void stop() {
    scheduler.close();
    executor.shutdownNow();
    server.close();
  }

  private SourceSpec feed(String id, String path) {
    return new SourceSpec(id, SourceSpec.Kind.RSS, server.url(path).toString(), Duration.ofMinutes(15), "");
  }

  private void serveGazette() {
    server.route("/rss", ex -> {
      if ("\"g1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestServer.send(ex, 304, null, "");
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"g1\"");
      TestServer.send(ex, 200, "application/rss+xml",
          TestServer.resource("rss.xml").replace("{{base}}", server.base()));
    });
    // the second item's description is short: its page is read instead
    server.serve("/news/flood-visit", "text/html; charset=utf-8", TestServer.resource("page-classic.html"));
  }

  @Test
  void aFeedsItemsBecomeArticlesLongOnesFromTheFeedShortOnesFromTheirPage() {
    serveGazette();
    scheduler.addUnscheduled(feed("gazette", "/rss"));
    SourceState state = scheduler.poll("gazette");
    assertThat(sink.titles()).containsExactly("Port workers end strike after talks", "Rebels free aid workers held for a month");
    assertThat(sink.articles.get(0).date()).isEqualTo(LocalDate.of(2016, 12, 14));
    assertThat(sink.articles.get(0).source()).isEqualTo("gazette");
    assertThat(sink.articles.get(0).url()).isEqualTo(server.base() + "/2016/12/14/port-strike-ends");
    assertThat(sink.articles.get(1).text()).startsWith("Rebels in the eastern hills");
    assertThat(sink.articles.get(1).date()).as("the page's own date").isEqualTo(LocalDate.of(2016, 12, 14));
    assertThat(server.count("/2016/12/14/port-strike-ends")).as("long item: page not fetched").isZero();
    assertThat(state.delivered()).isEqualTo(2);
    assertThat(state.errors()).isZero();
    assertThat(state.validators().etag()).isEqualTo("\"g1\"");
    assertThat(state.lastFetch().outcome()).isEqualTo(FetchOutcome.OK);
  }

  @Test
  void theSecondPollIsConditionalAndDeliversNothing() {
    serveGazette();
    scheduler.addUnscheduled(feed("gazette", "/rss"));
    scheduler.poll("gazette");
    SourceState second = scheduler.poll("gazette");
    assertThat(second.lastFetch().outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
    assertThat(second.delivered()).isEqualTo(2);
    assertThat(sink.articles).hasSize(2);
    assertThat(server.requests()).filteredOn(r -> r.path().equals("/rss"))
        .extracting(TestServer.Request::ifNoneMatch).containsExactly(null, "\"g1\"");
  }

  @Test
  void itemsAlreadyDeliveredAreNotDeliveredAgainWhenTheFeedChanges() {
    AtomicInteger polls = new AtomicInteger();
    server.route("/rss", ex -> {
      String feed = TestServer.resource("rss.xml").replace("{{base}}", server.base());
      if (polls.incrementAndGet() > 1) {
        feed = feed.replace("<item>", "<item><title>Curfew lifted in Lormont</title><link>" + server.base()
            + "/2016/12/15/curfew</link><pubDate>Thu, 15 Dec 2016 08:00:00 GMT</pubDate><description>" + "The curfew in Lormont "
            + "was lifted on Thursday morning, the city council said, after a week without unrest in the port district, "
            + "and shops, schools and the markets opened again. ".repeat(6) + "</description></item><item>");
      }
      TestServer.send(ex, 200, "application/rss+xml", feed);
    });
    server.serve("/news/flood-visit", "text/html", TestServer.resource("page-classic.html"));
    scheduler.addUnscheduled(feed("gazette", "/rss"));
    scheduler.poll("gazette");
    scheduler.poll("gazette");
    assertThat(sink.titles()).containsExactly("Port workers end strike after talks",
        "Rebels free aid workers held for a month", "Curfew lifted in Lormont");
  }

  @Test
  void aFeedServingHtmlIsRecordedAgainstItsSourceAndTheOthersGoOn() {
    server.serveResource("/moved", "text/html; charset=utf-8", "not-a-feed.html");
    server.serveResource("/atom", "application/atom+xml", "atom.xml");
    scheduler.addUnscheduled(feed("moved", "/moved"));
    scheduler.addUnscheduled(new SourceSpec("monitor", SourceSpec.Kind.ATOM, server.url("/atom").toString(),
        Duration.ofMinutes(5), "Northern Monitor"));
    SourceState moved = scheduler.poll("moved");
    SourceState monitor = scheduler.poll("monitor");
    assertThat(moved.errors()).isEqualTo(1);
    assertThat(moved.lastFetch().outcome()).isEqualTo(FetchOutcome.NOT_A_FEED);
    assertThat(moved.lastError()).isEqualTo("not-a-feed: served an HTML page (text/html; charset=utf-8), not RSS or Atom");
    assertThat(monitor.errors()).isZero();
    assertThat(sink.articles).extracting(a -> a.source()).containsOnly("Northern Monitor");
    assertThat(sink.titles()).contains("Border talks resume in Kavel");
  }

  @Test
  void aVanishedFeedIsRecordedWithItsStatusOrItsHost() {
    server.route("/rss", ex -> TestServer.send(ex, 410, "text/plain", "gone"));
    scheduler.addUnscheduled(feed("gone", "/rss"));
    assertThat(scheduler.poll("gone").lastError()).isEqualTo("http-error: HTTP 410 Gone");
    Fetcher noDns = new Fetcher(FetchConfig.defaults(), host -> {
      throw new UnknownHostException(host);
    }, time, time);
    try (SourceScheduler other = new SourceScheduler(SourceConfig.defaults(), noDns, executor, time, sink)) {
      other.addUnscheduled(new SourceSpec("nodns", SourceSpec.Kind.RSS, "https://vanished.example/rss", Duration.ofHours(1), ""));
      SourceState s = other.poll("nodns");
      assertThat(s.lastError()).isEqualTo("unknown-host: unknown host vanished.example");
      assertThat(s.errors()).isEqualTo(1);
      assertThat(other.poll("nodns").errors()).isEqualTo(2);
    }
  }

  @Test
  void anItemWhosePageHasNoDateIsRejectedNamingIt() {
    server.route("/rss", ex -> TestServer.send(ex, 200, "application/rss+xml",
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>Undated</title><link>"
            + server.base() + "/undated</link><description>Short.</description></item></channel></rss>"));
    server.serve("/undated", "text/html", TestServer.resource("page-classic.html")
        .replace("<meta property=\"article:published_time\" content=\"2016-12-14T07:45:00+01:00\">", "")
        .replace("<meta name=\"date\" content=\"2016-12-10\">", ""));
    scheduler.addUnscheduled(feed("undated", "/rss"));
    SourceState s = scheduler.poll("undated");
    assertThat(sink.rejections).extracting(Object::toString).containsExactly(
        "undated: " + server.base() + "/undated: no-date: no publication date in the page's metadata, its feed item or its URL");
    assertThat(s.rejected()).isEqualTo(1);
    scheduler.poll("undated");
    assertThat(sink.rejections).as("rejected for good: not tried again").hasSize(1);
  }

  @Test
  void aPageSourceDeliversItsArticleAgainOnlyWhenItsTextChanges() {
    AtomicInteger version = new AtomicInteger(1);
    server.route("/live", ex -> TestServer.send(ex, 200, "text/html",
        TestServer.resource("page-list.html").replace("Foreign embassies", version.get() == 1 ? "Foreign embassies" : "Several embassies")));
    scheduler.addUnscheduled(new SourceSpec("live", SourceSpec.Kind.HTML, server.url("/live").toString(), Duration.ofMinutes(1), ""));
    scheduler.poll("live");
    scheduler.poll("live");
    version.set(2);
    scheduler.poll("live");
    assertThat(sink.articles).hasSize(2);
    assertThat(sink.articles.get(1).text()).contains("Several embassies");
  }

  @Test
  void aFolderSourceReadsFilesOnceTheyStopChanging(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("old.txt"), "date 2020-05-01\nThe two parties signed the agreement in the capital on Friday.");
    scheduler.addUnscheduled(new SourceSpec("drop", SourceSpec.Kind.FOLDER, dir.toString(), Duration.ofSeconds(30), ""));
    scheduler.poll("drop");
    assertThat(sink.articles).hasSize(1);
    Files.writeString(dir.resolve("new.jsonl"),
        "{\"id\":\"n1\",\"date\":\"2020-05-02\",\"text\":\"The minister resigned on Saturday after the vote in parliament.\"}\n");
    Files.writeString(dir.resolve(".hidden.txt"), "date 2020-05-02\nIgnored because the file is hidden from the reader.");
    scheduler.poll("drop");
    assertThat(sink.articles).as("seen, not yet settled").hasSize(1);
    scheduler.poll("drop");
    assertThat(sink.articles).extracting(a -> a.id()).endsWith("n1").hasSize(2);
    scheduler.poll("drop");
    assertThat(sink.articles).hasSize(2);
  }

  @Test
  void sourcesAreAddedAndRemovedWhileItRuns() throws Exception {
    serveGazette();
    FakeTime clock = new FakeTime(Instant.now());
    SourceScheduler live = new SourceScheduler(SourceConfig.defaults(), fetcher, executor, clock, sink);
    live.add(new SourceSpec("gazette", SourceSpec.Kind.RSS, server.url("/rss").toString(), Duration.ofMillis(50), ""));
    assertThat(sink.await(2, 10_000)).isTrue();
    assertThatThrownBy(() -> live.add(feed("gazette", "/rss")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("source gazette is already scheduled");
    assertThat(live.sources()).extracting(s -> s.spec().id()).containsExactly("gazette");
    assertThat(live.remove("gazette")).isTrue();
    assertThat(live.remove("gazette")).isFalse();
    assertThat(live.sources()).isEmpty();
    assertThat(live.state("gazette")).isEmpty();
    live.close();
  }

  @Test
  void aSourceIsNotPolledBeforeItIsDueAndFailuresStretchTheWait() throws Exception {
    server.route("/rss", ex -> TestServer.send(ex, 404, "text/plain", "no"));
    FakeTime clock = new FakeTime(Instant.parse("2026-12-06T07:00:00Z"));
    SourceScheduler s = new SourceScheduler(SourceConfig.defaults(), fetcher, executor, clock, sink);
    s.add(new SourceSpec("bad", SourceSpec.Kind.RSS, server.url("/rss").toString(), Duration.ofMillis(20), ""));
    // the executor runs the task every 20 ms of real time, but the fake clock stands still: one poll only
    Thread.sleep(300);
    assertThat(server.count("/rss")).isEqualTo(1);
    clock.advance(Duration.ofMillis(20)); // one error doubles the wait to 40 ms
    Thread.sleep(200);
    assertThat(server.count("/rss")).isEqualTo(1);
    clock.advance(Duration.ofMillis(20));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (s.state("bad").orElseThrow().errors() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(s.state("bad").orElseThrow().errors()).isEqualTo(2);
    assertThat(server.count("/rss")).isEqualTo(2);
    s.close();
  }

  @Test
  void aRelativeItemLinkIsReadAgainstTheFeedsUrl() {
    server.route("/feeds/rss", ex -> TestServer.send(ex, 200, "application/rss+xml",
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>Relative</title>"
            + "<link>../stories/arrest</link><pubDate>Tue, 03 Sep 2019 12:00:00 GMT</pubDate>"
            + "<description>Short.</description></item></channel></rss>"));
    server.serveResource("/stories/arrest", "text/html", "page-list.html");
    scheduler.addUnscheduled(feed("relative", "/feeds/rss"));
    scheduler.poll("relative");
    assertThat(sink.articles).singleElement().satisfies(a -> {
      assertThat(a.url()).isEqualTo(server.base() + "/stories/arrest");
      assertThat(a.date()).isEqualTo(LocalDate.of(2019, 9, 3));
    });
  }

  @Test
  void aMissingFolderIsRecordedAgainstItsSource(@TempDir Path dir) {
    scheduler.addUnscheduled(new SourceSpec("nowhere", SourceSpec.Kind.FOLDER, dir.resolve("missing").toString(),
        Duration.ofMinutes(1), ""));
    SourceState s = scheduler.poll("nowhere");
    assertThat(s.errors()).isEqualTo(1);
    assertThat(s.lastError()).startsWith("cannot list folder " + dir.resolve("missing"));
  }

  @Test
  void anArticleTheSinkFailedToTakeIsDeliveredAgainAtTheNextPoll() {
    serveGazette();
    AtomicInteger calls = new AtomicInteger();
    SourceSink failingOnce = new SourceSink() {
      @Override
      public void article(SourceSpec source, org.vigil.core.article.Article article) {
        if (calls.incrementAndGet() == 1) {
          throw new IllegalStateException("store is down");
        }
        sink.article(source, article);
      }

      @Override
      public void rejected(SourceSpec source, org.vigil.ingest.Rejection rejection) {
        sink.rejected(source, rejection);
      }

      @Override
      public void fetched(SourceSpec source, FetchRecord record) {}
    };
    SourceScheduler s = new SourceScheduler(SourceConfig.defaults(), fetcher, executor, time, failingOnce);
    s.addUnscheduled(new SourceSpec("gazette", SourceSpec.Kind.RSS, server.url("/rss").toString(), Duration.ofMinutes(1), ""));
    assertThatThrownBy(() -> s.poll("gazette")).hasMessage("store is down");
    // the feed has not changed; had its ETag been kept, a 304 would hide the item from now on
    s.poll("gazette");
    assertThat(sink.titles()).containsExactly("Port workers end strike after talks", "Rebels free aid workers held for a month");
    assertThat(s.state("gazette").orElseThrow().validators().etag()).isEqualTo("\"g1\"");
  }

  @Test
  void specsCheckThemselves() {
    assertThatThrownBy(() -> new SourceSpec("a b", SourceSpec.Kind.RSS, "https://x.example/", Duration.ofMinutes(1), ""))
        .hasMessage("source id must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, was 'a b'");
    assertThatThrownBy(() -> new SourceSpec("a", SourceSpec.Kind.RSS, "ftp://x.example/", Duration.ofMinutes(1), ""))
        .hasMessage("source a: URL must be http or https, was 'ftp://x.example/'");
    assertThatThrownBy(() -> new SourceSpec("a", SourceSpec.Kind.ATOM, "https://x.example/", Duration.ZERO, ""))
        .hasMessage("source a: interval must be positive, was PT0S");
    assertThatThrownBy(() -> new SourceSpec("a", SourceSpec.Kind.FOLDER, " ", Duration.ofMinutes(1), ""))
        .hasMessage("source a has no folder");
    assertThatThrownBy(() -> SourceSpec.Kind.parse("gopher"))
        .hasMessage("source kind must be one of rss, atom, html, folder, was 'gopher'");
    assertThat(List.of(SourceSpec.Kind.parse(" RSS "), SourceSpec.Kind.parse("folder")))
        .containsExactly(SourceSpec.Kind.RSS, SourceSpec.Kind.FOLDER);
  }
}
