package org.vigil.server;

import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.vigil.core.event.Location;
import org.vigil.core.store.EventQuery;
import org.vigil.geo.BorderRegion;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.monitor.alert.Alert;
import org.vigil.monitor.alert.Alerting;
import org.vigil.monitor.series.Figures;
import org.vigil.monitor.series.Filter;
import org.vigil.monitor.series.SeriesBuilder;
import org.vigil.monitor.series.Volume;
import org.vigil.monitor.series.Watch;
import org.vigil.monitor.series.WatchSeries;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreReads;
import org.vigil.store.WatchRows;

/**
 * The service's watch and alert loop (issue 14): the watches ({@link WatchBook}), each turned into
 * a vigil-monitor {@link Watch} (an alliance's members on each day from the dictionaries' dated
 * memberships; a border band from the gazetteer), their daily series read from the store and
 * normalised by the coded articles a day, the detectors run over them ({@link Alerting}), and the
 * alerts raised or extended stored ({@link AlertBook}) and pushed to the stream and the webhooks.
 * {@link #evaluate} runs after each ingest run and at start. Thread-safe: evaluations are serial.
 */
final class Monitoring {
  private static final System.Logger LOG = System.getLogger(Monitoring.class.getName());

  /** Days of series an evaluation reads, up to the latest stored article (a year and a little, for the record high). */
  static final int SERIES_DAYS = 400;

  /** Receives the alerts an evaluation raised or extended. */
  interface Listener {
    void changed(Alert alert, boolean raised);
  }

  private final DuckDbEventStore store;
  private final Function<String, Optional<EventQuery.Alliance>> alliances;
  private final Supplier<Gazetteer> gazetteer;
  private final WatchBook watches;
  private final AlertBook alerts;
  private final Alerting alerting;
  private final InstantSource clock;
  private final List<Listener> listeners;

  Monitoring(DuckDbEventStore store, Function<String, Optional<EventQuery.Alliance>> alliances,
      Supplier<Gazetteer> gazetteer, WatchBook watches, AlertBook alerts, Alerting alerting, InstantSource clock,
      List<Listener> listeners) {
    this.store = Objects.requireNonNull(store, "store");
    this.alliances = Objects.requireNonNull(alliances, "alliances");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.watches = Objects.requireNonNull(watches, "watches");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.alerting = Objects.requireNonNull(alerting, "alerting");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listeners = List.copyOf(listeners);
  }

  WatchBook watches() {
    return watches;
  }

  AlertBook alerts() {
    return alerts;
  }

  InstantSource clock() {
    return clock;
  }

  /** The gazetteer loaded once, when a border watch first needs it (about a second). */
  static Supplier<Gazetteer> lazyGazetteer() {
    return new Supplier<>() {
      private volatile Gazetteer g;

      @Override
      public Gazetteer get() {
        Gazetteer loaded = g;
        if (loaded == null) {
          synchronized (this) {
            loaded = g;
            if (loaded == null) {
              loaded = Gazetteer.load();
              g = loaded;
            }
          }
        }
        return loaded;
      }
    };
  }

  /**
   * The monitor's watch of a spec.
   *
   * @throws ApiException 400 when the dictionaries have no such organisation or the gazetteer no
   *     such border
   */
  Watch watchOf(WatchSpec s) {
    return switch (s.kind()) {
      case COUNTRY -> new Watch.CountryWatch(s.country(), s.filter());
      case DYAD -> new Watch.DyadWatch(s.a(), s.b(), s.directed(), s.filter());
      case PLACES -> new Watch.PlacesWatch(s.name(), s.places(), s.filter());
      case ALLIANCE -> {
        EventQuery.Alliance a = alliances.apply(s.code()).orElseThrow(() -> new ApiException(400, "bad_watch",
            "watch " + s.id() + ": the dictionaries have no organisation " + s.code()));
        yield new Watch.AllianceWatch(a.code(), membersOf(a), s.filter());
      }
      case BORDER -> {
        BorderRegion r = gazetteer.get().border(s.a(), s.b(), s.bandKm()).orElseThrow(() -> new ApiException(400,
            "bad_watch", "watch " + s.id() + ": the gazetteer has no land border between " + s.a() + " and " + s.b()));
        yield new Watch.BorderWatch(s.a(), s.b(), inBand(r, s.bandKm()), s.filter());
      }
    };
  }

