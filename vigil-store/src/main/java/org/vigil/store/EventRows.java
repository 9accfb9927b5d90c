package org.vigil.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 */
final class EventRows {

  /** The columns in binding order; {@link #bind} sets them in exactly this order. */
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

  static final String INSERT = "INSERT INTO events (" + String.join(", ", COLUMNS) + ") VALUES ("
      + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";

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

  static void bind(PreparedStatement s, CodedEvent e, Connection connection) throws SQLException {
    Binder b = new Binder(s, connection);
    b.string(e.eventId());
    b.string(e.articleId());
    EventDate date = e.date();
    b.object(date.date());
    b.object(date.end());
    b.string(date.granularity().label());
    b.string(date.from());
    b.string(date.text());
    b.string(date.timex());
    actor(b, e.source());
    actor(b, e.target());
    b.string(e.cameo());
    b.string(e.cameoRoot());
    b.integer(e.quadClass());
    b.real(e.goldstein());
    b.string(e.plover().event());
    b.string(e.plover().mode());
    b.strings(e.plover().contexts());
    s.setBoolean(b.next(), e.negated());
    b.string(e.modality().label());
    location(b, e.location());
    Evidence evidence = e.evidence();
    b.integer(evidence.sentenceIndex());
    b.string(evidence.sentence());
    int[] trigger = evidence.trigger();
    b.integer(trigger[0]);
    b.integer(trigger[1]);
    b.integers(evidence.sourceSpan());
    b.integers(evidence.targetSpan());
    b.string(evidence.pattern());
    b.strings(evidence.cues());
    b.real(e.confidence());
    b.strings(e.issues());
  }

  private static void actor(Binder b, ActorRef actor) throws SQLException {
    boolean none = actor == null;
    b.string(none ? null : actor.code());
    b.string(none ? null : actor.country());
    b.string(none ? null : actor.sector());
    b.string(none ? null : actor.name());
    b.string(none ? null : actor.text());
    b.integer(none ? null : actor.begin());
    b.integer(none ? null : actor.end());
    b.strings(none ? null : actor.members());
    b.strings(none ? null : actor.entries());
  }

  private static void location(Binder b, Location location) throws SQLException {
    boolean none = location == null;
    b.string(none ? null : location.name());
    b.string(none ? null : location.feature());
    b.string(none ? null : location.country());
    b.string(none ? null : location.admin1());
    b.real(none ? null : location.lat());
    b.real(none ? null : location.lon());
    Long geonamesId = none ? null : location.geonamesId();
    if (geonamesId == null) {
      b.s.setNull(b.next(), Types.BIGINT);
    } else {
      b.s.setLong(b.next(), geonamesId);
    }
    b.string(none ? null : location.from());
    b.string(none ? null : location.text());
    b.real(none ? null : location.confidence());
  }

  static CodedEvent read(ResultSet rs) throws SQLException {
    EventDate date = new EventDate(
        rs.getObject("date", LocalDate.class),
        rs.getObject("date_end", LocalDate.class),
        DateGranularity.valueOf(rs.getString("date_granularity").toUpperCase(Locale.ROOT)),
        "text".equals(rs.getString("date_from")),
        rs.getString("date_text"),
        rs.getString("date_timex"));
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

  /** Sets parameters one after another, so the order is that of {@link #COLUMNS}. */
  private static final class Binder {
    final PreparedStatement s;
    private final Connection connection;
    private int index;

    Binder(PreparedStatement s, Connection connection) {
      this.s = s;
      this.connection = connection;
    }

    int next() {
      return ++index;
    }

    void string(String value) throws SQLException {
      s.setString(next(), value);
    }

    void object(Object value) throws SQLException {
      s.setObject(next(), value);
    }

    void integer(Integer value) throws SQLException {
      if (value == null) {
        s.setNull(next(), Types.INTEGER);
      } else {
        s.setInt(next(), value);
      }
    }

    void real(Double value) throws SQLException {
      if (value == null) {
        s.setNull(next(), Types.DOUBLE);
      } else {
        s.setDouble(next(), value);
      }
    }

    void strings(List<String> values) throws SQLException {
      if (values == null) {
        s.setNull(next(), Types.ARRAY);
      } else {
        s.setArray(next(), connection.createArrayOf("VARCHAR", values.toArray()));
      }
    }

    void integers(int[] values) throws SQLException {
      if (values == null) {
        s.setNull(next(), Types.ARRAY);
      } else {
        s.setArray(next(), connection.createArrayOf(
            "INTEGER", Arrays.stream(values).boxed().toArray()));
      }
    }
  }
}
