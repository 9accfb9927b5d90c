package org.vigil.coding.dictionary;

import java.time.LocalDate;

/**
 * An inclusive range of days; a null end is open.
 *
 * @param from first day, or null for "always before"
 * @param to last day, or null for "until now"
 */
public record DateRange(LocalDate from, LocalDate to) {
  public static final DateRange ALWAYS = new DateRange(null, null);

  public DateRange {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** True when the day lies in the range. */
  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** True when the two ranges share a day. */
  public boolean overlaps(DateRange other) {
    boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
    boolean otherStartsBeforeEnd = other.from == null || to == null || !other.from.isAfter(to);
    return startsBeforeOtherEnds && otherStartsBeforeEnd;
  }

  /** Parses {@code FROM..TO} with either end optional. */
  static DateRange parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("date range must be FROM..TO, was '" + text + "'");
    }
    String a = text.substring(0, dots).trim();
    String b = text.substring(dots + 2).trim();
    return new DateRange(a.isEmpty() ? null : parseDay(a), b.isEmpty() ? null : parseDay(b));
  }

  private static LocalDate parseDay(String s) {
    try {
      return LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not a date YYYY-MM-DD: '" + s + "'");
    }
  }

  @Override
  public String toString() {
    return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
  }
}
