package org.vigil.monitor.series;

import java.util.Objects;
import java.util.Set;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;

/**
 * Which of a watch's events count: PLOVER types, QuadClasses, actors and a least confidence; an
 * empty set accepts all. Negated events ("did not attack") never count. Immutable and thread-safe.
 *
 * @param ploverTypes PLOVER event types ({@code ASSAULT}, {@code PROTEST}, ...)
 * @param quadClasses QuadClasses, 1..4
 * @param actors actor codes or their prefixes: {@code RUS} accepts {@code RUSGOV} and
 *     {@code RUSMIL}; an event is accepted when its source or its target matches one
 * @param minConfidence least coder confidence, 0..1
 */
public record Filter(Set<String> ploverTypes, Set<Integer> quadClasses, Set<String> actors, double minConfidence) {
  /** Every event that is not negated. */
  public static final Filter ALL = new Filter(Set.of(), Set.of(), Set.of(), 0);

  public Filter {
    ploverTypes = Set.copyOf(ploverTypes);
    quadClasses = Set.copyOf(quadClasses);
    actors = Set.copyOf(actors);
    for (int q : quadClasses) {
      if (q < 1 || q > 4) {
        throw new IllegalArgumentException("filter QuadClass must be 1..4, was " + q);
      }
    }
    for (String a : actors) {
      if (a.isBlank()) {
        throw new IllegalArgumentException("filter actor code must not be blank");
      }
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("filter least confidence must be in [0, 1], was " + minConfidence);
    }
  }

  /** Whether {@code e} counts. */
  public boolean accepts(CodedEvent e) {
    Objects.requireNonNull(e, "event");
    return !e.negated()
        && e.confidence() >= minConfidence
        && (ploverTypes.isEmpty() || ploverTypes.contains(e.plover().event()))
        && (quadClasses.isEmpty() || quadClasses.contains(e.quadClass()))
        && (actors.isEmpty() || matches(e.source()) || matches(e.target()));
  }

  private boolean matches(ActorRef actor) {
    if (actor == null) {
      return false;
    }
    for (String a : actors) {
      if (actor.code().startsWith(a)) {
        return true;
      }
    }
    return false;
  }
}
