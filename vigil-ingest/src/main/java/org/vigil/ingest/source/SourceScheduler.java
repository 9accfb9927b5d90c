package org.vigil.ingest.source;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.vigil.core.article.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.Rejection;

/**
 * Polls each source on its own schedule and delivers what is new to a {@link SourceSink}: the
 * articles of feeds (from the items, or from the items' pages), of pages and of folders; a
 * rejection, naming the item, for each one that cannot be an article; the record of every fetch.
 * A feed that fails (404, 410, unknown host, an HTML page instead of a feed) is recorded against
 * its source ({@link SourceState#errors()}, {@link SourceState#lastError()}) and polled less
 * often, doubling the wait with each failure up to 32 intervals; the other sources go on.
 *
 * <p>An item is delivered once: its link (else guid, else title) is remembered, across sources,
 * for the last 100,000 items, and so is an item rejected for good (no date, no
 * text); an item that failed for a transient reason (time-out, 5xx) is tried again at the next
 * poll. A page source delivers again when its text changes. Feeds and pages are fetched with
 * conditional GET: a 304 delivers nothing and costs nothing; a feed's validators are kept only
 * when all its items were delivered or rejected for good, so that an item left for later (its
 * page timed out, the sink threw) is not hidden behind a 304.
 *
 * <p>Sources can be {@linkplain #add added} and {@linkplain #remove removed} while it runs. Polls
 * run on the given executor, which the scheduler does not own ({@link #close()} cancels its
 * polls, not the executor). Thread-safe; one source is polled by one thread at a time.
 */
