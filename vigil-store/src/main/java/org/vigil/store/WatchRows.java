package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;

/**
 * A watch's daily series and its evidence read in SQL (issue 13, round 8): the monitor had loaded
 * every event of 400 days (1.5 M at 10 M events) after each ingest run to count a few watches'
 * events in Java. {@link #days} is one {@code GROUP BY} day with the watch's selection as a
 * {@code WHERE} clause; {@link #events} reads the selected events of a few days (an alarm's
 * evidence). Both count only events dated to a day or a week (as the monitor does: a month's
 * plans would pile onto its first day), by the first day of their date.
 *
 * <p>What makes records one event is the monitor's key: date, source code, target code (empty
 * when none) and CAMEO code; the record that stands for the event is the first in the store's
 * order (article, sentence, trigger, event id), whose PLOVER type, QuadClass and Goldstein value
 * are counted. Stateless.
 */
public final class WatchRows {
  private WatchRows() {}

  /** Which events concern a watch, before its filter. */
  public sealed interface Scope {}

  /** Events whose source's, target's or location's country is {@code country}. */
  public record Country(String country) implements Scope {
    public Country {
      need(country, "country scope's country");
    }
  }

  /**
   * Events from side {@code a} to side {@code b} (and back unless {@code directed}); a side is an
   * actor code prefix or a country.
   */
  public record Dyad(String a, String b, boolean directed) implements Scope {
    public Dyad {
      need(a, "dyad scope's first side");
      need(b, "dyad scope's second side");
    }
  }

  /**
   * Events whose source's, target's or location's country is a member on the event's date (both
   * ends of a membership included, null open), or whose source or target is the organisation
   * itself (its code exactly).
   */
  public record Alliance(String code, List<EventQuery.Membership> members) implements Scope {
    public Alliance {
      need(code, "alliance scope's code");
      members = List.copyOf(members);
    }
  }

  /** Events at one of the places, by name in any case. */
  public record Places(Set<String> names) implements Scope {
    public Places {
      names = Set.copyOf(names);
      if (names.isEmpty()) {
        throw new IllegalArgumentException("places scope has no places");
      }
      names.forEach(n -> need(n, "places scope's place"));
    }
  }

