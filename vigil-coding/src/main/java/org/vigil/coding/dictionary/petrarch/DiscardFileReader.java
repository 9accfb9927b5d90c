package org.vigil.coding.dictionary.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.coding.dictionary.DictionaryFormatException;

/**
 * Reads a PETRARCH discard list: one phrase a line; a leading {@code +} discards the whole story,
 * otherwise the sentence. Not thread-safe: one reader per load.
 */
final class DiscardFileReader {
  final List<String> sentence = new ArrayList<>();
  final List<String> story = new ArrayList<>();

  void read(String file, String text) {
    for (PetrarchLines.Line l : PetrarchLines.of(text)) {
      String s = l.text().strip();
      if (s.isEmpty()) {
        continue;
      }
      boolean wholeStory = s.startsWith("+");
      String phrase = (wholeStory ? s.substring(1) : s).replace('_', ' ').strip().replaceAll("\\s+", " ")
          .toLowerCase(Locale.ROOT);
      if (phrase.isEmpty() || phrase.chars().anyMatch(c -> "[]{}".indexOf(c) >= 0)) {
        throw new DictionaryFormatException(file, l.number(), "discard line must be a phrase, was '" + s + "'");
      }
      (wholeStory ? story : sentence).add(phrase);
    }
  }
}
