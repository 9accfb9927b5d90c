package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventRow;

/**
 * The SQL of the exports: stored events with their article's url, source and time of storing
 * ({@link EventRow}), read one at a time, and the same rows as the flat table of
 * {@link EventRow#COLUMNS}, which DuckDB writes as Parquet. The query's filter applies to the
 * events alone, in a subquery, so that a column the articles share a name with ({@code date}) is
 * never ambiguous, whatever {@link EventFilter} comes to filter on.
 */
final class EventExport {

  /** The order of {@link DuckDbEventStore#query}: newest first, then by article and position. */
  static final String ORDER = "date DESC, article_id, sentence_index, trigger_begin, event_id";

  /**
   * Each column of {@link EventRow#COLUMNS} as SQL over {@code e} (the events) and {@code a} (their
   * articles), giving the value {@link EventRow#values()} gives: lists joined with {@code ;}, one
   * mention in one article of one source.
   */
  static final Map<String, String> FLAT = flat();

  private EventExport() {}

  private static Map<String, String> flat() {
    Map<String, String> sql = new LinkedHashMap<>();
    for (String column : List.of("event_id", "article_id", "date", "date_end", "date_granularity", "date_from",
        "date_text", "source_code", "source_country", "source_sector", "source_name", "source_text",
        "target_code", "target_country", "target_sector", "target_name", "target_text", "cameo", "cameo_root")) {
      sql.put(column, "e." + column);
    }
    sql.put("quad_class", "CAST(e.quad_class AS INTEGER)");
    sql.put("goldstein", "e.goldstein");
    sql.put("plover_event", "e.plover_event");
    sql.put("plover_mode", "e.plover_mode");
    sql.put("plover_contexts", "array_to_string(e.plover_contexts, ';')");
    sql.put("negated", "e.negated");
    sql.put("modality", "e.modality");
    for (String column : List.of("location_name", "location_feature", "location_country", "location_admin1",
        "location_lat", "location_lon", "location_geonames_id", "location_from", "sentence_index", "sentence",
        "pattern")) {
      sql.put(column, "e." + column);
    }
    sql.put("cues", "array_to_string(e.cues, ';')");
    sql.put("confidence", "e.confidence");
    sql.put("issues", "array_to_string(coalesce(e.issues, []), ';')");
    sql.put("article_url", "a.url");
    sql.put("publisher", "a.source");
    sql.put("added_at", "a.ingested_at");
    sql.put("num_mentions", "1");
    sql.put("num_sources", "1");
    sql.put("num_articles", "1");
    if (!List.copyOf(sql.keySet()).equals(EventRow.COLUMNS)) {
      throw new IllegalStateException("the Parquet columns " + sql.keySet() + " are not those of EventRow "
          + EventRow.COLUMNS);
    }
    return Collections.unmodifiableMap(sql);
  }

  /** The events the query selects, with their articles, in {@link #ORDER}; its parameters bind from 1. */
  private static String rows(EventFilter filter, String columns) {
    return "SELECT " + columns + " FROM (SELECT * FROM events" + filter.where() + " ORDER BY " + ORDER
        + " LIMIT ?) e JOIN articles a ON a.id = e.article_id ORDER BY " + prefixed(ORDER);
  }

  private static String prefixed(String order) {
    return "e." + order.replace(", ", ", e.");
  }

  /** Reads the rows one at a time and gives each to {@code action}; returns how many. */
  static long scan(Connection c, EventQuery query, Consumer<? super EventRow> action) throws SQLException {
    EventFilter filter = EventFilter.of(query);
    String sql = rows(filter,
        "e.*, a.url AS article_url, a.source AS article_source, a.ingested_at AS article_added");
    try (PreparedStatement select = c.prepareStatement(sql)) {
      int i = filter.bind(select);
      select.setInt(i, query.limit());
      long n = 0;
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          OffsetDateTime added = rs.getObject("article_added", OffsetDateTime.class);
          Instant at = added == null ? null : added.toInstant();
          action.accept(EventRow.of(EventRows.read(rs), rs.getString("article_url"),
              rs.getString("article_source"), at));
          n++;
        }
      }
      return n;
    }
  }

  /**
   * Writes the rows as the flat table to {@code file} in Parquet ({@code COPY ... TO ... (FORMAT
   * PARQUET)}); returns how many.
   */
  static long parquet(Connection c, EventQuery query, String file) throws SQLException {
    EventFilter filter = EventFilter.of(query);
    StringBuilder columns = new StringBuilder();
    for (Map.Entry<String, String> column : FLAT.entrySet()) {
      if (!columns.isEmpty()) {
        columns.append(", ");
      }
      columns.append(column.getValue()).append(" AS ").append(column.getKey());
    }
    String sql = "COPY (" + rows(filter, columns.toString()) + ") TO '" + file.replace("'", "''")
        + "' (FORMAT PARQUET)";
    try (PreparedStatement copy = c.prepareStatement(sql)) {
      int i = filter.bind(copy);
      copy.setInt(i, query.limit());
      if (copy.execute()) {
        // DuckDB answers COPY with one row: the number of rows written
        try (ResultSet rs = copy.getResultSet()) {
          return rs.next() ? rs.getLong(1) : 0;
        }
      }
      return Math.max(0, copy.getUpdateCount());
    }
  }
}
