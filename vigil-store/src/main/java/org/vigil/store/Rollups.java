package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.store.EventQuery;
import org.vigil.store.StoreReads.Grouping;
import org.vigil.store.StoreReads.Period;

/**
 * The pre-aggregates (issue 13, "the API at scale"): counts and Goldstein sums of the events per
 * period and key, in twenty-three tables ({@link #ALL}). Schema version 6 has the two finest, per day:
 * <ul>
 *   <li>{@code rollup_countries}: source country, target country, PLOVER type, QuadClass, CAMEO
 *       root and modality;
 *   <li>{@code rollup_dyads}: the same and the source and target actor codes.
 * </ul>
 * Version 7 adds coarser ones (issue 13, round 5: the fine keys are nearly as many as the events,
 * so a decade of a dyad by week read about one row an event): per day, week and month, {@code
 * rollup_countries_*} (the country pair), {@code rollup_pairs_*} (the country pair and the PLOVER
 * type) and {@code rollup_dyads_*} (the country pair and the actor codes). {@link #plan} picks the coarsest that can answer a query (its
 * period, grouping and filters); a week or month table answers the whole periods inside the
 * query's dates, and the day table of the same key the days at either end.
 *
 * <p>All are kept exact in the transaction that writes events: the rows of the events stored are
 * added, and before events are deleted (re-coding, repair) their rows are added with negative
 * counts and sums. So a table is a log of signed deltas, read with {@code sum(...) GROUP BY};
 * Goldstein sums are {@code DECIMAL(38, 6)} so that adding and taking away gives back the exact
 * sum. {@link #compact} folds the deltas into one row per key, in date order (zone maps prune
 * date ranges); a store compacts when it is bulk-loaded and when it migrates.
 *
 * <p>What they cannot answer (those filters fall back to the events table): an article, a CAMEO
 * prefix longer than the root, a bounding box, a place, a minimum confidence, a cursor. Stateless.
 */
final class Rollups {
  private Rollups() {}

  static final String COUNTRIES = "rollup_countries";
  static final String DYADS = "rollup_dyads";

  private static final List<String> FULL = List.of("source_country", "target_country", "plover_event", "quad_class",
      "cameo_root", "modality");
  private static final List<String> FULL_CODES = List.of("source_country", "target_country", "plover_event",
      "quad_class", "cameo_root", "modality", "source_code", "target_code");
  private static final List<String> PAIRS = List.of("source_country", "target_country", "plover_event");
  private static final List<String> COUNTRY_PAIRS = List.of("source_country", "target_country");
  private static final List<String> CODES = List.of("source_country", "target_country", "source_code", "target_code");

  /**
   * One pre-aggregate: its name, the period its {@code date} column starts (the day, the Monday of
   * the week, the first of the month), and the event columns of its key besides the date.
   */
  record Table(String name, Period grain, List<String> key) {
    Table {
      key = List.copyOf(key);
    }

    String keyColumns() {
      return "date, " + String.join(", ", key);
    }

    /**
     * Whether it has one row per event side (schema version 8, {@link #SIDES}; 9, {@link
     * #SIDE_PARTNERS} and {@link #SIDE_TYPES}): its key is the side's {@code country} and some of
     * the other side's ({@code partner}) and the PLOVER type.
     */
    boolean sides() {
      return !key.isEmpty() && key.get(0).equals("country");
    }

    /** The order its rows are written in: the country's rows together for a table of sides, else by date. */
    String order() {
      return sides() ? "country, date" : "date";
    }

    /** The group of a row of it: the expression of {@link StoreReads} over the table's columns. */
    String group(Grouping grouping) {
      return switch (grouping) {
        // an event between two countries counts once for each, once when both are the same
        case COUNTRY -> sides() ? "unnest(list_distinct([country, partner]))"
            : "unnest(list_distinct([source_country, target_country]))";
        case DYAD -> "source_code || '>' || coalesce(target_code, '')";
        case TYPE -> "plover_event";
      };
    }

