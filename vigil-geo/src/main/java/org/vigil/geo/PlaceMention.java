package org.vigil.geo;

import java.util.Objects;

/**
 * A place named in an article, as written, with what it resolved to. Names that could not be
 * resolved are kept with a null place; ambiguous ones keep their best reading with a low
 * confidence. Immutable and thread-safe.
 *
 * @param sentence 0-based index of its sentence
 * @param tokenBegin first token, 0-based in the sentence
 * @param tokenEnd token after the last one
 * @param text the mention as written ("Nahrin district", "the border with Afghanistan")
 * @param start character offset in the article text
 * @param end character offset after it
 * @param place what it resolved to, or null
 * @param confidence 0..1: how sure the resolution is (0 when unresolved)
 * @param candidates how many gazetteer entries the name matched
 * @param approximate true when the place is only the container the text gave ("Tin Can Island,
 *     Lagos" placed at Lagos) or a district placed at its seat
 */
public record PlaceMention(
    int sentence, int tokenBegin, int tokenEnd, String text, int start, int end, Place place, double confidence,
    int candidates, boolean approximate) {

  public PlaceMention {
    Objects.requireNonNull(text, "text");
    if (tokenEnd <= tokenBegin || end < start) {
      throw new IllegalArgumentException("bad mention span [" + tokenBegin + ", " + tokenEnd + ") of " + text);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  /** Whether the mention resolved to a gazetteer entry. */
  public boolean isResolved() {
    return place != null;
  }

  /** Whether it names a border region. */
  public boolean isBorder() {
    return place != null && place.featureCode().equals("BORDER");
  }
}
