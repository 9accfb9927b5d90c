package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.store.EventQuery;

/**
 * The daily pre-aggregates of schema version 6 (issue 13, "the API at scale"): counts and
 * Goldstein sums of the events per day and per
 * <ul>
 *   <li>{@code rollup_countries}: source country, target country, PLOVER type, QuadClass, CAMEO
 *       root and modality (answers {@code /aggregates} by country or type);
 *   <li>{@code rollup_dyads}: the same and the source and target actor codes (answers by dyad, and
 *       any grouping filtered by actor, dyad side or alliance).
 * </ul>
 * They are kept exact in the transaction that writes events: the rows of the events stored are
 * added, and before events are deleted (re-coding, repair) their rows are added with negative
 * counts and sums. So a table is a log of signed deltas, read with {@code sum(...) GROUP BY};
 * Goldstein sums are {@code DECIMAL(38, 6)} so that adding and taking away gives back the exact
 * sum. {@link #compact} folds the deltas into one row per key, in date order (zone maps prune
 * date ranges); a store compacts when it is bulk-loaded and when it migrates.
 *
 * <p>What they cannot answer (those filters fall back to the events table): an article, a CAMEO
 * prefix longer than the root, a bounding box, a place, a minimum confidence, a cursor. Stateless.
 */
final class Rollups {
  private Rollups() {}

  static final String COUNTRIES = "rollup_countries";
  static final String DYADS = "rollup_dyads";

  private static final String COUNTRY_KEY =
      "date, source_country, target_country, plover_event, quad_class, cameo_root, modality";
  private static final String DYAD_KEY = COUNTRY_KEY + ", source_code, target_code";

  static final List<String> TABLES = List.of(
      """
      CREATE TABLE IF NOT EXISTS rollup_countries (
        date DATE NOT NULL,
        source_country VARCHAR,
        target_country VARCHAR,
        plover_event VARCHAR NOT NULL,
        quad_class TINYINT NOT NULL,
        cameo_root VARCHAR NOT NULL,
        modality VARCHAR NOT NULL,
        events BIGINT NOT NULL,
        goldstein DECIMAL(38, 6) NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS rollup_dyads (
        date DATE NOT NULL,
        source_country VARCHAR,
        target_country VARCHAR,
        plover_event VARCHAR NOT NULL,
        quad_class TINYINT NOT NULL,
        cameo_root VARCHAR NOT NULL,
        modality VARCHAR NOT NULL,
        source_code VARCHAR NOT NULL,
        target_code VARCHAR,
        events BIGINT NOT NULL,
        goldstein DECIMAL(38, 6) NOT NULL)""");

  /** Fills the tables from the events of an older store (migration to version 6). */
  static final List<String> FILL = List.of(
      "INSERT INTO rollup_countries " + delta(COUNTRY_KEY, "events", 1) + " ORDER BY date",
      "INSERT INTO rollup_dyads " + delta(DYAD_KEY, "events", 1) + " ORDER BY date");

  private static String delta(String key, String events, int sign) {
    String s = sign < 0 ? "-" : "";
    return "SELECT " + key + ", " + s + "count(*), " + s + "sum(CAST(goldstein AS DECIMAL(38, 6))) FROM " + events
        + " GROUP BY ALL";
  }

