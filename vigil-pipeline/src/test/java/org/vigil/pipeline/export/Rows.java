package org.vigil.pipeline.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.store.EventRow;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/** Event rows for the export tests, and the text an exporter makes of them. */
final class Rows {
  static final Instant ADDED = Instant.parse("2021-07-10T08:15:30Z");

  private Rows() {}

  /** The full test event of article a1 (Events.full), as stored with a url and a publisher. */
  static EventRow full() {
    Article a = Events.article("a1", Events.DAY);
    return EventRow.of(Events.full(a, "e1"), a.url(), "Wire", ADDED);
  }

  /** 1 to 6 random events (Events.random) of random articles, with awkward urls and publishers. */
  static List<EventRow> random(Seeded.Gen g) {
    List<EventRow> rows = new ArrayList<>();
    int n = g.between(1, 6);
    for (int i = 0; i < n; i++) {
      Article a = new Article("a" + g.between(0, 3), Events.DAY.plusDays(g.between(-900, 900)), "t", "x",
          g.bool() ? "https://example.org/a?b=c,d\t\"e\"" : "", g.bool() ? "Wire,\n \"Daily\"" : "");
      int mentions = g.between(1, 3);
      rows.add(new EventRow(Events.random(g, a, "e" + i), a.url(), a.source(),
          g.bool() ? ADDED.plusSeconds(g.between(0, 1_000_000)) : null, mentions + 2, 1, mentions));
    }
    return rows;
  }

  static String export(Exporter exporter, List<EventRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assert exporter.write(rows, out) == rows.size();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The lines of a tab-separated export (each ends in \n), split into fields. */
  static List<List<String>> tsv(String text) {
    List<List<String>> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    if (!text.endsWith("\n")) {
      throw new AssertionError("the export does not end in a line end: " + text);
    }
    for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
      lines.add(List.of(line.split("\t", -1)));
    }
    return lines;
  }
}
