package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.core.article.Story;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.text.Visible;
import org.vigil.pipeline.EventJson;

/**
 * Merged events and stories (issue 13) as text tables or JSON Lines for {@code vigil events
 * --merged}, {@code --merged-id} and {@code --stories}. Stateless.
 */
final class MergedOutput {
  private MergedOutput() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One JSON object a merged event: id, counts, dates, the canonical event, and the mentions when read with them. */
  static String json(MergedEvent m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("merged_id", m.id());
    o.put("first", m.first().toString());
    o.put("last", m.last().toString());
    o.put("num_mentions", m.numMentions());
    o.put("num_sources", m.numSources());
    o.put("num_articles", m.numArticles());
    o.set("event", new EventJson(MAPPER).vigil(m.canonical()));
    if (!m.mentions().isEmpty()) {
      ArrayNode mentions = o.putArray("mentions");
      for (MentionRef r : m.mentions()) {
        ObjectNode n = mentions.addObject();
        n.put("event_id", r.eventId());
        n.put("article_id", r.articleId());
        n.put("story_id", r.storyId());
        n.put("source", r.articleSource());
        n.put("date", r.date().toString());
        n.put("sentence_index", r.sentenceIndex());
        n.putArray("trigger").add(r.triggerBegin()).add(r.triggerEnd());
      }
    }
    return o.toString();
  }

  static String json(Story s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("story_id", s.id());
    o.put("first", s.first().toString());
    o.put("last", s.last().toString());
    ArrayNode articles = o.putArray("articles");
    for (Story.Member m : s.articles()) {
      ObjectNode n = articles.addObject();
      n.put("article_id", m.articleId());
      n.put("date", m.date().toString());
      n.put("title", m.title());
      n.put("source", m.source());
      if (m.duplicateOf() != null) {
        n.put("duplicate_of", m.duplicateOf());
        n.put("similarity", Math.round(m.similarity() * 1000) / 1000.0);
      }
    }
    return o.toString();
  }

  /** The table of merged events: one line each, canonical event's actors, codes and place. */
  static String table(List<MergedEvent> merged) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"MERGED", "FIRST", "LAST", "SOURCE", "TARGET", "CAMEO", "PLOVER", "PLACE", "MENTIONS",
        "SOURCES", "ARTICLES"});
    for (MergedEvent m : merged) {
      CodedEvent c = m.canonical();
      rows.add(new String[] {m.id(), m.first().toString(), m.last().toString(), c.source().code(),
          c.target() == null ? "-" : c.target().code(), c.cameo(), c.plover().event(),
          c.location() == null || c.location().name() == null ? "-" : c.location().name(),
          Integer.toString(m.numMentions()), Integer.toString(m.numSources()), Integer.toString(m.numArticles())});
    }
    return render(rows);
  }

  /** A merged event and its mentions, one line each. */
  static String detail(MergedEvent m) {
    StringBuilder out = new StringBuilder(table(List.of(m)));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"EVENT", "ARTICLE", "STORY", "SOURCE", "DATE", "SENTENCE", "TRIGGER"});
    for (MentionRef r : m.mentions()) {
      rows.add(new String[] {r.eventId(), r.articleId(), r.storyId(), r.articleSource().isEmpty() ? "-" : r.articleSource(),
          r.date().toString(), Integer.toString(r.sentenceIndex()), r.triggerBegin() + "-" + r.triggerEnd()});
    }
    return out.append('\n').append(render(rows)).toString();
  }

  /** Stories, one line an article, the story's first article first. */
  static String stories(List<Story> stories) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"STORY", "ARTICLE", "DATE", "SOURCE", "COPY OF", "SIMILARITY", "TITLE"});
    for (Story s : stories) {
      for (Story.Member m : s.articles()) {
        rows.add(new String[] {s.id(), m.articleId(), m.date().toString(), m.source().isEmpty() ? "-" : m.source(),
            m.duplicateOf() == null ? "-" : m.duplicateOf(),
            m.duplicateOf() == null ? "-" : String.format(Locale.ROOT, "%.3f", m.similarity()),
            cut(m.title(), 50)});
      }
    }
    return render(rows);
  }

  private static String cut(String s, int width) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= width ? one : one.substring(0, width - 3) + "...";
  }

  /** Columns as wide as their widest cell, two spaces apart; a rule under the header; cells made visible. */
  private static String render(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        row[i] = Visible.of(row[i]);
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      line(out, rows.get(r), width);
      if (r == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(width[i]);
        }
        line(out, rule, width);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      line.append(i == 0 ? "" : "  ").append(cells[i]);
      if (i < cells.length - 1) {
        line.append(" ".repeat(width[i] - cells[i].length()));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
