package org.vigil.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PETRARCH-style gold record: a sentence and the event triples it should yield. Immutable and
 * thread-safe.
 *
 * @param id non-blank record id
 * @param date article date ({@link GoldRecord#DEFAULT_DATE} when the record gives none)
 * @param text the sentence, non-blank
 * @param expected the expected events; empty when nothing is expected
 * @param noEvents true when the coder is expected to produce no event
 * @param error non-null when the coder is expected to produce no event because the record is
 *     erroneous or discarded ("dateline", "storydiscard"); null otherwise
 * @param config PETRARCH configuration the record was written for (kept, not applied)
 * @param origin {@code file:line} it was read from
 */
public record PetrarchGold(
    String id,
    LocalDate date,
    String text,
    List<Triple> expected,
    boolean noEvents,
    String error,
    Map<String, String> config,
    String origin) implements GoldRecord {

  public PetrarchGold {
    Checks.nonBlank(id, "id");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(text, "text");
    expected = expected == null ? List.of() : List.copyOf(expected);
    config = config == null ? Map.of() : Map.copyOf(config);
    origin = origin == null ? "" : origin;
  }

  /** True when every prediction for this record is a false positive: {@code noevents} or an {@code error}. */
  public boolean expectsNothing() {
    return noEvents || error != null;
  }

  /**
   * One expected event as PETRARCH writes it.
   *
   * @param source source actor code as written ({@code ARN}, {@code USAGOV}); empty when none
   * @param target target actor code as written; empty, or {@code ---}, when none
   * @param code the CAMEO code ({@code 064}); non-blank
   */
  public record Triple(String source, String target, String code) {

    public Triple {
      source = source == null ? "" : source.strip();
      target = target == null ? "" : target.strip();
      code = Checks.nonBlank(code, "event code").strip();
    }

    /** "(ARN, GON, 064)", with {@code ---} for an empty actor. */
    @Override
    public String toString() {
      return "(" + orDashes(source) + ", " + orDashes(target) + ", " + code + ")";
    }

    private static String orDashes(String code) {
      return code.isEmpty() ? "---" : code;
    }
  }
}
