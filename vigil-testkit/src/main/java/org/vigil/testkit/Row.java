package org.vigil.testkit;

import java.util.ArrayList;
import java.util.List;

/** One token line of CoNLL-U, checked as it is read. */
final class Row {

  /** An incoming edge: 1-based head (0 for root) and relation. */
  record Arc(int head, String relation) {}

  final int line;
  final String text;
  final String form;
  final String lemma;
  final String pos;
  final String ner;
  final String timex;
  final List<Arc> arcs;

  private Row(int line, String text, String[] columns, List<Arc> arcs, String ner, String timex) {
    this.line = line;
    this.text = text;
    this.form = columns[1];
    this.lemma = empty(columns[2]) ? null : columns[2];
    this.pos = !empty(columns[4]) ? columns[4] : empty(columns[3]) ? "" : columns[3];
    this.arcs = arcs;
    this.ner = ner;
    this.timex = timex;
  }

  /**
   * Reads line {@code line}, which should hold token {@code expectedId}; null for a multiword
   * range or an empty node, which we skip.
   */
  static Row parse(String text, int line, int expectedId) {
    String[] columns = text.split("\t", -1);
    if (columns.length != 10) {
      throw bad(line, "expected 10 tab-separated columns, found " + columns.length, text);
    }
    String id = columns[0];
    if (id.contains("-") || id.contains(".")) {
      return null;
    }
    if (!Integer.toString(expectedId).equals(id)) {
      throw bad(line, "expected token id " + expectedId + ", found '" + id + "'", text);
    }
    if (columns[1].isEmpty()) {
      throw bad(line, "empty FORM", text);
    }
    List<Arc> arcs = new ArrayList<>();
    if (!empty(columns[8])) {
      for (String dep : columns[8].split("\\|")) {
        int colon = dep.indexOf(':');
        if (colon <= 0 || colon == dep.length() - 1) {
          throw bad(line, "DEPS entry '" + dep + "' is not HEAD:RELATION", text);
        }
        String head = dep.substring(0, colon);
        if (!head.contains(".")) { // edges to empty nodes are skipped with the nodes
          arcs.add(new Arc(number(head, "DEPS head", line, text), dep.substring(colon + 1)));
        }
      }
    } else if (!empty(columns[6])) {
      if (empty(columns[7])) {
        throw bad(line, "HEAD without DEPREL", text);
      }
      arcs.add(new Arc(number(columns[6], "HEAD", line, text), columns[7]));
    }
    String ner = null;
    String timex = null;
    if (!empty(columns[9])) {
      for (String item : columns[9].split("\\|")) {
        if (item.startsWith("NER=")) {
          ner = item.substring(4);
        } else if (item.startsWith("Timex=")) {
          timex = item.substring(6);
          if (timex.indexOf(':') <= 0) {
            throw bad(line, "Timex must be TYPE:VALUE, was '" + timex + "'", text);
          }
        }
      }
    }
    return new Row(line, text, columns, List.copyOf(arcs), ner, timex);
  }

  private static int number(String value, String column, int line, String text) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(line, column + " '" + value + "' is not a token number", text);
  }

  private static boolean empty(String column) {
    return column.isEmpty() || column.equals("_");
  }

  private static IllegalArgumentException bad(int line, String problem, String text) {
    return new IllegalArgumentException("line " + line + ": " + problem + ": " + text);
  }
}