public final class SourceScheduler implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SourceScheduler.class.getName());

  /** Item keys remembered for deduplication. */
  static final int REMEMBERED = 100_000;

  private static final String FEED_ACCEPT =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
  private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

  private final Fetcher fetcher;
  private final ArticleReader files;
  private final ArticleMaker maker;
  private final ScheduledExecutorService executor;
  private final InstantSource clock;
  private final SourceSink sink;
  private final Map<String, Entry> sources = new ConcurrentHashMap<>();
  private final Map<String, Boolean> remembered = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      });

  /**
   * A scheduler with no sources yet.
   *
   * @param config how items and pages become articles
   * @param fetcher fetches feeds and pages
   * @param executor runs the polls; not shut down by the scheduler
   * @param clock decides when a source is due and what "today" is for future dates
   * @param sink receives articles, rejections and fetch records
   */
  public SourceScheduler(SourceConfig config, Fetcher fetcher, ScheduledExecutorService executor,
      InstantSource clock, SourceSink sink) {
    Objects.requireNonNull(config, "config");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.files = new ArticleReader(config.ingest());
    this.maker = new ArticleMaker(config, clock);
  }

  /**
   * Adds a source and schedules its polls, the first at once.
   *
   * @throws IllegalArgumentException when a source with its id is already there
   */
  public void add(SourceSpec spec) {
    Objects.requireNonNull(spec, "spec");
    Entry entry = new Entry(spec);
    if (sources.putIfAbsent(spec.id(), entry) != null) {
      throw new IllegalArgumentException("source " + spec.id() + " is already scheduled");
    }
    long every = Math.max(1, spec.interval().toMillis());
    entry.future = executor.scheduleWithFixedDelay(() -> pollIfDue(entry), 0, every, TimeUnit.MILLISECONDS);
  }

  /** Adds a source without scheduling it: it is polled only by {@link #poll(String)}. */
  public void addUnscheduled(SourceSpec spec) {
    Objects.requireNonNull(spec, "spec");
    if (sources.putIfAbsent(spec.id(), new Entry(spec)) != null) {
      throw new IllegalArgumentException("source " + spec.id() + " is already scheduled");
    }
  }

  /** Removes a source and cancels its polls (one under way finishes); false when there was none. */
  public boolean remove(String id) {
    Entry e = sources.remove(Objects.requireNonNull(id, "id"));
    if (e == null) {
      return false;
    }
    if (e.future != null) {
      e.future.cancel(false);
    }
    return true;
  }

  /** The state of every source, by id. */
  public List<SourceState> sources() {
    List<SourceState> all = new ArrayList<>();
    for (Entry e : sources.values()) {
      all.add(e.state());
    }
    all.sort(java.util.Comparator.comparing(s -> s.spec().id()));
    return all;
  }

  /** The state of the source {@code id}, if it is there. */
  public Optional<SourceState> state(String id) {
    Entry e = sources.get(Objects.requireNonNull(id, "id"));
    return e == null ? Optional.empty() : Optional.of(e.state());
  }

  /**
   * Polls the source {@code id} now, on the calling thread, whether it is due or not, and returns
   * its state after. Exceptions of the sink propagate.
   *
   * @throws IllegalArgumentException when there is no such source
   */
  public SourceState poll(String id) {
    Entry e = sources.get(Objects.requireNonNull(id, "id"));
    if (e == null) {
      throw new IllegalArgumentException("no source " + id);
    }
    synchronized (e) {
      pollLocked(e);
    }
    return e.state();
  }

  /** Cancels every scheduled poll; the sources and their state stay. */
  @Override
  public void close() {
    for (Entry e : sources.values()) {
      if (e.future != null) {
        e.future.cancel(false);
      }
    }
  }

  private void pollIfDue(Entry e) {
    synchronized (e) {
      if (sources.get(e.spec.id()) != e || (e.lastPoll != null && clock.instant().isBefore(e.due()))) {
        return;
      }
      try {
        pollLocked(e);
      } catch (RuntimeException ex) {
        // a scheduled task that throws is never run again: record and go on (issue 13)
        e.fail("poll failed: " + ex);
        LOG.log(System.Logger.Level.WARNING, "source " + e.spec.id() + ": poll failed", ex);
      }
    }
  }

  private void pollLocked(Entry e) {
    e.lastPoll = clock.instant();
    switch (e.spec.kind()) {
      case RSS, ATOM -> pollFeed(e);
      case HTML -> pollPage(e);
      case FOLDER -> pollFolder(e);
    }
  }

  private void pollFeed(Entry e) {
    Fetched f = fetcher.fetch(e.spec.url(), e.validators, FEED_ACCEPT);
    if (!f.record().isOk()) {
      e.validators = f.validators();
      fetchedSource(e, f.record());
      return;
    }
    // the new validators are kept only once every item is done: an item left for later (a page
    // that timed out, a sink that threw) must not be hidden behind a 304 at the next poll
    e.validators = Validators.NONE;
    boolean allDone = true;
    FeedParser.Feed feed;
    try {
      feed = FeedParser.parse(f.body(), f.contentType());
    } catch (FeedParser.NotAFeedException ex) {
      e.validators = Validators.NONE;
      fetchedSource(e, f.record().as(FetchOutcome.NOT_A_FEED, ex.getMessage()));
      return;
    }
    fetchedSource(e, f.record());
    for (FeedItem item : feed.items()) {
      String key = key(e.spec, item);
      if (key.isEmpty()) {
        e.reject(new Rejection(e.spec.id() + ": item without link, id or title", "feed item cannot be named"));
        continue;
      }
      if (remembered.containsKey(key)) {
        continue;
      }
      ArticleMaker.Made made = itemArticle(e, item);
      String record = e.spec.id() + ": " + key;
      if (made.isArticle()) {
        e.deliver(made.article()); // first: if the sink fails, the item is tried again next poll
        remembered.put(key, Boolean.TRUE);
      } else {
        if (made.transientFailure()) {
          allDone = false;
        } else {
          remembered.put(key, Boolean.TRUE);
        }
        e.reject(new Rejection(record, made.outcome().label() + ": " + made.reason()));
      }
    }
    if (allDone) {
      e.validators = f.validators();
    }
  }

  /** The item's link made absolute against the feed's URL (so relative links of two feeds differ), else its key. */
  private static String key(SourceSpec spec, FeedItem item) {
    if (!item.link().isEmpty()) {
      try {
        return spec.url().resolve(item.link()).toString();
      } catch (IllegalArgumentException ex) {
        return item.key();
      }
    }
    return item.key();
  }

  private ArticleMaker.Made itemArticle(Entry e, FeedItem item) {
    if (!maker.wantsPage(item)) {
      return maker.fromItem(item, e.spec.sourceName());
    }
    URI link;
    try {
      link = e.spec.url().resolve(item.link());
    } catch (IllegalArgumentException ex) {
      return ArticleMaker.Made.not(FetchOutcome.REFUSED, "item link is not a URL: '" + item.link() + "'");
    }
    Fetched page = fetcher.fetch(link, Validators.NONE, PAGE_ACCEPT);
    sink.fetched(e.spec, page.record());
    if (!page.record().isOk()) {
      if (!item.text().isEmpty() && !page.record().isTransient()) {
        // the page is gone or refused but the feed carries text: better that than nothing
        return maker.fromItem(item, e.spec.sourceName());
      }
      return new ArticleMaker.Made(null, page.record().outcome(),
          "item page " + page.record().outcome().label() + ": " + page.record().reason(), page.record().isTransient());
    }
    return maker.fromPage(page, item, e.spec.sourceName());
  }

  private void pollPage(Entry e) {
    Fetched f = fetcher.fetch(e.spec.url(), e.validators, PAGE_ACCEPT);
    e.validators = f.validators();
    if (!f.record().isOk()) {
      fetchedSource(e, f.record());
      return;
    }
    ArticleMaker.Made made = maker.fromPage(f, null, e.spec.sourceName());
    if (!made.isArticle()) {
      e.validators = Validators.NONE;
      fetchedSource(e, f.record().as(made.outcome(), made.reason()));
      e.reject(new Rejection(e.spec.id() + ": " + e.spec.location(), made.outcome().label() + ": " + made.reason()));
      return;
    }
    fetchedSource(e, f.record());
    String key = e.spec.location() + "#" + made.article().contentHash();
    if (!remembered.containsKey(key)) {
      e.deliver(made.article());
      remembered.put(key, Boolean.TRUE);
    }
  }

  private void pollFolder(Entry e) {
    List<Path> ready;
    try {
      ready = e.folder().scan();
    } catch (IOException | java.io.UncheckedIOException ex) {
      e.fail("cannot list folder " + e.spec.location() + ": " + ex.getMessage());
      return;
    }
    for (Path file : ready) {
      files.read(file, e::deliver, e::reject);
    }
    e.ok();
  }

  private void fetchedSource(Entry e, FetchRecord record) {
    e.lastFetch = record;
    if (record.outcome() == FetchOutcome.OK || record.outcome() == FetchOutcome.NOT_MODIFIED) {
      e.ok();
    } else {
      e.fail(record.outcome().label() + ": " + record.reason());
      LOG.log(System.Logger.Level.WARNING, "source {0}: {1}", e.spec.id(), record);
    }
    sink.fetched(e.spec, record);
  }

  /** One source and its state; guarded by its own monitor. */
  private final class Entry {
    final SourceSpec spec;
    volatile Validators validators = Validators.NONE;
    volatile FetchRecord lastFetch;
    volatile Instant lastPoll;
    volatile int errors;
    volatile String lastError = "";
    volatile long delivered;
    volatile long rejected;
    volatile ScheduledFuture<?> future;
    private FolderWatch folder;

    Entry(SourceSpec spec) {
      this.spec = spec;
    }

    FolderWatch folder() {
      if (folder == null) {
        folder = new FolderWatch(Path.of(spec.location()));
      }
      return folder;
    }

    Instant due() {
      return SourceState.due(spec, lastPoll, errors);
    }

    void ok() {
      errors = 0;
      lastError = "";
    }

    void fail(String why) {
      errors++;
      lastError = why;
    }

    void deliver(Article a) {
      delivered++;
      sink.article(spec, a);
    }

    void reject(Rejection r) {
      rejected++;
      sink.rejected(spec, r);
    }

    SourceState state() {
      return new SourceState(spec, validators, lastFetch, lastPoll, errors, lastError, delivered, rejected);
    }
  }
}
