package org.vigil.pipeline;

import org.vigil.core.text.Visible;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;

/**
 * Renders events as a fixed-width text table for a terminal, one event per line:
 *
 * <pre>
 * DATE        SOURCE  TARGET   CAMEO  PLOVER  MODALITY  NEGATED  SENTENCE
 * ----------  ------  -------  -----  ------  --------  -------  ------------------------------
 * 2021-07-09  TJKGOV  IGOCSTO  0233   AID     asserted  no       The CSTO is ready to help T...
 * </pre>
 *
 * Columns are as wide as their widest cell, up to a cap (a longer cell is cut and ends in
 * {@code ...}); the sentence is cut to the width given. A date known only to the week, month or
 * year shows its granularity ({@code 2021-06-28 (week)}); an event with no target shows {@code -};
 * the PLOVER column shows the event type and its mode ({@code ASSAULT/aerial}). White space in
 * cells is collapsed to single spaces, and control characters are shown as escapes ({@link
 * Visible}: {@code ESC} as {@code \e}), never sent to the terminal raw. Lines end in {@code \n} and carry no trailing spaces.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventTable {

  /** Width of the sentence column unless another is given. */
  public static final int DEFAULT_SENTENCE_WIDTH = 60;

  private static final String[] HEADERS =
      {"DATE", "SOURCE", "TARGET", "CAMEO", "PLOVER", "MODALITY", "NEGATED", "SENTENCE"};
  // caps for all but the sentence column, whose width is the caller's
  private static final int[] CAPS = {24, 20, 20, 6, 28, 12, 7};
  private static final String GAP = "  ";

  private EventTable() {}

  /** The table of {@code events}, in their order, with a sentence column of the default width. */
  public static String render(List<CodedEvent> events) {
    return render(events, DEFAULT_SENTENCE_WIDTH);
  }

  /**
   * The table of {@code events}, in their order; a header and a rule when there are none.
   *
   * @param sentenceWidth characters of the sentence to show, at least 10
   * @throws IllegalArgumentException when {@code sentenceWidth} is below 10
   */
  public static String render(List<CodedEvent> events, int sentenceWidth) {
    Objects.requireNonNull(events, "events");
    if (sentenceWidth < 10) {
      throw new IllegalArgumentException("sentence width must be at least 10, was " + sentenceWidth);
    }
    List<String[]> rows = new ArrayList<>(events.size());
    for (CodedEvent event : events) {
      rows.add(cells(event, sentenceWidth));
    }
    int[] widths = new int[HEADERS.length];
    for (int c = 0; c < HEADERS.length; c++) {
      widths[c] = HEADERS[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, HEADERS, widths);
    String[] rule = new String[HEADERS.length];
    for (int c = 0; c < rule.length; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    line(out, rule, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static String[] cells(CodedEvent e, int sentenceWidth) {
    String plover = e.plover().event() + (e.plover().mode() == null ? "" : "/" + e.plover().mode());
    String[] raw = {
      date(e.date()),
      e.source().code(),
      e.target() == null ? "-" : e.target().code(),
      e.cameo(),
      plover,
      e.modality().label(),
      e.negated() ? "yes" : "no",
      e.evidence().sentence()};
    String[] cells = new String[raw.length];
    for (int c = 0; c < raw.length; c++) {
      cells[c] = cut(Visible.of(raw[c].replaceAll("\\s+", " ").strip()),
          c < CAPS.length ? CAPS[c] : sentenceWidth);
    }
    return cells;
  }

  private static String date(EventDate date) {
    return switch (date.granularity()) {
      case DAY -> date.date().toString();
      default -> date.date() + " (" + date.granularity().label() + ")";
    };
  }

  private static String cut(String cell, int width) {
    return cell.length() <= width ? cell : cell.substring(0, width - 3) + "...";
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    int start = out.length();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        out.append(GAP);
      }
      out.append(cells[c]);
      out.append(" ".repeat(widths[c] - cells[c].length()));
    }
    int end = out.length();
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }
}
