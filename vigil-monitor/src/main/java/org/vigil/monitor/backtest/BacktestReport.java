package org.vigil.monitor.backtest;

import java.util.List;
import java.util.Objects;

/**
 * What a backtest measured, per detector, on one set of simulated series. Immutable.
 *
 * @param seed the seed the series were drawn from
 * @param simulation how they were drawn
 * @param injected how many series got an escalation
 * @param detectors one result per detector, in the order they were given
 */
public record BacktestReport(long seed, Simulation simulation, int injected, List<DetectorResult> detectors) {
  public BacktestReport {
    Objects.requireNonNull(simulation, "simulation");
    detectors = List.copyOf(detectors);
  }

  /**
   * One detector's figures.
   *
   * @param name the detector's name
   * @param falseAlarmsPerSeriesMonth alarms on in-control days per 30.44 in-control days of a series
   * @param falseAlarms alarms on in-control days
   * @param inControlMonths in-control days, in months of 30.44 days, over all series
   * @param sensitivity share of the injected escalations (all sizes) with an alarm inside them
   * @param medianDelayDays median of (first alarm inside the escalation - its start) over those
   *     detected, in days; null when none was
   * @param bySize the same per escalation size
   * @param byBaseRate false alarms and the doubling's detection per band of base mean
   */
  public record DetectorResult(String name, double falseAlarmsPerSeriesMonth, int falseAlarms,
      double inControlMonths, double sensitivity, Double medianDelayDays, List<Detection> bySize,
      List<Band> byBaseRate) {
    public DetectorResult {
      Objects.requireNonNull(name, "name");
      bySize = List.copyOf(bySize);
      byBaseRate = List.copyOf(byBaseRate);
    }

    /** The detection of one escalation size ({@code x2} ...), or an empty one of no escalations. */
    public Detection size(double factor) {
      return bySize.stream().filter(d -> d.group().equals(Detection.sizeLabel(factor))).findFirst()
          .orElse(new Detection(Detection.sizeLabel(factor), 0, 0, 0, null));
    }
  }

  /**
   * How many escalations of a group were detected, and how soon.
   *
   * @param group the group: an escalation size ({@code x2}), or {@code all}
   * @param escalations injected escalations in the group
   * @param detected those with an alarm inside them
   * @param sensitivity detected / escalations (0 when there were none)
   * @param medianDelayDays median days from start to first alarm of those detected; null when none
   */
  public record Detection(String group, int escalations, int detected, double sensitivity, Double medianDelayDays) {
    public Detection {
      Objects.requireNonNull(group, "group");
      if (detected < 0 || detected > escalations) {
        throw new IllegalArgumentException("detection of " + group + ": " + detected + " detected of " + escalations);
      }
    }

    static String sizeLabel(double factor) {
      return factor == Math.rint(factor) ? "x" + (long) factor : "x" + factor;
    }
  }

  /**
   * A band of base means: its series' false alarms and how the doublings among them were detected.
   *
   * @param band the band, {@code lo-hi} events a day (lo included)
   * @param series series in the band
   * @param falseAlarmsPerSeriesMonth false alarms per in-control series-month in the band
   * @param doubling the doublings (x2) injected in the band's series
   */
  public record Band(String band, int series, double falseAlarmsPerSeriesMonth, Detection doubling) {
    public Band {
      Objects.requireNonNull(band, "band");
      Objects.requireNonNull(doubling, "doubling");
    }
  }
}
