package org.vigil.pipeline.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.event.ActorRef;

/**
 * What the tab-separated formats share: fields with no tab or line end in them, numbers written
 * plainly, the numeric event id, and country codes and names from ISO-3.
 */
final class Fields {

  /** ISO 3166-1 alpha-3 to alpha-2, from the JDK's list. */
  private static final Map<String, String> ISO2 = iso2();

  private Fields() {}

  private static Map<String, String> iso2() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOCountries()) {
      map.put(Locale.of("", two).getISO3Country(), two);
    }
    return Map.copyOf(map);
  }

  /**
   * A field of a tab-separated row: null as empty; tabs, line ends (CR, LF, U+0085, U+2028,
   * U+2029) and other control characters as one space each, since neither format has quoting.
   */
  static String clean(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean bad = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (bad && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      }
      if (out != null) {
        out.append(bad ? ' ' : c);
      }
    }
    return out == null ? value : out.toString();
  }

  /**
   * A number as written in the exports: plain decimal with at least one decimal place
   * ({@code 3.4}, {@code -10.0}, {@code 0.0001}), never an exponent; null, NaN and infinities
   * as empty.
   */
  static String number(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return "";
    }
    String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  /**
   * The numeric id the tab-separated formats give an event (GDELT's GLOBALEVENTID, ICEWS's Event
   * ID): the first 53 bits of the SHA-256 of its event id, so that it is exact in a double
   * (R, JavaScript, spreadsheets) and the same in every export of the event.
   */
  static long numericId(String eventId) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (d[i] & 0xff);
      }
      return v >>> 11;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The ISO 3166-1 alpha-2 code of an ISO-3 country, or empty when there is none (or no country). */
  static String iso2(String iso3) {
    return iso3 == null ? "" : ISO2.getOrDefault(iso3, "");
  }

  /** The English name of an ISO-3 country (the JDK's), the code itself when unknown, empty for null. */
  static String countryName(String iso3) {
    if (iso3 == null) {
      return "";
    }
    String two = ISO2.get(iso3);
    return two == null ? iso3 : Locale.of("", two).getDisplayCountry(Locale.ENGLISH);
  }

  /** The actor's name as a dictionary gives it, else its text. */
  static String actorName(ActorRef a) {
    return a.name().isBlank() ? a.text() : a.name();
  }
}
