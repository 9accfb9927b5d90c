package org.vigil.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;

/**
 * Maps a {@link CodedEvent} to a row of {@code events} and back, losing nothing: a null target or
 * location is a null {@code target_code} or {@code location_confidence}, lists are DuckDB lists.
 * Rows are written through DuckDB's appender ({@link #append}), read back from a result set.
 */
final class EventRows {

  /** The columns in the order {@link #append} writes them. */
  static final List<String> COLUMNS = List.of(
      "event_id", "article_id",
      "date", "date_end", "date_granularity", "date_from", "date_text", "date_timex",
      "source_code", "source_country", "source_sector", "source_name", "source_text",
      "source_begin", "source_end", "source_members", "source_entries",
      "target_code", "target_country", "target_sector", "target_name", "target_text",
      "target_begin", "target_end", "target_members", "target_entries",
      "cameo", "cameo_root", "quad_class", "goldstein",
      "plover_event", "plover_mode", "plover_contexts",
      "negated", "modality",
      "location_name", "location_feature", "location_country", "location_admin1",
      "location_lat", "location_lon", "location_geonames_id", "location_from", "location_text",
      "location_confidence",
      "sentence_index", "sentence", "trigger_begin", "trigger_end", "source_span",
      "target_span", "pattern", "cues",
      "confidence", "issues");

  /** The columns as a list for SQL, in the order of {@link #COLUMNS}. */
  static final String COLUMN_LIST = String.join(", ", COLUMNS);

  private EventRows() {}

  /** Why {@code event} cannot be stored as it is, or null. */
  static String problem(CodedEvent event) {
    int[] trigger = event.evidence().trigger();
    if (trigger.length != 2) {
      return "event " + event.eventId() + " has trigger " + Arrays.toString(trigger)
          + "; it must be [begin, end]";
    }
    return null;
  }

  /** Appends {@code e} as one row, its values in the order of {@link #COLUMNS}. */
  static void append(DuckDBAppender row, CodedEvent e) throws SQLException {
    row.beginRow();
    row.append(e.eventId());
    row.append(e.articleId());
    EventDate date = e.date();
    row.append(date.date());
    row.append(date.end());
    row.append(date.granularity().label());
    row.append(date.from());
    row.append(date.text());
    row.append(date.timex());
    actor(row, e.source());
    actor(row, e.target());
    row.append(e.cameo());
    row.append(e.cameoRoot());
    row.append((byte) e.quadClass());
    row.append(e.goldstein());
    row.append(e.plover().event());
    row.append(e.plover().mode());
    strings(row, e.plover().contexts());
    row.append(e.negated());
    row.append(e.modality().label());
    location(row, e.location());
    Evidence evidence = e.evidence();
    row.append(evidence.sentenceIndex());
    row.append(evidence.sentence());
    int[] trigger = evidence.trigger();
    row.append(trigger[0]);
    row.append(trigger[1]);
    integers(row, evidence.sourceSpan());
    integers(row, evidence.targetSpan());
    row.append(evidence.pattern());
    strings(row, evidence.cues());
    row.append(e.confidence());
    strings(row, e.issues());
    row.endRow();
  }

  private static void actor(DuckDBAppender row, ActorRef actor) throws SQLException {
    if (actor == null) {
      for (int i = 0; i < 9; i++) {
        row.appendNull();
      }
      return;
    }
    row.append(actor.code());
    row.append(actor.country());
    row.append(actor.sector());
    row.append(actor.name());
    row.append(actor.text());
    row.append(actor.begin());
    row.append(actor.end());
    strings(row, actor.members());
    strings(row, actor.entries());
  }

  private static void location(DuckDBAppender row, Location location) throws SQLException {
    if (location == null) {
      for (int i = 0; i < 10; i++) {
        row.appendNull();
      }
      return;
    }
    row.append(location.name());
    row.append(location.feature());
    row.append(location.country());
    row.append(location.admin1());
    row.append(location.lat());
    row.append(location.lon());
    row.append(location.geonamesId());
    row.append(location.from());
    row.append(location.text());
    row.append(location.confidence());
  }

  private static void strings(DuckDBAppender row, List<String> values) throws SQLException {
    if (values == null) {
      row.appendNull();
    } else {
      row.append(values);
    }
  }

  private static void integers(DuckDBAppender row, int[] values) throws SQLException {
    if (values == null) {
      row.appendNull();
    } else {
      row.append(values);
    }
  }

