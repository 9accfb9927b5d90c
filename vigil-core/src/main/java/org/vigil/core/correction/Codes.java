package org.vigil.core.correction;

import java.util.regex.Pattern;

/** The shapes of the codes a correction may give; the dictionaries decide which are known. */
final class Codes {
  /** Two to four digits and an optional letter, as {@code CodedEvent} and the CAMEO table write them. */
  static final Pattern CAMEO = Pattern.compile("\\d{2,4}[A-Z]?");
  /**
   * Our actor codes: three upper-case letters (a country, IGO, IMG, NGO), then up to twelve
   * letters or digits (sectors and a group's tag: {@code TJKGOV}, {@code IGOCSTO}, {@code CODREBM23}).
   */
  static final Pattern ACTOR = Pattern.compile("[A-Z]{3}[A-Z0-9]{0,12}");

  private Codes() {}

  static String cameo(String field, String code) {
    if (code == null || !CAMEO.matcher(code).matches()) {
      throw new IllegalArgumentException(field + " \"" + code + "\" is not a CAMEO code (2 to 4 digits, as 0231)");
    }
    return code;
  }

  static String actor(String field, String code, boolean required) {
    if (code == null && !required) {
      return null;
    }
    if (code == null || !ACTOR.matcher(code).matches()) {
      throw new IllegalArgumentException(field + " \"" + code + "\" is not an actor code (three capital letters,"
          + " then up to twelve capitals or digits, as TJKGOV or IGOCSTO)");
    }
    return code;
  }
}
