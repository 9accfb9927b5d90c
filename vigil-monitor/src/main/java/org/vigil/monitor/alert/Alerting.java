package org.vigil.monitor.alert;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.vigil.core.event.CodedEvent;
import org.vigil.monitor.detect.Alarm;
import org.vigil.monitor.detect.Detector;
import org.vigil.monitor.detect.NbCusum;
import org.vigil.monitor.detect.RecordHigh;
import org.vigil.monitor.series.Figures;
import org.vigil.monitor.series.WatchSeries;

/**
 * Turns a watch's series into alerts (issue 14, item 5): each detector's alarms are grouped into
 * episodes, an alarm no more than {@code episodeGapDays} after the last alarm of an open alert of
 * the same watch and detector extending it, so repeated firings of one escalation are one alert;
 * an alert that was closed ends its episode, and a later alarm raises a new one. Each alert carries
 * the events of its alarm windows that the watch selects ({@code evidenceDays} up to each alarm
 * day), the series from {@code contextDays} before its first alarm, and a severity. Evaluating the
 * same series again changes nothing: alarms already inside an alert are skipped. Stateless apart
 * from its settings; thread-safe.
 */
public final class Alerting {

  /**
   * How alarms become alerts.
   *
   * @param detectors the detectors, run in this order (by default the NB-CUSUM, then the record high)
   * @param episodeGapDays days between two alarms of one episode, at most (7)
   * @param evidenceDays days up to an alarm whose events are its evidence (7)
   * @param contextDays days of series before the first alarm an alert shows (28)
   * @param maxEvidence events an alert keeps as evidence, the newest (50)
   */
  public record Rules(List<Detector> detectors, int episodeGapDays, int evidenceDays, int contextDays,
      int maxEvidence) {
    public Rules {
      detectors = List.copyOf(detectors);
      if (detectors.isEmpty()) {
        throw new IllegalArgumentException("alert rules need at least one detector");
      }
      if (episodeGapDays < 1 || evidenceDays < 1 || contextDays < 0 || maxEvidence < 1) {
        throw new IllegalArgumentException("alert rules: episode gap, evidence days and evidence count must be at"
            + " least 1 and context days at least 0, were " + episodeGapDays + ", " + evidenceDays + ", "
            + maxEvidence + " and " + contextDays);
      }
    }

    /** The NB-CUSUM and the record high with their defaults, gap 7, evidence 7 days, context 28, 50 events. */
    public static Rules defaults() {
      return of(List.of(NbCusum.withDefaults(), RecordHigh.withDefaults()));
    }

    /** These detectors with the default gap, evidence and context. */
    public static Rules of(List<Detector> detectors) {
      return new Rules(detectors, 7, 7, 28, 50);
    }
  }

  /**
   * What an evaluation changed.
   *
   * @param raised alerts new in this evaluation
   * @param extended alerts that existed and took in new alarms
   */
  public record Outcome(List<Alert> raised, List<Alert> extended) {
    public Outcome {
      raised = List.copyOf(raised);
      extended = List.copyOf(extended);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
      return raised.isEmpty() && extended.isEmpty();
    }
  }

  private final Rules rules;
  private final InstantSource clock;

  public Alerting(Rules rules, InstantSource clock) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Its rules. */
  public Rules rules() {
    return rules;
  }

  /**
   * Evaluates the watch's series and returns the alerts raised or extended.
   *
   * @param watchId the watch's id (the alerts' ids start with it)
   * @param series the watch's daily series
   * @param events the events the series was built from (the evidence is taken from those the watch
   *     selects)
   * @param existing the watch's alerts so far (any status)
   */
  public Outcome evaluate(String watchId, WatchSeries series, Collection<CodedEvent> events,
      Collection<Alert> existing) {
    Objects.requireNonNull(series, "series");
    List<CodedEvent> selected = events.stream().filter(series.watch()::selects).toList();
    return evaluate(watchId, series, (from, to) -> selected.stream()
        .filter(e -> !e.date().date().isBefore(from) && !e.date().date().isAfter(to)).toList(), existing);
  }

  /**
   * Where an evaluation takes an alarm's evidence from: the events the watch selects, dated
   * {@code from} to {@code to} (both included), asked only for the windows of new alarms.
   */
  @FunctionalInterface
  public interface EvidenceSource {
    /** The selected events dated {@code from} to {@code to}, in any order. */
    Collection<CodedEvent> selected(LocalDate from, LocalDate to);
  }

