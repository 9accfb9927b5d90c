package org.vigil.coding.dictionary.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PETRARCH dictionary text into numbered lines without comments: {@code #} to the end of
 * the line (outside {@code [...]}, where {@code [###]} is a code), and {@code <!-- ... -->} blocks,
 * which may span lines. Stateless.
 */
final class PetrarchLines {
  private PetrarchLines() {}

  /** A line's 1-based number and its text without comments, trailing blanks removed. */
  record Line(int number, String text) {
    boolean isBlank() {
      return text.isBlank();
    }
  }

  static List<Line> of(String text) {
    String[] raw = text.split("\r?\n|\r", -1);
    List<Line> out = new ArrayList<>(raw.length);
    boolean inXmlComment = false;
    for (int i = 0; i < raw.length; i++) {
      String s = raw[i];
      if (i == 0 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1);
      }
      if (inXmlComment) {
        int end = s.indexOf("-->");
        if (end < 0) {
          out.add(new Line(i + 1, ""));
          continue;
        }
        inXmlComment = false;
        s = s.substring(end + 3);
      }
      String trimmed = s.strip();
      if (trimmed.startsWith("<!")) {
        int end = trimmed.indexOf("-->");
        if (end < 0 && !trimmed.endsWith(">")) {
          inXmlComment = true;
        }
        out.add(new Line(i + 1, ""));
        continue;
      }
      out.add(new Line(i + 1, stripHash(s).stripTrailing()));
    }
    return out;
  }

  /** Removes a {@code #} comment that stands outside square brackets. */
  static String stripHash(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
      } else if (c == '#' && depth == 0) {
        return s.substring(0, i);
      }
    }
    return s;
  }
}
