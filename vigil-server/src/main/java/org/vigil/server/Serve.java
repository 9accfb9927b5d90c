package org.vigil.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.vigil.core.article.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.ingest.source.FetchConfig;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.learn.MiniLmEncoder;
import org.vigil.pipeline.EngineFactory;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.store.StoreReads;

/**
 * The running service of {@code vigil serve} (issue 13), in one process: the store and its search
 * index in the home folder, the API ({@link VigilServer}) listening at once, the engine loading
 * behind it (CoreNLP, 15-25 s; {@code /health} says {@code starting} until then), the sample
 * articles queued to be coded unless stored already, and the inbox folder watched. {@link #close}
 * stops in order: no more requests, no more polls of the live sources ({@link LiveSources}: the
 * settings' sources and those added through the API), no more inbox files, the article run in hand finished and
 * committed, then the index and the store closed. Thread-safe.
 */
public final class Serve implements AutoCloseable {

  /**
   * What to serve beyond the settings.
   *
   * @param samples the folder of sample articles to code at start when the store lacks them, or
   *     null for none
   * @param replay a folder of dated articles queued after the samples, in file-name (date) order,
   *     when the store lacks them (the seed scenario, {@code replay/}), or null for none
   * @param coder codes an article; null: the engine {@link EngineFactory} builds from the
   *     settings, loaded after the API starts
   * @param inboxPoll how often the inbox is read
   * @param queueCapacity articles the intake queue holds
   * @param clock when live sources are due, and what "today" is for their publication dates
   * @param fetch how live sources fetch; null: the settings' ({@code fetch.*}). Tests allow
   *     loopback here to reach their own server
   */
  public record Options(Path samples, Path replay, CodingWorkers.ArticleCoder coder, Duration inboxPoll,
      int queueCapacity, java.time.InstantSource clock, FetchConfig fetch) {
    public Options {
      Objects.requireNonNull(inboxPoll, "inboxPoll");
      Objects.requireNonNull(clock, "clock");
      if (queueCapacity < 1) {
        throw new IllegalArgumentException("queueCapacity must be >= 1, was " + queueCapacity);
      }
    }

    /** No replay folder, the system clock and the settings' fetch configuration. */
    public Options(Path samples, CodingWorkers.ArticleCoder coder, Duration inboxPoll, int queueCapacity) {
      this(samples, null, coder, inboxPoll, queueCapacity);
    }

    /** The system clock and the settings' fetch configuration. */
    public Options(Path samples, Path replay, CodingWorkers.ArticleCoder coder, Duration inboxPoll,
        int queueCapacity) {
      this(samples, replay, coder, inboxPoll, queueCapacity, java.time.InstantSource.system(), null);
    }

    /** No replay folder; live sources fetched by {@code fetch} on {@code clock}. */
    public Options(Path samples, CodingWorkers.ArticleCoder coder, Duration inboxPoll, int queueCapacity,
        java.time.InstantSource clock, FetchConfig fetch) {
      this(samples, null, coder, inboxPoll, queueCapacity, clock, fetch);
    }

    /** These options with live sources fetched by {@code config} on {@code clock}. */
    public Options withSources(java.time.InstantSource clock, FetchConfig config) {
      return new Options(samples, replay, coder, inboxPoll, queueCapacity, clock, config);
    }

    /** The samples folder, the engine of the settings, an inbox read every 2 s, a queue of 10,000. */
    public static Options of(Path samples) {
      return new Options(samples, null, Duration.ofSeconds(2), 10_000);
    }

    /** {@link #of(Path)} with a replay folder queued after the samples. */
    public static Options of(Path samples, Path replay) {
      return new Options(samples, replay, null, Duration.ofSeconds(2), 10_000);
    }
  }

  /**
   * The libraries' loggers turned down to warnings (Jetty's start lines, Lucene's notes on the
   * JDK), so that {@code vigil serve} prints its own progress; held here, as the JDK keeps loggers
   * weakly and would forget the level.
   */
  private static final List<java.util.logging.Logger> QUIET = List.of(
      quiet("org.eclipse.jetty", java.util.logging.Level.WARNING),
      quiet("io.javalin", java.util.logging.Level.WARNING),
      quiet("org.apache.lucene", java.util.logging.Level.SEVERE));

