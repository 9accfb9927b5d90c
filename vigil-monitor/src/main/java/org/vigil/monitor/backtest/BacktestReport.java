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

  /** The report as a text table: one row per detector, then the doubling by band of base mean. */
  public String table() {
    Simulation sim = simulation;
    StringBuilder out = new StringBuilder();
    out.append(String.format(java.util.Locale.ROOT,
        "%d series of %d days (the first %d history only), base means %s-%s a day, k %s-%s, weekly cycle up to"
            + " %s, trend up to %s a year; %d with one escalation (%s) of %d-%d days; seed %d%n%n",
        sim.series(), sim.days(), sim.warmupDays(), num(sim.minMean()), num(sim.maxMean()),
        num(sim.minOverdispersion()), num(sim.maxOverdispersion()), num(sim.maxWeeklyAmplitude()),
        num(sim.maxTrendPerYear()), injected, String.join(", ", sim.sizes().stream().map(Detection::sizeLabel).toList()),
        sim.minEpisodeDays(), sim.maxEpisodeDays(), seed));
    out.append(String.format(java.util.Locale.ROOT, "%-14s %10s %6s %6s", "detector", "FA/s-month", "sens", "delay"));
    for (double size : sim.sizes()) {
      out.append(String.format(java.util.Locale.ROOT, " | %-5s %5s %5s", Detection.sizeLabel(size), "sens", "delay"));
    }
    out.append('\n');
    for (DetectorResult d : detectors) {
      out.append(String.format(java.util.Locale.ROOT, "%-14s %10.3f %6.2f %6s", d.name(), d.falseAlarmsPerSeriesMonth(),
          d.sensitivity(), delay(d.medianDelayDays())));
      for (double size : sim.sizes()) {
        Detection x = d.size(size);
        out.append(String.format(java.util.Locale.ROOT, " | %-5s %5.2f %5s", "", x.sensitivity(),
            delay(x.medianDelayDays())));
      }
      out.append('\n');
    }
    out.append("\nDoublings (x2) by base mean, events a day: false alarms per series-month, sensitivity, median delay\n");
    out.append(String.format(java.util.Locale.ROOT, "%-14s", "detector"));
    if (!detectors.isEmpty()) {
      for (Band b : detectors.getFirst().byBaseRate()) {
        out.append(String.format(java.util.Locale.ROOT, " | %-9s (%3d series, %2d x2)", b.band(), b.series(),
            b.doubling().escalations()));
      }
    }
    out.append('\n');
    for (DetectorResult d : detectors) {
      out.append(String.format(java.util.Locale.ROOT, "%-14s", d.name()));
      for (Band b : d.byBaseRate()) {
        out.append(String.format(java.util.Locale.ROOT, " | %7.3f %5.2f %5s %9s", b.falseAlarmsPerSeriesMonth(),
            b.doubling().sensitivity(), delay(b.doubling().medianDelayDays()), ""));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String delay(Double days) {
    return days == null ? "-" : num(days);
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
