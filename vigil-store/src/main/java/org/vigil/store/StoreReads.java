package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;

/**
 * The reads a service needs besides {@link DuckDbEventStore#query}: articles by page and by id,
 * an event by id, the merged events of a story's articles,
 * and counts and Goldstein sums of the events an {@link EventQuery} selects, grouped in SQL
 * ({@code GROUP BY}). Thread-safe, as the store is; each call reads committed data.
 */
public final class StoreReads {

  /** An article without its text, with the number of its events. */
  public record ArticleSummary(String id, LocalDate date, String title, String url, String source, long events) {
    public ArticleSummary {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(date, "date");
    }
  }

  /** A position in the order of articles (newest first, then by id): the last one of a page. */
  public record ArticleCursor(LocalDate date, String id) {
    public ArticleCursor {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(id, "id");
    }
  }

  /** The period of an aggregate: a day, the ISO week (from its Monday), or the calendar month (from its first day). */
  public enum Period {
    DAY, WEEK, MONTH
  }

  /**
   * What an aggregate groups by: the country of either side (an event between two countries counts
   * once for each), the dyad of actor codes (source, target), or the PLOVER type.
   */
  public enum Grouping {
    COUNTRY, DYAD, TYPE
  }

  /**
   * One row of an aggregate.
   *
   * @param period the day, or the Monday of the week
   * @param group the country code, {@code SOURCE>TARGET} (an empty target for events without
   *     one), or the PLOVER type
   * @param events number of events
   * @param goldstein sum of their Goldstein values
   */
  public record Aggregate(LocalDate period, String group, long events, double goldstein) {}

  private final DuckDbEventStore store;

  public StoreReads(DuckDbEventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Up to {@code limit} articles after {@code after} (null: the newest), newest first, ties by id.
   *
   * @throws StoreException when the store cannot be read
   */
  /**
   * The number of stored articles on each day that has any, in date order: one {@code GROUP BY}
   * (issue 13, round 6: the monitor had paged through every article, 400 pages at 2 M articles,
   * each page sorting the whole table, on the intake's thread).
   *
   * @throws StoreException when the store cannot be read
   */
  public java.util.SortedMap<LocalDate, Integer> articlesByDay() {
    return store.read(c -> {
      java.util.SortedMap<LocalDate, Integer> out = new java.util.TreeMap<>();
      try (PreparedStatement st = c.prepareStatement(
          "SELECT CAST(date AS VARCHAR), CAST(count(*) AS INTEGER) FROM articles GROUP BY date");
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.put(LocalDate.parse(rs.getString(1)), rs.getInt(2));
        }
      }
      return out;
    });
  }

  /**
   * A watch's series: the days from {@code from} to {@code to} on which its selection has events,
   * one {@code GROUP BY} ({@link WatchRows}; issue 13, round 8).
   *
   * @throws StoreException when the store cannot be read
   */
  public List<WatchRows.Day> watchDays(WatchRows.Selection selection, LocalDate from, LocalDate to) {
    Objects.requireNonNull(selection, "selection");
    return store.read(c -> WatchRows.days(c, selection, from, to));
  }

  /**
   * The events a watch's selection takes, dated {@code from} to {@code to} (an alarm's evidence),
   * newest first in the store's order ({@link WatchRows}).
   *
   * @throws StoreException when the store cannot be read
   */
  public List<CodedEvent> watchEvents(WatchRows.Selection selection, LocalDate from, LocalDate to) {
    Objects.requireNonNull(selection, "selection");
    return store.read(c -> WatchRows.events(c, selection, from, to));
  }