  private static java.util.logging.Logger quiet(String name, java.util.logging.Level level) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(level);
    return logger;
  }

  private final PrintStream out;
  private final DuckDbEventStore store;
  private final ArticleIndex index;
  private final IngestLoop intake;
  private final VigilServer server;
  private final InboxWatch inbox;
  private final LiveSources sources;
  private AlertStream alertStream;
  private Webhooks webhooks;
  private Monitoring monitoring;
  private ServerMetrics metrics;
  private final AtomicBoolean loaded = new AtomicBoolean();
  private final java.util.concurrent.atomic.AtomicReference<String> engineProblem =
      new java.util.concurrent.atomic.AtomicReference<>();
  private final CountDownLatch engineDone = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private Path writeTokenFile;

  private Serve(VigilSettings settings, Options options, PrintStream out) {
    this.out = out;
    Path home = settings.home();
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the home folder " + home + ": " + e.getMessage(), e);
    }
    // merged events kept as articles are stored (issue 13), as vigil ingest keeps them; held open:
    // the API reads concurrently and no call opens the file again (issue 13, the API benchmark)
    this.store = DuckDbEventStore.held(StoreConfig.of(settings.storePath()),
        new org.vigil.coding.merge.MentionMerger(settings.mergeConfig()));
    ArticleIndex opened = null;
    IngestLoop loop = null;
    VigilServer started = null;
    LiveSources live = null;
    try {
      opened = ArticleIndex.open(home.resolve("index"));
      this.index = opened;
      ServerMetrics metrics = new ServerMetrics();
      this.metrics = metrics;
      loop = new IngestLoop(store, index, metrics, options.queueCapacity(), out, settings.storyConfig());
      VigilSettings.ReadLimits limits = settings.readLimits();
      IngestPriority priority = new IngestPriority(limits.ingestPriority(), settings.readsWhileStoring());
      loop.prioritise(priority);
      loop.codeAtNice(settings.coderNice());
      this.intake = loop;
      live = LiveSources.create(settings.sourceConfig(), options.fetch() == null ? settings.fetchConfig() : options.fetch(),
          options.clock(), loop, loop::rejected, new SourceFile(home.resolve("sources.json")));
      this.sources = live;
      org.vigil.coding.dictionary.Dictionaries dictionaries = EngineFactory.dictionaries(settings.engineConfig());
      java.util.function.Function<String, java.util.Optional<org.vigil.core.store.EventQuery.Alliance>> alliances =
          Backend.alliancesOf(dictionaries);
      this.alertStream = new AlertStream();
      this.webhooks = new Webhooks(webhookTargets(settings), Webhooks.Policy.defaults(),
          home.resolve("webhook-dead-letters.jsonl"), java.time.InstantSource.system());
      this.monitoring = new Monitoring(store, alliances, Monitoring.lazyGazetteer(),
          new WatchBook(home.resolve("watches.json"), settingsWatches(settings)), new AlertBook(home.resolve("alerts.json")),
          new org.vigil.monitor.alert.Alerting(org.vigil.monitor.alert.Alerting.Rules.defaults(),
              java.time.InstantSource.system()), java.time.InstantSource.system(),
          List.of(alertStream, webhooks, (a, raised) -> say("vigil: alert " + (raised ? "raised" : "updated") + ": "
              + a.watchName() + " (" + a.detector() + ", " + a.firstDay() + ".." + a.lastDay() + ", "
              + a.severity().label() + ", " + a.evidence().size() + " events) " + "/alerts/" + a.id())));
      Backend backend = new Backend(store, index, intake, alliances, loaded::get, engineProblem::get, metrics,
          live, monitoring, alertStream,
          org.vigil.pipeline.correction.DictionarySet.lazy(dictionaries, settings.engineConfig()));
      VigilSettings.Server s = settings.server();
      String writeToken = s.writeToken();
      String hint = "";
      if (writeToken == null || writeToken.isEmpty()) {
        // a fresh clone: writes (the dashboard's corrections and watches) need a token all the same
        Path file = home.resolve(WriteToken.FILE);
        writeToken = WriteToken.readOrCreate(file);
        hint = "vigil serve made one, as no server.write-token is set: it is in " + file.toAbsolutePath() + ".";
        this.writeTokenFile = file;
      }
      started = VigilServer.start(new ServerConfig(s.host(), s.port(), s.readToken(), writeToken, s.readsOpen()),
          backend, version(), hint, new VigilServer.Reads(new QueryGate.Limits(limits.queryConcurrency(),
              limits.queryQueue(), limits.queryWait(), Math.min(limits.queryConcurrency(),
                  limits.queryConcurrencyIngesting()), Math.min(limits.queryConcurrency(), settings.querySlowLane())),
              priority, limits.cacheEntries(), limits.cacheBytes()));
      this.server = started;
    } catch (RuntimeException e) {
      closeAll(e, started, live, loop, opened, store);
      throw e;
    }
    say("vigil: serving " + server.uri() + " (store " + settings.storePath() + ", " + store.articleCount()
        + " articles, " + store.eventCount() + " events); API described at " + server.uri() + "/docs");
    say("vigil: the dashboard is at " + server.uri() + "/");
    if (writeTokenFile != null) {
      say("vigil: writes (POST /articles, watches, corrections; signing in to the dashboard) need the write token in "
          + writeTokenFile.toAbsolutePath() + " (set server.write-token to choose one)");
    }
    reindexInBackground();
    evaluateWatches();
    intake.afterRuns(this::evaluateWatches, Duration.ofSeconds(10));
    queueSamples(options.samples());
    queueSamples(options.replay());
    startEngine(settings, options);
    this.inbox = new InboxWatch(home.resolve("inbox"), intake, intake::rejected, out).start(options.inboxPoll());
    say("vigil: articles put in " + home.resolve("inbox") + " are coded and stored; Ctrl-C stops");
    watchSources(settings);
  }

  /** Starts polling the settings' sources and those added through the API before, and says which. */
  private void watchSources(VigilSettings settings) {
    List<String> lines;
    try {
      lines = sources.watch(settings.sources());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    if (lines.isEmpty()) {
      say("vigil: no live sources (list them under sources: in the settings file, or POST /sources)");
    }
    for (String line : lines) {
      say("vigil: " + line);
    }
  }

  /**
   * Starts the service: opens the store and index in the home folder, starts the API, then loads
   * the engine and codes the samples in the background.
   *
   * @param out where progress lines go (standard error in {@code vigil serve})
   * @throws org.vigil.core.VigilException when the store cannot be opened
   * @throws IllegalStateException when the port cannot be bound
   */
  public static Serve start(VigilSettings settings, Options options, PrintStream out) {
    return new Serve(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(options, "options"),
        Objects.requireNonNull(out, "out"));
  }

  /** Where the API listens. */
  public java.net.URI uri() {
    return server.uri();
  }

  /** Whether the engine is loaded and the intake codes. */
  public boolean engineLoaded() {
    return loaded.get();
  }

  /** Waits up to {@code wait} for the engine to load (or fail to); returns whether it is loaded. */
  public boolean awaitEngine(Duration wait) throws InterruptedException {
    engineDone.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    return loaded.get();
  }

  /** The intake articles enter by: live sources plug in here. */
  public ArticleIntake intake() {
    return intake;
  }

  /**
   * Stores an article coded by the stream ({@code vigil serve --from}, issue 15) as the intake
   * stores its own; idempotent by content hash. Thread-safe as the intake is.
   */
  public ArticleIntake.Outcome storeCoded(org.vigil.core.article.Article article,
      List<org.vigil.core.event.CodedEvent> events) {
    return intake.storeCoded(article, events);
  }

  /** Evaluates every watch over the store (at start and after ingest runs); a failure is told, not thrown. */
  private void evaluateWatches() {
    try {
      long t = System.nanoTime();
      monitoring.evaluate();
      long took = System.nanoTime() - t;
      if (metrics != null) {
        metrics.watchesEvaluated(took);
      }
      double seconds = took / 1e9;
      if (seconds >= 5) {
        // issue 13, round 6: over millions of events an evaluation is a heavy read; say so
        say(String.format(java.util.Locale.ROOT, "vigil: the watches were evaluated in %.1f s", seconds));
      }
    } catch (RuntimeException e) {
      say("vigil: evaluating the watches failed: " + e.getMessage());
    }
  }

  private static List<WatchSpec> settingsWatches(VigilSettings settings) {
    List<WatchSpec> out = new ArrayList<>();
    for (int i = 0; i < settings.watches().size(); i++) {
      try {
        out.add(WatchSpec.parse(Json.MAPPER.valueToTree(settings.watches().get(i)), null));
      } catch (IllegalArgumentException e) {
        throw new org.vigil.core.VigilException("settings: watches[" + (i + 1) + "]: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<Webhooks.Target> webhookTargets(VigilSettings settings) {
    return settings.webhooks().stream().map(w -> new Webhooks.Target(w.url(), w.secret())).toList();
  }

  /** The alerts so far (for tests and the CLI). */
  List<org.vigil.monitor.alert.Alert> alerts() {
    return monitoring.alerts().list(null, null);
  }

  /**
   * Indexes the stored articles for search when the index has fewer (a kill between an article's
   * commit and its indexing, or an index deleted), on a thread of its own: the API serves at once,
   * and {@code /search} finds them once done (a large store takes minutes).
   */
  private void reindexInBackground() {
    long stored = store.articleCount();
    if (index.size() >= stored) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        say("vigil: indexing " + stored + " stored articles for search in the background ...");
        long start = System.nanoTime();
        long n = index.addEach(new StoreReads(store)::eachArticle); // one commit, not one an article
        say(String.format(java.util.Locale.ROOT, "vigil: indexed %d articles for search in %.1f s", n,
            (System.nanoTime() - start) / 1e9));
      } catch (RuntimeException e) {
        say("vigil: indexing the stored articles failed: " + e.getMessage() + "; search misses them until the next start");
      }
    }, "vigil-reindex");
    t.setDaemon(true);
    t.start();
  }

  private void queueSamples(Path samples) {
    if (samples == null) {
      return;
    }
    if (!Files.isDirectory(samples)) {
      say("vigil: no sample folder at " + samples.toAbsolutePath() + "; starting without samples");
      return;
    }
    List<Article> missing = new ArrayList<>();
    new ArticleReader(IngestConfig.defaults()).read(samples, a -> {
      if (!store.contains(a.contentHash()) && !store.contains(a.legacyContentHash())) {
        missing.add(a);
      }
    }, r -> say("vigil: sample rejected: " + r.record() + ": " + r.reason()));
    if (missing.isEmpty()) {
      return;
    }
    int queued = 0;
    for (Article a : missing) {
      if (intake.submit(a)) {
        queued++;
      }
    }
    say("vigil: " + queued + " sample articles from " + samples + " queued to be coded (the store lacked them)");
  }

  private void startEngine(VigilSettings settings, Options options) {
    if (options.coder() != null) {
      intake.start(options.coder(), settings.threads());
      loaded.set(true);
      engineDone.countDown();
      return;
    }
    if (!settings.engineConfig().learnedCheck().isEmpty()) {
      // The embeddings model loads here, before the URL is printed (about a second): a SIGTERM while
      // ONNX Runtime creates its session on the loader thread crashed the process (SIGSEGV in
      // libonnxruntime.so, seen twice in ServeSignalIT) instead of stopping it.
      try {
        MiniLmEncoder.shared();
      } catch (RuntimeException e) {
        say("vigil: the embeddings model could not be loaded: " + e.getMessage());
      }
    }
    Thread t = new Thread(() -> {
      try {
        say("vigil: loading the engine (CoreNLP takes 15-25 s) ...");
        long start = System.nanoTime();
        VigilEngine engine = EngineFactory.create(settings.engineConfig());
        intake.start(engine::code, settings.threads());
        loaded.set(true);
        say(String.format(java.util.Locale.ROOT, "vigil: engine loaded in %.1f s; coding %d queued articles",
            (System.nanoTime() - start) / 1e9, intake.depth()));
      } catch (RuntimeException | OutOfMemoryError e) {
        engineProblem.set("the engine could not be loaded: " + e);
        say("vigil: the engine could not be loaded: " + e.getMessage()
            + "; the API serves the store, and nothing new is coded");
      } finally {
        engineDone.countDown();
      }
    }, "vigil-engine-loader");
    t.setDaemon(true);
    t.start();
  }

  private static String version() {
    String v = Serve.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  private void say(String line) {
    out.println(line);
  }

  /**
   * Stops the service: the API stops accepting requests, the inbox is no longer read, the intake
   * finishes the run in hand (each article stored whole or not at all) and drops what was queued,
   * then the index and the store are closed. Closing twice does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    say("vigil: stopping: no new requests; finishing the articles in hand ...");
    RuntimeException failure = null;
    if (alertStream != null) {
      alertStream.closeAll();
    }
    // the sources stop before the intake drains, so that no poll hands it an article it would drop
    for (AutoCloseable c : new AutoCloseable[] {server, sources, inbox, intake, webhooks, index, store}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("stopping failed: " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    say("vigil: stopped; the store is closed");
    if (failure != null) {
      throw failure;
    }
  }

  private static void closeAll(RuntimeException failure, AutoCloseable... parts) {
    for (AutoCloseable c : parts) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          failure.addSuppressed(e);
        }
      }
    }
  }
}
