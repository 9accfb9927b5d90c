package org.vigil.monitor.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How a series is bucketed: by day, or by ISO week (Monday to Sunday). */
public enum Bucket {
  DAY,
  WEEK;

  /** The first day of the bucket that holds {@code day}. */
  public LocalDate start(LocalDate day) {
    return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The first day of the next bucket after the one starting on {@code start}. */
  LocalDate next(LocalDate start) {
    return this == DAY ? start.plusDays(1) : start.plusWeeks(1);
  }
}
