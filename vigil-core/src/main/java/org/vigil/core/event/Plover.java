package org.vigil.core.event;

import java.util.List;
import java.util.Objects;

/**
 * The PLOVER view of an event.
 *
 * @param event PLOVER event type (AGREE ... ASSAULT), or {@code STATEMENT}, Vigil's marker for
 *     CAMEO 01 statements, which PLOVER has no type for
 * @param mode PLOVER mode, or null
 * @param contexts PLOVER contexts (military, refugees, ...), possibly empty
 */
public record Plover(String event, String mode, List<String> contexts) {

  public Plover {
    Objects.requireNonNull(event, "event");
    contexts = contexts == null ? List.of() : List.copyOf(contexts);
  }
}
