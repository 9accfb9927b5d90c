package org.vigil.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap test for English text: Vigil's dictionaries and parser are English, so other languages
 * would only yield wrong events. Two measures over the first {@value #SAMPLE_CHARS} characters:
 * the share of letters that are ASCII (catches Cyrillic, Arabic, CJK, ...) and the share of words
 * that are common English function words (catches French, German, Spanish, Indonesian, ...). Text
 * too short to judge passes.
 */
final class EnglishCheck {

  static final int SAMPLE_CHARS = 20_000;
  /** English letters are all ASCII; names with accents barely move the share. */
  static final double MIN_ASCII_LETTER_SHARE = 0.85;
  static final int MIN_LETTERS = 20;
  /** English news runs at 25-40 % of these words, other Latin-script languages at 0-5 %. */
  static final double MIN_FUNCTION_WORD_SHARE = 0.08;
  static final int MIN_WORDS = 25;

  // Words frequent in English and rare in other Latin-script languages. Left out for that reason:
  // "a", "no", "die", and "in", "an", "was", "also", "under" (German), "is", "over" (Dutch),
  // "on" (French), "as" (Portuguese).
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "that", "for", "with", "by", "at", "from", "it", "he", "she",
      "they", "we", "has", "have", "had", "were", "been", "be", "said", "says", "will", "would",
      "this", "these", "those", "which", "their", "its", "his", "her", "are", "not", "or", "who",
      "but", "after", "into", "about", "than", "there", "more", "other", "when", "could",
      "should", "them", "our", "what", "while", "against", "between", "did", "does", "being",
      "if", "can", "may");

  private EnglishCheck() {}

  /** Null when {@code text} may be English, else the reason it is not. */
  static String problem(String text) {
    int end = Math.min(text.length(), SAMPLE_CHARS);
    int letters = 0;
    int ascii = 0;
    int words = 0;
    int functionWords = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters++;
        if (c < 0x80) {
          ascii++;
        }
        word.append(c);
      } else if (c == '\'' && !word.isEmpty()) {
        // "it's", "Russia's": the part before the apostrophe is the word
        word.append(c);
      } else if (!word.isEmpty()) {
        words++;
        String w = word.toString().toLowerCase(Locale.ROOT);
        int apostrophe = w.indexOf('\'');
        if (FUNCTION_WORDS.contains(apostrophe < 0 ? w : w.substring(0, apostrophe))) {
          functionWords++;
        }
        word.setLength(0);
      }
    }
    if (letters >= MIN_LETTERS && ascii < MIN_ASCII_LETTER_SHARE * letters) {
      return "not English (" + percent(ascii, letters) + " of letters are ASCII)";
    }
    if (words >= MIN_WORDS && functionWords < MIN_FUNCTION_WORD_SHARE * words) {
      return "not English (" + percent(functionWords, words) + " common English words in "
          + words + " words)";
    }
    return null;
  }

  private static String percent(int part, int whole) {
    return Math.round(100.0 * part / whole) + "%";
  }
}
