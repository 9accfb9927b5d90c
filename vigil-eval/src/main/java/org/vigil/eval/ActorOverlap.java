package org.vigil.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a predicted actor mention refers to a gold actor mention. Two texts overlap when, ignoring
 * case and punctuation, the words of one occur consecutively in the other ("U.S." in "U.S.
 * forces", but not "US" in "Russia"), or they share a word of four or more letters that is not a
 * stop word ("Palestinian militants" and "Palestinian groups"). Stateless.
 */
final class ActorOverlap {
  /** Function words of four letters or more, which say nothing about who the actor is. */
  private static final Set<String> STOP_WORDS = Set.of(
      "about", "after", "against", "also", "among", "been", "before", "being", "between", "both",
      "does", "during", "each", "from", "further", "have", "having", "here", "into", "itself",
      "more", "most", "other", "over", "same", "some", "such", "than", "that", "their", "theirs",
      "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "under",
      "until", "upon", "very", "were", "what", "when", "where", "which", "while", "whom", "whose",
      "will", "with", "would", "your");

  private ActorOverlap() {}

  static boolean overlaps(String gold, String predicted) {
    List<String> a = words(gold);
    List<String> b = words(predicted);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (containsRun(a, b) || containsRun(b, a)) {
      return true;
    }
    for (String word : a) {
      if (isContentWord(word) && b.contains(word)) {
        return true;
      }
    }
    return acronymOf(a, b) || acronymOf(b, a);
  }

  /** Function words left out of acronyms: "International Atomic Energy Agency" is IAEA. */
  private static final Set<String> ACRONYM_SKIPS = Set.of("of", "the", "and", "for", "on", "in", "de", "&");

  /**
   * True when a word of three or more letters in {@code a} is the initials of {@code b}'s words
   * ("IAEA" and "International Atomic Energy Agency").
   */
  private static boolean acronymOf(List<String> a, List<String> b) {
    StringBuilder initials = new StringBuilder();
    for (String w : b) {
      if (!ACRONYM_SKIPS.contains(w) && Character.isLetter(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    if (initials.length() < 3) {
      return false;
    }
    String acronym = initials.toString();
    return a.stream().anyMatch(w -> w.length() >= 3 && w.equals(acronym));
  }

  private static boolean isContentWord(String word) {
    return word.length() >= 4 && word.chars().allMatch(Character::isLetter) && !STOP_WORDS.contains(word);
  }

  /** Lower-case runs of letters and digits. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean containsRun(List<String> haystack, List<String> needle) {
    return java.util.Collections.indexOfSubList(haystack, needle) >= 0;
  }
}
