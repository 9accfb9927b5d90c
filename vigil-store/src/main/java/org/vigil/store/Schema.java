package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tables and their version. Version 1: {@code articles}, {@code events} (every
 * {@link org.vigil.core.event.CodedEvent} field as a column), {@code rejections}. Version 2 adds
 * {@code events.issues}; a version 1 database is brought to version 2 when opened (its events get
 * no issues). Version 3 adds {@code article_checks} (per article, the number of events and the
 * digest of their ids it was committed with: {@code vigil store check}) and makes
 * {@code rejections} one row per record and reason (a version 2 database keeps the latest of its
 * repeated rows). Version 4 adds {@code stories}, {@code merged_events} and {@code event_mentions}
 * (issue 13, {@link MergedRows}). Version 5 adds {@code corrections} (issue 14, {@link CorrectionRows}).
 * Version 6 adds the daily pre-aggregates {@code rollup_countries} and {@code rollup_dyads}
 * ({@link Rollups}), filled from the events when an older store migrates. Version 7 adds the
 * coarser pre-aggregates {@code rollup_pairs_day|week|month} and {@code rollup_dyads_day|week|month},
 * and lets {@code events.date_from} be {@code story}. Version 8 adds the tables of event sides
 * {@code rollup_sides_day|week|month} (one row per country of an event, in country order; issue 13,
 * round 7), filled from the events when an older store migrates. Version 9 adds the tables of
 * sides by partner, by type and by dyad, {@code rollup_partners_day|week|month}, {@code
 * rollup_side_types_day|week|month} and {@code rollup_dyad_sides_day|week|month} (issue 13, round
 * 9), filled likewise.
 * A database of a newer version is refused rather than misread.
 */
final class Schema {

  static final int VERSION = 9;

  /** The oldest version a read-only store can query (its events have every column). */
  static final int OLDEST_READABLE = 2;

  /**
   * The events table. {@code date_from} is {@code story} for a date the event takes from the
   * episode an earlier sentence dated (version 7; {@link org.vigil.core.event.EventDate#from()}).
   */
  static final String EVENTS =
      """
      CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL REFERENCES articles (id),
        date DATE NOT NULL,
        date_end DATE NOT NULL CHECK (date_end >= date),
        date_granularity VARCHAR NOT NULL,
        date_from VARCHAR NOT NULL CHECK (date_from IN ('text', 'article', 'story')),
        date_text VARCHAR NOT NULL,
        date_timex VARCHAR NOT NULL,
        source_code VARCHAR NOT NULL,
        source_country VARCHAR,
        source_sector VARCHAR,
        source_name VARCHAR NOT NULL,
        source_text VARCHAR NOT NULL,
        source_begin INTEGER NOT NULL,
        source_end INTEGER NOT NULL,
        source_members VARCHAR[] NOT NULL,
        source_entries VARCHAR[] NOT NULL,
        target_code VARCHAR,
        target_country VARCHAR,
        target_sector VARCHAR,
        target_name VARCHAR,
        target_text VARCHAR,
        target_begin INTEGER,
        target_end INTEGER,
        target_members VARCHAR[],
        target_entries VARCHAR[],
        cameo VARCHAR NOT NULL,
        cameo_root VARCHAR NOT NULL,
        quad_class TINYINT NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
        goldstein DOUBLE NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
        plover_event VARCHAR NOT NULL,
        plover_mode VARCHAR,
        plover_contexts VARCHAR[] NOT NULL,
        negated BOOLEAN NOT NULL,
        modality VARCHAR NOT NULL,
        location_name VARCHAR,
        location_feature VARCHAR,
        location_country VARCHAR,
        location_admin1 VARCHAR,
        location_lat DOUBLE,
        location_lon DOUBLE,
        location_geonames_id BIGINT,
        location_from VARCHAR,
        location_text VARCHAR,
        location_confidence DOUBLE CHECK (location_confidence BETWEEN 0 AND 1),
        sentence_index INTEGER NOT NULL,
        sentence VARCHAR NOT NULL,
        trigger_begin INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        source_span INTEGER[],
        target_span INTEGER[],
        pattern VARCHAR NOT NULL,
        cues VARCHAR[] NOT NULL,
        confidence DOUBLE NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        issues VARCHAR[] DEFAULT [])""";

