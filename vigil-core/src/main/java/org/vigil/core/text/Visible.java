package org.vigil.core.text;

/**
 * Text from the input made safe to show on a terminal (issue 12): control characters, which an id
 * or a sentence may carry, are shown as escapes instead of being sent raw ({@code ESC [2J} would
 * clear the screen). ESC shows as {@code \e}; tab, line feed and carriage return as {@code \t},
 * {@code \n}, {@code \r}; the other C0 and C1 controls, DEL, the line and paragraph separators,
 * the bidirectional controls (which reorder what follows) and unpaired surrogates as
 * escapes of a backslash, {@code u} and four hex digits. Stateless.
 */
public final class Visible {
  private Visible() {}

  /** {@code text} with its control characters escaped; the same string when it has none; "null" for null. */
  public static String of(String text) {
    if (text == null) {
      return "null";
    }
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      if (escaped(text, i)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!escaped(text, i)) {
        out.append(c);
        continue;
      }
      switch (c) {
        case 0x1B -> out.append("\\e");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean escaped(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
