package org.vigil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Edits#damerauLevenshtein} with a limit of 0 or 1 (a one-pass check, issue 5), and with
 * larger limits (a band of the table around its diagonal), gives what the full
 * optimal-string-alignment table gives, capped at {@code limit + 1}.
 */
final class EditsProperties {

  @Property(tries = 5000)
  void smallLimitsAgreeWithTheTable(@ForAll("names") String a, @ForAll("names") String b) {
    int full = table(a, b);
    for (int limit = 0; limit <= 1; limit++) {
      assertThat(Edits.damerauLevenshtein(a, b, limit)).as("%s / %s, limit %d", a, b, limit)
          .isEqualTo(Math.min(full, limit + 1));
    }
  }

  /** Limits of 2 and more (names of ten letters or more): only the band within the limit of the diagonal is computed. */
  @Property(tries = 5000)
  void largerLimitsAgreeWithTheTable(@ForAll("longer") String a, @ForAll("longer") String b) {
    int full = table(a, b);
    for (int limit = 2; limit <= 5; limit++) {
      assertThat(Edits.damerauLevenshtein(a, b, limit)).as("%s / %s, limit %d", a, b, limit)
          .isEqualTo(Math.min(full, limit + 1));
    }
  }

  @Provide
  Arbitrary<String> longer() {
    return Arbitraries.strings().withChars("abcx").ofMaxLength(14);
  }

  @Property(tries = 2000)
  void oneEditAwayIsOne(@ForAll("names") String a, @ForAll("edits") int edit, @ForAll("positions") int at) {
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
  }

  @Provide
  Arbitrary<String> names() {
    // a small alphabet, so that near strings are common
    return Arbitraries.strings().withChars("abcx").ofMaxLength(9);
  }

  @Provide
  Arbitrary<Integer> edits() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 50);
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
