package org.vigil.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import java.util.Optional;
import org.vigil.core.article.Article;
import org.vigil.core.article.Story;
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.article.StoredArticle;
import org.vigil.core.correction.Correction;
import org.vigil.core.correction.CorrectionStore;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMerger;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventRow;
import org.vigil.core.store.EventStore;
import org.vigil.core.store.MergedEventStore;

/**
 * An {@link EventStore} in an embedded DuckDB database: one file, or memory.
 *
 * <p>Tables: {@code articles} (unique by content hash), {@code events} (every field of a
 * {@link CodedEvent} as a column, so SQL and exports need no decoding), {@code article_checks}
 * (per article, the number of events and the digest of their ids it was committed with),
 * {@code rejections} (the dead letters, one row per record and reason) and {@code schema_version}.
 * {@link #store} is idempotent by content hash and atomic: the article, its events and its check
 * row are written in one transaction, or nothing is, and a {@link StoreException} names the
 * article and the cause (disk full, permission, lock). {@link #check} finds articles whose stored
 * events differ from those they were committed with; {@link #repair} removes them so that they are
 * coded again. {@link #query} rebuilds events equal to those stored.
 *
 * <p>Stories and merged events (issue 13, {@link MergedEventStore}): each article's
 * {@linkplain Coded#story() story} is stored with it, and a store given an {@link EventMerger}
 * merges the events of the blocks an article's events fall in again, in the article's transaction,
 * so that {@code merged_events} and {@code event_mentions} always agree with the events stored. A
 * store opened for writing with a merger first merges the events that have no merged event yet
 * (stored without a merger, or before schema version 4); without a merger, the merged tables are
 * left as they are.
 *
 * <p>Corrections (issue 14, {@link CorrectionStore}, schema version 5): an analyst's verdict on an
 * event, kept in {@code corrections} with the event's coding as it was; an event removed later
 * ({@link #replaceEvents}, {@link #repair}) leaves its corrections in place. A read-only store of an
 * older version has none.
 *
 * <p>A store in a file holds no connection between calls: each call opens the file, does its
 * work and closes it, so that DuckDB's lock (one process writes a file, or many read it) is held
 * only while a batch is written and other processes can read between batches. A
 * {@linkplain StoreConfig#readOnly() read-only} store opens the file with
 * {@code duckdb.read_only=true} and writes nothing, not even its tables. A call that finds the
 * file locked by another process waits up to {@link StoreConfig#lockWait()} for it. A path that
 * exists and is not a DuckDB database (no {@code DUCK} at byte 8) is refused.
 *
 * <p>Thread-safe. Calls on a file store run one at a time. A store in memory keeps one
 * connection: writes are serialised on it, reads run concurrently on connections of their own and
 * see committed data only. {@link #close} waits for calls in progress; calls after it throw
 * {@link IllegalStateException}.
 */
public final class DuckDbEventStore implements EventStore, MergedEventStore, CorrectionStore {

  /** The columns of {@code articles} in the order rows are appended. */
  private static final String ARTICLE_COLUMNS =
      "id, content_hash, date, title, text, url, source, ingested_at";

