package org.vigil.monitor.alert;

/**
 * How far an alarm's statistic went over its threshold: {@code ratio = statistic / threshold};
 * below 1.5 {@link #LOW}, below 2.5 {@link #MEDIUM}, else {@link #HIGH}. A threshold of zero or
 * less (a rule with no floor) is {@link #HIGH} when the statistic is positive.
 */
public enum Severity {
  LOW, MEDIUM, HIGH;

  /** The severity of a statistic against its threshold. */
  public static Severity of(double statistic, double threshold) {
    if (threshold <= 0) {
      return statistic > 0 ? HIGH : LOW;
    }
    double ratio = statistic / threshold;
    return ratio < 1.5 ? LOW : ratio < 2.5 ? MEDIUM : HIGH;
  }

  /** Its name in JSON: {@code low}, {@code medium}, {@code high}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
