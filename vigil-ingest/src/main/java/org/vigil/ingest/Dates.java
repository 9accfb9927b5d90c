package org.vigil.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Publication dates as sources write them. Accepts {@code 2021-07-09}, ISO date-times with or
 * without an offset ({@code 2021-07-09T14:03:00Z}, {@code 2021-07-09T14:03:00+05:00}) and SQL-style
 * {@code 2021-07-09 14:03:00}. The date part is used as written, not moved to UTC: it is the date
 * the source published on, in its own time zone.
 */
final class Dates {

  private Dates() {}

  /**
   * The date part of {@code value}.
   *
   * @throws DateTimeException when it is none of the accepted forms or not a real date
   */
  static LocalDate parse(String value) {
    String v = value.strip();
    if (v.length() == 10) {
      return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
    }
    if (v.length() > 10 && v.charAt(10) == ' ') {
      v = v.substring(0, 10) + 'T' + v.substring(11);
    }
    // ISO_DATE_TIME takes an optional offset or zone and resolves strictly: 2021-02-30 fails
    return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(v));
  }
}
