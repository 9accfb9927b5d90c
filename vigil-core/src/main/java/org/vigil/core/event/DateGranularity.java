package org.vigil.core.event;

import java.util.Locale;

/** How precisely an event date is known. */
public enum DateGranularity {
  DAY, WEEK, MONTH, YEAR,
  /** Ten years from a year ending in 0: "in the 1990s". */
  DECADE;

  /** Lower-case name as written in event JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
