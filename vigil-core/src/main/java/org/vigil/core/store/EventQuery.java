package org.vigil.core.store;

import java.time.LocalDate;

/**
 * A filter over stored events. Null fields do not filter.
 *
 * @param country ISO-3 country of the source or the target
 * @param actor actor code prefix of the source or the target ({@code RUS}, {@code IGOCSTO})
 * @param cameo CAMEO code prefix ({@code 02}, {@code 0233})
 * @param from first event date, inclusive
 * @param to last event date, inclusive
 * @param articleId only events of this article
 * @param limit at most this many events, newest first; must be positive
 */
public record EventQuery(
    String country, String actor, String cameo, LocalDate from, LocalDate to, String articleId, int limit) {

  public EventQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("query ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** Everything, up to {@code limit} events. */
  public static EventQuery all(int limit) {
    return new EventQuery(null, null, null, null, null, null, limit);
  }
}
