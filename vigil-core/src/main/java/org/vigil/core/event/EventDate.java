package org.vigil.core.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened.
 *
 * @param date the first day
 * @param end the last day (equal to {@code date} for a day)
 * @param granularity day, week, month, year or decade
 * @param fromText true when resolved from a time expression of the clause, false when it is the
 *     article date
 * @param text the time expression as written, empty when {@code fromText} is false
 * @param timex the normalised TIMEX3 value it came from, empty when none
 */
public record EventDate(
    LocalDate date,
    LocalDate end,
    DateGranularity granularity,
    boolean fromText,
    String text,
    String timex) {

  public EventDate {
    Objects.requireNonNull(date, "date");
    end = end == null ? date : end;
    Objects.requireNonNull(granularity, "granularity");
    if (end.isBefore(date)) {
      throw new IllegalArgumentException("event date end " + end + " is before " + date);
    }
    text = text == null ? "" : text;
    timex = timex == null ? "" : timex;
  }

  /** The article date, used when the clause gives no time. */
  public static EventDate ofArticle(LocalDate articleDate) {
    return new EventDate(articleDate, articleDate, DateGranularity.DAY, false, "", "");
  }

  /** "text" or "article", as written in event JSON. */
  public String from() {
    return fromText ? "text" : "article";
  }
}
