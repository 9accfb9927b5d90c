package org.vigil.core.event;

import java.util.Locale;

/** How precisely an event date is known. */
public enum DateGranularity {
  DAY, WEEK, MONTH, YEAR;

  /** Lower-case name as written in event JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
