package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.store.EventQuery;

/** An {@link EventQuery} as a SQL {@code WHERE} clause and its parameters. */
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
    return new EventFilter(List.copyOf(conditions), List.copyOf(parameters));
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
