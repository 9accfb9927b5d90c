package org.vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;

/**
 * An {@link EventStore} in an embedded DuckDB database: one file, or memory.
 *
 * <p>Tables: {@code articles} (unique by content hash), {@code events} (every field of a
 * {@link CodedEvent} as a column, so SQL and exports need no decoding), {@code rejections} (the
 * dead letters) and {@code schema_version}. {@link #store} is idempotent by content hash and
 * atomic: the article and its events are written in one transaction, or nothing is, and a
 * {@link StoreException} names the article. {@link #query} rebuilds events equal to those stored.
 *
 * <p>Thread-safe. Writes ({@link #store}, {@link #reject}) are serialised on one connection. Reads
 * run concurrently, each on its own connection to the same database, and see committed data only.
 * {@link #close} waits for calls in progress; calls after it throw {@link IllegalStateException}.
 * DuckDB lets one process at a time write a database file.
 */
public final class DuckDbEventStore implements EventStore {

  /** The columns of {@code articles} in the order rows are appended. */
  private static final String ARTICLE_COLUMNS =
      "id, content_hash, date, title, text, url, source, ingested_at";

  private final StoreConfig config;
  private final InstantSource clock;
  private final Connection connection;
  private final Object writes = new Object();
  // whether the write connection has its staging tables (guarded by writes)
  private boolean staged;
  // read lock: any call in progress; write lock: close
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  /**
   * Opens (or creates) the store and its tables.
   *
   * @param config where the database is
   * @param clock stamps {@code ingested_at} and rejection times
   * @throws StoreException when the database cannot be opened, or has a schema version this code
   *     does not read
   */
  public DuckDbEventStore(StoreConfig config, InstantSource clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.connection = open(config);
    try {
      connection.setAutoCommit(false);
      Schema.apply(connection, clock.instant(), config.describe());
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      closeAfter(e);
      throw e instanceof StoreException se
          ? se
          : new StoreException("cannot set up " + config.describe() + ": " + e.getMessage(), e);
    }
  }

  /** Opens (or creates) the store, stamping times with the system clock. */
  public DuckDbEventStore(StoreConfig config) {
    this(config, InstantSource.system());
  }

  private static Connection open(StoreConfig config) {
    try {
      Path parent = config.database() == null ? null : config.database().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return DriverManager.getConnection(config.jdbcUrl());
    } catch (IOException | SQLException e) {
      throw new StoreException("cannot open " + config.describe() + ": " + e.getMessage(), e);
    }
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
   * DuckDB's appender into staging tables of this connection, then into {@code articles} and
   * {@code events} with one statement each. When that transaction fails, it is rolled back and
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
    return whileOpen(() -> {
      synchronized (writes) {
        Outcome[] outcomes = new Outcome[batch.size()];
        List<Integer> candidates = screen(batch, outcomes);
        write(batch, candidates, outcomes);
        return List.of(outcomes);
      }
    });
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
  private void write(List<Coded> batch, List<Integer> candidates, Outcome[] outcomes) {
    if (candidates.isEmpty()) {
      return;
    }
    try {
      writeTogether(batch, candidates, outcomes);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackAfter(e);
      emptyStagingAfter(e);
      for (int i : candidates) {
        outcomes[i] = null;
      }
      if (candidates.size() > 1) {
        for (int i : candidates) {
          write(batch, List.of(i), outcomes);
        }
      } else {
        int i = candidates.get(0);
        outcomes[i] = e instanceof StoreException se
            ? new Outcome(batch.get(i).article(), false, se)
            : failed(batch.get(i).article(), e.getMessage(), e);
      }
    }
  }

  private void writeTogether(List<Coded> batch, List<Integer> candidates, Outcome[] outcomes)
      throws SQLException {
    ensureStaging();
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
    try (Statement st = connection.createStatement()) {
      if (fresh.size() < candidates.size()) {
        st.execute("DELETE FROM staged_articles s WHERE EXISTS (SELECT 1 FROM articles a"
            + " WHERE a.id = s.id) OR EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = s.content_hash)");
      }
      st.execute("INSERT INTO articles (" + ARTICLE_COLUMNS + ") SELECT * FROM staged_articles");
      st.execute("INSERT INTO events (" + EventRows.COLUMN_LIST + ") SELECT * FROM staged_events");
      st.execute("DELETE FROM staged_articles");
      st.execute("DELETE FROM staged_events");
    }
    for (int i : fresh) {
      outcomes[i] = new Outcome(batch.get(i).article(), true, null);
    }
  }

  /**
   * The staging tables of the write connection: temporary, of the columns of {@code articles} and
   * {@code events} in the order rows are appended, without constraints (the insert into the real
   * tables checks them, inside the transaction).
   */
  private void ensureStaging() throws SQLException {
    if (staged) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_articles AS"
          + " SELECT " + ARTICLE_COLUMNS + " FROM articles LIMIT 0");
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_events AS SELECT " + EventRows.COLUMN_LIST
          + " FROM events LIMIT 0");
    }
    connection.commit();
    staged = true;
  }

  private void emptyStagingAfter(Exception failure) {
    if (!staged) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("DELETE FROM staged_articles");
      st.execute("DELETE FROM staged_events");
      connection.commit();
    } catch (SQLException e) {
      failure.addSuppressed(e);
      rollbackAfter(failure);
    }
  }

  private static String conflict(String storedHash, String hash) {
    return "an article with this id and other content is stored (content hash " + storedHash
        + ", not " + hash + ")";
  }

  private static Outcome failed(Article article, String reason, Exception cause) {
    return new Outcome(article, false,
        new StoreException("cannot store article " + article.id() + ": " + reason, cause));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException when the rejection cannot be written
   */
  @Override
  public void reject(String record, String reason) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    whileOpen(() -> {
      synchronized (writes) {
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO rejections VALUES (?, ?, ?)")) {
          insert.setString(1, record);
          insert.setString(2, reason);
          insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
          insert.executeUpdate();
          connection.commit();
          return null;
        } catch (SQLException e) {
          rollbackAfter(e);
          throw new StoreException("cannot record rejection of " + record + ": " + e.getMessage(), e);
        }
      }
    });
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
      try (PreparedStatement select = c.prepareStatement(
          "SELECT * FROM events" + filter.where()
              + " ORDER BY date DESC, article_id, sentence_index, trigger_begin, event_id LIMIT ?")) {
        int i = filter.bind(select);
        select.setInt(i, query.limit());
        List<CodedEvent> events = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            events.add(EventRows.read(rs));
          }
        }
        return events;
      }
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

  /** Number of recorded rejections (dead letters). */
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

  /** Closes the database; further calls throw. Closing twice does nothing. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + config.describe() + ": " + e.getMessage(), e);
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    return "DuckDbEventStore[" + config.describe() + "]";
  }

  private interface Call<T> {
    T run() throws SQLException;
  }

  private interface Read<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T whileOpen(Call<T> call) {
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException(this + " is closed");
      }
      return call.run();
    } catch (SQLException e) {
      throw new StoreException("cannot use " + config.describe() + ": " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** Runs {@code read} on a connection of its own, so reads neither wait for writes nor see them half done. */
  private <T> T read(Read<T> read) {
    return whileOpen(() -> {
      try (Connection own = connection.unwrap(DuckDBConnection.class).duplicate()) {
        return read.run(own);
      } catch (SQLException e) {
        throw new StoreException("cannot read " + config.describe() + ": " + e.getMessage(), e);
      }
    });
  }

  private void rollbackAfter(Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private void closeAfter(Exception failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
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