  /** Statements that bring a database of version {@code i + 1} to version {@code i + 2}. */
  private static final List<List<String>> MIGRATIONS = List.of(
      List.of("ALTER TABLE events ADD COLUMN IF NOT EXISTS issues VARCHAR[] DEFAULT []"),
      List.of(
          """
          CREATE TABLE rejections_v3 (
            record VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            "at" TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (record, reason))""",
          "INSERT INTO rejections_v3 SELECT record, reason, max(\"at\") FROM rejections GROUP BY record, reason",
          "DROP TABLE rejections",
          "ALTER TABLE rejections_v3 RENAME TO rejections"),
      // version 4 only adds tables (stories, merged_events, event_mentions), which TABLES creates;
      // a store opened with a merger merges the events it holds then (MergedRows.UNLINKED)
      List.of(),
      // version 5 only adds the corrections table (issue 14), which TABLES creates
      List.of(),
      // version 6: the daily pre-aggregates (Rollups.TABLES, created with the others), filled
      Rollups.FILL,
      // version 7: events may be dated by the story (date_from 'story': DuckDB cannot alter a CHECK,
      // so the table is made again with the wider one), and the coarser pre-aggregates, filled
      Stream.concat(Stream.of(
          EVENTS.replace("CREATE TABLE IF NOT EXISTS events (", "CREATE TABLE events_v7 ("),
          "INSERT INTO events_v7 SELECT * FROM events",
          "DROP TABLE events",
          "ALTER TABLE events_v7 RENAME TO events"), Rollups.FILL_7.stream()).toList(),
      // version 8: the tables of event sides (Rollups.SIDES, created with the others), filled
      Rollups.FILL_8,
      // version 9: the tables of sides by partner, by type and by dyad (Rollups.VERSION_9), filled
      Rollups.FILL_9);

  private static final List<String> TABLES = Stream.concat(Stream.of(
      """
      CREATE TABLE IF NOT EXISTS schema_version (
        version INTEGER NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL UNIQUE,
        date DATE NOT NULL,
        title VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        url VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL)""",
      EVENTS,
      """
      CREATE TABLE IF NOT EXISTS article_checks (
        article_id VARCHAR PRIMARY KEY,
        event_count INTEGER NOT NULL,
        event_digest VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS stories (
        article_id VARCHAR PRIMARY KEY,
        story_id VARCHAR NOT NULL,
        duplicate_of VARCHAR,
        similarity DOUBLE NOT NULL CHECK (similarity BETWEEN 0 AND 1))""",
      // no keys on the merged tables: a block's rows are deleted and written again in one
      // transaction, which DuckDB's unique indexes refuse for the same key
      """
      CREATE TABLE IF NOT EXISTS merged_events (
        merged_id VARCHAR NOT NULL,
        block VARCHAR NOT NULL,
        canonical_event_id VARCHAR NOT NULL,
        first_date DATE NOT NULL,
        last_date DATE NOT NULL,
        num_mentions INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        num_articles INTEGER NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS event_mentions (
        event_id VARCHAR NOT NULL,
        merged_id VARCHAR NOT NULL,
        block VARCHAR NOT NULL)""",
      CorrectionRows.TABLE), Rollups.TABLES.stream()).toList();

  /** Created only in a new database; an older one gets it by migration. */
  private static final String REJECTIONS = """
      CREATE TABLE IF NOT EXISTS rejections (
        record VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        "at" TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (record, reason))""";

  private Schema() {}

  private static int version(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * Checks, without writing, that a database opened read-only is a Vigil store this code can
   * query, and returns its version.
   *
   * @throws StoreException when it has no Vigil tables, or a version this code does not read
   */
  static int verify(Connection connection, String database) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
          + " WHERE table_name = 'schema_version' AND table_schema = 'main'")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          throw new StoreException(database + " is a DuckDB database but not a Vigil store (it has no schema_version table)");
        }
      }
      int found = version(statement);
      if (found > VERSION) {
        throw new StoreException(database + " has schema version " + found
            + "; this version of Vigil reads version " + VERSION);
      }
      if (found < OLDEST_READABLE) {
        throw new StoreException(database + " has schema version " + found
            + "; open it for writing once (vigil ingest) to bring it to version " + VERSION);
      }
      return found;
    }
  }

  /**
   * Creates the tables that are missing and checks the version, in one transaction.
   *
   * @throws StoreException when the database has a version this code does not know
   */
  static void apply(Connection connection, Instant now, String database) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.execute(table);
      }
      int found = version(statement);
      if (found == 0) {
        statement.execute(REJECTIONS);
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
          insert.setInt(1, VERSION);
          insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
          insert.executeUpdate();
        }
      } else if (found > VERSION) {
        throw new StoreException(database + " has schema version " + found
            + "; this version of Vigil reads version " + VERSION);
      } else if (found < VERSION) {
        // An older database: add what later versions added, then record the version.
        for (int v = found; v < VERSION; v++) {
          for (String migration : MIGRATIONS.get(v - 1)) {
            statement.execute(migration);
          }
        }
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
          insert.setInt(1, VERSION);
          insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
          insert.executeUpdate();
        }
      }
    }
  }
}
