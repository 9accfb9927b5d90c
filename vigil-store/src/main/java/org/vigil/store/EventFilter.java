package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.store.EventQuery;

/**
 * An {@link EventQuery} as a SQL {@code WHERE} clause and its parameters: every field of the query
 * a condition, all joined with AND, values always bound as parameters.
 */
record EventFilter(List<String> conditions, List<Object> parameters) {

  static EventFilter of(EventQuery q) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (q.country() != null) {
      conditions.add("(source_country = ? OR target_country = ?)");
      parameters.add(q.country());
      parameters.add(q.country());
    }
    if (q.actor() != null) {
      // starts_with, not LIKE: actor codes may hold '_' and must match literally
      conditions.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))");
      parameters.add(q.actor());
      parameters.add(q.actor());
    }
    if (q.cameo() != null) {
      conditions.add("starts_with(cameo, ?)");
      parameters.add(q.cameo());
    }
    if (q.from() != null) {
      conditions.add("date >= ?");
      parameters.add(q.from());
    }
    if (q.to() != null) {
      conditions.add("date <= ?");
      parameters.add(q.to());
    }
    if (q.articleId() != null) {
      conditions.add("article_id = ?");
      parameters.add(q.articleId());
    }
    if (q.source() != null) {
      conditions.add("starts_with(source_code, ?)");
      parameters.add(q.source());
    }
    if (q.target() != null) {
      conditions.add("starts_with(target_code, ?)");
      parameters.add(q.target());
    }
    if (q.cameoRoot() != null) {
      conditions.add("cameo_root = ?");
      parameters.add(q.cameoRoot());
    }
    if (q.ploverType() != null) {
      conditions.add("lower(plover_event) = lower(?)");
      parameters.add(q.ploverType());
    }
    if (q.quadClass() != null) {
      conditions.add("quad_class = ?");
      parameters.add(q.quadClass());
    }
    if (q.modality() != null) {
      conditions.add("modality = ?");
      parameters.add(q.modality().label());
    }
    if (q.bbox() != null) {
      conditions.add("(location_lon BETWEEN ? AND ? AND location_lat BETWEEN ? AND ?)");
      parameters.add(q.bbox().minLon());
      parameters.add(q.bbox().maxLon());
      parameters.add(q.bbox().minLat());
      parameters.add(q.bbox().maxLat());
    }
    if (q.place() != null) {
      conditions.add("(lower(location_name) = lower(?) OR lower(location_admin1) = lower(?)"
          + " OR lower(location_country) = lower(?))");
      parameters.add(q.place());
      parameters.add(q.place());
      parameters.add(q.place());
    }
    if (q.alliance() != null) {
      alliance(q.alliance(), conditions, parameters);
    }
    if (q.minConfidence() != null) {
      conditions.add("confidence >= ?");
      parameters.add(q.minConfidence());
    }
    if (q.after() != null) {
      // the store's order is date DESC, then (article, sentence, trigger, event id): the rest of
      // the cursor's key is read from its event, so the cursor itself needs only date and id
      conditions.add("(date < ? OR (date = ? AND (article_id, sentence_index, trigger_begin, event_id) >"
          + " (SELECT (article_id, sentence_index, trigger_begin, event_id) FROM events WHERE event_id = ?)))");
      parameters.add(q.after().date());
      parameters.add(q.after().date());
      parameters.add(q.after().eventId());
    }
    return new EventFilter(List.copyOf(conditions), List.copyOf(parameters));
  }

  /**
   * A member on the event's date (its start) is the source's or the target's country, or the
   * alliance itself (its code as a prefix of an actor code) acts or is acted on.
   */
  private static void alliance(EventQuery.Alliance alliance, List<String> conditions, List<Object> parameters) {
    List<String> any = new ArrayList<>();
    any.add("starts_with(source_code, ?)");
    any.add("starts_with(target_code, ?)");
    parameters.add(alliance.code());
    parameters.add(alliance.code());
    for (EventQuery.Membership m : alliance.members()) {
      StringBuilder c = new StringBuilder("((source_country = ? OR target_country = ?)");
      parameters.add(m.country());
      parameters.add(m.country());
      if (m.from() != null) {
        c.append(" AND date >= ?");
        parameters.add(m.from());
      }
      if (m.to() != null) {
        c.append(" AND date <= ?");
        parameters.add(m.to());
      }
      any.add(c.append(')').toString());
    }
    conditions.add("(" + String.join(" OR ", any) + ")");
  }

  String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Binds the parameters from index 1; returns the next free index. */
  int bind(PreparedStatement statement) throws SQLException {
    int i = 1;
    for (Object p : parameters) {
      statement.setObject(i++, p);
    }
    return i;
  }
}
