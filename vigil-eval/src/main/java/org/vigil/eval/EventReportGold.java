package org.vigil.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event report in the style of conflict-event data sets (ACLED): a short text about one event,
 * the article date, and when and where the event happened. Scored on the coder's top event (its
 * date and location). Immutable and thread-safe.
 *
 * @param id non-blank record id
 * @param date article date, against which relative dates ("yesterday", "last week") resolve
 * @param text non-blank text
 * @param eventDate first day of the event
 * @param eventDateEnd last day of the event ({@code eventDate} for one day), not before it
 * @param country ISO-3 code of the event's country, or null
 * @param admin1 name of the event's first-level region, or null
 * @param location name of the event's place as the gold gives it, or null (not scored, shown in details)
 * @param lat latitude of the event's place, or null
 * @param lon longitude of the event's place, or null
 * @param plover the event's PLOVER type (ACLED's event types mapped: battles, explosions and
 *     violence against civilians ASSAULT, protests and riots PROTEST, arrests COERCE), or null
 * @param origin {@code file:line}
 */
public record EventReportGold(String id, LocalDate date, String text, LocalDate eventDate, LocalDate eventDateEnd,
    String country, String admin1, String location, Double lat, Double lon, String plover, String origin)
    implements GoldRecord {

  public EventReportGold {
    Checks.nonBlank(id, "id");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(text, "text");
    Objects.requireNonNull(eventDate, "event_date");
    eventDateEnd = eventDateEnd == null ? eventDate : eventDateEnd;
    if (eventDateEnd.isBefore(eventDate)) {
      throw new IllegalArgumentException("\"event_date_end\" " + eventDateEnd + " is before \"event_date\" " + eventDate);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("\"lat\" and \"lon\" must be given together");
    }
    if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("bad coordinates " + lat + ", " + lon);
    }
    origin = origin == null ? "" : origin;
  }
}