  /**
   * {@link #evaluate(String, WatchSeries, Collection, Collection)} with the evidence read from
   * {@code evidence} for each new alarm's window only (issue 13, round 8: the service reads it
   * from the store instead of holding every event of the series in memory).
   */
  public Outcome evaluate(String watchId, WatchSeries series, EvidenceSource evidence, Collection<Alert> existing) {
    Objects.requireNonNull(watchId, "watchId");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(evidence, "evidence");
    Map<String, Alert> byId = new LinkedHashMap<>();
    for (Alert a : existing) {
      if (a.watchId().equals(watchId)) {
        byId.put(a.id(), a);
      }
    }
    Map<String, Alert> raised = new LinkedHashMap<>();
    Map<String, Alert> extended = new LinkedHashMap<>();
    for (Detector d : rules.detectors()) {
      for (Alarm alarm : d.evaluate(series.counts())) {
        Alert episode = episodeOf(byId.values(), d.name(), alarm.date());
        if (episode != null && !alarm.date().isAfter(episode.lastDay())) {
          continue; // seen in an earlier evaluation
        }
        Instant now = clock.instant();
        boolean opens = episode == null || episode.status() == Alert.Status.CLOSED;
        LocalDate day = alarm.date();
        Collection<CodedEvent> selected = evidence.selected(day.minusDays(rules.evidenceDays() - 1L), day);
        Alert next = opens ? open(watchId, series, d, alarm, selected, now) : extend(episode, series, alarm, selected, now);
        byId.put(next.id(), next);
        if (opens || raised.containsKey(next.id())) {
          raised.put(next.id(), next);
        } else {
          extended.put(next.id(), next);
        }
      }
    }
    return new Outcome(List.copyOf(raised.values()), List.copyOf(extended.values()));
  }

  /** The latest alert of this detector whose episode the alarm on {@code day} falls in, or null. */
  private Alert episodeOf(Collection<Alert> alerts, String detector, LocalDate day) {
    Alert found = null;
    for (Alert a : alerts) {
      if (a.detector().equals(detector) && !day.isBefore(a.firstDay())
          && !day.isAfter(a.lastDay().plusDays(rules.episodeGapDays()))
          && (found == null || a.firstDay().isAfter(found.firstDay()))) {
        found = a;
      }
    }
    return found;
  }

  private Alert open(String watchId, WatchSeries series, Detector d, Alarm alarm, Collection<CodedEvent> selected,
      Instant now) {
    String id = watchId + "." + d.name() + "." + alarm.date();
    return new Alert(id, watchId, series.watch().name(), d.name(), parametersOf(d), alarm.date(), alarm.date(), 1,
        alarm.statistic(), alarm.threshold(), Severity.of(alarm.statistic(), alarm.threshold()), Alert.Status.NEW,
        window(series, alarm.date(), alarm.date()), evidence(List.of(), selected, alarm.date()), now, now);
  }

  private Alert extend(Alert a, WatchSeries series, Alarm alarm, Collection<CodedEvent> selected, Instant now) {
    boolean stronger = Severity.of(alarm.statistic(), alarm.threshold()).compareTo(a.severity()) > 0
        || (alarm.statistic() > a.statistic() && alarm.threshold() <= a.threshold());
    double statistic = stronger ? alarm.statistic() : a.statistic();
    double threshold = stronger ? alarm.threshold() : a.threshold();
    return new Alert(a.id(), a.watchId(), a.watchName(), a.detector(), a.parameters(), a.firstDay(), alarm.date(),
        a.alarms() + 1, statistic, threshold, Severity.of(statistic, threshold), a.status(),
        window(series, a.firstDay(), alarm.date()), evidence(a.evidence(), selected, alarm.date()), a.raised(), now);
  }

  private List<Alert.Day> window(WatchSeries series, LocalDate first, LocalDate last) {
    LocalDate from = first.minusDays(rules.contextDays());
    List<Alert.Day> days = new ArrayList<>();
    for (Figures f : series.figures()) {
      if (!f.start().isBefore(from) && !f.start().isAfter(last)) {
        days.add(new Alert.Day(f.start(), f.events(), f.codedArticles()));
      }
    }
    return days;
  }

  /** The evidence so far and the selected events of the window up to {@code day}: newest first, by event id once. */
  private List<Alert.Evidence> evidence(List<Alert.Evidence> before, Collection<CodedEvent> selected, LocalDate day) {
    LocalDate from = day.minusDays(rules.evidenceDays() - 1L);
    Map<String, Alert.Evidence> all = new TreeMap<>();
    before.forEach(e -> all.put(e.eventId(), e));
    for (CodedEvent e : selected) {
      LocalDate d = e.date().date();
      if (!d.isBefore(from) && !d.isAfter(day)) {
        all.putIfAbsent(e.eventId(), new Alert.Evidence(e.eventId(), e.articleId(), d, e.cameo(),
            e.plover() == null ? null : e.plover().event(), e.source() == null ? null : e.source().code(),
            e.target() == null ? null : e.target().code(), e.evidence().sentence()));
      }
    }
    return all.values().stream()
        .sorted(Comparator.comparing(Alert.Evidence::date).reversed().thenComparing(Alert.Evidence::eventId))
        .limit(rules.maxEvidence()).toList();
  }

  /** A detector's parameters by name, as text (those of a parameter record, when it has one). */
  public static Map<String, String> parametersOf(Detector d) {
    Record p = switch (d) {
      case NbCusum n -> n.parameters();
      case RecordHigh r -> r.parameters();
      default -> null;
    };
    Map<String, String> out = new TreeMap<>();
    if (p != null) {
      for (RecordComponent c : p.getClass().getRecordComponents()) {
        try {
          out.put(c.getName(), String.valueOf(c.getAccessor().invoke(p)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read parameter " + c.getName() + " of " + d.name(), e);
        }
      }
    }
    return out;
  }
}
