package org.vigil.monitor.detect;

import java.util.List;

/**
 * Finds escalations in a daily count series. Implementations are pure functions of their parameters
 * and the series: the same series gives the same alarms, in date order, and they are thread-safe.
 */
public interface Detector {
  /** A short name for tables and JSON ({@code nb-cusum}, {@code acled-surge}, ...). */
  String name();

  /**
   * The alarms this detector raises on {@code series}, in date order; empty when the series is too
   * short for the detector's baseline.
   */
  List<Alarm> evaluate(CountSeries series);
}
