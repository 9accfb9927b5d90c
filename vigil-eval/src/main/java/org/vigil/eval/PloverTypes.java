package org.vigil.eval;

import java.util.Locale;
import java.util.Map;

/** Maps older PLOVER event type and mode names to the current ones (see docs/EVALUATION.md). */
final class PloverTypes {
  /** Older name -> current name. Names not listed are current already. */
  static final Map<String, String> LEGACY = Map.of(
      "DEMAND", "REQUEST",
      "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE",
      "FIGHT", "ASSAULT");

  /**
   * Older mode name -> current name: the 2016 draft split demonstrations and riots by whether they
   * were organised and strikes by kind; Vigil's modes are CAMEO 141, 145, 142 and 143.
   */
  static final Map<String, String> LEGACY_MODES = Map.of(
      "demo-org", "demo",
      "demo-spon", "demo",
      "riot-org", "riot",
      "riot-spon", "riot",
      "strike-hun", "hunger",
      "strike-gen", "strike");

  private PloverTypes() {}

  /** Lower case, stripped, and renamed when it is an older mode name; null stays null. */
  static String normaliseMode(String mode) {
    if (mode == null) {
      return null;
    }
    String m = mode.strip().toLowerCase(Locale.ROOT);
    return LEGACY_MODES.getOrDefault(m, m);
  }

  /** Upper case, stripped, and renamed when it is an older name; null stays null. */
  static String normalise(String type) {
    if (type == null) {
      return null;
    }
    String t = type.strip().toUpperCase(Locale.ROOT);
    return LEGACY.getOrDefault(t, t);
  }
}