    /** The statement that creates it. */
    String create() {
      StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(name).append(" (\n  date DATE NOT NULL");
      for (String column : key) {
        sb.append(",\n  ").append(column).append(' ').append(TYPES.get(column));
      }
      return sb.append(",\n  events BIGINT NOT NULL,\n  goldstein DECIMAL(38, 6) NOT NULL)").toString();
    }

    /** Its rows of the events {@code events} (a table or an aliased subquery), with counts and sums times {@code sign}. */
    String delta(String events, int sign) {
      String s = sign < 0 ? "-" : "";
      if (sides()) {
        // a row for each distinct country of the event (none for an event without one), its
        // partner the other side's country (null when there is none; the same when both are)
        StringBuilder columns = new StringBuilder("country");
        if (key.contains("partner")) {
          columns.append(", CASE WHEN country = source_country THEN target_country ELSE source_country END AS partner");
        }
        if (key.contains("plover_event")) {
          columns.append(", plover_event");
        }
        if (key.contains("source_code")) {
          columns.append(", source_code, target_code");
        }
        return "SELECT " + bucket(grain, "date") + " AS date, " + columns + ", " + s + "count(*), " + s
            + "sum(CAST(goldstein AS DECIMAL(38, 6))) FROM (SELECT date, source_country, target_country, plover_event,"
            + " source_code, target_code, goldstein, unnest(list_distinct([source_country, target_country])) AS country FROM " + events
            + ") sides GROUP BY ALL";
      }
      return "SELECT " + bucket(grain, "date") + " AS date, " + String.join(", ", key) + ", " + s + "count(*), " + s
          + "sum(CAST(goldstein AS DECIMAL(38, 6))) FROM " + events + " GROUP BY ALL";
    }

    /** Fills it from the events table, in date order. */
    String fill() {
      return "INSERT INTO " + name + " " + delta("events", 1) + " ORDER BY " + order();
    }
  }

  private static final java.util.Map<String, String> TYPES = java.util.Map.of(
      "source_country", "VARCHAR", "target_country", "VARCHAR", "plover_event", "VARCHAR NOT NULL",
      "quad_class", "TINYINT NOT NULL", "cameo_root", "VARCHAR NOT NULL", "modality", "VARCHAR NOT NULL",
      "source_code", "VARCHAR NOT NULL", "target_code", "VARCHAR", "country", "VARCHAR NOT NULL",
      "partner", "VARCHAR");

  private static final List<String> SIDE_KEY = List.of("country", "partner", "plover_event");
  private static final List<String> PARTNER_KEY = List.of("country", "partner");
  private static final List<String> SIDE_TYPE_KEY = List.of("country", "plover_event");
  private static final List<String> DYAD_SIDE_KEY = List.of("country", "source_code", "target_code");

  /** The tables of schema version 6. */
  static final List<Table> VERSION_6 = List.of(new Table(COUNTRIES, Period.DAY, FULL),
      new Table(DYADS, Period.DAY, FULL_CODES));

  /** The tables version 7 adds. */
  static final List<Table> VERSION_7 = List.of(
      new Table("rollup_pairs_day", Period.DAY, PAIRS),
      new Table("rollup_pairs_week", Period.WEEK, PAIRS),
      new Table("rollup_pairs_month", Period.MONTH, PAIRS),
      new Table("rollup_dyads_day", Period.DAY, CODES),
      new Table("rollup_dyads_week", Period.WEEK, CODES),
      new Table("rollup_dyads_month", Period.MONTH, CODES),
      new Table("rollup_countries_day", Period.DAY, COUNTRY_PAIRS),
      new Table("rollup_countries_week", Period.WEEK, COUNTRY_PAIRS),
      new Table("rollup_countries_month", Period.MONTH, COUNTRY_PAIRS));

