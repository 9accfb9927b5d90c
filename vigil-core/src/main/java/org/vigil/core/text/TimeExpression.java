package org.vigil.core.text;

import java.util.Objects;

/**
 * A time expression found and normalised by the annotator (TIMEX3 as SUTime gives it).
 *
 * @param tokenBegin first token, 0-based in the sentence
 * @param tokenEnd token after the last one
 * @param text the expression as written ("last week")
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value resolved against the document date ("2021-W26", "2021-07-08"), may be
 *     empty when the annotator could not resolve it
 */
public record TimeExpression(int tokenBegin, int tokenEnd, String text, String type, String value) {

  public TimeExpression {
    if (tokenBegin < 0 || tokenEnd <= tokenBegin) {
      throw new IllegalArgumentException("bad time span [" + tokenBegin + ", " + tokenEnd + ")");
    }
    Objects.requireNonNull(text, "text");
    type = type == null ? "" : type;
    value = value == null ? "" : value;
  }
}
