package org.vigil.store;

import java.nio.file.Path;

/**
 * Where a {@link DuckDbEventStore} keeps its data.
 *
 * @param database the DuckDB file, created with its parent folders when missing; null keeps the
 *     store in memory, gone when it is closed
 */
public record StoreConfig(Path database) {

  public StoreConfig {
    if (database != null && database.toString().isBlank()) {
      throw new IllegalArgumentException(
          "database path must not be empty; use StoreConfig.inMemory() for a store in memory");
    }
  }

  /** A store in memory. */
  public static StoreConfig inMemory() {
    return new StoreConfig(null);
  }

  /** A store in the DuckDB file {@code database}. */
  public static StoreConfig file(Path database) {
    return new StoreConfig(java.util.Objects.requireNonNull(database, "database"));
  }

  String jdbcUrl() {
    return database == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + database.toAbsolutePath();
  }

  String describe() {
    return database == null ? "in-memory database" : "database " + database;
  }
}
