package org.vigil.geo;

import org.vigil.core.text.Edits;

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
    return org.vigil.core.text.Edits.damerauLevenshtein(a, b, max);
  }


  /** Great-circle distance in kilometres. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = Math.PI / 180;
    double a = Math.pow(Math.sin((lat2 - lat1) * r / 2), 2)
        + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.pow(Math.sin((lon2 - lon1) * r / 2), 2);
    return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
