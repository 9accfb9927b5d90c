package org.vigil.core.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verb pattern: a trigger lemma and constraints on its dependents that, when they hold, code a
 * CAMEO event. See {@code docs/DICTIONARIES.md} for the syntax.
 *
 * @param code the CAMEO code it gives
 * @param triggers trigger lemmas (alternatives)
 * @param pos part of speech the trigger must have
 * @param constraints all must hold
 * @param targetSlot where the target comes from, or null for the default order
 * @param text the pattern as written
 * @param origin "file:line" it came from
 */
public record VerbPattern(
    String code,
    Set<String> triggers,
    TriggerPos pos,
    List<Constraint> constraints,
    String targetSlot,
    String text,
    String origin) {

  public VerbPattern {
    Objects.requireNonNull(code, "code");
    triggers = Set.copyOf(triggers);
    if (triggers.isEmpty()) {
      throw new IllegalArgumentException("a pattern needs a trigger lemma");
    }
    Objects.requireNonNull(pos, "pos");
    constraints = List.copyOf(constraints);
  }

  /** How specific the pattern is: more constraints win. */
  public int specificity() {
    int s = 0;
    for (Constraint c : constraints) {
      s += c.words().isEmpty() ? 2 : 3;
    }
    return s;
  }

  /** The part of speech a trigger must have. */
  public enum TriggerPos {
    /** Verbs (and, for copular constructions, adjectives and nouns the parse makes heads). */
    VERB,
    NOUN,
    ADJECTIVE
  }

  /**
   * One constraint on the trigger's dependents.
   *
   * @param kind what is constrained
   * @param preposition for {@link Kind#OBLIQUE}: the preposition ("into", "out_of")
   * @param words allowed lemmas; empty means any
   */
  public record Constraint(Kind kind, String preposition, Set<String> words) {
    public Constraint {
      Objects.requireNonNull(kind, "kind");
      words = Set.copyOf(words);
    }

    /** What a constraint looks at. */
    public enum Kind {
      PARTICLE, OBJECT, OBLIQUE, XCOMP
    }
  }
}
