package org.vigil.geo;

import java.text.Normalizer;

/** Name keys and typo distance. Stateless. */
final class Names {
  private Names() {}

  /**
   * The key a name is matched on: lower case, without diacritics, letters and digits only
   * ("Sar-e Pōl" and "sar e pol" share {@code sarepol}).
   */
  static String key(String name) {
    boolean ascii = true;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 128) {
        ascii = false;
        break;
      }
    }
    String s = name;
    if (!ascii) {
      s = Normalizer.normalize(name, Normalizer.Form.NFD);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          sb.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          sb.append((char) (c + 32));
        }
        continue;
      }
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ø', 'Ø' -> sb.append('o');
        case 'ß' -> sb.append("ss");
        case 'ı' -> sb.append('i');
        case 'ł', 'Ł' -> sb.append('l');
        case 'đ', 'Đ' -> sb.append('d');
        case 'æ', 'Æ' -> sb.append("ae");
        case 'œ', 'Œ' -> sb.append("oe");
        case 'þ', 'Þ' -> sb.append("th");
        default -> {
          if (Character.isLetterOrDigit(c)) {
            sb.append(Character.toLowerCase(c));
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Optimal string alignment distance (insertions, deletions, substitutions and transpositions of
   * neighbours), or {@code max + 1} as soon as it must exceed {@code max}.
   */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** Great-circle distance in kilometres. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = Math.PI / 180;
    double a = Math.pow(Math.sin((lat2 - lat1) * r / 2), 2)
        + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.pow(Math.sin((lon2 - lon1) * r / 2), 2);
    return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