  /**
   * Adds the events {@code events} (a table, or a parenthesised query with an alias, of events
   * columns) to both tables, with {@code sign} +1 or -1 (before they are deleted).
   */
  static void add(Connection c, String events, int sign) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("INSERT INTO rollup_countries " + delta(COUNTRY_KEY, events, sign));
      st.execute("INSERT INTO rollup_dyads " + delta(DYAD_KEY, events, sign));
    }
  }

  /** Adds (sign -1: takes away) the events of the article {@code articleId}. */
  static void addArticle(Connection c, String articleId, int sign) throws SQLException {
    for (String[] t : new String[][] {{COUNTRIES, COUNTRY_KEY}, {DYADS, DYAD_KEY}}) {
      try (PreparedStatement st = c.prepareStatement("INSERT INTO " + t[0] + " "
          + delta(t[1], "(SELECT * FROM events WHERE article_id = ?) e", sign))) {
        st.setString(1, articleId);
        st.executeUpdate();
      }
    }
  }

  /**
   * Folds each table's deltas into one row per key (keys whose events sum to 0 dropped), in date
   * order, in the caller's transaction.
   */
  static void compact(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String[] t : new String[][] {{COUNTRIES, COUNTRY_KEY}, {DYADS, DYAD_KEY}}) {
        st.execute("CREATE TEMP TABLE IF NOT EXISTS folded_" + t[0] + " AS SELECT * FROM " + t[0] + " LIMIT 0");
        st.execute("DELETE FROM folded_" + t[0]);
        st.execute("INSERT INTO folded_" + t[0] + " SELECT " + t[1] + ", sum(events), sum(goldstein) FROM " + t[0]
            + " GROUP BY ALL HAVING sum(events) <> 0");
        st.execute("DELETE FROM " + t[0]);
        st.execute("INSERT INTO " + t[0] + " SELECT * FROM folded_" + t[0] + " ORDER BY date");
        st.execute("DROP TABLE folded_" + t[0]);
      }
    }
  }

  /**
   * Keys of the two tables whose folded counts or Goldstein sums differ from a {@code GROUP BY}
   * over the events (a key missing on one side counts once): 0 when the pre-aggregates are exact.
   * One pass over the events: for {@code vigil store check}, not for every ingest.
   */
  static long drift(Connection c) throws SQLException {
    long n = 0;
    try (Statement st = c.createStatement()) {
      for (String[] t : new String[][] {{COUNTRIES, COUNTRY_KEY}, {DYADS, DYAD_KEY}}) {
        String folded = "SELECT " + t[1] + ", sum(events) AS n, sum(goldstein) AS g FROM " + t[0]
            + " GROUP BY ALL HAVING sum(events) <> 0 OR sum(goldstein) <> 0";
        String counted = "SELECT " + t[1] + ", count(*) AS n, sum(CAST(goldstein AS DECIMAL(38, 6))) AS g"
            + " FROM events GROUP BY ALL";
        // EXCEPT compares rows as sets, NULL equal to NULL (a missing target country is a key too)
        try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM (" + folded + " EXCEPT " + counted
            + ")) + (SELECT count(*) FROM (" + counted + " EXCEPT " + folded + "))")) {
          rs.next();
          n += rs.getLong(1);
        }
      }
    }
    return n;
  }

  /** Fills both tables again from the events, in the caller's transaction. */
  static void rebuild(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM " + COUNTRIES);
      st.execute("DELETE FROM " + DYADS);
      for (String fill : FILL) {
        st.execute(fill);
      }
    }
  }

  /** Whether the store has the tables of version 6 (a read-only store may be older). */
  static boolean present(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
            + " WHERE table_name = 'rollup_dyads' AND table_schema = 'main'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /**
   * The table that answers an aggregate of {@code query} grouped by dyads or not, with the filter
   * over its columns; null when a filter needs the events table.
   */
  static Source source(EventQuery q, boolean byDyad) {
    if (q.articleId() != null || q.bbox() != null || q.place() != null || q.minConfidence() != null
        || q.after() != null || (q.cameo() != null && q.cameo().length() > 2)) {
      return null;
    }
    boolean needsCodes = byDyad || q.actor() != null || q.source() != null || q.target() != null
        || q.alliance() != null;
    // the CAMEO prefix is at most the root: it is a prefix of the root
    EventQuery rest = new EventQuery(q.country(), q.actor(), null, q.from(), q.to(), null, 1, q.source(), q.target(),
        q.cameoRoot(), q.ploverType(), q.quadClass(), q.modality(), null, null, q.alliance(), null, null);
    EventFilter filter = EventFilter.of(rest);
    if (q.cameo() != null) {
      List<String> conditions = new ArrayList<>(filter.conditions());
      List<Object> parameters = new ArrayList<>(filter.parameters());
      conditions.add("starts_with(cameo_root, ?)");
      parameters.add(q.cameo());
      filter = new EventFilter(conditions, parameters);
    }
    return new Source(needsCodes ? DYADS : COUNTRIES, filter);
  }

  /** A rollup table and the filter of a query over it. */
  record Source(String table, EventFilter filter) {}
}
