package org.vigil.core.text;

/** Edit distance for typo-tolerant name matching (dictionaries, gazetteer). Stateless. */
public final class Edits {
  private Edits() {}

  /**
   * Optimal-string-alignment Damerau-Levenshtein distance (insertions, deletions, substitutions
   * and transpositions of neighbours each cost 1), or {@code limit + 1} as soon as it must exceed
   * {@code limit}.
   */
  public static int damerauLevenshtein(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    if (limit <= 1) {
      // the common case (names of fewer than ten letters): no table, one pass (issue 5)
      return Math.min(withinOne(a, b), limit + 1);
    }
    // only the cells within `limit` of the diagonal (issue 5): a path that leaves that band costs more
    // than the limit, so the cells outside it count as limit + 1
    int n = a.length();
    int m = b.length();
    int big = limit + 1;
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    // row 0 within the band; the cell after it bounds the next row
    for (int j = 0; j <= Math.min(m, limit + 1); j++) {
      prev[j] = Math.min(j, big);
    }
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - limit);
      int hi = Math.min(m, i + limit);
      cur[0] = Math.min(i, big);
      if (lo > 1) {
        cur[lo - 1] = big;
      }
      int rowMin = cur[0];
      char ai = a.charAt(i - 1);
      for (int j = lo; j <= hi; j++) {
        int cost = ai == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        v = Math.min(v, big);
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (hi < m) {
        cur[hi + 1] = big;
      }
      if (rowMin > limit) {
        return big;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], big);
  }

  /** 0 when equal, 1 when one insertion, deletion, substitution or swap of neighbours apart, else 2. */
  private static int withinOne(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (n == m) {
      int i = 0;
      while (i < n && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      if (i == n) {
        return 0;
      }
      if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
        return 1;
      }
      boolean swapped = i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, n - i - 2);
      return swapped ? 1 : 2;
    }
    if (Math.abs(n - m) != 1) {
      return 2;
    }
    String shorter = n < m ? a : b;
    String longer = n < m ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return shorter.regionMatches(i, longer, i + 1, shorter.length() - i) ? 1 : 2;
  }
}
