package org.vigil.core.correction;

import java.util.Locale;

/** What an analyst says of a coded event. */
public enum Verdict {
  /** The event is coded right. */
  RIGHT,
  /** The event is coded wrong: the correction gives the right coding, or none (no event here). */
  WRONG;

  /** Lower-case name as written in JSON: {@code right}, {@code wrong}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The verdict written {@code text} ({@code right} or {@code wrong}, any case).
   *
   * @throws IllegalArgumentException naming the value when it is neither
   */
  public static Verdict of(String text) {
    if (text != null) {
      for (Verdict v : values()) {
        if (v.label().equalsIgnoreCase(text.strip())) {
          return v;
        }
      }
    }
    throw new IllegalArgumentException("verdict \"" + text + "\" is neither right nor wrong");
  }
}
