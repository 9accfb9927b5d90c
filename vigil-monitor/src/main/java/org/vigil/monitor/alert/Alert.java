package org.vigil.monitor.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An escalation a watch's detector found: one alert an episode (alarms of one detector on one
 * watch no more than the episode gap apart), with the events that made it fire, the series around
 * it, the detector with its parameters, and a severity from the largest statistic over its
 * threshold. Immutable and thread-safe.
 *
 * @param id {@code WATCH.DETECTOR.FIRSTDAY} ({@code afg-tjk-border.nb-cusum.2021-07-05}): the same
 *     episode evaluated again has the same id
 * @param watchId the watch's id
 * @param watchName the watch's name
 * @param detector the detector's name ({@code nb-cusum}, {@code record-high})
 * @param parameters the detector's parameters by name, as text
 * @param firstDay the first alarm day of the episode
 * @param lastDay the last alarm day of the episode
 * @param alarms alarm days of the episode
 * @param statistic the largest statistic of the episode's alarms
 * @param threshold the threshold of the alarm with that statistic
 * @param severity from {@code statistic} and {@code threshold}
 * @param status new, acknowledged or closed
 * @param window the series from some weeks before {@code firstDay} to {@code lastDay}
 * @param evidence the events the watch selects in the alarm windows, newest first
 * @param raised when it was raised
 * @param updated when it last changed (an alarm added, its status set)
 */
public record Alert(String id, String watchId, String watchName, String detector, Map<String, String> parameters,
    LocalDate firstDay, LocalDate lastDay, int alarms, double statistic, double threshold, Severity severity,
    Status status, List<Day> window, List<Evidence> evidence, Instant raised, Instant updated) {

  /** Where an alert is in its handling. */
  public enum Status {
    NEW, ACKNOWLEDGED, CLOSED;

    /** Its name in JSON: {@code new}, {@code acknowledged}, {@code closed}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status named {@code text}, any case.
     *
     * @throws IllegalArgumentException naming the text and the statuses
     */
    public static Status parse(String text) {
      for (Status s : values()) {
        if (s.label().equalsIgnoreCase(String.valueOf(text).strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException("alert status must be new, acknowledged or closed, was " + text);
    }
  }

  /** A day of the series: distinct events the watch selects and coded articles that day. */
  public record Day(LocalDate date, int events, int codedArticles) {
    public Day {
      Objects.requireNonNull(date, "date");
    }
  }

  /** An event that made the alert fire, with the sentence that states it. */
  public record Evidence(String eventId, String articleId, LocalDate date, String cameo, String plover,
      String source, String target, String sentence) {
    public Evidence {
      Objects.requireNonNull(eventId, "evidence eventId");
      Objects.requireNonNull(articleId, "evidence articleId");
      Objects.requireNonNull(date, "evidence date");
      Objects.requireNonNull(sentence, "evidence sentence");
    }
  }

  public Alert {
    for (Object[] f : new Object[][] {{id, "id"}, {watchId, "watchId"}, {watchName, "watchName"},
        {detector, "detector"}, {firstDay, "firstDay"}, {lastDay, "lastDay"}, {severity, "severity"},
        {status, "status"}, {raised, "raised"}, {updated, "updated"}}) {
      if (f[0] == null) {
        throw new NullPointerException("alert " + id + " has no " + f[1]);
      }
    }
    parameters = Map.copyOf(parameters);
    window = List.copyOf(window);
    evidence = List.copyOf(evidence);
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("alert " + id + " ends (" + lastDay + ") before it starts (" + firstDay + ")");
    }
    if (alarms < 1) {
      throw new IllegalArgumentException("alert " + id + " must have at least one alarm, had " + alarms);
    }
  }

  /** This alert with another status, updated at {@code now}. */
  public Alert withStatus(Status value, Instant now) {
    return new Alert(id, watchId, watchName, detector, parameters, firstDay, lastDay, alarms, statistic, threshold,
        severity, Objects.requireNonNull(value, "status"), window, evidence, raised, now);
  }
}
