package org.vigil.eval;

import java.util.Locale;
import java.util.Map;

/** Maps older PLOVER event type names to the current ones (see docs/EVALUATION.md). */
final class PloverTypes {
  /** Older name -> current name. Names not listed are current already. */
  static final Map<String, String> LEGACY = Map.of(
      "DEMAND", "REQUEST",
      "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE",
      "FIGHT", "ASSAULT");

  private PloverTypes() {}

  /** Upper case, stripped, and renamed when it is an older name; null stays null. */
  static String normalise(String type) {
    if (type == null) {
      return null;
    }
    String t = type.strip().toUpperCase(Locale.ROOT);
    return LEGACY.getOrDefault(t, t);
  }
}