  /** The members of an alliance on each day, from its dated memberships (both ends inclusive, null open). */
  static Function<LocalDate, Set<String>> membersOf(EventQuery.Alliance a) {
    return day -> a.members().stream()
        .filter(m -> (m.from() == null || !day.isBefore(m.from())) && (m.to() == null || !day.isAfter(m.to())))
        .map(EventQuery.Membership::country).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whether a location is in the band along the border: the locator resolved it to the border
   * region itself ("the Afghan-Tajik border"), or it lies within {@code km} of a place of the other
   * country that is itself within {@code km} of this one (the gazetteer's border region).
   */
  static Predicate<Location> inBand(BorderRegion r, double km) {
    return l -> {
      if (l.name() != null && l.name().equalsIgnoreCase(r.name())) {
        return true;
      }
      if (l.lat() == null || l.lon() == null || l.country() == null) {
        return false;
      }
      List<Place> other = l.country().equals(r.a()) ? r.sideB() : l.country().equals(r.b()) ? r.sideA() : List.of();
      for (Place p : other) {
        if (kilometres(l.lat(), l.lon(), p.lat(), p.lon()) <= km) {
          return true;
        }
      }
      return false;
    };
  }

  /** Great-circle distance (haversine, mean Earth radius 6,371 km). */
  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * The days the series cover and the coded articles a day over them (the events are read per
   * watch, in SQL: {@link #series}).
   */
  record Span(LocalDate from, LocalDate to, Volume volume) {}

  /**
   * The span of the latest {@link #SERIES_DAYS} days up to the latest stored article's date
   * (events dated later, "next month", are not yet news), starting no earlier than the first
   * stored article (days before the store's first article are not calm days), or empty when the
   * store has no articles.
   */
  Optional<Span> span() {
    // one GROUP BY, not a page of articles at a time (issue 13, round 6)
    java.util.SortedMap<LocalDate, Integer> perDay = new StoreReads(store).articlesByDay();
    if (perDay.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = perDay.firstKey();
    LocalDate to = perDay.lastKey();
    LocalDate from = to.minusDays(SERIES_DAYS - 1L);
    if (first.isAfter(from)) {
      from = first;
    }
    return Optional.of(new Span(from, to, Volume.of(perDay)));
  }

  /**
   * The store's selection of a watch: its kind as a {@link WatchRows.Scope} and its filter. An
   * event dated only to a month or a year ("this month", "next year") counts on its first day, so
   * a month's plans would pile onto the 1st and alarm there (seen in the seed scenario): the
   * store's reads leave them out.
   *
   * @throws ApiException 400 when the dictionaries have no such organisation or the gazetteer no
   *     such border
   */
  WatchRows.Selection selectionOf(WatchSpec s) {
    WatchRows.Scope scope = switch (s.kind()) {
      case COUNTRY -> new WatchRows.Country(s.country());
      case DYAD -> new WatchRows.Dyad(s.a(), s.b(), s.directed());
      case PLACES -> new WatchRows.Places(s.places());
      case ALLIANCE -> {
        EventQuery.Alliance a = alliances.apply(s.code()).orElseThrow(() -> new ApiException(400, "bad_watch",
            "watch " + s.id() + ": the dictionaries have no organisation " + s.code()));
        yield new WatchRows.Alliance(a.code(), a.members());
      }
      case BORDER -> {
        BorderRegion r = gazetteer.get().border(s.a(), s.b(), s.bandKm()).orElseThrow(() -> new ApiException(400,
            "bad_watch", "watch " + s.id() + ": the gazetteer has no land border between " + s.a() + " and " + s.b()));
        yield new WatchRows.Border(s.a(), s.b(), r.a(), r.b(), r.name(), s.bandKm(), points(r.sideA()),
            points(r.sideB()));
      }
    };
    Filter f = s.filter();
    return new WatchRows.Selection(scope, f.ploverTypes(), f.quadClasses(), f.actors(), f.minConfidence());
  }

  private static List<WatchRows.Point> points(List<Place> places) {
    return places.stream().map(p -> new WatchRows.Point(p.lat(), p.lon())).toList();
  }

  /** A watch's daily series over the span: one {@code GROUP BY} day in the store ({@link WatchRows}). */
  WatchSeries series(WatchSpec spec, Span span) {
    return series(watchOf(spec), selectionOf(spec), span);
  }

  private WatchSeries series(Watch watch, WatchRows.Selection selection, Span span) {
    Map<LocalDate, Figures> counted = new HashMap<>();
    for (WatchRows.Day d : new StoreReads(store).watchDays(selection, span.from(), span.to())) {
      counted.put(d.date(), new Figures(d.date(), 1, d.events(), d.mentions(), d.articles(), d.byPlover(),
          d.byQuadClass(), d.intensity(), 0, null));
    }
    return SeriesBuilder.normalisedBy(span.volume()).daily(watch, counted, span.from(), span.to());
  }

  /**
   * Evaluates every watch over the store's events, stores the alerts raised or extended and tells
   * the listeners. A watch that cannot be evaluated (an organisation the dictionaries lost) is
   * logged and skipped; the others go on. With no watch, nothing is read. Each watch's series is
   * one {@code GROUP BY} in the store, and the events of an alarm's window are read only for a new
   * alarm (its evidence).
   *
   * @return the alerts raised and extended, by watch id
   */
  synchronized Map<String, Alerting.Outcome> evaluate() {
    Map<String, Alerting.Outcome> out = new LinkedHashMap<>();
    List<WatchBook.Entry> all = watches.all();
    if (all.isEmpty()) {
      return out;
    }
    Optional<Span> span = span();
    if (span.isEmpty()) {
      return out;
    }
    Span in = span.get();
    StoreReads reads = new StoreReads(store);
    for (WatchBook.Entry e : all) {
      WatchSpec spec = e.spec();
      Alerting.Outcome o;
      try {
        WatchRows.Selection selection = selectionOf(spec);
        WatchSeries series = series(watchOf(spec), selection, in);
        // the evidence of the series' events only: none before its first day or after its last
        o = alerting.evaluate(spec.id(), series, (from, to) -> {
          LocalDate f = from.isBefore(in.from()) ? in.from() : from;
          LocalDate t = to.isAfter(in.to()) ? in.to() : to;
          return t.isBefore(f) ? List.of() : reads.watchEvents(selection, f, t);
        }, alerts.list(spec.id(), null));
      } catch (RuntimeException ex) {
        LOG.log(System.Logger.Level.WARNING, "watch " + spec.id() + " cannot be evaluated: " + ex.getMessage(), ex);
        continue;
      }
      if (o.isEmpty()) {
        continue;
      }
      List<Alert> changed = new ArrayList<>(o.raised());
      changed.addAll(o.extended());
      alerts.putAll(changed);
      out.put(spec.id(), o);
      for (Listener l : listeners) {
        o.raised().forEach(a -> tell(l, a, true));
        o.extended().forEach(a -> tell(l, a, false));
      }
    }
    return out;
  }

  private static void tell(Listener l, Alert a, boolean raised) {
    try {
      l.changed(a, raised);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "an alert listener failed on " + a.id(), e);
    }
  }

  /** The open alerts (new or acknowledged) by watch id. */
  Map<String, Long> openByWatch() {
    Map<String, Long> out = new TreeMap<>();
    for (Alert a : alerts.list(null, null)) {
      if (a.status() != Alert.Status.CLOSED) {
        out.merge(a.watchId(), 1L, Long::sum);
      }
    }
    return out;
  }
}
