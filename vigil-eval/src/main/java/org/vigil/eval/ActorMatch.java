package org.vigil.eval;

import java.util.Locale;

/**
 * How predicted and expected actor codes are compared when matching PETRARCH event triples. An
 * empty, null or {@code ---} code means "no actor"; two of them match each other and nothing else.
 * Codes are compared in upper case. Thread-safe.
 */
public enum ActorMatch {
  /** The codes must be equal: {@code USAGOV} matches only {@code USAGOV}. */
  FULL,
  /**
   * The first three letters must be equal: {@code USAGOV} matches {@code USA} and {@code USAMIL};
   * {@code IGOUNO} matches {@code IGO}. The default.
   */
  COUNTRY;

  /** True when {@code expected} and {@code predicted} denote the same actor under this mode. */
  boolean matches(String expected, String predicted) {
    String a = normalise(expected);
    String b = normalise(predicted);
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return switch (this) {
      case FULL -> a.equals(b);
      case COUNTRY -> countryPart(a).equals(countryPart(b));
    };
  }

  /** Upper case, stripped; empty for null, blank and {@code ---}. */
  static String normalise(String code) {
    if (code == null) {
      return "";
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    return c.equals("---") ? "" : c;
  }

  /** The first three letters, or the whole code when it is shorter. */
  static String countryPart(String code) {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }
}