  public List<ArticleSummary> articles(ArticleCursor after, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    String sql = "SELECT a.id, a.date, a.title, a.url, a.source,"
        + " (SELECT count(*) FROM events e WHERE e.article_id = a.id) FROM articles a"
        + (after == null ? "" : " WHERE a.date < ? OR (a.date = ? AND a.id > ?)")
        + " ORDER BY a.date DESC, a.id LIMIT ?";
    return store.read(c -> {
      try (PreparedStatement st = c.prepareStatement(sql)) {
        int i = 1;
        if (after != null) {
          st.setObject(i++, after.date());
          st.setObject(i++, after.date());
          st.setString(i++, after.id());
        }
        st.setInt(i, limit);
        List<ArticleSummary> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.add(new ArticleSummary(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6)));
          }
        }
        return out;
      }
    });
  }

  /**
   * The stored article with this id.
   *
   * @throws StoreException when the store cannot be read
   */
  public Optional<Article> article(String id) {
    Objects.requireNonNull(id, "id");
    return store.read(c -> {
      try (PreparedStatement st = c.prepareStatement(
          "SELECT id, date, title, text, url, source FROM articles WHERE id = ?")) {
        st.setString(1, id);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(article(rs));
        }
      }
    });
  }

  /**
   * The stored event with this id.
   *
   * @throws StoreException when the store cannot be read
   */
  public Optional<CodedEvent> event(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return store.read(c -> {
      try (PreparedStatement st = c.prepareStatement("SELECT * FROM events WHERE event_id = ?")) {
        st.setString(1, eventId);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next() ? Optional.of(EventRows.read(rs)) : Optional.empty();
        }
      }
    });
  }

  /**
   * The ids of the merged events the events of these articles are mentions of (issue 13: what a
   * story reports), by first day, newest first, then id; empty when the store keeps no merged
   * events.
   *
   * @throws StoreException when the store cannot be read
   */
  public List<String> mergedIdsOf(java.util.Collection<String> articleIds) {
    List<String> ids = List.copyOf(articleIds);
    if (ids.isEmpty()) {
      return List.of();
    }
    return store.read(c -> {
      String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
      try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT m.merged_id, m.first_date FROM event_mentions l"
          + " JOIN events e ON e.event_id = l.event_id JOIN merged_events m ON m.merged_id = l.merged_id"
          + " WHERE e.article_id IN (" + marks + ") ORDER BY m.first_date DESC, m.merged_id")) {
        for (int i = 0; i < ids.size(); i++) {
          st.setString(i + 1, ids.get(i));
        }
        List<String> found = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
        }
        return found;
      }
    });
  }

  /**
   * Hands every stored article to {@code each}, oldest first (to index them, or code them again).
   * The articles are read in one query and handed over after it.
   */
  public void eachArticle(Consumer<Article> each) {
    List<Article> all = store.read(c -> {
      try (PreparedStatement st = c.prepareStatement(
          "SELECT id, date, title, text, url, source FROM articles ORDER BY date, id");
          ResultSet rs = st.executeQuery()) {
        List<Article> out = new ArrayList<>();
        while (rs.next()) {
          out.add(article(rs));
        }
        return out;
      }
    });
    all.forEach(each);
  }

  private static Article article(ResultSet rs) throws SQLException {
    return new Article(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6));
  }

  /**
   * Counts and Goldstein sums of the events {@code query} selects (its limit and cursor are
   * ignored), by period and group, in order of period, then group. Answered from the daily
   * pre-aggregates ({@link Rollups}, weeks rolled up from days) when the query's filters allow,
   * else by a {@code GROUP BY} over the events: both give the same rows.
   *
   * @throws StoreException when the store cannot be read
   */
  public List<Aggregate> aggregate(EventQuery query, Period period, Grouping grouping) {
    return aggregate(query, period, grouping, true);
  }

  /** Whether {@link #aggregate} answers {@code query} from the pre-aggregates (the store has them and the filters allow). */
  public boolean fromRollups(EventQuery query, Grouping grouping) {
    Objects.requireNonNull(grouping, "grouping");
    return store.read(c -> Rollups.plan(query.after(null), Period.DAY, grouping, Rollups.present(c), true)) != null;
  }

  /**
   * What an aggregate reads (issue 13, round 5: a measure of its cost that does not depend on the
   * machine's load): the tables, the rows of them within the query's dates (what a scan reads at
   * least: the tables are in date order, so zone maps skip the rest), and the rows that pass every
   * filter (what the {@code GROUP BY} sums).
   *
   * @param tables the pre-aggregates read, or {@code events}
   * @param rowsInDates rows of those tables within the dates
   * @param rowsMatched rows that pass every filter
   */
  public record Scan(List<String> tables, long rowsInDates, long rowsMatched, long rowsScanned) {
    public Scan {
      tables = List.copyOf(tables);
    }
  }

  /**
   * Which pre-aggregates an aggregate may read: the daily ones of schema version 6, the coarser
   * ones of version 7 too, also the tables of event sides of version 8 (issue 13, round 7), or also
   * those of sides by partner, by type and by dyad of version 9 (round 9: {@code NARROW}, what the API
   * reads); for benchmarks and tests that compare them. Every choice gives the same rows.
   */
  public enum Tables {
    DAILY, COARSE, SIDES, NARROW;

    /** The tables of {@code present} this choice may read. */
    java.util.Set<String> allowed(java.util.Set<String> present) {
      if (this == NARROW) {
        return present;
      }
      java.util.Set<String> out = new java.util.HashSet<>(present);
      for (Rollups.Table t : Rollups.VERSION_9) {
        out.remove(t.name());
      }
      return out;
    }
  }

  /**
   * Counts what {@link #aggregate} reads for this query (two counting queries a table; for
   * benchmarks). {@code coarse} false counts what it read before the coarser pre-aggregates of
   * schema version 7, the daily ones only.
   *
   * @throws StoreException when the store cannot be read
   */
  public Scan scan(EventQuery query, Period period, Grouping grouping, boolean coarse) {
    return scan(query, period, grouping, coarse ? Tables.NARROW : Tables.DAILY);
  }

  /**
   * Counts what {@link #aggregate} reads for this query with the pre-aggregates {@code tables}
   * allows: the rows in the dates and those matched (counting queries), and the rows DuckDB's scans
   * actually read when the aggregate runs (its profile's {@code total_rows_scanned}: the zone maps
   * skip row groups, and parts of them, whose values cannot match).
   *
   * @throws StoreException when the store cannot be read
   */
  public Scan scan(EventQuery query, Period period, Grouping grouping, Tables tables) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(tables, "tables");
    EventQuery q = query.after(null);
    long scanned = profile(q, period, grouping, tables).rowsScanned();
    return store.read(c -> {
      Rollups.Plan plan = Rollups.plan(q, period, grouping, tables.allowed(Rollups.present(c)), tables != Tables.DAILY,
          tables == Tables.SIDES || tables == Tables.NARROW);
      List<Rollups.Part> parts = new ArrayList<>();
      if (plan == null) {
        parts.add(new Rollups.Part(new Rollups.Table("events", Period.DAY, List.of()), EventFilter.of(q)));
      } else {
        parts.addAll(plan.parts());
      }
      long inDates = 0;
      long matched = 0;
      for (Rollups.Part part : parts) {
        EventFilter dates = datesOnly(part.filter());
        inDates += count(c, part.table().name(), dates);
        matched += count(c, part.table().name(), part.filter());
      }
      return new Scan(parts.stream().map(p -> p.table().name()).toList(), inDates, matched, scanned);
    });
  }

  private static final java.util.regex.Pattern ROWS_SCANNED =
      java.util.regex.Pattern.compile("\"total_rows_scanned\"\\s*:\\s*(\\d+)");

  /**
   * What one run of an aggregate's query cost, from DuckDB's profile of it: the rows its scans read
   * and the CPU time its threads took (a measure that the machine's load changes much less than
   * the time on the clock).
   *
   * @param rowsScanned the profile's {@code total_rows_scanned}
   * @param cpuMillis the profile's {@code cpu_time}, in milliseconds
   */
  public record Profile(long rowsScanned, double cpuMillis) {}

  private static final java.util.regex.Pattern CPU_TIME =
      java.util.regex.Pattern.compile("\"cpu_time\"\\s*:\\s*([0-9.eE+-]+)");

  /**
   * Runs the aggregate of {@code query} once with DuckDB's profiling on (its rows are dropped) and
   * says what it cost; for benchmarks.
   *
   * @throws StoreException when the store cannot be read
   */
  public Profile profile(EventQuery query, Period period, Grouping grouping, Tables tables) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(tables, "tables");
    EventQuery q = query.after(null);
    java.nio.file.Path profile;
    try {
      profile = java.nio.file.Files.createTempFile("vigil-scan", ".json");
    } catch (java.io.IOException e) {
      throw new StoreException("cannot make a file for the query's profile: " + e.getMessage(), e);
    }
    try {
      aggregateSql(q, period, grouping, true, tables, null, profile, rs -> { });
      String json = java.nio.file.Files.readString(profile);
      java.util.regex.Matcher m = ROWS_SCANNED.matcher(json);
      long rows = 0;
      while (m.find()) {
        rows = Math.max(rows, Long.parseLong(m.group(1)));
      }
      java.util.regex.Matcher cpu = CPU_TIME.matcher(json);
      double seconds = 0;
      while (cpu.find()) {
        seconds = Math.max(seconds, Double.parseDouble(cpu.group(1)));
      }
      return new Profile(rows, Math.round(seconds * 1e6) / 1e3);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot read the query's profile " + profile + ": " + e.getMessage(), e);
    } finally {
      try {
        java.nio.file.Files.deleteIfExists(profile);
      } catch (java.io.IOException ignored) {
        // a temporary file
      }
    }
  }

  /** The conditions of {@code filter} on the date alone (the last ones Rollups and EventFilter add). */
  private static EventFilter datesOnly(EventFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    int p = 0;
    for (String condition : filter.conditions()) {
      int marks = (int) condition.chars().filter(ch -> ch == '?').count();
      if (condition.equals("date >= ?") || condition.equals("date <= ?")) {
        conditions.add(condition);
        parameters.add(filter.parameters().get(p));
      }
      p += marks;
    }
    return new EventFilter(conditions, parameters);
  }

  private static long count(java.sql.Connection c, String table, EventFilter filter) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + table + filter.where())) {
      filter.bind(st);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  List<Aggregate> aggregate(EventQuery query, Period period, Grouping grouping, boolean useRollups) {
    List<Aggregate> out = new ArrayList<>();
    aggregate(query, period, grouping, useRollups,
        (day, group, events, goldstein) -> out.add(new Aggregate(LocalDate.parse(day), group, events, goldstein)));
    return out;
  }

  /** Receives the rows of an aggregate as they are read, in order; see {@link #aggregate(EventQuery, Period, Grouping, RowSink)}. */
  @FunctionalInterface
  public interface RowSink {
    /**
     * One row: the period's day as ISO {@code YYYY-MM-DD}, the group, the events and their
     * Goldstein sum (rounded to 3 decimals), as {@link Aggregate} has them.
     */
    void row(String period, String group, long events, double goldstein) throws java.io.IOException;
  }

  /**
   * The rows of {@link #aggregate(EventQuery, Period, Grouping)}, handed to {@code sink} as they
   * are read from the store, without a list or a record a row (issue 13, round 3: building the
   * rows cost as much as the query). The sink runs while the read holds its connection: it should
   * write to memory, not to a client.
   *
   * @return the number of rows
   * @throws StoreException when the store cannot be read, or the sink throws
   */
  public long aggregate(EventQuery query, Period period, Grouping grouping, RowSink sink) {
    return aggregate(query, period, grouping, true, sink);
  }

  long aggregate(EventQuery query, Period period, Grouping grouping, boolean useRollups, RowSink sink) {
    return aggregate(query, period, grouping, useRollups, true, sink);
  }

  /**
   * A group's place in the order of an aggregate's groups (most events first, then by name): the
   * last group of a page, after which the next page starts.
   *
   * @param events the group's events over the query's dates, at least 1
   * @param group the group's name
   */
  public record GroupCursor(long events, String group) {
    public GroupCursor {
      if (events < 1) {
        throw new IllegalArgumentException("group cursor events must be >= 1, was " + events);
      }
      Objects.requireNonNull(group, "group");
    }
  }

  /**
   * Which groups an aggregate answers (issue 13, round 6: a decade of dyads by day was 13 MB):
   * the {@code limit} groups with the most events over the query's dates (ties by name), after
   * {@code after} when it is given.
   *
   * @param limit groups, at least 1
   * @param after the last group of the page before, or null for the first page
   */
  public record Groups(int limit, GroupCursor after) {
    public Groups {
      if (limit < 1) {
        throw new IllegalArgumentException("groups limit must be >= 1, was " + limit);
      }
    }
  }

  /**
   * What {@link #aggregate(EventQuery, Period, Grouping, Groups, RowSink)} answered.
   *
   * @param rows rows handed to the sink
   * @param groups groups they hold
   * @param next the cursor of the next page of groups, or null when there is none
   */
  public record Answer(long rows, int groups, GroupCursor next) {}

  /**
   * The rows of {@link #aggregate(EventQuery, Period, Grouping, RowSink)} of the top groups only:
   * those {@code groups} selects, in the same order (period, then group). Since issue 13's round 10
   * the groups are ranked over the coarsest pre-aggregate of the query's dates (its months, and
   * the days at either end: the same totals), and only the page's groups are then summed by
   * period, keyed by their columns (a dyad's two codes, not their joined text); a query the
   * pre-aggregates cannot answer ranks and sums the events in one pass, as before.
   *
   * @throws StoreException when the store cannot be read, or the sink throws
   */
  public Answer aggregate(EventQuery query, Period period, Grouping grouping, Groups groups, RowSink sink) {
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(sink, "sink");
    Page page = new Page();
    RowReader reader = rs -> {
      long rank = rs.getLong(6);
      if (rank > groups.limit()) {
        page.more = true; // a row of the one group past the page: read only to know there is a next page
        return;
      }
      String group = rs.getString(2);
      sink.row(rs.getString(1), group, rs.getLong(3), Math.round(rs.getDouble(4) * 1000) / 1000.0);
      page.rows++;
      page.groups.add(group);
      if (rank > page.lastRank) {
        page.lastRank = rank;
        page.last = new GroupCursor(rs.getLong(5), group);
      }
    };
    boolean planned = pageSql(query.after(null), period, grouping, groups, false, rs -> {
      if (rs.getLong(7) > groups.limit()) {
        page.more = true; // the groups ranked hold one past the page
      }
      reader.read(rs);
    });
    if (!planned) {
      aggregateSql(query, period, grouping, true, Tables.NARROW, groups, null, reader);
    }
    return new Answer(page.rows, page.groups.size(), page.more ? page.last : null);
  }

  /**
   * Receives an aggregate as series (issue 13, round 10): the periods once, then each group's
   * counts and sums over them.
   */
  public interface SeriesSink {
    /**
     * The periods of the answer, in order, as ISO {@code YYYY-MM-DD}: every period in which a
     * group of the page has events (none when the page has no group); called once, first.
     */
    void periods(List<String> periods) throws java.io.IOException;

    /**
     * One group, in the order of the groups (most events first, then by name): its events over
     * the query's dates, and its events and Goldstein sums (rounded to 3 decimals) in each of the
     * periods, 0 where it has none.
     */
    void series(String group, long total, long[] events, double[] goldstein) throws java.io.IOException;
  }

  /**
   * The groups of {@link #aggregate(EventQuery, Period, Grouping, Groups, RowSink)} as series: the
   * same numbers, the periods once and a column of counts and one of sums for each group, in the
   * order of the groups (issue 13, round 10: a country's decade by day and dyad was 90,000 rows,
   * 6.7 MB of JSON read a row at a time; as series it is 25 rows of two lists each, made by DuckDB).
   *
   * @throws StoreException when the store cannot be read, or the sink throws
   */
  public Answer series(EventQuery query, Period period, Grouping grouping, Groups groups, SeriesSink sink) {
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(sink, "sink");
    Page page = new Page();
    // each group's days (since 1970), counts and sums where it has events, in no order (DuckDB's
    // lists without ORDER BY: the three of a group aligned), spread here over the periods of all
    List<Object[]> read = new ArrayList<>();
    boolean planned = pageSql(query.after(null), period, grouping, groups, true, rs -> {
      read.add(new Object[] {rs.getString(2), rs.getLong(3), rs.getArray(4).getArray(), rs.getArray(5).getArray(),
          rs.getArray(6).getArray()});
      page.more = rs.getLong(7) > groups.limit();
    });
    if (!planned) {
      // the events table: the page's rows (period, then group) gathered by group, in the groups' order
      Map<String, List<Object[]>> byGroup = new java.util.HashMap<>();
      Answer rows = aggregate(query, period, grouping, groups, (day, group, events, goldstein) ->
          byGroup.computeIfAbsent(group, x -> new ArrayList<>())
              .add(new Object[] {LocalDate.parse(day).toEpochDay(), events, goldstein}));
      byGroup.forEach((group, cells) -> read.add(new Object[] {group, cells.stream().mapToLong(c -> (Long) c[1]).sum(),
          cells.stream().map(c -> c[0]).toArray(), cells.stream().map(c -> c[1]).toArray(),
          cells.stream().map(c -> c[2]).toArray()}));
      read.sort(java.util.Comparator.<Object[]>comparingLong(r -> (Long) r[1]).reversed()
          .thenComparing(r -> (String) r[0]));
      page.more = rows.next() != null;
    }
    long[] days = read.stream().flatMap(r -> java.util.Arrays.stream((Object[]) r[2]))
        .mapToLong(d -> ((Number) d).longValue()).distinct().sorted().toArray();
    List<String> periods = new ArrayList<>(days.length);
    for (long day : days) {
      periods.add(LocalDate.ofEpochDay(day).toString());
    }
    try {
      sink.periods(periods);
      for (Object[] r : read) {
        Object[] at = (Object[]) r[2];
        Object[] n = (Object[]) r[3];
        Object[] g = (Object[]) r[4];
        long[] events = new long[days.length];
        double[] goldstein = new double[days.length];
        for (int i = 0; i < at.length; i++) {
          int j = java.util.Arrays.binarySearch(days, ((Number) at[i]).longValue());
          events[j] = ((Number) n[i]).longValue();
          goldstein[j] = Math.round(((Number) g[i]).doubleValue() * 1000) / 1000.0;
        }
        String group = (String) r[0];
        sink.series(group, (Long) r[1], events, goldstein);
        page.groups.add(group);
        page.rows += at.length; // the rows the series stand for
        page.last = new GroupCursor((Long) r[1], group);
      }
    } catch (java.io.IOException e) {
      throw new StoreException("the rows could not be written: " + e.getMessage(), e);
    }
    return new Answer(page.rows, page.groups.size(), page.more ? page.last : null);
  }


  /**
   * The selects of a part's rows keyed for the page's SQL (issue 13, round 10), their parameters
   * added to {@code parameters}: {@code SELECT head, key, tail FROM table WHERE filter}. A dyad's
   * key is its two codes ({@code k1}, {@code k2}: joining them as text for every row cost more
   * than summing them); a country's ({@code k1}) is each side's country once, two selects (the
   * first side, then the other where it differs: the rows of {@code unnest} over the distinct
   * sides, which cost six times as much at 10 M events); a type's is the type.
   */
  private static List<String> keyed(Rollups.Part part, Grouping grouping, String head, String tail,
      List<Object> parameters) {
    Rollups.Table table = part.table();
    String from = " FROM " + table.name() + part.filter().where();
    String and = part.filter().conditions().isEmpty() ? " WHERE " : " AND ";
    List<String> out = new ArrayList<>();
    switch (grouping) {
      case DYAD -> out.add("SELECT " + head + "source_code AS k1, coalesce(target_code, '') AS k2" + tail + from);
      case TYPE -> out.add("SELECT " + head + "plover_event AS k1" + tail + from);
      case COUNTRY -> {
        String first = table.sides() ? "country" : "source_country";
        String other = table.sides() ? "partner" : "target_country";
        out.add("SELECT " + head + first + " AS k1" + tail + from);
        out.add("SELECT " + head + other + " AS k1" + tail + from + and + other + " IS DISTINCT FROM " + first);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      parameters.addAll(part.filter().parameters());
    }
    return out;
  }

  /** The condition on the ranked groups ({@code total}, {@code grp}) after the page's cursor, its parameters added; "" for the first page. */
  private static String after(Groups groups, List<Object> parameters) {
    if (groups.after() == null) {
      return "";
    }
    parameters.add(groups.after().events());
    parameters.add(groups.after().events());
    parameters.add(groups.after().group());
    return " WHERE total < ? OR (total = ? AND grp > ?)";
  }

  /**
   * Runs a page of groups over the pre-aggregates and hands each row to {@code reader}; false
   * (nothing read) when they cannot answer the query. Rows ({@code series} false): period, group,
   * events, Goldstein sum, the group's total, its rank, the groups ranked (the page's and one
   * more when there is a next page). Series: rank, group, total, the periods in which the group has
   * events (days since 1970), its events and sums in them (three lists in the same order), the
   * groups ranked.
   */
  private boolean pageSql(EventQuery q, Period period, Grouping grouping, Groups groups, boolean series,
      RowReader reader) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
    return store.read(c -> {
      java.util.Set<String> present = Rollups.present(c);
      Rollups.Plan rowPlan = Rollups.plan(q, period, grouping, present, true, true);
      Rollups.Plan rankPlan = Rollups.plan(q, Period.MONTH, grouping, present, true, true);
      if (rowPlan == null || rankPlan == null) {
        return false;
      }
      boolean dyad = grouping == Grouping.DYAD;
      String keyColumns = dyad ? "k1, k2" : "k1";
      String grp = dyad ? "k1 || '>' || k2" : "k1";
      String match = dyad ? "x.k1 = page.k1 AND x.k2 = page.k2" : "x.k1 = page.k1";
      List<Object> parameters = new ArrayList<>();
      List<String> rankParts = new ArrayList<>();
      for (Rollups.Part part : rankPlan.parts()) {
        rankParts.addAll(keyed(part, grouping, "", ", events", parameters));
      }
      String after = after(groups, parameters);
      parameters.add(groups.limit() + 1);
      parameters.add(groups.limit());
      List<String> rowParts = new ArrayList<>();
      for (Rollups.Part part : rowPlan.parts()) {
        String bucket = part.table().grain() == period ? "date" : Rollups.bucket(period, "date");
        rowParts.addAll(keyed(part, grouping, bucket + " AS period, ", ", events, goldstein", parameters));
      }
      // the groups ranked by their events over the dates (then by name), one past the page kept to
      // tell whether there is a next page (issue 13, round 6); then the page's groups by period
      String sql = "WITH k AS (SELECT " + keyColumns + ", grp, total, row_number() OVER (ORDER BY total DESC, grp) AS rank"
          + " FROM (SELECT " + keyColumns + ", " + grp + " AS grp, CAST(sum(events) AS BIGINT) AS total FROM ("
          + String.join(" UNION ALL ", rankParts) + ") WHERE k1 IS NOT NULL GROUP BY " + keyColumns
          + " HAVING total <> 0)" + after + " ORDER BY total DESC, grp LIMIT ?),"
          + " page AS (SELECT * FROM k WHERE rank <= ?),"
          + " r AS (SELECT period, " + keyColumns.replace("k", "x.k") + ", sum(events) AS n,"
          + " sum(goldstein) AS g FROM (" + String.join(" UNION ALL ", rowParts) + ") x SEMI JOIN page ON " + match
          + " GROUP BY ALL HAVING n <> 0)";
      String joined = match.replace("x.", "r.");
      if (series) {
        // a group's lists unordered (an ORDER BY in each, or a grid of periods x groups to align
        // them, cost more than spreading them in Java)
        sql += " SELECT page.rank, page.grp, page.total, list(r.period - DATE '1970-01-01'), list(CAST(r.n AS BIGINT)),"
            + " list(CAST(r.g AS DOUBLE)), (SELECT count(*) FROM k) FROM r JOIN page ON " + joined
            + " GROUP BY page.rank, page.grp, page.total ORDER BY page.rank";
      } else {
        sql += " SELECT CAST(r.period AS VARCHAR), page.grp, CAST(r.n AS BIGINT), CAST(r.g AS DOUBLE), page.total,"
            + " page.rank, (SELECT count(*) FROM k) FROM r JOIN page ON " + joined + " ORDER BY r.period, page.grp";
      }
      try (PreparedStatement st = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.size(); i++) {
          st.setObject(i + 1, parameters.get(i));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        } catch (java.io.IOException e) {
          throw new SQLException("the rows could not be written: " + e.getMessage(), e);
        }
      }
      return true;
    });
  }

  /** What a page of groups has read so far. */
  private static final class Page {
    long rows;
    final java.util.Set<String> groups = new java.util.HashSet<>();
    long lastRank;
    GroupCursor last;
    boolean more;
  }

  /** Reads one row of a result set. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException, java.io.IOException;
  }

  /** {@code coarse} false: the daily pre-aggregates only, as before schema version 7. */
  long aggregate(EventQuery query, Period period, Grouping grouping, boolean useRollups, boolean coarse, RowSink sink) {
    return aggregate(query, period, grouping, useRollups, coarse ? Tables.NARROW : Tables.DAILY, sink);
  }

  /** The rows of an aggregate read with the pre-aggregates {@code tables} allows (all give the same rows). */
  long aggregate(EventQuery query, Period period, Grouping grouping, boolean useRollups, Tables tables, RowSink sink) {
    Objects.requireNonNull(sink, "sink");
    return aggregateSql(query, period, grouping, useRollups, tables, null, null, rs ->
        sink.row(rs.getString(1), rs.getString(2), rs.getLong(3), Math.round(rs.getDouble(4) * 1000) / 1000.0));
  }

  /**
   * Runs an aggregate's query and hands each row to {@code reader}: period, group, events,
   * Goldstein sum; with {@code groups}, also the group's events over the dates and its rank
   * (1..limit on the page; limit + 1 for the rows of the one group after it).
   *
   * @return the rows read
   */
  private long aggregateSql(EventQuery query, Period period, Grouping grouping, boolean useRollups, Tables tables,
      Groups groups, java.nio.file.Path profile, RowReader reader) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
    EventQuery q = query.after(null);
    String group = switch (grouping) {
      // an event between two countries counts once for each, once when both are the same
      case COUNTRY -> "unnest(list_distinct([source_country, target_country]))";
      case DYAD -> "source_code || '>' || coalesce(target_code, '')";
      case TYPE -> "plover_event";
    };
    return store.read(c -> {
      Rollups.Plan plan = useRollups ? Rollups.plan(q, period, grouping, tables.allowed(Rollups.present(c)),
          tables != Tables.DAILY, tables == Tables.SIDES || tables == Tables.NARROW) : null;
      String sql;
      List<EventFilter> filters = new ArrayList<>();
      if (plan == null) {
        EventFilter filter = EventFilter.of(q);
        filters.add(filter);
        String from = "(SELECT *, " + group + " AS grp FROM events" + filter.where() + ")";
        sql = "SELECT " + Rollups.bucket(period, "date") + " AS period, grp, count(*) AS n, sum(goldstein) AS g FROM "
            + from + " WHERE grp IS NOT NULL GROUP BY period, grp";
      } else {
        // each part's rows by period and group; the parts (a coarse table's whole periods, the
        // day table's days at either end) summed together
        List<String> parts = new ArrayList<>();
        for (Rollups.Part part : plan.parts()) {
          filters.add(part.filter());
          String bucket = part.table().grain() == period ? "date" : Rollups.bucket(period, "date");
          parts.add("SELECT " + bucket + " AS period, " + part.table().group(grouping) + " AS grp, events, goldstein FROM "
              + part.table().name() + part.filter().where());
        }
        sql = "SELECT period, grp, sum(events) AS n, sum(goldstein) AS g FROM (" + String.join(" UNION ALL ", parts)
            + ") WHERE grp IS NOT NULL GROUP BY period, grp HAVING n <> 0";
      }
      List<Object> more = new ArrayList<>();
      if (groups == null) {
        // the day as text, the count as BIGINT and the sum as DOUBLE: read as they are, where a
        // LocalDate, a HUGEINT and a DECIMAL each cost a conversion a row in the driver
        sql = "SELECT CAST(period AS VARCHAR), grp, CAST(n AS BIGINT), CAST(g AS DOUBLE) FROM (" + sql
            + ") ORDER BY period, grp";
      } else {
        // the groups ranked by their events over the dates (then by name), one past the page kept
        // to tell whether there is a next page (issue 13, round 6)
        String after = after(groups, more);
        more.add(groups.limit() + 1);
        sql = "WITH r AS MATERIALIZED (" + sql + "),"
            + " t AS (SELECT grp, CAST(sum(n) AS BIGINT) AS total FROM r GROUP BY grp),"
            + " k AS (SELECT grp, total, row_number() OVER (ORDER BY total DESC, grp) AS rank FROM t" + after
            + " ORDER BY total DESC, grp LIMIT ?)"
            + " SELECT CAST(r.period AS VARCHAR), r.grp, CAST(r.n AS BIGINT), CAST(r.g AS DOUBLE), k.total, k.rank"
            + " FROM r JOIN k ON r.grp = k.grp ORDER BY r.period, r.grp";
      }
      if (profile != null) {
        try (java.sql.Statement st = c.createStatement()) {
          st.execute("PRAGMA enable_profiling = 'json'");
          st.execute("PRAGMA profiling_mode = 'detailed'");
          st.execute("PRAGMA profiling_output = '" + profile.toString().replace("'", "''") + "'");
        }
      }
      try (PreparedStatement st = c.prepareStatement(sql)) {
        int i = 1;
        for (EventFilter f : filters) {
          for (Object p : f.parameters()) {
            st.setObject(i++, p);
          }
        }
        for (Object p : more) {
          st.setObject(i++, p);
        }
        long rows = 0;
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
            rows++;
          }
        } catch (java.io.IOException e) {
          throw new SQLException("the rows could not be written: " + e.getMessage(), e);
        }
        return rows;
      } finally {
        if (profile != null) {
          try (java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA disable_profiling");
          }
        }
      }
    });
  }

  /** The lower-case name of a period or grouping, as the API writes it. */
  public static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
