package org.vigil.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a {@link DuckDbEventStore} keeps its data, and how it opens it.
 *
 * @param database the DuckDB file, created with its parent folders when missing; null keeps the
 *     store in memory, gone when it is closed
 * @param readOnly open the file read-only ({@code duckdb.read_only=true}): queries only, no schema
 *     statements; works on a file the user may not write and while another process ingests
 * @param lockWait how long a call waits for a file another process has locked (DuckDB lets one
 *     process write a file, or many read it) before it fails saying so
 */
public record StoreConfig(Path database, boolean readOnly, Duration lockWait) {

  /** The name that means "in memory" where a path is expected ({@code --db :memory:}). */
  public static final String IN_MEMORY = ":memory:";

  /** How long a call waits for a locked file by default. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

  public StoreConfig {
    if (database != null && database.toString().isBlank()) {
      throw new IllegalArgumentException(
          "database path must not be empty; use StoreConfig.inMemory() for a store in memory");
    }
    if (database == null && readOnly) {
      throw new IllegalArgumentException("a store in memory cannot be read-only");
    }
    Objects.requireNonNull(lockWait, "lockWait");
    if (lockWait.isNegative()) {
      throw new IllegalArgumentException("lockWait must not be negative, was " + lockWait);
    }
  }

  /** A store in the file {@code database} (null: in memory), read-write. */
  public StoreConfig(Path database) {
    this(database, false, DEFAULT_LOCK_WAIT);
  }

  /** A store in memory. */
  public static StoreConfig inMemory() {
    return new StoreConfig(null, false, DEFAULT_LOCK_WAIT);
  }

  /** A store in the DuckDB file {@code database}. */
  public static StoreConfig file(Path database) {
    return new StoreConfig(Objects.requireNonNull(database, "database"), false, DEFAULT_LOCK_WAIT);
  }

  /**
   * The store a setting or a flag names: {@code :memory:} in memory (only when asked so), any
   * other path the DuckDB file.
   */
  public static StoreConfig of(Path database) {
    Objects.requireNonNull(database, "database");
    return database.toString().equals(IN_MEMORY) ? inMemory() : file(database);
  }

  /** This store opened read-only. */
  public StoreConfig asReadOnly() {
    return new StoreConfig(database, true, lockWait);
  }

  /** This store waiting {@code wait} for a file another process has locked. */
  public StoreConfig waitingForLocks(Duration wait) {
    return new StoreConfig(database, readOnly, wait);
  }

  /** Whether the store is in memory. */
  public boolean inMemoryStore() {
    return database == null;
  }

  String jdbcUrl() {
    return database == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + database.toAbsolutePath();
  }

  String describe() {
    return database == null ? "in-memory database" : "database " + database;
  }
}
