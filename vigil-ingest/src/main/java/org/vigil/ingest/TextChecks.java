package org.vigil.ingest;

import java.util.Locale;

/** The checks every article text passes, whatever format it came in. */
final class TextChecks {

  private TextChecks() {}

  /** Null when {@code text} (non-blank) can be coded, else why not. */
  static String problem(String text, long maxTextBytes) {
    long bytes = Utf8.encodedLength(text);
    if (bytes > maxTextBytes) {
      return tooLarge("text is " + bytes(bytes), maxTextBytes);
    }
    return EnglishCheck.problem(text);
  }

  static String tooLarge(String what, long maxTextBytes) {
    return what + ", over the limit of " + bytes(maxTextBytes);
  }

  static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d bytes", n);
  }

  /** {@code value} in quotes, cut to a length that fits a message. */
  static String quote(String value) {
    String oneLine = value.replaceAll("\\s+", " ");
    return "'" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "'";
  }
}
