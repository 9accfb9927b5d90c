package org.vigil.monitor.detect;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A detector's alarm: on {@code date} its statistic reached its threshold.
 *
 * @param date the day the alarm is raised (the last day of the data it saw)
 * @param statistic the detector's statistic on that day (a CUSUM, a weekly count or rate)
 * @param threshold what the statistic had to reach that day
 */
public record Alarm(LocalDate date, double statistic, double threshold) {
  public Alarm {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(statistic) || !Double.isFinite(threshold)) {
      throw new IllegalArgumentException("alarm on " + date + " has a statistic " + statistic + " and a threshold "
          + threshold + ": both must be finite");
    }
  }
}
