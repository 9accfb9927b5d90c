package org.vigil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/**
 * {@link Edits#damerauLevenshtein} with a limit of 0 or 1 (a one-pass check, issue 5), and with
 * larger limits (a band of the table around its diagonal), gives what the full
 * optimal-string-alignment table gives, capped at {@code limit + 1}. (In vigil-testkit, not
 * vigil-core, for its seeded cases: vigil-testkit depends on vigil-core.)
 */
final class EditsProperties {

  /** A small alphabet, so that near strings are common. */
  private static final String ALPHABET = "abcx";

  @Test
  void smallLimitsAgreeWithTheTable() {
    Seeded.forEachCase(5000, 0xED17_0001L, g -> {
      String a = name(g);
      String b = name(g);
      int full = table(a, b);
      for (int limit = 0; limit <= 1; limit++) {
        assertThat(Edits.damerauLevenshtein(a, b, limit)).as("%s / %s, limit %d", a, b, limit)
            .isEqualTo(Math.min(full, limit + 1));
      }
    });
  }

  /** Limits of 2 and more (names of ten letters or more): only the band within the limit of the diagonal is computed. */
  @Test
  void largerLimitsAgreeWithTheTable() {
    Seeded.forEachCase(5000, 0xED17_0002L, g -> {
      String a = longer(g);
      String b = longer(g);
      int full = table(a, b);
      for (int limit = 2; limit <= 5; limit++) {
        assertThat(Edits.damerauLevenshtein(a, b, limit)).as("%s / %s, limit %d", a, b, limit)
            .isEqualTo(Math.min(full, limit + 1));
      }
    });
  }

  @Test
  void oneEditAwayIsOne() {
    Seeded.forEachCase(2000, 0xED17_0003L, g -> {
      String a = name(g);
      int edit = g.between(0, 3);
      int at = g.between(0, 50);
      if (a.isEmpty()) {
        return;
      }
      int i = at % a.length();
      String b = switch (edit) {
        case 0 -> a.substring(0, i) + a.substring(i + 1);
        case 1 -> a.substring(0, i) + "x" + a.substring(i);
        case 2 -> a.substring(0, i) + (a.charAt(i) == 'x' ? 'y' : 'x') + a.substring(i + 1);
        default -> i + 1 < a.length() ? a.substring(0, i) + a.charAt(i + 1) + a.charAt(i) + a.substring(i + 2) : a;
      };
      assertThat(Edits.damerauLevenshtein(a, b, 1)).isEqualTo(Math.min(table(a, b), 2)).isLessThanOrEqualTo(1);
    });
  }

  private static String name(Gen g) {
    return g.string(ALPHABET, 0, 9);
  }

  private static String longer(Gen g) {
    return g.string(ALPHABET, 0, 14);
  }

  /** The whole optimal-string-alignment table, no limit. */
  private static int table(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}
