package org.vigil.eval.story;

import java.util.Locale;

/** How a known copy of an article was made. */
public enum CopyKind {
  /** Its last paragraphs cut (a fifth to a half of them). */
  TRIMMED,
  /** A new headline over the same text. */
  HEADLINE,
  /** Two or more of its paragraphs in another order. */
  REORDERED,
  /** One sentence replaced by another. */
  SENTENCE_CHANGED,
  /** One sentence added. */
  SENTENCE_ADDED,
  /** One sentence removed. */
  SENTENCE_REMOVED,
  /** A wire dateline before the text: {@code CITY (Agency) -- }. */
  WIRE_PREFIX;

  /** Lower-case name with dashes, as reports write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
