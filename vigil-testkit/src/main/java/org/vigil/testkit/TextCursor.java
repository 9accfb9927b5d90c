package org.vigil.testkit;

import java.util.List;
import java.util.Map;

/**
 * Finds token forms in a text, one after another. Not thread-safe: one per parse.
 */
final class TextCursor {

  /** Spellings a treebank form may have in the text, besides itself. */
  private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
      Map.entry("-LRB-", List.of("(")),
      Map.entry("-RRB-", List.of(")")),
      Map.entry("-LSB-", List.of("[")),
      Map.entry("-RSB-", List.of("]")),
      Map.entry("-LCB-", List.of("{")),
      Map.entry("-RCB-", List.of("}")),
      Map.entry("``", List.of("\"")),
      Map.entry("''", List.of("\"")),
      Map.entry("`", List.of("'")),
      Map.entry("--", List.of("—", "–", "-")),
      Map.entry("...", List.of("…")),
      Map.entry("&", List.of("&amp;")));

  final String text;
  private int cursor;

  TextCursor(String text) {
    this.text = text;
  }

  /**
   * The {@code [begin, end)} of {@code form}, the next token in the text.
   *
   * @throws IllegalArgumentException naming the token when the text does not continue with it
   */
  int[] locate(String form, int sentence, int id) {
    int at = cursor;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    int length = match(form, at);
    for (String spelling : SPELLINGS.getOrDefault(form, List.of())) {
      if (length < 0) {
        length = match(spelling, at);
      }
    }
    if (length < 0 && form.equals(".") && cursor > 0 && text.charAt(cursor - 1) == '.') {
      // "U.S." ended the sentence and took its period: the "." token has no text of its own
      return new int[] {cursor, cursor};
    }
    if (length < 0) {
      String rest = text.substring(at, Math.min(text.length(), at + 30));
      throw new IllegalArgumentException("token " + id + " '" + form + "' of sentence "
          + (sentence + 1) + " is not in the text at offset " + at + ", which reads '" + rest
          + "'");
    }
    cursor = at + length;
    return new int[] {at, cursor};
  }

  /** Characters of the text at {@code at} that spell {@code form}, or -1. */
  private int match(String form, int at) {
    if (at + form.length() > text.length()) {
      return -1;
    }
    for (int i = 0; i < form.length(); i++) {
      if (fold(form.charAt(i)) != fold(text.charAt(at + i))) {
        return -1;
      }
    }
    return form.length();
  }

  /** Quotes, apostrophes, dashes and spaces the tokenizer may have normalised. */
  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
      case '\u00A0', '\u2007', '\u202F' -> ' ';
      default -> c;
    };
  }
}
