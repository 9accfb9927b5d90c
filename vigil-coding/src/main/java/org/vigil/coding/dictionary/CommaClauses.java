package org.vigil.coding.dictionary;

/**
 * PETRARCH's comma options: comma-delimited stretches of a sentence whose length in words lies
 * in a range code no event of their own ("..., a senior official said on Saturday."). A maximum
 * of 0 turns the rule off for that position. Immutable and thread-safe.
 *
 * @param min shortest internal stretch (between two commas) that is set aside
 * @param max longest internal stretch; 0: none
 * @param beginMin shortest opening stretch (before the first comma)
 * @param beginMax longest opening stretch; 0: none
 * @param endMin shortest closing stretch (after the last comma)
 * @param endMax longest closing stretch; 0: none
 */
public record CommaClauses(int min, int max, int beginMin, int beginMax, int endMin, int endMax) {

  /** PETRARCH's defaults (from TABARI): internal 2..8, opening off, closing 2..8. */
  public static final CommaClauses PETRARCH_DEFAULTS = new CommaClauses(2, 8, 0, 0, 2, 8);

  /** No stretch is set aside. */
  public static final CommaClauses OFF = new CommaClauses(0, 0, 0, 0, 0, 0);

  public CommaClauses {
    if (min < 0 || max < 0 || beginMin < 0 || beginMax < 0 || endMin < 0 || endMax < 0) {
      throw new IllegalArgumentException("comma lengths must not be negative, were "
          + min + "," + max + "," + beginMin + "," + beginMax + "," + endMin + "," + endMax);
    }
  }
}
