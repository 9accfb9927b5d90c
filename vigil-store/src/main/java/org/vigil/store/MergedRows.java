package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.vigil.core.article.Article;
import org.vigil.core.article.Story;
import org.vigil.core.article.StoredArticle;
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.EventMerger;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventQuery;

/**
 * The tables of issue 13: {@code stories} (article to story), {@code merged_events} (one row per
 * merged event, with its block, canonical event and counts) and {@code event_mentions} (event to
 * merged event, with the block). Merged events are kept up to date a block at a time: when events
 * are added (or removed by repair), every mention of their blocks is merged again with the
 * {@link EventMerger} and the blocks' rows replaced, inside the caller's transaction. An article
 * stored before version 4 has no {@code stories} row: it is a story of its own, named by its
 * content hash ({@link StoryAssignment#alone}). Stateless.
 */
final class MergedRows {
  private MergedRows() {}

  /** The story of an article: its row, else its content hash. Needs {@code a} (articles) and {@code s} (stories). */
  private static final String STORY_OF = "coalesce(s.story_id, a.content_hash)";

  /**
   * Stores the stories of the articles just stored: through DuckDB's appender into a staging table
   * of the connection, then one {@code INSERT ... SELECT} (a prepared insert per article cost a
   * third of a batch's time).
   */
  static void writeStories(Connection c, List<StoryAssignment> stories) throws SQLException {
    if (stories.isEmpty()) {
      return;
    }
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_stories AS SELECT * FROM stories LIMIT 0");
      st.execute("DELETE FROM staged_stories");
    }
    try (DuckDBAppender rows = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "staged_stories")) {
      for (StoryAssignment s : stories) {
        rows.beginRow();
        rows.append(s.articleId());
        rows.append(s.storyId());
        rows.append(s.duplicateOf());
        rows.append(s.similarity());
        rows.endRow();
      }
      rows.flush();
    }
    try (Statement st = c.createStatement()) {
      st.execute("INSERT OR REPLACE INTO stories SELECT * FROM staged_stories");
    }
  }

  /** Events not linked to a merged event (stored without a merger, or before version 4). */
  static final String UNLINKED = "SELECT e.event_id FROM events e"
      + " WHERE NOT EXISTS (SELECT 1 FROM event_mentions l WHERE l.event_id = e.event_id)";

  static long unlinked(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + UNLINKED + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The blocks the given events are linked in (before they are deleted). */
  static Set<String> blocksOf(Connection c, String eventIds) throws SQLException {
    Set<String> blocks = new LinkedHashSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT block FROM event_mentions WHERE event_id IN (" + eventIds + ")")) {
      while (rs.next()) {
        blocks.add(rs.getString(1));
      }
    }
    return blocks;
  }

  /**
   * Merges again the blocks given and those of the events {@code newEvents} (a SQL query of event
   * ids) and replaces their rows; returns the number of merged events written. Without a merger,
   * it removes the rows of those blocks only (their events are merged when a merger next opens
   * the store).
   */
  static int remerge(Connection c, EventMerger merger, Set<String> blocks, String newEvents) throws SQLException {
    if (merger != null && merger.reach() >= 0 && blocks.isEmpty() && newEvents != null) {
      return remergeWindows(c, merger, newEvents);
    }
    return remergeBlocks(c, merger, blocks, newEvents);
  }

  /** The first window read after the added mentions' first day, in day windows of the merger (of at least 2 days). */
  static final int FIRST_WINDOW = 32;

  /**
   * Merges added events by windows of their blocks ({@link EventMerger#mergeWindow}, issue 13 round
   * 3): per block, the stored mentions from the added ones' first day over a few of the merger's
   * day windows, the members of their merged events and of those within reach before that day;
   * a block whose window is too short is read again with a window eight times as long (a read
   * costs about the same whatever its length: the work is in finding the rows), up to all of it.
   * Every block's window is read in one query. The result is the one of merging whole blocks
   * ({@code BoundedMergeTest} in vigil-pipeline checks it), without reading a dyad's ten years.
   */
  private static int remergeWindows(Connection c, EventMerger merger, String newEvents) throws SQLException {
    Map<String, List<EventMention>> added = new LinkedHashMap<>();
    for (EventMention m : mentions(c, "e.event_id IN (" + newEvents + ")")) {
      added.computeIfAbsent(merger.block(m.event()), k -> new ArrayList<>()).add(m);
    }
    if (added.isEmpty()) {
      return 0;
    }
    int reach = merger.reach();
    Map<String, LocalDate> cuts = new LinkedHashMap<>();
    Map<String, LocalDate> lasts = new LinkedHashMap<>();
    added.forEach((block, list) -> {
      cuts.put(block, list.stream().map(m -> m.event().date().date()).min(LocalDate::compareTo).orElseThrow());
      lasts.put(block, list.stream().map(m -> m.event().date().date()).max(LocalDate::compareTo).orElseThrow());
    });
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_windows (block VARCHAR, cut DATE, until DATE, reach_from DATE)");
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_replaced (merged_id VARCHAR)");
      st.execute("DELETE FROM staged_replaced");
    }
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    // the last stored day of each block: a window reaching it is complete
    Map<String, LocalDate> ends = new java.util.HashMap<>();
    stageWindows(c, duck, cuts, cuts, reach);
    // (a merged event's last day is on or after each of its mentions' dates: an upper bound)
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT block, max(last_date)"
        + " FROM merged_events WHERE block IN (SELECT block FROM staged_windows) GROUP BY block")) {
      while (rs.next()) {
        ends.put(rs.getString(1), rs.getObject(2, LocalDate.class));
      }
    }
    Map<String, Long> spans = new LinkedHashMap<>();
    cuts.keySet().forEach(b -> spans.put(b, (long) FIRST_WINDOW * Math.max(2, reach)));
    List<MergedEvent> write = new ArrayList<>();
    Set<String> replaced = new LinkedHashSet<>();
    while (!spans.isEmpty()) {
      Map<String, LocalDate> untils = new LinkedHashMap<>();
      spans.forEach((block, span) -> {
        LocalDate until = cuts.get(block).plusDays(span);
        untils.put(block, until.isBefore(lasts.get(block)) ? lasts.get(block) : until);
      });
      stageWindows(c, duck, cuts, untils, reach);
      Map<String, List<EventMerger.StoredMention>> stored = new LinkedHashMap<>();
      // the merged events of the window and those before it within reach, from their first and
      // last days (a superset: a merged event read whole that the window does not touch is given
      // back unchanged); their mentions' ids from the links (narrow columns), then the mentions by
      // id (the events' key: an index look-up, where a join scanned every event)
      Map<String, String[]> links = new LinkedHashMap<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT l.event_id, m.merged_id,"
          + " m.canonical_event_id, m.block FROM merged_events m JOIN staged_windows w ON w.block = m.block"
          + " JOIN event_mentions l ON l.merged_id = m.merged_id"
          + " WHERE m.first_date <= w.until AND m.last_date >= w.reach_from")) {
        while (rs.next()) {
          links.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      List<String> ids = new ArrayList<>(links.keySet());
      List<CodedEvent> events = new ArrayList<>(ids.size());
      for (int from = 0; from < ids.size(); from += IN_LIST) {
        List<String> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM events WHERE event_id IN (" + marks(part.size())
            + ")")) {
          for (int i = 0; i < part.size(); i++) {
            st.setString(i + 1, part.get(i));
          }
          try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              events.add(EventRows.read(rs));
            }
          }
        }
      }
      for (EventMention m : withArticles(c, events)) {
        String[] link = links.get(m.event().eventId());
        stored.computeIfAbsent(link[2], k -> new ArrayList<>()).add(new EventMerger.StoredMention(m, link[0], link[1]));
      }
      Map<String, Long> longer = new LinkedHashMap<>();
      for (Map.Entry<String, Long> w : spans.entrySet()) {
        String block = w.getKey();
        LocalDate until = untils.get(block);
        LocalDate end = ends.get(block);
        boolean complete = end == null || !end.isAfter(until);
        java.util.Optional<EventMerger.WindowMerge> done = merger.mergeWindow(new EventMerger.BlockWindow(
            cuts.get(block), until, complete, stored.getOrDefault(block, List.of()), added.get(block)));
        if (done.isPresent()) {
          write.addAll(done.get().merged());
          replaced.addAll(done.get().replaced());
        } else if (complete) {
          throw new IllegalStateException("the merger could not merge the whole block " + block);
        } else {
          longer.put(block, w.getValue() * 8);
        }
      }
      spans.clear();
      spans.putAll(longer);
    }
    try (DuckDBAppender rows = duck.createAppender("temp", "main", "staged_replaced")) {
      for (String id : replaced) {
        rows.beginRow();
        rows.append(id);
        rows.endRow();
      }
      rows.flush();
    }
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM merged_events WHERE merged_id IN (SELECT merged_id FROM staged_replaced)");
      st.execute("DELETE FROM event_mentions WHERE merged_id IN (SELECT merged_id FROM staged_replaced)");
    }
    writeMerged(c, duck, merger, write);
    return write.size();
  }

  /** Stages each block's window: from its cut to its end, and how far back a canonical mention may end. */
  private static void stageWindows(Connection c, DuckDBConnection duck, Map<String, LocalDate> cuts,
      Map<String, LocalDate> untils, int reach) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM staged_windows");
    }
    try (DuckDBAppender rows = duck.createAppender("temp", "main", "staged_windows")) {
      for (Map.Entry<String, LocalDate> u : untils.entrySet()) {
        LocalDate cut = cuts.get(u.getKey());
        rows.beginRow();
        rows.append(u.getKey());
        rows.append(cut);
        rows.append(u.getValue());
        rows.append(cut.minusDays(reach));
        rows.endRow();
      }
      rows.flush();
    }
  }

  private static void writeMerged(Connection c, DuckDBConnection duck, EventMerger merger, List<MergedEvent> merged)
      throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_merged AS SELECT * FROM merged_events LIMIT 0");
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_links AS SELECT * FROM event_mentions LIMIT 0");
      st.execute("DELETE FROM staged_merged");
      st.execute("DELETE FROM staged_links");
    }
    try (DuckDBAppender rows = duck.createAppender("temp", "main", "staged_merged");
        DuckDBAppender links = duck.createAppender("temp", "main", "staged_links")) {
      append(rows, links, merger, merged);
      rows.flush();
      links.flush();
    }
    try (Statement st = c.createStatement()) {
      st.execute("INSERT INTO merged_events SELECT * FROM staged_merged");
      st.execute("INSERT INTO event_mentions SELECT * FROM staged_links");
    }
  }

  /** Merges whole blocks again: those given and those of the events {@code newEvents}. */
  private static int remergeBlocks(Connection c, EventMerger merger, Set<String> blocks, String newEvents)
      throws SQLException {
    Map<String, EventMention> mentions = new LinkedHashMap<>();
    Set<String> all = new LinkedHashSet<>(blocks);
    if (newEvents != null && merger != null) {
      for (EventMention m : mentions(c, "e.event_id IN (" + newEvents + ")")) {
        mentions.put(m.event().eventId(), m);
        all.add(merger.block(m.event()));
      }
    }
    if (all.isEmpty()) {
      return 0;
    }
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS staged_blocks (block VARCHAR)");
      st.execute("DELETE FROM staged_blocks");
    }
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender rows = duck.createAppender("temp", "main", "staged_blocks")) {
      for (String b : all) {
        rows.beginRow();
        rows.append(b);
        rows.endRow();
      }
      rows.flush();
    }
    if (merger != null) {
      for (EventMention m : mentions(c,
          "e.event_id IN (SELECT event_id FROM event_mentions WHERE block IN (SELECT block FROM staged_blocks))")) {
        mentions.putIfAbsent(m.event().eventId(), m);
      }
    }
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM merged_events WHERE block IN (SELECT block FROM staged_blocks)");
      st.execute("DELETE FROM event_mentions WHERE block IN (SELECT block FROM staged_blocks)");
    }
    if (merger == null) {
      return 0;
    }
    List<MergedEvent> merged = merger.merge(mentions.values());
    writeMerged(c, duck, merger, merged);
    return merged.size();
  }

  /** The events {@code where} selects (a condition on {@code e}, the events), with their articles' sources and stories. */
  private static List<EventMention> mentions(Connection c, String where) throws SQLException {
    List<CodedEvent> events = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT e.* FROM events e WHERE " + where)) {
      while (rs.next()) {
        events.add(EventRows.read(rs));
      }
    }
    return withArticles(c, events);
  }

  /** Ids a statement lists in {@code IN (...)} at most. */
  private static final int IN_LIST = 500;

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /**
   * The events as mentions: each with its article's source and story ({@link #STORY_OF}), looked
   * up by the articles' ids (issue 13, round 10: the join of the events with {@code articles} and
   * {@code stories} scanned every article at every store: 73 ms for 40 events of a 1 M store,
   * against 11 ms for the events, their articles and stories by lists of ids). An event whose
   * article is not stored is left out, as the join left it.
   */
  private static List<EventMention> withArticles(Connection c, List<CodedEvent> events) throws SQLException {
    List<String> ids = events.stream().map(CodedEvent::articleId).distinct().toList();
    Map<String, String[]> articles = new java.util.HashMap<>();
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
      try (PreparedStatement st = c.prepareStatement("SELECT id, source, content_hash FROM articles WHERE id IN ("
          + marks(part.size()) + ")");
          PreparedStatement stories = c.prepareStatement("SELECT article_id, story_id FROM stories"
              + " WHERE article_id IN (" + marks(part.size()) + ")")) {
        for (int i = 0; i < part.size(); i++) {
          st.setString(i + 1, part.get(i));
          stories.setString(i + 1, part.get(i));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            articles.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
          }
        }
        try (ResultSet rs = stories.executeQuery()) {
          while (rs.next()) {
            String[] a = articles.get(rs.getString(1));
            if (a != null && rs.getString(2) != null) {
              a[1] = rs.getString(2);
            }
          }
        }
      }
    }
    List<EventMention> mentions = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      String[] a = articles.get(e.articleId());
      if (a != null) {
        mentions.add(new EventMention(e, a[0], a[1]));
      }
    }
    return mentions;
  }

  /**
   * Merges every event of the store, a block at a time, streaming (a bulk load: the store's
   * merged tables must be empty): the events are read in the order of dyad, CAMEO root, PLOVER type and denial (a
   * {@code MentionMerger}'s block is all of them), so that only one block is held in memory, and only with the columns a
   * merger compares ({@link EventRows#readForMerging}). Returns the merged events written.
   *
   * @throws IllegalStateException when the merger's blocks do not follow that order (a block comes back)
   */
  static long mergeAll(Connection c, EventMerger merger) throws SQLException {
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    long written = 0;
    Set<String> done = new java.util.HashSet<>();
    try (Statement st = c.createStatement();
        DuckDBAppender rows = duck.createAppender("main", "merged_events");
        DuckDBAppender links = duck.createAppender("main", "event_mentions")) {
      st.setFetchSize(4096);
      try (ResultSet rs = st.executeQuery("SELECT " + EventRows.MERGING_COLUMNS + ", a.source AS article_source, "
          + STORY_OF + " AS story"
          + " FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN stories s ON s.article_id = e.article_id"
          + " ORDER BY e.source_code, coalesce(e.target_code, ''), e.cameo_root, e.plover_event, e.negated")) {
        String current = null;
        List<EventMention> block = new ArrayList<>();
        while (true) {
          boolean more = rs.next();
          EventMention m = more
              ? new EventMention(EventRows.readForMerging(rs), rs.getString("article_source"), rs.getString("story"))
              : null;
          String key = more ? merger.block(m.event()) : null;
          if (current != null && !current.equals(key)) {
            written += append(rows, links, merger, merger.merge(block));
            done.add(current);
            block.clear();
          }
          if (!more) {
            break;
          }
          if (!key.equals(current) && done.contains(key)) {
            throw new IllegalStateException("the merger's block " + key + " is not contiguous in the order of"
                + " dyad, root, type and denial: merge with remerge instead");
          }
          current = key;
          block.add(m);
        }
      }
      rows.flush();
      links.flush();
    }
    return written;
  }

  private static int append(DuckDBAppender rows, DuckDBAppender links, EventMerger merger, List<MergedEvent> merged)
      throws SQLException {
    for (MergedEvent m : merged) {
      String block = merger.block(m.canonical());
      rows.beginRow();
      rows.append(m.id());
      rows.append(block);
      rows.append(m.canonical().eventId());
      rows.append(m.first());
      rows.append(m.last());
      rows.append(m.numMentions());
      rows.append(m.numSources());
      rows.append(m.numArticles());
      rows.endRow();
      for (MentionRef r : m.mentions()) {
        links.beginRow();
        links.append(r.eventId());
        links.append(m.id());
        links.append(block);
        links.endRow();
      }
    }
    return merged.size();
  }

  /** Whether the store has the tables of version 4 (a read-only store may be older). */
  static boolean present(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
            + " WHERE table_name = 'merged_events' AND table_schema = 'main'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private static final String MERGED = "SELECT m.merged_id, m.first_date, m.last_date, m.num_mentions, m.num_sources,"
      + " m.num_articles, e.* FROM merged_events m JOIN events e ON e.event_id = m.canonical_event_id";

  static List<MergedEvent> merged(Connection c, EventQuery query) throws SQLException {
    EventFilter filter = EventFilter.of(query);
    try (PreparedStatement select = c.prepareStatement(MERGED + filter.where()
        + " ORDER BY m.first_date DESC, m.num_mentions DESC, m.merged_id LIMIT ?")) {
      int i = filter.bind(select);
      select.setInt(i, query.limit());
      List<MergedEvent> merged = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          merged.add(mergedRow(rs, List.of()));
        }
      }
      return merged;
    }
  }

  static Optional<MergedEvent> merged(Connection c, String id) throws SQLException {
    List<MentionRef> refs = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("SELECT l.event_id, e.article_id, " + STORY_OF + ", a.source,"
        + " e.date, e.sentence_index, e.trigger_begin, e.trigger_end FROM event_mentions l"
        + " JOIN events e ON e.event_id = l.event_id JOIN articles a ON a.id = e.article_id"
        + " LEFT JOIN stories s ON s.article_id = e.article_id WHERE l.merged_id = ?"
        + " ORDER BY e.date, e.date_end, e.article_id, e.sentence_index, e.trigger_begin, e.event_id")) {
      select.setString(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          refs.add(new MentionRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
        }
      }
    }
    try (PreparedStatement select = c.prepareStatement(MERGED + " WHERE m.merged_id = ?")) {
      select.setString(1, id);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(mergedRow(rs, refs)) : Optional.empty();
      }
    }
  }

  private static MergedEvent mergedRow(ResultSet rs, List<MentionRef> mentions) throws SQLException {
    CodedEvent canonical = EventRows.read(rs);
    return new MergedEvent(rs.getString("merged_id"), canonical, rs.getObject("first_date", LocalDate.class),
        rs.getObject("last_date", LocalDate.class), rs.getInt("num_mentions"), rs.getInt("num_sources"),
        rs.getInt("num_articles"), mentions);
  }

  private static final String MEMBERS = "SELECT " + STORY_OF + " AS story, a.id, a.date, a.title, a.source,"
      + " s.duplicate_of, coalesce(s.similarity, 0) AS similarity"
      + " FROM articles a LEFT JOIN stories s ON s.article_id = a.id";

  static List<Story> stories(Connection c, int minArticles, int limit) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("WITH st AS (" + MEMBERS + "),"
        + " top AS (SELECT story, max(date) AS last FROM st GROUP BY story HAVING count(*) >= ?"
        + " ORDER BY last DESC, story LIMIT ?)"
        + " SELECT st.* FROM st JOIN top USING (story) ORDER BY top.last DESC, story, st.date, st.id")) {
      select.setInt(1, minArticles);
      select.setInt(2, limit);
      return stories(select);
    }
  }

  static Optional<Story> story(Connection c, String id) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT * FROM (" + MEMBERS + ") WHERE story = ?"
        + " ORDER BY date, id")) {
      select.setString(1, id);
      List<Story> found = stories(select);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  static List<StoredArticle> latest(Connection c, int days) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT a.id, a.date, a.title, a.text, a.url, a.source, "
        + STORY_OF + " AS story FROM articles a LEFT JOIN stories s ON s.article_id = a.id"
        + " WHERE a.date >= (SELECT max(date) FROM articles) - CAST(? AS INTEGER) ORDER BY a.date, a.id")) {
      select.setInt(1, days);
      List<StoredArticle> found = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          found.add(new StoredArticle(new Article(rs.getString("id"), rs.getObject("date", LocalDate.class),
              rs.getString("title"), rs.getString("text"), rs.getString("url"), rs.getString("source")),
              rs.getString("story")));
        }
      }
      return found;
    }
  }

  private static List<Story> stories(PreparedStatement select) throws SQLException {
    Map<String, List<Story.Member>> members = new LinkedHashMap<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        members.computeIfAbsent(rs.getString("story"), k -> new ArrayList<>()).add(new Story.Member(rs.getString("id"),
            rs.getObject("date", LocalDate.class), rs.getString("title"), rs.getString("source"),
            rs.getString("duplicate_of"), rs.getDouble("similarity")));
      }
    }
    List<Story> stories = new ArrayList<>(members.size());
    members.forEach((id, list) -> {
      LocalDate first = list.get(0).date();
      LocalDate last = first;
      for (Story.Member m : list) {
        first = m.date().isBefore(first) ? m.date() : first;
        last = m.date().isAfter(last) ? m.date() : last;
      }
      stories.add(new Story(id, first, last, list));
    });
    return stories;
  }
}