  /**
   * The tables version 8 adds (issue 13, round 7): one row per event side, per day, week and month
   * ({@code rollup_sides_*}: country, partner, PLOVER type), in order of country and then date, so
   * that a query of one country reads that country's rows and the zone maps skip the others'.
   * The date-ordered tables answer {@code country=X} by reading every country's rows in the
   * dates ({@code source_country = X OR target_country = X}) and keeping a sixth.
   */
  static final List<Table> SIDES = byPeriod("rollup_sides", SIDE_KEY);

  /**
   * The tables of event sides version 9 adds (issue 13, round 9), in the same order: by country
   * and partner without the PLOVER type ({@code rollup_partners_*}), for an aggregate by country,
   * and by country and PLOVER type without the partner ({@code rollup_side_types_*}), for one by
   * type. A country's decade by day read a row per day, partner and type; at 10 M events the
   * busiest countries meet most partners in several types a day, so leaving a column out of the
   * key folds several rows into one.
   */
  static final List<Table> SIDE_PARTNERS = byPeriod("rollup_partners", PARTNER_KEY);

  /** See {@link #SIDE_PARTNERS}. */
  static final List<Table> SIDE_TYPES = byPeriod("rollup_side_types", SIDE_TYPE_KEY);

  /**
   * Dyads by event side (version 9, issue 13, round 9): a row per country of an event and its
   * actor codes, in country order, for an aggregate by dyad with a country. The date-ordered
   * {@code rollup_dyads_*} answer {@code country=X} by reading every row group of the dates (a
   * country's decade: the whole table) and keeping X's rows.
   */
  static final List<Table> DYAD_SIDES = byPeriod("rollup_dyad_sides", DYAD_SIDE_KEY);

  /** The tables version 9 adds. */
  static final List<Table> VERSION_9 = concat(concat(SIDE_PARTNERS, SIDE_TYPES), DYAD_SIDES);

  /** The tables {@code NAME_day}, {@code NAME_week} and {@code NAME_month} of {@code key}, in that order. */
  private static List<Table> byPeriod(String name, List<String> key) {
    return List.of(new Table(name + "_day", Period.DAY, key), new Table(name + "_week", Period.WEEK, key),
        new Table(name + "_month", Period.MONTH, key));
  }

  /** Every pre-aggregate. */
  static final List<Table> ALL = concat(concat(concat(VERSION_6, VERSION_7), SIDES), VERSION_9);

  /**
   * The order {@link #plan} tries them in: coarser periods first, then smaller keys (fewer rows).
   */
  private static final List<Table> PREFERENCE = List.of(
      VERSION_7.get(8), VERSION_7.get(2), VERSION_7.get(5), VERSION_7.get(7), VERSION_7.get(1), VERSION_7.get(4),
      VERSION_7.get(6), VERSION_7.get(0), VERSION_7.get(3), VERSION_6.get(0), VERSION_6.get(1));

  static final List<String> TABLES = ALL.stream().map(Table::create).toList();

  /** Fills the tables of version 6 from the events of an older store (migration to version 6). */
  static final List<String> FILL = VERSION_6.stream().map(Table::fill).toList();

  /** Fills the tables version 7 adds from the events of a version 6 store (migration to version 7). */
  static final List<String> FILL_7 = VERSION_7.stream()
      .flatMap(t -> java.util.stream.Stream.of("DELETE FROM " + t.name(), t.fill())).toList();

  /** Fills the tables of event sides from the events of a version 7 store (migration to version 8). */
  static final List<String> FILL_8 = SIDES.stream()
      .flatMap(t -> java.util.stream.Stream.of("DELETE FROM " + t.name(), t.fill())).toList();

  /** Fills the tables of version 9 from the events of a version 8 store (migration to version 9). */
  static final List<String> FILL_9 = VERSION_9.stream()
      .flatMap(t -> java.util.stream.Stream.of("DELETE FROM " + t.name(), t.fill())).toList();

