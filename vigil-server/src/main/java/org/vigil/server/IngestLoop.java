package org.vigil.server;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.ingest.story.StoryIndex;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.FailurePolicy;
import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.StoreSink;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;

/**
 * The running service's ingest path: an {@link ArticleIntake} whose queue one thread drains into
 * {@link IngestJob} runs (a few articles at a time, so that each is delivered as soon as it is
 * coded), each article stored alone ({@link StoreSink}, one transaction an article) and then
 * indexed; an article already stored is skipped before analysis, a rejected one is recorded as a
 * dead letter and counted. Articles queued before the engine is loaded wait for {@link #start}.
 * Every article joins a story first (issue 13): one {@link StoryIndex}, taught the store's latest
 * articles when the loop is made (as {@code vigil ingest} does), finds copies of earlier articles,
 * so that a store with an event merger counts a story's copies once.
 * {@link #close} stops taking articles, lets the run in hand finish (each of its articles stored
 * whole or not at all) and drops what was still queued, saying how many. Thread-safe.
 */
public final class IngestLoop implements ArticleIntake, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(IngestLoop.class.getName());

  /** How many articles one run takes from the queue per coding thread. */
  private static final int PER_THREAD = 2;

  /**
   * How long an article may wait to be coded while the intake yields the CPU to reads ({@link
   * #codeAtNice}); beyond it the intake is behind and reads are held back until it catches up.
   */
  static final java.time.Duration MAX_DELAY = java.time.Duration.ofSeconds(5);

  /** An article queued (at {@code queuedAt}, {@link System#nanoTime}), to be stored or coded again. */
  private record Item(Article article, boolean recode, CompletableFuture<Outcome> done, long queuedAt) {
    Item(Article article, boolean recode) {
      this(article, recode, new CompletableFuture<>(), System.nanoTime());
    }

    Item(Article article, boolean recode, CompletableFuture<Outcome> done) {
      this(article, recode, done, System.nanoTime());
    }
  }


  private final DuckDbEventStore store;
  private final ArticleIndex index;
  private final ServerMetrics metrics;
  private final StoryIndex stories;
  private final PrintStream log;
  private final LinkedBlockingQueue<Item> queue;
  private final Set<String> recoding = ConcurrentHashMap.newKeySet();
  /** Why a record was rejected, by record (an article's id), until its waiter is told. */
  private final java.util.Map<String, String> rejectedWhy = new ConcurrentHashMap<>();
  private volatile boolean closed;
  private volatile Thread worker;
  private volatile IngestPriority priority = IngestPriority.NONE;
  private volatile int coderNice;
  private final java.util.concurrent.atomic.AtomicBoolean failedNice = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile Runnable afterRuns;
  private volatile long lastAfterRun;

  /**
   * @param capacity articles the queue holds before {@link #submit} refuses more
   * @param log where progress lines go ({@code vigil: coded ...}); {@code null} for none
   */
  public IngestLoop(DuckDbEventStore store, ArticleIndex index, ServerMetrics metrics, int capacity, PrintStream log) {
    this(store, index, metrics, capacity, log, StoryConfig.defaults());
  }

  /**
   * An intake whose articles join stories found as {@code stories} says.
   *
   * @param capacity articles the queue holds before {@link #submit} refuses more
   * @param log where progress lines go ({@code vigil: coded ...}); {@code null} for none
   * @param stories how copies are found; the index is taught the store's articles of the last
   *     {@link StoryConfig#windowDays()} days at once
   * @throws org.vigil.core.VigilException when the store's latest articles cannot be read
   */
  public IngestLoop(DuckDbEventStore store, ArticleIndex index, ServerMetrics metrics, int capacity, PrintStream log,
      StoryConfig stories) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.log = log;
    this.stories = new StoryIndex(Objects.requireNonNull(stories, "stories"));
    // copies of articles stored before this start join their stories, not new ones (issue 13)
    store.latestArticles(stories.windowDays()).forEach(a -> this.stories.remember(a.article(), a.storyId()));
    this.queue = new LinkedBlockingQueue<>(capacity);
    metrics.queueDepth(queue, LinkedBlockingQueue::size);
  }

  @Override
  public boolean submit(Article article) {
    Objects.requireNonNull(article, "article");
    return !closed && queue.offer(new Item(article, false));
  }

  /**
   * Queues an article as {@link #submit} does, and tells when it is done: the future completes
   * after the article's transaction is committed (or it was found stored already, or rejected),
   * so that {@code POST /articles} answers only for a stored article. A kill before that
   * leaves the article unstored or stored whole, never doubled.
   *
   * @return the outcome to come, or null when the queue is full or the intake is closed
   */
  @Override
  public CompletableFuture<Outcome> track(Article article) {
    Objects.requireNonNull(article, "article");
    Item item = new Item(article, false);
    return !closed && queue.offer(item) ? item.done() : null;
  }

  @Override
  public boolean recode(Article article) {
    Objects.requireNonNull(article, "article");
    return !closed && queue.offer(new Item(article, true));
  }

  @Override
  public int depth() {
    return queue.size();
  }

  /**
   * Runs {@code task} after an ingest run that left the queue empty, or at least every {@code
   * every} while it fills (the watches are evaluated so, issue 14), on a thread of its own: the
   * intake never waits for it (issue 13, round 6: an evaluation over a 10 M event store ran for
   * minutes on the intake's thread, and not one article posted meanwhile was coded). Requests made
   * while the task runs are folded into one more run after it. Its failures are logged and it goes
   * on.
   *
   * @throws IllegalStateException when a task is set already
   */
  public synchronized void afterRuns(Runnable task, java.time.Duration every) {
    Objects.requireNonNull(task, "task");
    if (afterRuns != null) {
      throw new IllegalStateException("a task after runs is set already");
    }
    this.afterEvery = every.toNanos();
    this.afterRuns = task;
    Thread t = new Thread(this::runAfter, "vigil-after-runs");
    t.setDaemon(true);
    t.start();
  }

  private volatile long afterEvery;
  private final Object afterLock = new Object();
  /** Whether the task after runs is asked for and not yet started. */
  private boolean afterAsked;

  /** Asks the thread after runs for one more run of its task (a request while one waits is the same one). */
  private void askAfter() {
    synchronized (afterLock) {
      afterAsked = true;
      afterLock.notifyAll();
    }
  }

  private void runAfter() {
    while (true) {
      synchronized (afterLock) {
        while (!afterAsked && !closed) {
          try {
            afterLock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        afterAsked = false;
      }
      try {
        afterRuns.run();
      } catch (RuntimeException e) {
        metrics.error("monitor");
        LOG.log(System.Logger.Level.ERROR, "evaluating the watches after an ingest run failed", e);
      }
    }
  }

  /** Whether {@link #start} was called: the intake codes. */
  public boolean started() {
    return worker != null;
  }

  /** Marks the runs and stores of this intake for {@code priority} (the query line lets them go first). */
  void prioritise(IngestPriority priority) {
    this.priority = Objects.requireNonNull(priority, "priority");
  }

  /**
   * Codes at the Linux nice value {@code nice} (0..19; 0, the default: the reads' priority), set on
   * each coding thread before its first article ({@link ThreadNice}; issue 13, round 9); the
   * intake's own thread, which stores, stays at the reads' priority. Call before {@link #start}.
   */
  void codeAtNice(int nice) {
    if (nice < 0 || nice > 19) {
      throw new IllegalArgumentException("the coder's nice value must be 0..19, was " + nice);
    }
    this.coderNice = nice;
  }

  /**
   * Starts coding with {@code coder} on {@code threads} worker threads.
   *
   * @throws IllegalStateException when started already or closed
   */
  public synchronized void start(CodingWorkers.ArticleCoder coder, int threads) {
    Objects.requireNonNull(coder, "coder");
    if (worker != null || closed) {
      throw new IllegalStateException(closed ? "the intake is closed" : "the intake is started already");
    }
    int nice = coderNice;
    ThreadLocal<Boolean> reniced = ThreadLocal.withInitial(() -> false);
    CodingWorkers.ArticleCoder timed = a -> {
      if (nice > 0 && !reniced.get()) {
        // the coding threads alone (each run starts its own); the intake's thread stores at the reads' priority
        reniced.set(true);
        String why = ThreadNice.lower(nice);
        if (why != null && failedNice.compareAndSet(false, true)) {
          priority.yielding(null);
          say("vigil: coding at the reads' priority: " + why);
        }
      }
      return metrics.timeCoding(() -> coder.code(a));
    };
    IngestJob job = new IngestJob(timed, new ArticleReader(IngestConfig.defaults()), threads,
        FailurePolicy.CONTINUE, new Listener())
        .skipping(a -> !recoding.contains(a.id())
            && (store.contains(a.contentHash()) || store.contains(a.legacyContentHash())));
    Thread t = new Thread(() -> run(job, threads * PER_THREAD), "vigil-intake");
    t.setDaemon(true);
    worker = t;
    t.start();
  }

  private void run(IngestJob job, int perRun) {
    if (coderNice > 0) {
      priority.yielding(MAX_DELAY);
      say("vigil: coding at nice " + coderNice + " (the API's reads go first for the cores; an article waits at most "
          + MAX_DELAY.toSeconds() + " s before they are held back)");
    }
    while (!closed) {
      List<Item> items = new ArrayList<>();
      try {
        Item first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        items.add(first);
      } catch (InterruptedException e) {
        return; // close() interrupts only a thread that waits for work
      }
      queue.drainTo(items, perRun - 1);
      List<Article> articles = new ArrayList<>(items.size());
      for (Item i : items) {
        if (i.recode()) {
          recoding.add(i.article().id());
        }
        articles.add(i.article());
      }
      Sink sink = new Sink(items);
      priority.oldestQueuedAt(items.get(0).queuedAt());
      try {
        priority.run(() -> job.run(articles, sink));
      } catch (IngestJob.Stopped e) {
        metrics.error("out_of_memory");
        say("vigil: " + e.getMessage() + "; the intake goes on with the next articles");
      } catch (RuntimeException e) {
        metrics.error("ingest");
        LOG.log(System.Logger.Level.ERROR, "ingest run failed", e);
      } finally {
        priority.noneInHand();
        items.forEach(i -> recoding.remove(i.article().id()));
        items.forEach(this::settle);
      }
      if (afterRuns != null && (queue.isEmpty() || System.nanoTime() - lastAfterRun >= afterEvery)) {
        lastAfterRun = System.nanoTime();
        askAfter(); // on its own thread: the next articles are coded meanwhile
      }
    }
    // closed: what is still queued is dropped by close(); its waiters hear so
  }

  /** Completes the waiter of an item the run did not deliver: skipped as stored, rejected, or lost to a failure. */
  private void settle(Item item) {
    if (item.done().isDone() || item.recode()) {
      return;
    }
    Article a = item.article();
    try {
      if (store.contains(a.contentHash()) || store.contains(a.legacyContentHash())) {
        item.done().complete(new Outcome(Outcome.Status.ALREADY_STORED, 0, null));
        return;
      }
    } catch (RuntimeException e) {
      item.done().complete(new Outcome(Outcome.Status.REJECTED, 0, "the store cannot be read: " + e.getMessage()));
      return;
    }
    String reason = rejectedWhy.remove(a.id());
    item.done().complete(new Outcome(Outcome.Status.REJECTED, 0, reason == null ? "not stored" : reason));
  }

  /** Stores (or, coded again, replaces) each article alone, then indexes it. */
  private final class Sink implements IngestJob.Sink {
    private final List<Item> items;

    Sink(List<Item> items) {
      this.items = items;
    }

    /** Completes the waiters of this article (by identity, else by id) once its transaction is committed. */
    private void done(Article article, Outcome outcome) {
      for (Item i : items) {
        if (!i.done().isDone() && !i.recode() && (i.article() == article || i.article().id().equals(article.id()))) {
          i.done().complete(outcome);
        }
      }
    }

    @Override
    public void accept(Article article, List<CodedEvent> events, IngestJob.Rejections rejections) {
      if (recoding.remove(article.id())) {
        if (!priority.store(() -> metrics.timeStoring(() -> store.replaceEvents(article.id(), events)))) {
          rejections.reject(article.id(), "not stored any more: nothing to code again");
          return;
        }
        index.add(article);
        say("vigil: coded again " + article.id() + ": " + events.size() + " events");
        return;
      }
      StoreSink one = new StoreSink(store, 1, stories);
      priority.store(() -> metrics.timeStoring(() -> {
        one.accept(article, events, rejections);
        return null;
      }));
      if (one.stored() > 0) {
        index.add(article);
        metrics.stored(events.size());
        say("vigil: stored " + article.id() + ": " + events.size() + " events");
        done(article, new Outcome(Outcome.Status.STORED, events.size(), null));
      } else if (one.duplicates() > 0) {
        index.add(article);
        done(article, new Outcome(Outcome.Status.ALREADY_STORED, 0, null));
      }
    }
  }

  /**
   * Stores an article coded elsewhere (the stream, issue 15) with its events, as an article coded
   * here is stored: its story, the full-text index, the counts. Idempotent: an article the store
   * holds (by content hash) is not stored again, so a re-delivered one adds no event.
   *
   * @return the outcome: stored, or already stored, or rejected with the store's reason
   */
  public Outcome storeCoded(Article article, List<CodedEvent> events) {
    Outcome[] outcome = {new Outcome(Outcome.Status.ALREADY_STORED, 0, null)};
    Item item = new Item(article, false, new CompletableFuture<>());
    new Sink(List.of(item)).accept(article, events, (record, reason) -> {
      rejected(record, reason);
      outcome[0] = new Outcome(Outcome.Status.REJECTED, 0, reason);
    });
    return item.done().isDone() ? item.done().join() : outcome[0];
  }

  private final class Listener implements IngestJob.Listener {
    @Override
    public void rejected(String record, String reason) {
      IngestLoop.this.rejected(record, reason);
    }
  }

  /** Counts, tells and records (a dead letter in the store) a record that could not be read, coded or stored. */
  void rejected(String record, String reason) {
    rejectedWhy.put(record, reason);
    if (rejectedWhy.size() > 10_000) {
      rejectedWhy.clear(); // reasons no waiter asked for: keep the map bounded
    }
    metrics.error("rejected");
    say("vigil: rejected " + record + ": " + reason);
    try {
      store.reject(record, reason);
    } catch (RuntimeException e) {
      metrics.error("store");
      LOG.log(System.Logger.Level.ERROR, "cannot record the rejection of " + record, e);
    }
  }

  private void say(String line) {
    if (log != null) {
      log.println(line);
    }
  }

  /**
   * Stops taking articles, waits for the run in hand to finish (up to {@code wait}), and drops
   * what was still queued.
   *
   * @return the number of queued articles dropped
   */
  public int close(java.time.Duration wait) {
    closed = true;
    synchronized (afterLock) {
      afterLock.notifyAll(); // the thread after runs ends once its task in hand (if any) returns
    }
    Thread t = worker;
    if (t != null) {
      try {
        t.join(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    List<Item> left = new ArrayList<>();
    queue.drainTo(left);
    int dropped = left.size();
    left.forEach(i -> i.done().complete(new Outcome(Outcome.Status.REJECTED, 0, "the service stopped before coding it")));
    if (dropped > 0) {
      say("vigil: " + dropped + " queued articles were not coded (the inbox keeps its files; POST them again)");
    }
    return dropped;
  }

  @Override
  public void close() {
    close(java.time.Duration.ofMinutes(2));
  }
}
