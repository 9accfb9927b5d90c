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
 * @param inherited true when the clause gives no time and the date is that of the story's episode
 *     it continues (another sentence's time expression, kept in {@code text} and {@code timex});
 *     {@code fromText} is then true too
 */
public record EventDate(
    LocalDate date,
    LocalDate end,
    DateGranularity granularity,
    boolean fromText,
    String text,
    String timex,
    boolean inherited) {

  /** A date of the clause's own time expression, or the article date. */
  public EventDate(LocalDate date, LocalDate end, DateGranularity granularity, boolean fromText, String text,
      String timex) {
    this(date, end, granularity, fromText, text, timex, false);
  }

  public EventDate {
    Objects.requireNonNull(date, "date");
    end = end == null ? date : end;
    Objects.requireNonNull(granularity, "granularity");
    if (end.isBefore(date)) {
      throw new IllegalArgumentException("event date end " + end + " is before " + date);
    }
    text = text == null ? "" : text;
    timex = timex == null ? "" : timex;
    if (inherited && !fromText) {
      throw new IllegalArgumentException("event date " + date + " is inherited but not from text");
    }
  }

  /** The article date, used when the clause gives no time. */
  public static EventDate ofArticle(LocalDate articleDate) {
    return new EventDate(articleDate, articleDate, DateGranularity.DAY, false, "", "");
  }

  /** "text", "story" (inherited from the episode) or "article", as written in event JSON. */
  public String from() {
    return inherited ? "story" : fromText ? "text" : "article";
  }
}
