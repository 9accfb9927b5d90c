package org.vigil.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces that CoreNLP can annotate one at a time. Cuts fall on a blank line
 * where one exists in the second half of the allowed length (so with {@code
 * ssplit.newlineIsSentenceBreak=two} no sentence is split), else on a line break, a sentence
 * end, any whitespace, and only as a last resort mid-word.
 */
final class Chunks {

  /** A piece {@code [begin, end)} of the text. */
  record Chunk(int begin, int end) {}

  private Chunks() {}

  /** Pieces of at most {@code max} characters covering the whole text, in order. */
  static List<Chunk> split(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("chunk length must be >= 2, was " + max);
    }
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    while (text.length() - start > max) {
      int end = cut(text, start, start + max);
      chunks.add(new Chunk(start, end));
      start = end;
    }
    chunks.add(new Chunk(start, text.length()));
    return chunks;
  }

  /** Where to end the piece that starts at {@code start} and may not pass {@code limit}. */
  private static int cut(String text, int start, int limit) {
    int floor = start + (limit - start) / 2;
    int at = text.lastIndexOf("\n\n", limit - 2);
    if (at >= floor) {
      return at + 2;
    }
    at = text.lastIndexOf('\n', limit - 1);
    if (at >= floor) {
      return at + 1;
    }
    for (int i = limit - 1; i > floor; i--) {
      char c = text.charAt(i - 1);
      if (Character.isWhitespace(text.charAt(i)) && (c == '.' || c == '!' || c == '?')) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    // never split a surrogate pair
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