  /** A point on the map, in degrees. */
  public record Point(double lat, double lon) {
    public Point {
      if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
        throw new IllegalArgumentException("point must have latitude in [-90, 90] and longitude in [-180, 180], was "
            + lat + ", " + lon);
      }
    }
  }

  /**
   * Events located in country {@code a} or {@code b} in the band along their border: at the border
   * region itself (the location's name is {@code regionName}, any case), or within {@code km}
   * (great circle) of a place of the other side: {@code sideA} are places of {@code a}, {@code sideB}
   * of {@code b}. {@code regionA} and {@code regionB} are the region's countries in its own order.
   */
  public record Border(String a, String b, String regionA, String regionB, String regionName, double km,
      List<Point> sideA, List<Point> sideB) implements Scope {
    public Border {
      need(a, "border scope's first country");
      need(b, "border scope's second country");
      need(regionA, "border scope's region's first country");
      need(regionB, "border scope's region's second country");
      need(regionName, "border scope's region name");
      if (!(km > 0)) {
        throw new IllegalArgumentException("border scope's band must be positive, was " + km);
      }
      sideA = List.copyOf(sideA);
      sideB = List.copyOf(sideB);
    }
  }

  /**
   * A watch's selection: its scope and its filter (empty sets accept all; negated events never
   * count).
   *
   * @param actors actor code prefixes; an event is accepted when its source or target has one
   */
  public record Selection(Scope scope, Set<String> ploverTypes, Set<Integer> quadClasses, Set<String> actors,
      double minConfidence) {
    public Selection {
      Objects.requireNonNull(scope, "selection's scope");
      ploverTypes = Set.copyOf(ploverTypes);
      quadClasses = Set.copyOf(quadClasses);
      actors = Set.copyOf(actors);
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        throw new IllegalArgumentException("selection's least confidence must be in [0, 1], was " + minConfidence);
      }
    }
  }

  /**
   * A day of a watch's series.
   *
   * @param events distinct events (by the monitor's key)
   * @param mentions event records
   * @param articles distinct articles of the records
   * @param byPlover distinct events by PLOVER type
   * @param byQuadClass distinct events by QuadClass
   * @param intensity sum of {@code -goldstein} over the distinct events of QuadClass 3 and 4
   */
  public record Day(LocalDate date, int events, int mentions, int articles, Map<String, Integer> byPlover,
      Map<Integer, Integer> byQuadClass, double intensity) {
    public Day {
      Objects.requireNonNull(date, "day's date");
      if (events < 1 || mentions < events || articles < 1) {
        throw new IllegalArgumentException("day " + date + " of a series has " + events + " events, " + mentions
            + " mentions, " + articles + " articles; a stored day has at least one of each, mentions at least the"
            + " events");
      }
      byPlover = Map.copyOf(byPlover);
      byQuadClass = Map.copyOf(byQuadClass);
    }
  }

  private static void need(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  /** The selection's condition over the events table, with its parameters appended to {@code parameters}. */
  static String where(Selection s, LocalDate from, LocalDate to, List<Object> parameters) {
    List<String> all = new ArrayList<>();
    all.add("date >= ? AND date <= ?");
    parameters.add(from);
    parameters.add(to);
    all.add("date_granularity IN ('day', 'week')");
    all.add("NOT negated");
    all.add(scope(s.scope(), parameters));
    if (s.minConfidence() > 0) {
      all.add("confidence >= ?");
      parameters.add(s.minConfidence());
    }
    if (!s.ploverTypes().isEmpty()) {
      all.add(in("plover_event", s.ploverTypes().size()));
      parameters.addAll(new java.util.TreeSet<>(s.ploverTypes()));
    }
    if (!s.quadClasses().isEmpty()) {
      all.add(in("quad_class", s.quadClasses().size()));
      parameters.addAll(new java.util.TreeSet<>(s.quadClasses()));
    }
    if (!s.actors().isEmpty()) {
      List<String> any = new ArrayList<>();
      for (String a : new java.util.TreeSet<>(s.actors())) {
        any.add("starts_with(source_code, ?) OR starts_with(target_code, ?)");
        parameters.add(a);
        parameters.add(a);
      }
      all.add("coalesce(" + String.join(" OR ", any) + ", false)");
    }
    return "(" + String.join(") AND (", all) + ")";
  }

  private static String in(String column, int n) {
    return column + " IN (" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
  }

  /** The scope's condition; every condition is wrapped so that a NULL reads as false. */
  private static String scope(Scope scope, List<Object> p) {
    return switch (scope) {
      case Country c -> {
        p.add(c.country());
        p.add(c.country());
        p.add(c.country());
        yield "coalesce(source_country = ?, false) OR coalesce(target_country = ?, false)"
            + " OR coalesce(location_country = ?, false)";
      }
      case Dyad d -> {
        String ab = "(" + side("source", d.a(), p) + ") AND (" + side("target", d.b(), p) + ")";
        yield d.directed() ? ab : ab + " OR ((" + side("source", d.b(), p) + ") AND (" + side("target", d.a(), p) + "))";
      }
      case Alliance a -> {
        List<String> any = new ArrayList<>();
        any.add("coalesce(source_code = ?, false) OR coalesce(target_code = ?, false)");
        p.add(a.code());
        p.add(a.code());
        for (EventQuery.Membership m : a.members()) {
          StringBuilder c = new StringBuilder("(coalesce(source_country = ?, false) OR coalesce(target_country = ?,"
              + " false) OR coalesce(location_country = ?, false))");
          p.add(m.country());
          p.add(m.country());
          p.add(m.country());
          if (m.from() != null) {
            c.append(" AND date >= ?");
            p.add(m.from());
          }
          if (m.to() != null) {
            c.append(" AND date <= ?");
            p.add(m.to());
          }
          any.add("(" + c + ")");
        }
        yield String.join(" OR ", any);
      }
      case Places pl -> {
        List<String> names = pl.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        p.addAll(names);
        yield "location_name IS NOT NULL AND " + in("lower(location_name)", names.size());
      }
      case Border b -> {
        p.add(b.a());
        p.add(b.b());
        p.add(b.regionName());
        StringBuilder near = new StringBuilder("location_country IN (?, ?) AND (coalesce(lower(location_name) ="
            + " lower(?), false) OR (location_lat IS NOT NULL AND location_lon IS NOT NULL AND (");
        // a place of the region's first country is near the second side's places, and back
        near.append("(location_country = ? AND ").append(within(b.sideB(), b.km(), p, b.regionA())).append(")");
        near.append(" OR (location_country = ? AND ").append(within(b.sideA(), b.km(), p, b.regionB())).append(")");
        yield near.append(")))").toString();
      }
    };
  }

  /** An actor code prefix or a country, on one side; false when the side has no actor. */
  private static String side(String column, String side, List<Object> p) {
    p.add(side);
    p.add(side);
    return "coalesce(starts_with(" + column + "_code, ?), false) OR coalesce(" + column + "_country = ?, false)";
  }

  /** Mean Earth radius of the monitor's great-circle distance (haversine), km. */
  private static final double EARTH_KM = 6371;

  /**
   * Whether the location lies within {@code km} of one of the points: the haversine distance
   * written as Java's {@code Math.toRadians} computes it (degrees times {@code PI / 180}).
   */
  private static String within(List<Point> points, double km, List<Object> p, String country) {
    p.add(country);
    if (points.isEmpty()) {
      return "false";
    }
    StringBuilder values = new StringBuilder();
    for (Point q : points) {
      values.append(values.isEmpty() ? "" : ", ").append("(CAST(? AS DOUBLE), CAST(? AS DOUBLE))");
      p.add(q.lat());
      p.add(q.lon());
    }
    p.add(km);
    // the same operations in the same order as Monitoring.kilometres, so the same doubles
    String r = " * CAST('" + Math.PI / 180 + "' AS DOUBLE)";
    String dLat = "sin(((side.lat - location_lat)" + r + ") / 2)";
    String dLon = "sin(((side.lon - location_lon)" + r + ") / 2)";
    return "EXISTS (SELECT 1 FROM (VALUES " + values + ") AS side(lat, lon) WHERE 2 * " + (int) EARTH_KM
        + " * asin(least(1, sqrt(" + dLat + " * " + dLat + " + cos(location_lat" + r + ") * cos(side.lat" + r + ")"
        + " * " + dLon + " * " + dLon + "))) <= ?)";
  }

  /** The first record of each event (by the monitor's key) among the selected, marked {@code first}. */
  private static String selected(String where) {
    return "SELECT date, article_id, plover_event, quad_class, goldstein, row_number() OVER (PARTITION BY date,"
        + " source_code, coalesce(target_code, ''), cameo ORDER BY article_id, sentence_index, trigger_begin,"
        + " event_id) = 1 AS first FROM events WHERE " + where;
  }

  /**
   * The days from {@code from} to {@code to} (both included) on which the selection has events, in
   * date order.
   */
  static List<Day> days(Connection c, Selection s, LocalDate from, LocalDate to) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String where = where(s, from, to, parameters);
    String sql = "WITH sel AS (" + selected(where) + ")"
        + " SELECT CAST(date AS VARCHAR), plover_event, quad_class, CAST(count(*) AS INTEGER) AS events,"
        + " CAST(sum(CASE WHEN quad_class >= 3 THEN -goldstein ELSE 0 END) AS DOUBLE) AS intensity,"
        + " NULL AS mentions, NULL AS articles FROM sel WHERE first GROUP BY date, plover_event, quad_class"
        + " UNION ALL SELECT CAST(date AS VARCHAR), NULL, NULL, NULL, NULL, CAST(count(*) AS INTEGER),"
        + " CAST(count(DISTINCT article_id) AS INTEGER) FROM sel GROUP BY date";
    record Acc(Map<String, Integer> plover, Map<Integer, Integer> quad, double[] intensity, int[] counts) {}
    Map<LocalDate, Acc> byDay = new TreeMap<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      int i = 1;
      for (Object o : parameters) {
        st.setObject(i++, o);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Acc acc = byDay.computeIfAbsent(LocalDate.parse(rs.getString(1)),
              d -> new Acc(new TreeMap<>(), new TreeMap<>(), new double[1], new int[3]));
          if (rs.getString(2) != null) {
            int n = rs.getInt(4);
            acc.plover().merge(rs.getString(2), n, Integer::sum);
            acc.quad().merge(rs.getInt(3), n, Integer::sum);
            acc.intensity()[0] += rs.getDouble(5);
            acc.counts()[0] += n;
          } else {
            acc.counts()[1] = rs.getInt(6);
            acc.counts()[2] = rs.getInt(7);
          }
        }
      }
    }
    List<Day> out = new ArrayList<>();
    byDay.forEach((d, a) -> out.add(new Day(d, a.counts()[0], a.counts()[1], a.counts()[2], a.plover(), a.quad(),
        a.intensity()[0])));
    return out;
  }

  /** The selected events dated {@code from} to {@code to} (both included), in the store's order. */
  static List<CodedEvent> events(Connection c, Selection s, LocalDate from, LocalDate to) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String where = where(s, from, to, parameters);
    try (PreparedStatement st = c.prepareStatement("SELECT * FROM events WHERE " + where
        + " ORDER BY date DESC, article_id, sentence_index, trigger_begin, event_id")) {
      int i = 1;
      for (Object o : parameters) {
        st.setObject(i++, o);
      }
      List<CodedEvent> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(EventRows.read(rs));
        }
      }
      return out;
    }
  }
}
