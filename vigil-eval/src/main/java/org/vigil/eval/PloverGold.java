package org.vigil.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A PLOVER-style gold record: a sentence, its event type, mode, context and actors. Immutable and
 * thread-safe.
 *
 * @param id non-blank record id
 * @param date article date ({@link GoldRecord#DEFAULT_DATE} when the record gives none)
 * @param text the sentence, non-blank
 * @param event PLOVER event type as written, possibly an older name ({@code DEMAND}); non-blank
 * @param mode PLOVER mode, or null
 * @param context PLOVER context as written, or null
 * @param source source actors, possibly empty
 * @param target target actors, possibly empty
 * @param origin {@code file:line} it was read from
 */
public record PloverGold(
    String id,
    LocalDate date,
    String text,
    String event,
    String mode,
    String context,
    List<Actor> source,
    List<Actor> target,
    String origin) implements GoldRecord {

  public PloverGold {
    Checks.nonBlank(id, "id");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(text, "text");
    event = Checks.nonBlank(event, "event").strip();
    mode = mode == null || mode.isBlank() ? null : mode.strip();
    context = context == null || context.isBlank() ? null : context.strip();
    source = source == null ? List.of() : List.copyOf(source);
    target = target == null ? List.of() : List.copyOf(target);
    origin = origin == null ? "" : origin;
  }

  /**
   * One gold actor.
   *
   * @param actorText the mention as written; empty when the record gives none
   * @param code CAMEO-style actor code ({@code HUN}, {@code IGO}), or null when uncoded
   * @param sector sector ({@code GOV}), or null
   */
  public record Actor(String actorText, String code, String sector) {

    public Actor {
      actorText = actorText == null ? "" : actorText.strip();
      code = code == null || code.isBlank() ? null : code.strip();
      sector = sector == null || sector.isBlank() ? null : sector.strip();
    }
  }
}
