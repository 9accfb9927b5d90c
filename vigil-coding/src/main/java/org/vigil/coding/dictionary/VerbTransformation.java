package org.vigil.coding.dictionary;

import java.util.Objects;
import java.util.Set;

/**
 * A PETRARCH2 transformation: an event coded under a governing verb becomes another event
 * ({@code ~ a (a b ATTACK) SAY = a b 015}: what one says one attacked is a claim of
 * responsibility). Immutable and thread-safe.
 *
 * @param outerTriggers word forms and lemmas of the governing verb (SAY, CLAIM, WANT)
 * @param innerTriggers word forms and lemmas of the governed verb; empty for any ({@code Q})
 * @param relation how the governed event's actors stand to the governing verb's subject
 * @param code the resulting code, or null to keep the governed event's code ({@code = a b Q})
 * @param text the line as written
 * @param origin "file:line" it came from
 */
public record VerbTransformation(
    Set<String> outerTriggers, Set<String> innerTriggers, Relation relation, String code, String text, String origin) {

  public VerbTransformation {
    outerTriggers = Set.copyOf(outerTriggers);
    innerTriggers = Set.copyOf(innerTriggers);
    Objects.requireNonNull(relation, "relation");
  }

  /** How the governed event relates to the governing verb's subject {@code a}. */
  public enum Relation {
    /** {@code (a b X)}: {@code a} did X to {@code b}; the result is {@code a} on {@code b}. */
    SAME_SOURCE,
    /** {@code (_ b X)}: X has no subject of its own ("wants to attack b"). */
    NO_OWN_SOURCE,
    /** {@code (b . X)}: someone else, {@code b}, did X; the result is {@code a} on {@code b}. */
    OTHER_SOURCE
  }
}