  private static List<Table> concat(List<Table> a, List<Table> b) {
    List<Table> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  /** The start of the period of {@code column} (a DATE expression) as a DATE. */
  static String bucket(Period period, String column) {
    return switch (period) {
      case DAY -> column;
      case WEEK -> "CAST(date_trunc('week', " + column + ") AS DATE)";
      case MONTH -> "CAST(date_trunc('month', " + column + ") AS DATE)";
    };
  }

  /**
   * Adds the events {@code events} (a table, or a parenthesised query with an alias, of events
   * columns) to every table, with {@code sign} +1 or -1 (before they are deleted).
   */
  static void add(Connection c, String events, int sign) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (Table t : ALL) {
        st.execute("INSERT INTO " + t.name() + " " + t.delta(events, sign));
      }
    }
  }

  /** Adds (sign -1: takes away) the events of the article {@code articleId}. */
  static void addArticle(Connection c, String articleId, int sign) throws SQLException {
    for (Table t : ALL) {
      try (PreparedStatement st = c.prepareStatement("INSERT INTO " + t.name() + " "
          + t.delta("(SELECT * FROM events WHERE article_id = ?) e", sign))) {
        st.setString(1, articleId);
        st.executeUpdate();
      }
    }
  }

  /**
   * Folds each table's deltas into one row per key (keys whose events sum to 0 dropped), in date
   * order, in the caller's transaction.
   */
  static void compact(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (Table t : ALL) {
        String folded = "folded_" + t.name();
        st.execute("CREATE TEMP TABLE IF NOT EXISTS " + folded + " AS SELECT * FROM " + t.name() + " LIMIT 0");
        st.execute("DELETE FROM " + folded);
        st.execute("INSERT INTO " + folded + " SELECT " + t.keyColumns() + ", sum(events), sum(goldstein) FROM "
            + t.name() + " GROUP BY ALL HAVING sum(events) <> 0");
        st.execute("DELETE FROM " + t.name());
        st.execute("INSERT INTO " + t.name() + " SELECT * FROM " + folded + " ORDER BY " + t.order());
        st.execute("DROP TABLE " + folded);
      }
    }
  }

  /**
   * Keys of the tables whose folded counts or Goldstein sums differ from a {@code GROUP BY} over
   * the events (a key missing on one side counts once): 0 when the pre-aggregates are exact. One
   * pass over the events a table: for {@code vigil store check}, not for every ingest.
   */
  static long drift(Connection c) throws SQLException {
    long n = 0;
    Set<String> present = present(c);
    try (Statement st = c.createStatement()) {
      for (Table t : ALL) {
        if (!present.contains(t.name())) {
          continue;
        }
        String folded = "SELECT " + t.keyColumns() + ", sum(events) AS n, sum(goldstein) AS g FROM " + t.name()
            + " GROUP BY ALL HAVING sum(events) <> 0 OR sum(goldstein) <> 0";
        String counted = t.delta("events", 1);
        // EXCEPT compares rows as sets, NULL equal to NULL (a missing target country is a key too)
        try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM (" + folded + " EXCEPT " + counted
            + ")) + (SELECT count(*) FROM (" + counted + " EXCEPT " + folded + "))")) {
          rs.next();
          n += rs.getLong(1);
        }
      }
    }
    return n;
  }

  /** Fills every table again from the events, in the caller's transaction. */
  static void rebuild(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (Table t : ALL) {
        st.execute("DELETE FROM " + t.name());
        st.execute(t.fill());
      }
    }
  }

  /** The pre-aggregates the store has (a read-only store may be older than version 6 or 7). */
  static Set<String> present(Connection c) throws SQLException {
    Set<String> found = new HashSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
            + " WHERE starts_with(table_name, 'rollup_') AND table_schema = 'main'")) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    }
    return found;
  }

  /** Whether the store has the tables of version 6 (the ones every query of {@link #plan} can fall back on). */
  static boolean hasVersion6(Set<String> present) {
    return present.contains(COUNTRIES) && present.contains(DYADS);
  }

  /**
   * The tables and filters that answer an aggregate of {@code query} by {@code period} and {@code
   * grouping}, among the {@code present} ones; null when a filter needs the events table (or the
   * store has no pre-aggregates). {@code coarse} false keeps to the tables of version 6 (to measure
   * what the coarser ones save).
   */
  static Plan plan(EventQuery q, Period period, Grouping grouping, Set<String> present, boolean coarse) {
    return plan(q, period, grouping, present, coarse, coarse);
  }

  /**
   * {@link #plan(EventQuery, Period, Grouping, Set, boolean)}; {@code sides} false leaves out the
   * tables of event sides of schema version 8 (to measure what they save).
   */
  static Plan plan(EventQuery q, Period period, Grouping grouping, Set<String> present, boolean coarse,
      boolean sides) {
    if (sides) {
      Plan bySides = sidesPlan(q, period, grouping, present);
      if (bySides != null) {
        return bySides;
      }
    }
    if (q.articleId() != null || q.bbox() != null || q.place() != null || q.minConfidence() != null
        || q.after() != null || (q.cameo() != null && q.cameo().length() > 2) || !hasVersion6(present)) {
      return null;
    }
    Set<String> needs = new HashSet<>();
    switch (grouping) {
      case COUNTRY -> needs.addAll(List.of("source_country", "target_country"));
      case DYAD -> needs.addAll(List.of("source_code", "target_code"));
      case TYPE -> needs.add("plover_event");
    }
    if (q.country() != null) {
      needs.addAll(List.of("source_country", "target_country"));
    }
    if (q.actor() != null || q.source() != null || q.target() != null) {
      needs.addAll(List.of("source_code", "target_code"));
    }
    if (q.alliance() != null) {
      needs.addAll(List.of("source_code", "target_code", "source_country", "target_country"));
    }
    if (q.cameo() != null || q.cameoRoot() != null) {
      needs.add("cameo_root");
    }
    if (q.ploverType() != null) {
      needs.add("plover_event");
    }
    if (q.quadClass() != null) {
      needs.add("quad_class");
    }
    if (q.modality() != null) {
      needs.add("modality");
    }
    // the CAMEO prefix is at most the root: it is a prefix of the root; the dates are each part's own
    EventQuery rest = new EventQuery(q.country(), q.actor(), null, null, null, null, 1, q.source(), q.target(),
        q.cameoRoot(), q.ploverType(), q.quadClass(), q.modality(), null, null, q.alliance(), null, null);
    EventFilter base = EventFilter.of(rest);
    if (q.cameo() != null) {
      List<String> conditions = new ArrayList<>(base.conditions());
      List<Object> parameters = new ArrayList<>(base.parameters());
      conditions.add("starts_with(cameo_root, ?)");
      parameters.add(q.cameo());
      base = new EventFilter(conditions, parameters);
    }
    for (Table t : PREFERENCE) {
      boolean usable = present.contains(t.name()) && t.key().containsAll(needs)
          && (coarse || VERSION_6.contains(t))
          // a membership of an alliance starts or ends on a day: only day tables know it
          && (t.grain() == Period.DAY || (q.alliance() == null && t.grain() == period));
      if (!usable) {
        continue;
      }
      if (t.grain() == Period.DAY) {
        return new Plan(List.of(new Part(t, dated(base, q.from(), q.to()))));
      }
      Table days = dayTable(t);
      if (!present.contains(days.name())) {
        continue;
      }
      return new Plan(parts(t, days, base, q.from(), q.to()));
    }
    return null;
  }

  /**
   * The plan over the tables of event sides, or null when they cannot answer: a country is given,
   * the grouping is by country or type, and no filter but the PLOVER type and the dates.
   */
  private static Plan sidesPlan(EventQuery q, Period period, Grouping grouping, Set<String> present) {
    if (q.country() == null || (grouping == Grouping.DYAD && q.ploverType() != null) || q.articleId() != null || q.bbox() != null
        || q.place() != null || q.minConfidence() != null || q.after() != null || q.cameo() != null
        || q.cameoRoot() != null || q.quadClass() != null || q.modality() != null || q.actor() != null
        || q.source() != null || q.target() != null || q.alliance() != null) {
      return null;
    }
    List<String> conditions = new ArrayList<>(List.of("country = ?"));
    List<Object> parameters = new ArrayList<>(List.of(q.country()));
    if (q.ploverType() != null) {
      conditions.add("lower(plover_event) = lower(?)");
      parameters.add(q.ploverType());
    }
    EventFilter base = new EventFilter(conditions, parameters);
    // the smallest key that has the grouping and the filter (round 9), if the store has it
    List<Table> family = switch (grouping) {
      case TYPE -> SIDE_TYPES;
      case COUNTRY -> q.ploverType() == null ? SIDE_PARTNERS : SIDES;
      case DYAD -> DYAD_SIDES;
    };
    if (!present.containsAll(family.stream().map(Table::name).toList())) {
      if (grouping == Grouping.DYAD) {
        return null; // the date-ordered dyad tables
      }
      family = SIDES;
    }
    Table days = family.get(0);
    Table coarse = switch (period) {
      case DAY -> days;
      case WEEK -> family.get(1);
      case MONTH -> family.get(2);
    };
    if (!present.contains(days.name()) || !present.contains(coarse.name())) {
      return null;
    }
    return coarse == days ? new Plan(List.of(new Part(days, dated(base, q.from(), q.to()))))
        : new Plan(parts(coarse, days, base, q.from(), q.to()));
  }

  private static Table dayTable(Table t) {
    for (Table d : ALL) {
      if (d.grain() == Period.DAY && d.key().equals(t.key())) {
        return d;
      }
    }
    throw new IllegalStateException("no day table with the key of " + t.name());
  }

  /**
   * The coarse table for the whole periods within [from, to] (either may be null: open), the day
   * table for the days before the first whole period and after the last.
   */
  private static List<Part> parts(Table coarse, Table days, EventFilter base, LocalDate from, LocalDate to) {
    LocalDate first = from == null ? null : start(coarse.grain(), from).equals(from) ? from : next(coarse.grain(), from);
    // the day after the last whole period: after `to` when it ends a period, else the start of its period
    LocalDate afterLast = to == null ? null
        : next(coarse.grain(), to).equals(to.plusDays(1)) ? to.plusDays(1) : start(coarse.grain(), to);
    if (first != null && afterLast != null && !first.isBefore(afterLast)) {
      return List.of(new Part(days, dated(base, from, to))); // no whole period
    }
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(coarse, dated(base, first, afterLast == null ? null : afterLast.minusDays(1))));
    if (from != null && from.isBefore(first)) {
      parts.add(new Part(days, dated(base, from, first.minusDays(1))));
    }
    if (to != null && !to.isBefore(afterLast)) {
      parts.add(new Part(days, dated(base, afterLast, to)));
    }
    return parts;
  }

  /** The first day of the period holding {@code day}. */
  static LocalDate start(Period grain, LocalDate day) {
    return switch (grain) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The first day of the period after the one holding {@code day}. */
  static LocalDate next(Period grain, LocalDate day) {
    return switch (grain) {
      case DAY -> day.plusDays(1);
      case WEEK -> start(grain, day).plusWeeks(1);
      case MONTH -> start(grain, day).plusMonths(1);
    };
  }

  private static EventFilter dated(EventFilter base, LocalDate from, LocalDate to) {
    List<String> conditions = new ArrayList<>(base.conditions());
    List<Object> parameters = new ArrayList<>(base.parameters());
    if (from != null) {
      conditions.add("date >= ?");
      parameters.add(from);
    }
    if (to != null) {
      conditions.add("date <= ?");
      parameters.add(to);
    }
    return new EventFilter(conditions, parameters);
  }

  /** A table and the filter of the rows it gives to an aggregate. */
  record Part(Table table, EventFilter filter) {}

  /** The parts whose rows, summed per period and group, answer an aggregate. */
  record Plan(List<Part> parts) {
    Plan {
      parts = List.copyOf(parts);
    }

    /** The names of the tables read, in order. */
    List<String> tables() {
      return parts.stream().map(p -> p.table().name()).toList();
    }
  }
}