  /** A DuckDB database file has this at byte offset {@link #MAGIC_OFFSET}. */
  private static final byte[] MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);
  private static final int MAGIC_OFFSET = 8;

  /** The digest of no events (the md5 of the empty string). */
  static final String NO_EVENTS_DIGEST = digestOf(List.of());

  /** Opens a JDBC connection; tests inject faults through it. */
  @FunctionalInterface
  interface Opener {
    Connection open(String url, Properties properties) throws SQLException;
  }

  private final StoreConfig config;
  private final InstantSource clock;
  private final Opener opener;
  // merges events into merged events as they are stored; null: the merged tables are not kept
  private final EventMerger merger;
  // the connection of a store in memory or a held file store, for its life; null for a file store
  private final Connection memory;
  // serialises writes (in memory) and every call (file)
  private final Object writes = new Object();
  // idle read connections of a held or in-memory store (duplicates of memory), reused: a bounded
  // pool; a read finding none makes one, and one beyond the bound is closed after its read
  private final java.util.concurrent.BlockingQueue<Connection> readers =
      new java.util.concurrent.ArrayBlockingQueue<>(READERS);
  /** The most idle read connections a held store keeps. */
  static final int READERS = 16;
  // commits of writes through this store object (for cheap ETags: same generation, same answers)
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
  // what the last commits wrote, oldest first, each with its generation (issue 13, round 7);
  // appended with the generation's increment, under its own lock
  private final java.util.ArrayDeque<Logged> changes = new java.util.ArrayDeque<>();
  /** The most commits whose changes a store remembers; an answer older than them is taken as stale. */
  static final int CHANGES_KEPT = 4096;
  // the changes of the transaction in hand, set by the write that knows them (guarded by writes);
  // null: the commit may have changed anything
  private Changes committing;

  private record Logged(long generation, Changes changes) {}

  // how many commits' changes are kept (CHANGES_KEPT; fewer in tests)
  private int changesKept = CHANGES_KEPT;

  /** Keeps the changes of the last {@code commits} commits only (for tests of an answer older than them). */
  void keepChanges(int commits) {
    synchronized (changes) {
      changesKept = commits;
    }
  }
  // whether the memory connection has its staging tables (guarded by writes)
  private boolean memoryStaged;
  // read lock: any call in progress; write lock: close
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  /**
   * Opens (or creates) the store and its tables.
   *
   * @param config where the database is
   * @param clock stamps {@code ingested_at} and rejection times
   * @throws StoreException when the database cannot be opened, is not a DuckDB database, or has a
   *     schema version this code does not read
   */
  public DuckDbEventStore(StoreConfig config, InstantSource clock) {
    this(config, clock, DriverManager::getConnection, null);
  }

  /**
   * Opens (or creates) the store and its tables, keeping merged events with {@code merger}
   * (issue 13); a store open for writing merges the events it holds that have none yet.
   *
   * @param merger merges mentions into events; null keeps no merged events
   * @throws StoreException as {@link #DuckDbEventStore(StoreConfig, InstantSource)} does, or when
   *     the events it holds cannot be merged
   */
  public DuckDbEventStore(StoreConfig config, InstantSource clock, EventMerger merger) {
    this(config, clock, DriverManager::getConnection, merger);
  }

  /** Opens (or creates) the store, stamping times with the system clock. */
  public DuckDbEventStore(StoreConfig config) {
    this(config, InstantSource.system());
  }

  DuckDbEventStore(StoreConfig config, InstantSource clock, Opener opener) {
    this(config, clock, opener, null);
  }

  DuckDbEventStore(StoreConfig config, InstantSource clock, Opener opener, EventMerger merger) {
    this(config, clock, opener, merger, false);
  }

  /**
   * Opens (or creates) a file store that keeps its database open for its life, as a store in
   * memory does: reads run concurrently, each on a connection of its own (a duplicate), and see
   * committed data only; writes are serialised. For one process that serves the store ({@code
   * vigil serve}): it spares every call opening the file (and loading its indexes) again, but no
   * other process can open the file until {@link #close}. A store in memory is held anyway.
   *
   * @throws StoreException as {@link #DuckDbEventStore(StoreConfig)} does
   */
  public static DuckDbEventStore held(StoreConfig config) {
    return held(config, null);
  }

  /** A {@linkplain #held(StoreConfig) held} store that keeps merged events with {@code merger} (or none when null). */
  public static DuckDbEventStore held(StoreConfig config, EventMerger merger) {
    return new DuckDbEventStore(config, InstantSource.system(), DriverManager::getConnection, merger, true);
  }

  private DuckDbEventStore(StoreConfig config, InstantSource clock, Opener opener, EventMerger merger, boolean hold) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.merger = merger;
    if (config.inMemoryStore()) {
      this.memory = connect();
      try {
        transaction(memory, c -> {
          Schema.apply(c, clock.instant(), config.describe());
          return null;
        });
        mergeUnlinked(memory);
      } catch (SQLException | RuntimeException e) {
        closeQuietly(memory, e);
        throw setUpFailure(e);
      }
      return;
    }
    Path file = config.database();
    refuseForeign(file, config.readOnly());
    if (config.readOnly()) {
      if (!Files.exists(file)) {
        throw new StoreException("cannot open " + config.describe() + ": there is no such file");
      }
    } else {
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (IOException e) {
        throw new StoreException("cannot open " + config.describe() + ": " + reason(e), e);
      }
    }
    Connection c = connect();
    try {
      if (config.readOnly()) {
        Schema.verify(c, config.describe());
      } else {
        transaction(c, own -> {
          Schema.apply(own, clock.instant(), config.describe());
          return null;
        });
        mergeUnlinked(c);
      }
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c, e);
      throw setUpFailure(e);
    }
    if (!hold) {
      closeQuietly(c, null);
    }
    if (!config.readOnly() && !isDuckDb(file)) {
      if (hold) {
        closeQuietly(c, null);
      }
      throw new StoreException("cannot open " + config.describe()
          + ": DuckDB wrote no database file there (the store would live in memory and be lost)");
    }
    this.memory = hold ? c : null;
  }

  /** With a merger: merges the events that have no merged event yet, in one transaction. */
  private void mergeUnlinked(Connection c) throws SQLException {
    if (merger == null || MergedRows.unlinked(c) == 0) {
      return;
    }
    transaction(c, own -> MergedRows.remerge(own, merger, Set.of(), MergedRows.UNLINKED));
  }

  private StoreException setUpFailure(Exception e) {
    return e instanceof StoreException se
        ? se
        : new StoreException("cannot set up " + config.describe() + ": " + reason(e), e);
  }

  /**
   * Refuses a path that exists and is not a DuckDB database: DuckDB would open a CSV or JSON file
   * as an in-memory database with a view of it, store nothing and report success.
   */
  private void refuseForeign(Path file, boolean readOnly) {
    if (!Files.exists(file)) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new StoreException("cannot open " + config.describe() + ": it is a folder, not a DuckDB database file");
    }
    try {
      if (Files.size(file) == 0 && !readOnly) {
        return; // an empty file: DuckDB makes it a database
      }
    } catch (IOException e) {
      throw new StoreException("cannot open " + config.describe() + ": " + reason(e), e);
    }
    if (!isDuckDb(file)) {
      throw new StoreException("cannot open " + config.describe() + ": it exists and is not a DuckDB"
          + " database (a DuckDB file has \"DUCK\" at byte 8); name a new file or an existing store");
    }
  }

  /** Whether {@code file} starts as a DuckDB database file does. */
  static boolean isDuckDb(Path file) {
    byte[] head = new byte[MAGIC_OFFSET + MAGIC.length];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, head.length) < head.length) {
        return false;
      }
    } catch (IOException e) {
      throw new StoreException("cannot read " + file + ": " + reason(e), e);
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (head[MAGIC_OFFSET + i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A new connection to the database, waiting up to {@link StoreConfig#lockWait()} while another
   * process holds the file's lock.
   */
  private Connection connect() {
    Properties properties = new Properties();
    if (config.readOnly()) {
      properties.setProperty("duckdb.read_only", "true");
    }
    long deadline = System.nanoTime() + config.lockWait().toNanos();
    long pause = 20;
    while (true) {
      try {
        return opener.open(config.jdbcUrl(), properties);
      } catch (SQLException e) {
        if (!isLock(e) || System.nanoTime() - deadline > 0) {
          throw new StoreException("cannot open " + config.describe() + ": " + reason(e), e);
        }
      }
      try {
        TimeUnit.MILLISECONDS.sleep(pause);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new StoreException("cannot open " + config.describe() + ": interrupted while it was locked", ie);
      }
      pause = Math.min(pause * 2, 250);
    }
  }

  private static boolean isLock(Throwable e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Could not set lock") || m.contains("Conflicting lock");
  }

  /**
   * What went wrong, in words first (the disk is full, permission denied, the file is locked),
   * then DuckDB's own first line, taken from the first failure (a later "no transaction is
   * active" only follows from it).
   */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root
        && (root.getMessage() == null || root instanceof StoreException)) {
      root = root.getCause();
    }
    String text = root.getMessage() == null ? root.toString() : root.getMessage();
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).strip();
    String all = text + " " + String.valueOf(e.getMessage());
    String cause = null;
    if (all.contains("No space left on device") || all.contains("ENOSPC")) {
      cause = "the disk is full";
    } else if (all.contains("File too large") || all.contains("EFBIG")) {
      cause = "the file has reached the size this process may write";
    } else if (all.contains("Permission denied") || all.contains("Read-only file system")
        || all.contains("EACCES")) {
      cause = "permission denied";
    } else if (isLock(root) || isLock(e)) {
      cause = "the file is locked by another process";
    } else if (all.contains("read-only mode") || all.contains("read only mode")) {
      cause = "the store is open read-only";
    }
    return cause == null ? first : cause + " (" + first + ")";
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when an event belongs to another article
   * @throws StoreException when the article cannot be stored, naming it; nothing of it is kept
   */
  @Override
  public boolean store(Article article, List<CodedEvent> events) {
    Outcome outcome = storeAll(List.of(new Coded(article, events))).get(0);
    if (outcome.failed()) {
      throw outcome.failure();
    }
    return outcome.stored();
  }

  /**
   * {@inheritDoc} The batch is written in one transaction: its articles and events go through
   * DuckDB's appender into staging tables of the connection, then into {@code articles},
   * {@code events} and {@code article_checks} with one statement each. When that transaction
   * fails, it is rolled back, the connection is dropped (a file store opens the file afresh) and
   * each article is tried alone, so that one bad article fails alone.
   *
   * @throws IllegalArgumentException when an event belongs to another article
   */
  @Override
  public List<Outcome> storeAll(List<Coded> batch) {
    Objects.requireNonNull(batch, "batch");
    for (Coded coded : batch) {
      for (CodedEvent event : coded.events()) {
        if (!event.articleId().equals(coded.article().id())) {
          throw new IllegalArgumentException("event " + event.eventId() + " belongs to article "
              + event.articleId() + ", not to " + coded.article().id());
        }
      }
    }
    refuseReadOnly("store articles");
    return whileOpen(() -> {
      synchronized (writes) {
        Outcome[] outcomes = new Outcome[batch.size()];
        List<Integer> candidates = screen(batch, outcomes);
        if (!candidates.isEmpty()) {
          try (Link link = new Link()) {
            write(link, batch, candidates, outcomes);
          }
        }
        return List.of(outcomes);
      }
    });
  }

  /**
   * The write connection of one call: the memory connection, or the file opened when first
   * needed and closed by {@link #reset} (after a failure) and {@link #close}.
   */
  private final class Link implements AutoCloseable {
    private Connection connection;
    private boolean staged;

    Connection get() {
      if (memory != null) {
        return memory;
      }
      if (connection == null) {
        connection = connect();
        staged = false;
      }
      return connection;
    }

    boolean staged() {
      return memory != null ? memoryStaged : staged;
    }

    void staged(boolean value) {
      if (memory != null) {
        memoryStaged = value;
      } else {
        staged = value;
      }
    }

    /** After a failure: the transaction is rolled back and a file connection dropped. */
    void reset(Exception failure) {
      if (memory != null) {
        rollbackQuietly(memory, failure);
        return;
      }
      if (connection != null) {
        rollbackQuietly(connection, failure);
        closeQuietly(connection, failure);
        connection = null;
      }
    }

    @Override
    public void close() {
      if (connection != null) {
        Connection c = connection;
        connection = null;
        try {
          c.close();
        } catch (SQLException e) {
          throw new StoreException("cannot close " + config.describe() + ": " + reason(e), e);
        }
      }
    }
  }

  /**
   * Loads many coded articles into an empty store at once (issue 13: ten million synthetic events
   * for the API benchmark in minutes, not the hour of batch writes). The articles and events go
   * through DuckDB's appender into two unindexed tables, then into {@code articles} and
   * {@code events} in date order (so that date ranges skip row groups by their zone maps), with
   * their check rows, the daily pre-aggregates and, with a merger, the merged events (a block at a
   * time). Not a transaction: a failure leaves a store to delete. The articles must have distinct
   * ids and contents and their events must belong to them; they get no story rows (each is a
   * story of its own).
   *
   * @param progress told the number of articles appended, every 100,000
   * @return the number of events loaded
   * @throws IllegalStateException when the store holds articles already
   * @throws StoreException when the database cannot be written (a duplicate id among them)
   */
  public long bulkLoad(java.util.Iterator<Coded> articles, java.util.function.LongConsumer progress) {
    Objects.requireNonNull(articles, "articles");
    refuseReadOnly("bulk-load articles");
    return intoEmptyStore(c -> {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE OR REPLACE TABLE bulk_articles AS SELECT " + ARTICLE_COLUMNS + " FROM articles LIMIT 0");
        st.execute("CREATE OR REPLACE TABLE bulk_events AS SELECT " + EventRows.COLUMN_LIST + " FROM events LIMIT 0");
      }
      OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
      DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
      long n = 0;
      long events = 0;
      try (DuckDBAppender a = duck.createAppender("main", "bulk_articles");
          DuckDBAppender e = duck.createAppender("main", "bulk_events")) {
        while (articles.hasNext()) {
          Coded coded = articles.next();
          Article article = coded.article();
          a.beginRow();
          a.append(article.id());
          a.append(article.contentHash());
          a.append(article.date());
          a.append(article.title());
          a.append(article.text());
          a.append(article.url());
          a.append(article.source());
          a.append(now);
          a.endRow();
          for (CodedEvent event : coded.events()) {
            if (!event.articleId().equals(article.id())) {
              throw new IllegalArgumentException("event " + event.eventId() + " belongs to article "
                  + event.articleId() + ", not to " + article.id());
            }
            EventRows.append(e, event);
            events++;
          }
          if (++n % 100_000 == 0 && progress != null) {
            progress.accept(n);
          }
        }
        a.flush();
        e.flush();
      }
      finishBulk(c, "bulk_articles", "bulk_events", step -> { });
      committed(Changes.EVERYTHING);
      return events;
    });
  }

  /**
   * Loads synthetic articles and events made in SQL ({@link SyntheticSpec}, issue 13) into an empty
   * store, as {@link #bulkLoad} does: in date order, with checks, pre-aggregates and, with a
   * merger, merged events. Ten million events take minutes, not the hour of batch writes.
   *
   * @param progress told each step as it starts ("events made", "merging", ...)
   * @return the number of events loaded
   * @throws IllegalStateException when the store holds articles already
   * @throws StoreException when the database cannot be written
   */
  public long loadSynthetic(SyntheticSpec spec, Consumer<String> progress) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(progress, "progress");
    refuseReadOnly("load synthetic events");
    return intoEmptyStore(c -> {
      long events = SyntheticRows.make(c, spec, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      progress.accept(events + " events made");
      finishBulk(c, "syn_articles", "syn_events", progress);
      committed(Changes.EVERYTHING);
      try (Statement st = c.createStatement()) {
        for (String t : List.of("syn_a", "syn_country", "syn_country_q", "syn_sector_q", "syn_root_q", "syn_code",
            "syn_rival")) {
          st.execute("DROP TABLE IF EXISTS " + t);
        }
      }
      return events;
    });
  }

  /**
   * Runs a bulk load in the writer's turn on one connection, refused when the store holds articles
   * already, with DuckDB's memory set for bulk work (both bulk loads start so).
   */
  private long intoEmptyStore(Work<Long> load) {
    return whileOpen(() -> {
      synchronized (writes) {
        try (Link link = new Link()) {
          Connection c = link.get();
          if (count(c, "articles") > 0) {
            throw new IllegalStateException("bulk load needs an empty store; " + config.describe() + " holds articles");
          }
          bulkMemory(c);
          return load.run(c);
        }
      }
    });
  }

  /**
   * The end of a bulk load: the staged articles and events into their tables in date order, the
   * check rows, the pre-aggregates, the merged events (with a merger), a checkpoint; the staged
   * tables dropped.
   */
  private void finishBulk(Connection c, String articleTable, String eventTable, Consumer<String> progress)
      throws SQLException {
    try (Statement st = c.createStatement()) {
      progress.accept("inserting articles in date order");
      st.execute("INSERT INTO articles (" + ARTICLE_COLUMNS + ") SELECT " + ARTICLE_COLUMNS + " FROM " + articleTable
          + " ORDER BY date, id");
      progress.accept("inserting events in date order");
      st.execute("INSERT INTO events (" + EventRows.COLUMN_LIST + ") SELECT " + EventRows.COLUMN_LIST + " FROM "
          + eventTable + " ORDER BY date, article_id, sentence_index, trigger_begin, event_id");
      progress.accept("checks");
      st.execute("INSERT INTO article_checks SELECT a.id, count(e.event_id),"
          + " coalesce(md5(string_agg(e.event_id, chr(10) ORDER BY e.event_id)), md5(''))"
          + " FROM " + articleTable + " a LEFT JOIN " + eventTable + " e ON e.article_id = a.id GROUP BY a.id");
      st.execute("DROP TABLE " + articleTable);
      st.execute("DROP TABLE " + eventTable);
      progress.accept("pre-aggregates");
      Rollups.rebuild(c);
    }
    if (merger != null) {
      progress.accept("merging");
      transaction(c, own -> MergedRows.mergeAll(own, merger));
    }
    progress.accept("checkpoint");
    try (Statement st = c.createStatement()) {
      st.execute("CHECKPOINT");
    }
  }

  /**
   * Caps DuckDB's memory for a bulk load at a third of the machine's (its default is 80 %, which
   * a machine shared with other work does not have: ten million events sorted in memory were
   * killed); sorts and joins beyond it spill to disk.
   */
  private static void bulkMemory(Connection c) throws SQLException {
    long bytes = 0;
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      bytes = os.getTotalMemorySize() / 3;
    }
    if (bytes > 0) {
      try (Statement st = c.createStatement()) {
        st.execute("SET memory_limit = '" + Math.max(1, bytes >> 20) + "MB'");
      }
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Fills the outcomes that need no database: events that cannot be stored, and an article whose
   * content hash or id an earlier one of the batch has. Returns the indexes of the rest.
   */
  private static List<Integer> screen(List<Coded> batch, Outcome[] outcomes) {
    Map<String, Article> byHash = new HashMap<>();
    Map<String, Article> byId = new HashMap<>();
    List<Integer> candidates = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Article article = batch.get(i).article();
      String problem = null;
      for (CodedEvent event : batch.get(i).events()) {
        problem = EventRows.problem(event);
        if (problem != null) {
          break;
        }
      }
      Article sameContent = byHash.get(article.contentHash());
      Article sameId = byId.get(article.id());
      if (problem != null) {
        outcomes[i] = failed(article, problem, null);
      } else if (sameContent != null) {
        outcomes[i] = new Outcome(article, false, null);
      } else if (sameId != null) {
        outcomes[i] = failed(article, conflict(sameId.contentHash(), article.contentHash()), null);
      } else {
        byHash.put(article.contentHash(), article);
        byId.put(article.id(), article);
        candidates.add(i);
      }
    }
    return candidates;
  }

  /** Writes the candidates of the batch in one transaction, or each alone when that fails. */
  private void write(Link link, List<Coded> batch, List<Integer> candidates, Outcome[] outcomes) {
    try {
      Connection c = link.get();
      ensureStaging(link, c);
      transaction(c, own -> {
        writeTogether(own, batch, candidates, outcomes);
        return null;
      });
    } catch (SQLException | RuntimeException e) {
      link.reset(e);
      for (int i : candidates) {
        outcomes[i] = null;
      }
      if (candidates.size() > 1) {
        for (int i : candidates) {
          write(link, batch, List.of(i), outcomes);
        }
      } else {
        int i = candidates.get(0);
        outcomes[i] = e instanceof StoreException se && se.getMessage().startsWith("cannot store article")
            ? new Outcome(batch.get(i).article(), false, se)
            : failed(batch.get(i).article(), reason(e), e);
      }
    }
  }

  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction of {@code c}: BEGIN, work, COMMIT, as statements of the
   * connection (which stays in auto-commit), so that a failed COMMIT can never leave the
   * connection running later statements outside a transaction. On failure it is rolled back and
   * the first failure is thrown.
   */
  private <T> T transaction(Connection c, Work<T> work) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("BEGIN TRANSACTION");
    }
    T result;
    try {
      result = work.run(c);
      try (Statement st = c.createStatement()) {
        st.execute("COMMIT");
      }
      committed(committing == null ? Changes.EVERYTHING : committing);
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c, e);
      throw e;
    } finally {
      committing = null;
    }
    return result;
  }

  /** A commit is done: its changes logged with the next generation, which it then becomes. */
  private void committed(Changes what) {
    synchronized (changes) {
      changes.addLast(new Logged(generation.get() + 1, what));
      while (changes.size() > changesKept) {
        changes.removeFirst();
      }
      generation.incrementAndGet();
    }
  }

  /**
   * What the commits after generation {@code since} wrote (issue 13, round 7): {@link
   * Changes#NONE} when there were none, {@link Changes#EVERYTHING} when they are more than the
   * store remembers ({@value #CHANGES_KEPT}) or one of them could not say. Counts commits through
   * this store object only, as {@link #generation} does.
   */
  public Changes changesSince(long since) {
    synchronized (changes) {
      long now = generation.get();
      if (since >= now) {
        return Changes.NONE;
      }
      if (changes.isEmpty() || changes.peekFirst().generation() > since + 1) {
        return Changes.EVERYTHING;
      }
      Changes out = Changes.NONE;
      var it = changes.descendingIterator();
      while (it.hasNext()) {
        Logged l = it.next();
        if (l.generation() <= since) {
          break;
        }
        out = out.and(l.changes());
        if (out.everything()) {
          break;
        }
      }
      return out;
    }
  }

  private void writeTogether(Connection connection, List<Coded> batch, List<Integer> candidates,
      Outcome[] outcomes) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("DELETE FROM staged_articles");
      st.execute("DELETE FROM staged_events");
      st.execute("DELETE FROM staged_checks");
    }
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender rows = duck.createAppender("temp", "main", "staged_articles")) {
      for (int i : candidates) {
        Article article = batch.get(i).article();
        rows.beginRow();
        rows.append(article.id());
        rows.append(article.contentHash());
        rows.append(article.date());
        rows.append(article.title());
        rows.append(article.text());
        rows.append(article.url());
        rows.append(article.source());
        rows.append(now);
        rows.endRow();
      }
      rows.flush();
    }
    // what the store has already: the same content (a duplicate) or the same id with other content
    Map<String, String> storedHashById = new HashMap<>();
    Set<String> duplicates = new HashSet<>();
    try (Statement st = connection.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT s.id FROM staged_articles s"
          + " JOIN articles a ON a.content_hash = s.content_hash")) {
        while (rs.next()) {
          duplicates.add(rs.getString(1));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT s.id, a.content_hash FROM staged_articles s"
          + " JOIN articles a ON a.id = s.id")) {
        while (rs.next()) {
          storedHashById.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    List<Integer> fresh = new ArrayList<>(candidates.size());
    for (int i : candidates) {
      Article article = batch.get(i).article();
      if (duplicates.contains(article.id())) {
        outcomes[i] = new Outcome(article, false, null);
      } else if (storedHashById.containsKey(article.id())) {
        outcomes[i] = failed(article, conflict(storedHashById.get(article.id()), article.contentHash()), null);
      } else {
        fresh.add(i);
      }
    }
    try (DuckDBAppender rows = duck.createAppender("temp", "main", "staged_events")) {
      for (int i : fresh) {
        for (CodedEvent event : batch.get(i).events()) {
          EventRows.append(rows, event);
        }
      }
      rows.flush();
    }
    try (DuckDBAppender rows = duck.createAppender("temp", "main", "staged_checks")) {
      for (int i : fresh) {
        rows.beginRow();
        rows.append(batch.get(i).article().id());
        rows.append(batch.get(i).events().size());
        rows.append(digestOf(batch.get(i).events()));
        rows.endRow();
      }
      rows.flush();
    }
    try (Statement st = connection.createStatement()) {
      if (fresh.size() < candidates.size()) {
        st.execute("DELETE FROM staged_articles s WHERE EXISTS (SELECT 1 FROM articles a"
            + " WHERE a.id = s.id) OR EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = s.content_hash)");
      }
      // checks first, then articles, then events: were these statements ever to run outside a
      // transaction, an article kept without its events would still have its check and be found
      st.execute("INSERT OR REPLACE INTO article_checks SELECT * FROM staged_checks");
      st.execute("INSERT INTO articles (" + ARTICLE_COLUMNS + ") SELECT * FROM staged_articles");
      st.execute("INSERT INTO events (" + EventRows.COLUMN_LIST + ") SELECT * FROM staged_events");
    }
    // what this commit changes: the dates and countries of the events stored (issue 13, round 7)
    List<CodedEvent> written = new ArrayList<>();
    for (int i : fresh) {
      written.addAll(batch.get(i).events());
    }
    // articles without events (most of those posted one by one) add nothing to the pre-aggregates
    // and merge nothing: 23 inserts and the merger's reads skipped (issue 13, round 10)
    if (!written.isEmpty()) {
      Rollups.add(connection, "staged_events", 1);
    }
    committing = Changes.of(written);
    List<StoryAssignment> stories = new ArrayList<>(fresh.size());
    for (int i : fresh) {
      stories.add(batch.get(i).story());
    }
    MergedRows.writeStories(connection, stories);
    if (!written.isEmpty()) {
      MergedRows.remerge(connection, merger, Set.of(), "SELECT event_id FROM staged_events");
    }
    for (int i : fresh) {
      outcomes[i] = new Outcome(batch.get(i).article(), true, null);
    }
  }

  /**
   * The staging tables of a write connection: temporary, of the columns of {@code articles},
   * {@code events} and {@code article_checks} in the order rows are appended, without constraints
   * (the insert into the real tables checks them, inside the transaction).
   */
  private static void ensureStaging(Link link, Connection connection) throws SQLException {
    if (link.staged()) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_articles AS"
          + " SELECT " + ARTICLE_COLUMNS + " FROM articles LIMIT 0");
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_events AS SELECT " + EventRows.COLUMN_LIST
          + " FROM events LIMIT 0");
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_checks AS SELECT * FROM article_checks LIMIT 0");
    }
    link.staged(true);
  }

  /**
   * The digest of an article's events as {@code article_checks} keeps it: the md5 (lower-case
   * hex) of their ids in code point order, one a line; DuckDB computes the same of the stored
   * events with {@code md5(string_agg(event_id, chr(10) ORDER BY event_id))}.
   */
  static String digestOf(List<CodedEvent> events) {
    List<String> ids = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      ids.add(e.eventId());
    }
    ids.sort((a, b) -> {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        int ca = a.codePointAt(i);
        int cb = b.codePointAt(j);
        if (ca != cb) {
          return Integer.compare(ca, cb);
        }
        i += Character.charCount(ca);
        j += Character.charCount(cb);
      }
      return Boolean.compare(i < a.length(), j < b.length());
    });
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(String.join("\n", ids).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no MD5", e);
    }
  }

  private static String conflict(String storedHash, String hash) {
    return "an article with this id and other content is stored (content hash " + storedHash
        + ", not " + hash + ")";
  }

  private static Outcome failed(Article article, String reason, Exception cause) {
    return new Outcome(article, false, new StoreException("cannot store article " + article.id() + ": "
        + reason, cause));
  }

  /**
   * {@inheritDoc} One row per record and reason: the same rejection again updates its time.
   *
   * @throws StoreException when the rejection cannot be written
   */
  @Override
  public void reject(String record, String reason) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    refuseReadOnly("record rejections");
    whileOpen(() -> {
      synchronized (writes) {
        try (Link link = new Link()) {
          Connection c = link.get();
          try (PreparedStatement insert = c.prepareStatement("INSERT INTO rejections VALUES (?, ?, ?)"
              + " ON CONFLICT (record, reason) DO UPDATE SET \"at\" = excluded.\"at\"")) {
            insert.setString(1, record);
            insert.setString(2, reason);
            insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
            return null;
          } catch (SQLException | RuntimeException e) {
            link.reset(e);
            throw new StoreException("cannot record rejection of " + record + ": " + reason(e), e);
          }
        }
      }
    });
  }

  /**
   * {@inheritDoc} Serialised with every other write, so concurrent corrections are each kept once
   * and none is kept for an event a concurrent recode has just removed.
   *
   * @throws StoreException when it cannot be written
   */
  @Override
  public boolean addCorrection(Correction correction) {
    Objects.requireNonNull(correction, "correction");
    refuseReadOnly("store corrections");
    return whileOpen(() -> {
      synchronized (writes) {
        try (Link link = new Link()) {
          Connection c = link.get();
          try {
            return transaction(c, own -> CorrectionRows.insert(own, correction));
          } catch (SQLException | RuntimeException e) {
            link.reset(e);
            if (e instanceof IllegalArgumentException iae) {
              throw iae;
            }
            throw new StoreException("cannot store correction " + correction.id() + " of event "
                + correction.eventId() + ": " + reason(e), e);
          }
        }
      }
    });
  }

  /** {@inheritDoc} @throws StoreException when the store cannot be read */
  @Override
  public List<Correction> corrections(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return read(c -> CorrectionRows.present(c) ? CorrectionRows.ofEvent(c, eventId) : List.of());
  }

  @Override
  public long correctionCount(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return read(c -> CorrectionRows.present(c) ? CorrectionRows.count(c, eventId) : 0L);
  }

  @Override
  public List<Correction> corrections(CorrectionStore.Cursor after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return read(c -> CorrectionRows.present(c) ? CorrectionRows.page(c, after, limit) : List.of());
  }

  @Override
  public void eachCorrection(Consumer<? super Correction> action) {
    Objects.requireNonNull(action, "action");
    read(c -> {
      if (CorrectionRows.present(c)) {
        CorrectionRows.each(c, action);
      }
      return null;
    });
  }

  /** An article whose stored events are not those it was committed with. */
  public record Mismatch(String articleId, int committedEvents, String committedDigest, long storedEvents,
      String storedDigest) {
    /** In words: {@code article a1: committed with 3 events, holds 0}. */
    public String describe() {
      return "article " + articleId + ": committed with " + committedEvents + " events, holds " + storedEvents
          + (committedEvents == storedEvents ? " (other event ids: digest " + storedDigest + ", not "
              + committedDigest + ")" : "");
    }
  }

  /**
   * What {@link #check} found.
   *
   * @param articles articles stored
   * @param events events stored
   * @param unchecked articles stored before the store kept checks (schema version 2 or older):
   *     they cannot be checked
   * @param broken articles whose stored events are not those they were committed with
   */
  public record Check(long articles, long events, long unchecked, List<Mismatch> broken) {
    public Check {
      broken = List.copyOf(broken);
    }

    public boolean ok() {
      return broken.isEmpty();
    }
  }

  private static final String MISMATCHES = """
      SELECT a.id, c.event_count, c.event_digest, coalesce(e.n, 0), coalesce(e.digest, md5(''))
      FROM articles a
      JOIN article_checks c ON c.article_id = a.id
      LEFT JOIN (SELECT article_id, count(*) AS n,
                   md5(string_agg(event_id, chr(10) ORDER BY event_id)) AS digest
                 FROM events GROUP BY article_id) e ON e.article_id = a.id
      WHERE c.event_count <> coalesce(e.n, 0) OR c.event_digest <> coalesce(e.digest, md5(''))
      ORDER BY a.id""";

  /**
   * Compares each article's stored events with the number and digest of ids it was committed
   * with (one query). An article stored atomically always matches; one that does not was damaged
   * (written by a Vigil that lost its transaction, or edited by hand).
   *
   * @throws StoreException when the database cannot be read
   */
  public Check check() {
    return read(c -> {
      List<Mismatch> broken = mismatches(c);
      long articles;
      long events;
      long unchecked;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
              + " (SELECT count(*) FROM articles a WHERE NOT EXISTS"
              + " (SELECT 1 FROM article_checks c WHERE c.article_id = a.id))")) {
        rs.next();
        articles = rs.getLong(1);
        events = rs.getLong(2);
        unchecked = rs.getLong(3);
      }
      return new Check(articles, events, unchecked, broken);
    });
  }

  private List<Mismatch> mismatches(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables"
          + " WHERE table_name = 'article_checks' AND table_schema = 'main'")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          throw new StoreException(config.describe() + " was written by an older Vigil and keeps no checks;"
              + " open it for writing once (vigil ingest) to bring it to schema version " + Schema.VERSION);
        }
      }
      List<Mismatch> broken = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(MISMATCHES)) {
        while (rs.next()) {
          broken.add(new Mismatch(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
        }
      }
      return broken;
    }
  }

  /**
   * How many keys of the daily pre-aggregates ({@code rollup_countries}, {@code rollup_dyads})
   * disagree with the events they sum (a {@code GROUP BY} over every event: seconds at millions of
   * events); 0 when exact, empty when the store predates them (schema version 5 or older).
   *
   * @throws StoreException when the database cannot be read
   */
  public java.util.OptionalLong rollupDrift() {
    return read(c -> Rollups.hasVersion6(Rollups.present(c)) ? java.util.OptionalLong.of(Rollups.drift(c)) : java.util.OptionalLong.empty());
  }

  /**
   * Fills the daily pre-aggregates again from the events, in one transaction (readers see the old
   * sums or the new ones).
   *
   * @throws StoreException when the database cannot be written
   */
  public void rebuildRollups() {
    refuseReadOnly("rebuild the pre-aggregates");
    whileOpen(() -> {
      synchronized (writes) {
        try (Link link = new Link()) {
          try {
            transaction(link.get(), own -> {
              Rollups.rebuild(own);
              return null;
            });
          } catch (SQLException | RuntimeException e) {
            link.reset(e);
            throw new StoreException("cannot rebuild the pre-aggregates of " + config.describe() + ": " + reason(e), e);
          }
        }
      }
      return null;
    });
  }

  /**
   * Runs {@link #check} and removes the articles it finds broken, with their events and checks,
   * so that an ingest codes them again; returns them. Crash-safe: the events go first, then the
   * checks with the articles, each in a transaction, and an article whose events are gone still
   * fails the check until it is removed.
   *
   * @throws StoreException when the database cannot be read or written
   */
  public List<Mismatch> repair() {
    refuseReadOnly("repair");
    return whileOpen(() -> {
      synchronized (writes) {
        try (Link link = new Link()) {
          Connection c = link.get();
          List<Mismatch> broken = mismatches(c);
          if (broken.isEmpty()) {
            return broken;
          }
          try {
            // the blocks their events were merged in, merged again without them below
            StringBuilder ids = new StringBuilder("SELECT event_id FROM events WHERE article_id IN (");
            for (int i = 0; i < broken.size(); i++) {
              ids.append(i == 0 ? "" : ", ").append('\'').append(broken.get(i).articleId().replace("'", "''")).append('\'');
            }
            Set<String> blocks = MergedRows.blocksOf(c, ids.append(')').toString());
            // DuckDB checks a foreign key against the state before the transaction: the events
            // referring to an article must be gone (committed) before it can be deleted.
            transaction(c, own -> {
              deleteWhere(own, "DELETE FROM events WHERE article_id = ?", broken);
              deleteWhere(own, "DELETE FROM stories WHERE article_id = ?", broken);
              // a broken article's events were lost or edited outside Vigil, and the pre-aggregates
              // with them or not: only a sum over the events left is sure (rare, so the full pass)
              Rollups.rebuild(own);
              MergedRows.remerge(own, merger, blocks, null);
              return null;
            });
            transaction(c, own -> {
              deleteWhere(own, "DELETE FROM article_checks WHERE article_id = ?", broken);
              deleteWhere(own, "DELETE FROM articles WHERE id = ?", broken);
              return null;
            });
          } catch (SQLException | RuntimeException e) {
            link.reset(e);
            throw new StoreException("cannot repair " + config.describe() + ": " + reason(e), e);
          }
          return broken;
        }
      }
    });
  }

  /**
   * Replaces the events of a stored article with {@code events} (coded again: {@code POST
   * /recode}), with its check row, in one transaction: readers see the old events or the new ones,
   * never none. The new events may have the old ids (the same text coded the same way).
   *
   * @return false when no article has this id
   * @throws IllegalArgumentException when an event belongs to another article
   * @throws StoreException when the events cannot be written, naming the article
   */
  public boolean replaceEvents(String articleId, List<CodedEvent> events) {
    Objects.requireNonNull(articleId, "articleId");
    for (CodedEvent event : events) {
      if (!event.articleId().equals(articleId)) {
        throw new IllegalArgumentException("event " + event.eventId() + " belongs to article "
            + event.articleId() + ", not to " + articleId);
      }
      String problem = EventRows.problem(event);
      if (problem != null) {
        throw new StoreException("cannot store article " + articleId + ": " + problem);
      }
    }
    refuseReadOnly("replace events");
    return whileOpen(() -> {
      synchronized (writes) {
        try (Link link = new Link()) {
          Connection c = link.get();
          try {
            try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
              find.setString(1, articleId);
              try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                  return false;
                }
              }
            }
            ensureStaging(link, c);
            transaction(c, own -> {
              Rollups.addArticle(own, articleId, -1);
              try (PreparedStatement delete = own.prepareStatement("DELETE FROM events WHERE article_id = ?")) {
                delete.setString(1, articleId);
                delete.executeUpdate();
              }
              try (Statement st = own.createStatement()) {
                st.execute("DELETE FROM staged_events");
              }
              try (DuckDBAppender rows = own.unwrap(DuckDBConnection.class).createAppender("temp", "main", "staged_events")) {
                for (CodedEvent event : events) {
                  EventRows.append(rows, event);
                }
                rows.flush();
              }
              try (Statement st = own.createStatement()) {
                st.execute("INSERT INTO events (" + EventRows.COLUMN_LIST + ") SELECT * FROM staged_events");
              }
              Rollups.add(own, "staged_events", 1);
              try (PreparedStatement check = own.prepareStatement("INSERT OR REPLACE INTO article_checks VALUES (?, ?, ?)")) {
                check.setString(1, articleId);
                check.setInt(2, events.size());
                check.setString(3, digestOf(events));
                check.executeUpdate();
              }
              return null;
            });
          } catch (SQLException | RuntimeException e) {
            link.reset(e);
            throw new StoreException("cannot store article " + articleId + ": " + reason(e), e);
          }
          return true;
        }
      }
    });
  }

  private static void deleteWhere(Connection c, String sql, List<Mismatch> articles) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(sql)) {
      for (Mismatch m : articles) {
        delete.setString(1, m.articleId());
        delete.executeUpdate();
      }
    }
  }

  /**
   * {@inheritDoc} Ties on the date are ordered by article, then by position in the article.
   *
   * @throws StoreException when the database cannot be read
   */
  @Override
  public List<CodedEvent> query(EventQuery query) {
    Objects.requireNonNull(query, "query");
    EventFilter filter = EventFilter.of(query);
    return read(c -> {
      // newest first (issue 13): look in the latest days before the top first, then further back,
      // and stop at the first window that fills the page; every event outside a window is older
      // than all in it, so the page is the one the whole table gives. Stored in date order,
      // events outside the window are skipped by their row groups' zone maps.
      LocalDate top = query.to();
      if (query.after() != null && (top == null || query.after().date().isBefore(top))) {
        top = query.after().date();
      }
      if (top == null) {
        top = latestDate(c);
      }
      if (top != null) {
        for (int days : WINDOWS) {
          LocalDate from = top.minusDays(days);
          if (query.from() != null && !from.isAfter(query.from())) {
            break;
          }
          List<CodedEvent> events = page(c, filter, from, query.limit());
          if (events.size() == query.limit()) {
            return events;
          }
        }
      }
      return page(c, filter, null, query.limit());
    });
  }

  /** The windows of days before the top date a page is looked for in first. */
  private static final int[] WINDOWS = {7, 60, 400};

  private static LocalDate latestDate(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(date) FROM events")) {
      rs.next();
      return rs.getObject(1, LocalDate.class);
    }
  }

  static List<CodedEvent> page(Connection c, EventFilter filter, LocalDate from, int limit) throws SQLException {
    String where = filter.where();
    if (from != null) {
      where = (where.isEmpty() ? " WHERE " : where + " AND ") + "date >= ?";
    }
    try (PreparedStatement select = c.prepareStatement("SELECT * FROM events" + where
        + " ORDER BY date DESC, article_id, sentence_index, trigger_begin, event_id LIMIT ?")) {
      int i = filter.bind(select);
      if (from != null) {
        select.setObject(i++, from);
      }
      select.setInt(i, limit);
      List<CodedEvent> events = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          events.add(EventRows.read(rs));
        }
      }
      return events;
    }
  }

  /**
   * Gives the events the query selects to {@code action} one at a time, in the order of
   * {@link #query}, each with its article's url, source and time of storing ({@link EventRow}),
   * without holding them all in memory: the exports write them as they come. On a file store
   * the file is held open (and other calls of this store wait) until the last row is given;
   * an exception of {@code action} ends the scan and is thrown as it is.
   *
   * @return the number of rows given
   * @throws StoreException when the database cannot be read
   */
  public long scan(EventQuery query, Consumer<? super EventRow> action) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(action, "action");
    return read(c -> EventExport.scan(c, query, action));
  }

  /**
   * Writes the events the query selects to {@code file} as Parquet, by DuckDB ({@code COPY ... TO
   * ... (FORMAT PARQUET)}), one row per event with the columns of {@link EventRow#COLUMNS} and the
   * values of {@link EventRow#values()}, in the order of {@link #query}. The file is written
   * beside its target under another name and moved into place when complete, so a failed export
   * leaves no half-written file; an existing file is replaced. Works on a read-only store.
   *
   * @return the number of rows written
   * @throws StoreException when the database cannot be read or the file cannot be written
   */
  public long exportParquet(EventQuery query, Path file) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(file, "file");
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new StoreException("cannot write " + file + ": there is no folder " + folder);
    }
    if (Files.isDirectory(target)) {
      throw new StoreException("cannot write " + file + ": it is a folder");
    }
    Path partial = folder.resolve("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
    try {
      long rows = read(c -> EventExport.parquet(c, query, partial.toString()));
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return rows;
    } catch (IOException e) {
      throw new StoreException("cannot write " + file + ": " + reason(e), e);
    } catch (StoreException e) {
      throw new StoreException("cannot export to " + file + ": " + reason(e), e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // the move failed too and says so; the partial file's name says what it is
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException when the store cannot be read or predates schema version 4
   */
  @Override
  public List<MergedEvent> mergedEvents(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return readMerged(c -> MergedRows.merged(c, query));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException when the store cannot be read or predates schema version 4
   */
  @Override
  public Optional<MergedEvent> mergedEvent(String id) {
    Objects.requireNonNull(id, "id");
    return readMerged(c -> MergedRows.merged(c, id));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException when the store cannot be read or predates schema version 4
   */
  @Override
  public List<Story> stories(int minArticles, int limit) {
    if (minArticles < 1 || limit < 1) {
      throw new IllegalArgumentException("stories need minArticles and limit of at least 1, were " + minArticles
          + " and " + limit);
    }
    return readMerged(c -> MergedRows.stories(c, minArticles, limit));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException when the store cannot be read or predates schema version 4
   */
  @Override
  public Optional<Story> story(String id) {
    Objects.requireNonNull(id, "id");
    return readMerged(c -> MergedRows.story(c, id));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException when the store cannot be read or predates schema version 4
   */
  @Override
  public List<StoredArticle> latestArticles(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be at least 0, was " + days);
    }
    return readMerged(c -> MergedRows.latest(c, days));
  }

  /** A read of the stories and merged events, refused clearly on a store older than schema version 4. */
  private <T> T readMerged(Work<T> work) {
    return read(c -> {
      if (!MergedRows.present(c)) {
        throw new StoreException(config.describe() + " was written by an older Vigil and keeps no stories or merged"
            + " events; open it for writing once (vigil ingest) to bring it to schema version " + Schema.VERSION);
      }
      return work.run(c);
    });
  }

  @Override
  public long articleCount() {
    return count("articles");
  }

  @Override
  public long eventCount() {
    return count("events");
  }

  /** Number of merged events (issue 13). */
  public long mergedEventCount() {
    return count("merged_events");
  }

  /** Number of recorded rejections (dead letters), one per record and reason. */
  public long rejectionCount() {
    return count("rejections");
  }

  private long count(String table) {
    return read(c -> {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * The number of transactions committed through this store object so far: while it stays the
   * same, reads give the same answers, if this object is the only writer (a {@linkplain
   * #held held} store: the file is locked to this process). The API's ETags build on it (issue
   * 13: a repeated read answers 304 without querying).
   */
  public long generation() {
    return generation.get();
  }

  /** Whether this store holds its database open (in memory, or {@link #held}): no other process writes it. */
  public boolean isHeld() {
    return memory != null;
  }

  /** Closes the database; further calls throw. Closing twice does nothing. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (Connection idle = readers.poll(); idle != null; idle = readers.poll()) {
        closeQuietly(idle, null);
      }
      if (memory != null) {
        memory.close();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot close " + config.describe() + ": " + reason(e), e);
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    return "DuckDbEventStore[" + config.describe() + (config.readOnly() ? ", read-only" : "") + "]";
  }

  private interface Call<T> {
    T run() throws SQLException;
  }

  private void refuseReadOnly(String what) {
    if (config.readOnly()) {
      throw new StoreException("cannot " + what + " in " + config.describe() + ": it is open read-only");
    }
  }

  private <T> T whileOpen(Call<T> call) {
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException(this + " is closed");
      }
      return call.run();
    } catch (SQLException e) {
      throw new StoreException("cannot use " + config.describe() + ": " + reason(e), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * Runs {@code read} on a connection of its own: in memory a duplicate of the store's (reads
   * neither wait for writes nor see them half done); for a file, the file opened for this read.
   */
  <T> T read(Work<T> read) {
    return whileOpen(() -> {
      if (memory != null) {
        Connection own = readers.poll();
        try {
          if (own == null) {
            own = memory.unwrap(DuckDBConnection.class).duplicate();
          }
          T result = read.run(own);
          if (!readers.offer(own)) {
            own.close();
          }
          own = null;
          return result;
        } catch (SQLException e) {
          throw new StoreException("cannot read " + config.describe() + ": " + reason(e), e);
        } finally {
          if (own != null) {
            // a read that failed may leave its connection in a state the next should not inherit
            closeQuietly(own, null);
          }
        }
      }
      synchronized (writes) {
        try (Connection own = connect()) {
          return read.run(own);
        } catch (SQLException e) {
          throw new StoreException("cannot read " + config.describe() + ": " + reason(e), e);
        }
      }
    });
  }

  private static void rollbackQuietly(Connection c, Exception failure) {
    try (Statement st = c.createStatement()) {
      st.execute("ROLLBACK");
    } catch (SQLException | RuntimeException e) {
      // nothing to roll back (DuckDB ended the transaction already) or the connection is gone
      if (failure != null && !String.valueOf(e.getMessage()).contains("no transaction is active")) {
        failure.addSuppressed(e);
      }
    }
  }

  private static void closeQuietly(Connection c, Exception failure) {
    try {
      c.close();
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  /** {@inheritDoc} Reads committed data on a connection of its own, by the unique index on the hash. */
  @Override
  public boolean contains(String contentHash) {
    Objects.requireNonNull(contentHash, "contentHash");
    return read(c -> {
      try (java.sql.PreparedStatement st = c.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1")) {
        st.setString(1, contentHash);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next();
        }
      }
    });
  }
}
