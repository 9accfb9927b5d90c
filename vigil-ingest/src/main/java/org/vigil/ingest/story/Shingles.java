package org.vigil.ingest.story;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigil.core.article.Article;

/**
 * The word shingles of a text as sorted, distinct 31-bit hashes. Words come from a plain split on
 * anything that is not a letter or a digit, lower-cased: this is hashing for copy detection, not
 * linguistics, so no tokenizer is needed (a copy keeps its words whatever tokenizer is used).
 * Curly and straight quotes, dashes and punctuation vanish with the split, so a copy with other
 * typography has the same shingles. Stateless.
 */
final class Shingles {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Shingles() {}

  /** The shingles of the article's text (not its title: a new headline does not make a new story). */
  static int[] of(Article article, int words) {
    return of(article.text(), words);
  }

  static int[] of(String text, int words) {
    String[] tokens = NON_WORD.split(Article.normalise(text).toLowerCase(Locale.ROOT));
    int start = tokens.length > 0 && tokens[0].isEmpty() ? 1 : 0;
    int n = tokens.length - start;
    if (n <= 0) {
      return new int[0];
    }
    int count = Math.max(1, n - words + 1);
    int[] hashes = new int[count];
    for (int i = 0; i < count; i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits, over the shingle's words and separators
      for (int w = 0; w < words && start + i + w < tokens.length; w++) {
        String token = tokens[start + i + w];
        for (int c = 0; c < token.length(); c++) {
          h = (h ^ token.charAt(c)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      // fold to [0, 2^31 - 1): java-lsh's MinHash hashes non-negative ints below its dictionary size
      hashes[i] = (int) Long.remainderUnsigned(h ^ (h >>> 31), Integer.MAX_VALUE);
    }
    Arrays.sort(hashes);
    return Arrays.stream(hashes).distinct().toArray();
  }

  /** Shingles both sorted arrays share. */
  static int common(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** Jaccard similarity of two sorted distinct arrays; 0 when both are empty. */
  static double jaccard(int[] a, int[] b) {
    int common = common(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** The share of the smaller array found in the larger; 0 when one is empty. */
  static double containment(int[] a, int[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) common(a, b) / smaller;
  }
}
