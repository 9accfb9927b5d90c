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
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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

  private final StoreConfig config;
  private final InstantSource clock;
  private final Connection connection;
  private final Object writes = new Object();
  // the write statements, prepared once on the write connection (guarded by writes); dropped after a failure
  private PreparedStatement findArticle;
  private PreparedStatement insertArticle;
  private PreparedStatement insertEvent;
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
    Objects.requireNonNull(article, "article");
    List<CodedEvent> all = List.copyOf(Objects.requireNonNull(events, "events"));
    for (CodedEvent event : all) {
      if (!event.articleId().equals(article.id())) {
        throw new IllegalArgumentException("event " + event.eventId() + " belongs to article "
            + event.articleId() + ", not to " + article.id());
      }
      String problem = EventRows.problem(event);
      if (problem != null) {
        throw new StoreException("cannot store article " + article.id() + ": " + problem);
      }
    }
    return whileOpen(() -> {
      synchronized (writes) {
        try {
          boolean stored = write(article, all);
          connection.commit();
          return stored;
        } catch (SQLException | RuntimeException e) {
          rollbackAfter(e);
          dropStatements(e);
          throw e instanceof StoreException se
              ? se
              : new StoreException("cannot store article " + article.id() + ": " + e.getMessage(), e);
        }
      }
    });
  }

  private boolean write(Article article, List<CodedEvent> events) throws SQLException {
    String hash = article.contentHash();
    if (findArticle == null) {
      findArticle = connection.prepareStatement("SELECT id, content_hash FROM articles WHERE content_hash = ? OR id = ?");
      insertArticle = connection.prepareStatement(
          "INSERT INTO articles (id, content_hash, date, title, text, url, source, ingested_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      insertEvent = connection.prepareStatement(EventRows.INSERT);
    }
    {
      PreparedStatement find = findArticle;
      find.setString(1, hash);
      find.setString(2, article.id());
      try (ResultSet rs = find.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(2).equals(hash)) {
            return false;
          }
          throw new StoreException("cannot store article " + article.id()
              + ": an article with this id and other content is stored (content hash "
              + rs.getString(2) + ", not " + hash + ")");
        }
      }
    }
    {
      PreparedStatement insert = insertArticle;
      insert.setString(1, article.id());
      insert.setString(2, hash);
      insert.setObject(3, article.date());
      insert.setString(4, article.title());
      insert.setString(5, article.text());
      insert.setString(6, article.url());
      insert.setString(7, article.source());
      insert.setObject(8, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      insert.executeUpdate();
    }
    if (!events.isEmpty()) {
      for (CodedEvent event : events) {
        EventRows.bind(insertEvent, event, connection);
        insertEvent.addBatch();
      }
      insertEvent.executeBatch();
    }
    return true;
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
      synchronized (writes) {
        dropStatements(null);
      }
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

  /** Closes the prepared write statements; the next write prepares them again. */
  private void dropStatements(Exception failure) {
    for (PreparedStatement st : new PreparedStatement[] {findArticle, insertArticle, insertEvent}) {
      if (st != null) {
        try {
          st.close();
        } catch (SQLException e) {
          if (failure != null) {
            failure.addSuppressed(e);
          }
        }
      }
    }
    findArticle = null;
    insertArticle = null;
    insertEvent = null;
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
}
