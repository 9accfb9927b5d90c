package org.vigil.monitor.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.vigil.core.event.CodedEvent;

/**
 * Counts the events a watch selects into a daily or weekly series (docs/MONITOR.md, "Series"). An
 * event counts on the first day of its date (an event dated to a week counts on its first day).
 * Stateless apart from its settings; thread-safe when {@code sourceOf} is.
 */
public final class SeriesBuilder {
  private final Optional<Volume> volume;
  private final Function<String, String> sourceOf;

  /**
   * @param volume coded articles a day to normalise by, or empty for raw counts
   * @param sourceOf the news source of an article id (for the distinct sources); it must not return
   *     null
   */
  public SeriesBuilder(Optional<Volume> volume, Function<String, String> sourceOf) {
    this.volume = Objects.requireNonNull(volume, "volume");
    this.sourceOf = Objects.requireNonNull(sourceOf, "sourceOf");
  }

  /** A builder normalising by {@code volume}, each article counting as its own source. */
  public static SeriesBuilder normalisedBy(Volume volume) {
    return new SeriesBuilder(Optional.of(volume), Function.identity());
  }

  /** A builder of raw counts, each article counting as its own source. */
  public static SeriesBuilder raw() {
    return new SeriesBuilder(Optional.empty(), Function.identity());
  }

  /** The series of {@code watch} over the buckets that hold {@code from..to} (both included). */
  public WatchSeries build(Watch watch, Collection<CodedEvent> events, LocalDate from, LocalDate to, Bucket bucket) {
    Objects.requireNonNull(watch, "watch");
    Objects.requireNonNull(bucket, "bucket");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("series of " + watch.name() + ": " + to + " is before " + from);
    }
    Map<LocalDate, List<CodedEvent>> byBucket = new TreeMap<>();
    for (CodedEvent e : events) {
      LocalDate day = e.date().date();
      if (!day.isBefore(from) && !day.isAfter(to) && watch.selects(e)) {
        byBucket.computeIfAbsent(bucket.start(day), d -> new ArrayList<>()).add(e);
      }
    }
    List<Figures> figures = new ArrayList<>();
    for (LocalDate start = bucket.start(from); !start.isAfter(to); start = bucket.next(start)) {
      LocalDate end = bucket.next(start).minusDays(1);
      LocalDate first = start.isBefore(from) ? from : start;
      LocalDate last = end.isAfter(to) ? to : end;
      figures.add(figures(start, first, last, byBucket.getOrDefault(start, List.of())));
    }
    return new WatchSeries(watch, bucket, figures, volume);
  }

  /**
   * The daily series of {@code watch} over {@code from..to} (both included) from figures counted
   * elsewhere (the store's {@code GROUP BY}; issue 13, round 8): {@code counted} holds the days
   * with events, each a one-day {@link Figures} whose coded articles and rate are ignored; the
   * other days are empty. The coded articles and rates come from this builder's volume, as in
   * {@link #build}, so both give equal series for equal counts.
   */
  public WatchSeries daily(Watch watch, java.util.Map<LocalDate, Figures> counted, LocalDate from, LocalDate to) {
    Objects.requireNonNull(watch, "watch");
    Objects.requireNonNull(counted, "counted");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("series of " + watch.name() + ": " + to + " is before " + from);
    }
    List<Figures> figures = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Figures f = counted.get(day);
      figures.add(f == null ? normalised(day, day, day, 0, 0, 0, Map.of(), Map.of(), 0)
          : normalised(day, day, day, f.events(), f.mentions(), f.sources(), f.byPlover(), f.byQuadClass(),
              f.intensity()));
    }
    return new WatchSeries(watch, Bucket.DAY, figures, volume);
  }

  private Figures figures(LocalDate start, LocalDate first, LocalDate last, List<CodedEvent> events) {
    Map<EventKey, CodedEvent> distinct = new HashMap<>();
    Set<String> sources = new HashSet<>();
    for (CodedEvent e : events) {
      distinct.putIfAbsent(EventKey.of(e), e);
      sources.add(Objects.requireNonNull(sourceOf.apply(e.articleId()), () -> "no source for article " + e.articleId()));
    }
    Map<String, Integer> byPlover = new TreeMap<>();
    Map<Integer, Integer> byQuad = new TreeMap<>();
    double intensity = 0;
    for (CodedEvent e : distinct.values()) {
      byPlover.merge(e.plover().event(), 1, Integer::sum);
      byQuad.merge(e.quadClass(), 1, Integer::sum);
      if (e.quadClass() >= 3) {
        intensity -= e.goldstein();
      }
    }
    return normalised(start, first, last, distinct.size(), events.size(), sources.size(), byPlover, byQuad, intensity);
  }

  /** A bucket's figures with its coded articles and rate from the volume, if any. */
  private Figures normalised(LocalDate start, LocalDate first, LocalDate last, int events, int mentions, int sources,
      Map<String, Integer> byPlover, Map<Integer, Integer> byQuad, double intensity) {
    int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    int articles = 0;
    Double rate = null;
    if (volume.isPresent()) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        articles += volume.get().articles(d);
      }
      rate = 1000.0 * events / Math.max(articles, volume.get().floorArticles() * days);
    }
    return new Figures(start, days, events, mentions, sources, byPlover, byQuad, intensity, articles, rate);
  }

  /** What makes two records one event: date, source, target and CAMEO code. */
  record EventKey(LocalDate date, String source, String target, String cameo) {
    static EventKey of(CodedEvent e) {
      return new EventKey(e.date().date(), e.source().code(), e.target() == null ? "" : e.target().code(), e.cameo());
    }
  }
}
