package org.vigil.eval;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one gold record, for {@code --details}. For PETRARCH records the lists hold
 * triples such as {@code (ARN, GON, 064)} and {@code matched} the expected triples that found a
 * prediction; for PLOVER records they hold the gold type, mode and actors, one line per predicted
 * event, and what was right ({@code type REQUEST}, {@code mode ...}, {@code source ...}).
 * Immutable and thread-safe.
 *
 * @param id the record id
 * @param style {@code petrarch}, {@code plover}, {@code geo} (toponyms) or {@code geo-assert}
 *     (geoparsing assertions, whose predicted lines end with the placed mentions), {@code event-report}
 *     or {@code article} (article gold: {@code expected} holds the gold events that were missed,
 *     {@code predicted} the predictions left over, {@code matched} the pairs and what was right)
 * @param expected what the gold expects; empty when it expects nothing
 * @param predicted the non-negated predictions
 * @param matched what matched
 * @param error the coder's failure on this record, or null when it succeeded
 */
public record RecordDetail(
    String id, String style, List<String> expected, List<String> predicted, List<String> matched, String error) {

  public RecordDetail {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(style, "style");
    expected = List.copyOf(expected);
    predicted = List.copyOf(predicted);
    matched = List.copyOf(matched);
  }
}