  static CodedEvent read(ResultSet rs) throws SQLException {
    EventDate date = new EventDate(
        rs.getObject("date", LocalDate.class),
        rs.getObject("date_end", LocalDate.class),
        DateGranularity.valueOf(rs.getString("date_granularity").toUpperCase(Locale.ROOT)),
        !"article".equals(rs.getString("date_from")),
        rs.getString("date_text"),
        rs.getString("date_timex"),
        "story".equals(rs.getString("date_from")));
    ActorRef target = rs.getString("target_code") == null ? null : actor(rs, "target_");
    Location location = doubleOrNull(rs, "location_confidence") == null ? null : location(rs);
    Evidence evidence = new Evidence(
        rs.getInt("sentence_index"),
        rs.getString("sentence"),
        new int[] {rs.getInt("trigger_begin"), rs.getInt("trigger_end")},
        ints(rs.getArray("source_span")),
        ints(rs.getArray("target_span")),
        rs.getString("pattern"),
        strings(rs.getArray("cues")));
    return new CodedEvent(
        rs.getString("article_id"),
        rs.getString("event_id"),
        date,
        actor(rs, "source_"),
        target,
        rs.getString("cameo"),
        rs.getString("cameo_root"),
        rs.getInt("quad_class"),
        rs.getDouble("goldstein"),
        new Plover(rs.getString("plover_event"), rs.getString("plover_mode"),
            strings(rs.getArray("plover_contexts"))),
        rs.getBoolean("negated"),
        Modality.valueOf(rs.getString("modality").toUpperCase(Locale.ROOT)),
        location,
        evidence,
        rs.getDouble("confidence"),
        rs.getArray("issues") == null ? List.of() : strings(rs.getArray("issues")));
  }

  /**
   * The columns {@link #readForMerging} reads: what a merger compares (dates, the actors' codes and
   * countries, CAMEO and PLOVER codes, denial, place, position in the article), not the texts and
   * lists, whose reading costs most of a full read (issue 13: merging ten million events).
   */
  static final String MERGING_COLUMNS = "e.event_id, e.article_id, e.date, e.date_end, e.date_granularity, e.date_from,"
      + " e.source_code, e.source_country, e.source_sector, e.target_code, e.target_country, e.target_sector,"
      + " e.cameo, e.cameo_root, e.quad_class, e.goldstein, e.plover_event, e.plover_mode, e.negated, e.modality,"
      + " e.location_name, e.location_feature, e.location_country, e.location_admin1, e.location_lat,"
      + " e.location_lon, e.location_geonames_id, e.location_from, e.location_text, e.location_confidence,"
      + " e.sentence_index, e.trigger_begin, e.trigger_end, e.confidence";

  /**
   * An event of the columns {@link #MERGING_COLUMNS}: equal to the stored one in every field a
   * merger compares; its texts are empty (an actor's name and text are its code), its lists empty.
   */
  static CodedEvent readForMerging(ResultSet rs) throws SQLException {
    EventDate date = new EventDate(
        rs.getObject("date", LocalDate.class),
        rs.getObject("date_end", LocalDate.class),
        DateGranularity.valueOf(rs.getString("date_granularity").toUpperCase(Locale.ROOT)),
        !"article".equals(rs.getString("date_from")), "", "", "story".equals(rs.getString("date_from")));
    Location location = doubleOrNull(rs, "location_confidence") == null ? null : location(rs);
    return new CodedEvent(
        rs.getString("article_id"),
        rs.getString("event_id"),
        date,
        bareActor(rs, "source_"),
        rs.getString("target_code") == null ? null : bareActor(rs, "target_"),
        rs.getString("cameo"),
        rs.getString("cameo_root"),
        rs.getInt("quad_class"),
        rs.getDouble("goldstein"),
        new Plover(rs.getString("plover_event"), rs.getString("plover_mode"), List.of()),
        rs.getBoolean("negated"),
        Modality.valueOf(rs.getString("modality").toUpperCase(Locale.ROOT)),
        location,
        new Evidence(rs.getInt("sentence_index"), "", new int[] {rs.getInt("trigger_begin"), rs.getInt("trigger_end")},
            null, null, "", List.of()),
        rs.getDouble("confidence"),
        List.of());
  }

  private static ActorRef bareActor(ResultSet rs, String prefix) throws SQLException {
    String code = rs.getString(prefix + "code");
    return new ActorRef(code, rs.getString(prefix + "country"), rs.getString(prefix + "sector"), code, code, 0, 0,
        List.of(), List.of());
  }

  private static ActorRef actor(ResultSet rs, String prefix) throws SQLException {
    return new ActorRef(
        rs.getString(prefix + "code"),
        rs.getString(prefix + "country"),
        rs.getString(prefix + "sector"),
        rs.getString(prefix + "name"),
        rs.getString(prefix + "text"),
        rs.getInt(prefix + "begin"),
        rs.getInt(prefix + "end"),
        strings(rs.getArray(prefix + "members")),
        strings(rs.getArray(prefix + "entries")));
  }

  private static Location location(ResultSet rs) throws SQLException {
    long geonamesId = rs.getLong("location_geonames_id");
    Long geonames = rs.wasNull() ? null : geonamesId;
    return new Location(
        rs.getString("location_name"),
        rs.getString("location_feature"),
        rs.getString("location_country"),
        rs.getString("location_admin1"),
        doubleOrNull(rs, "location_lat"),
        doubleOrNull(rs, "location_lon"),
        geonames,
        rs.getString("location_from"),
        rs.getString("location_text"),
        rs.getDouble("location_confidence"));
  }

  private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Object[] values = (Object[]) array.getArray();
    List<String> list = new ArrayList<>(values.length);
    for (Object v : values) {
      list.add((String) v);
    }
    return list;
  }

  private static int[] ints(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Object[] values = (Object[]) array.getArray();
    int[] ints = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      ints[i] = ((Number) values[i]).intValue();
    }
    return ints;
  }
}
