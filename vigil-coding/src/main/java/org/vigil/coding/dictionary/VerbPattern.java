package org.vigil.coding.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verb pattern: a trigger lemma and constraints on its dependents that, when they hold, code a
 * CAMEO event. See {@code docs/DICTIONARIES.md} for the syntax, and {@code docs/PETRARCH.md} for
 * the PETRARCH constructs (word sequences, source slots, reverse codes) that Vigil's own format
 * does not write.
 *
 * @param code the CAMEO code it gives, or {@link #NO_EVENT} for a pattern that matches and codes
 *     nothing (PETRARCH's {@code [---]})
 * @param triggers trigger lemmas (alternatives)
 * @param pos part of speech the trigger must have
 * @param constraints all must hold
 * @param targetSlot where the target comes from, or null for the default order
 * @param text the pattern as written
 * @param origin "file:line" it came from
 * @param sourceSlot where the source comes from ({@code +P}, {@code obj}, {@code obl}), or null for
 *     the subject (or passive agent)
 * @param reverseCode a second code for the reverse event, target on source (PETRARCH's
 *     {@code [032:033]}), or null
 */
public record VerbPattern(
    String code,
    Set<String> triggers,
    TriggerPos pos,
    List<Constraint> constraints,
    String targetSlot,
    String text,
    String origin,
    String sourceSlot,
    String reverseCode) {

  /** The code of a pattern that matches and codes nothing. */
  public static final String NO_EVENT = "---";

  public VerbPattern {
    Objects.requireNonNull(code, "code");
    triggers = Set.copyOf(triggers);
    if (triggers.isEmpty()) {
      throw new IllegalArgumentException("a pattern needs a trigger lemma");
    }
    Objects.requireNonNull(pos, "pos");
    constraints = List.copyOf(constraints);
  }

  /** A pattern whose source is the subject and that codes no reverse event. */
  public VerbPattern(String code, Set<String> triggers, TriggerPos pos, List<Constraint> constraints,
      String targetSlot, String text, String origin) {
    this(code, triggers, pos, constraints, targetSlot, text, origin, null, null);
  }

  /** How specific the pattern is: more constraints win; each word of a sequence counts. */
  public int specificity() {
    int s = 0;
    for (Constraint c : constraints) {
      if (!c.sequence().isEmpty()) {
        for (SequenceWord w : c.sequence()) {
          s += 3 + (w.adjacent() ? 1 : 0);
        }
      } else {
        s += c.words().isEmpty() ? 2 : 3;
      }
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
   * @param sequence for {@link Kind#BEFORE} and {@link Kind#AFTER}: the words, in text order
   */
  public record Constraint(Kind kind, String preposition, Set<String> words, List<SequenceWord> sequence) {
    public Constraint {
      Objects.requireNonNull(kind, "kind");
      words = Set.copyOf(words);
      sequence = List.copyOf(sequence);
      if ((kind == Kind.BEFORE || kind == Kind.AFTER) == sequence.isEmpty()) {
        throw new IllegalArgumentException(kind + " constraint " + (sequence.isEmpty() ? "needs" : "takes no") + " word sequence");
      }
    }

    /** A constraint on one dependent. */
    public Constraint(Kind kind, String preposition, Set<String> words) {
      this(kind, preposition, words, List.of());
    }

    /** What a constraint looks at. */
    public enum Kind {
      PARTICLE, OBJECT, OBLIQUE, XCOMP,
      /** Words, in order, before the trigger in its clause (PETRARCH's words before {@code *}). */
      BEFORE,
      /** Words, in order, after the trigger in its phrase (PETRARCH's words after {@code *}). */
      AFTER
    }
  }

  /**
   * One word of a {@link Constraint.Kind#BEFORE} or {@link Constraint.Kind#AFTER} sequence.
   *
   * @param alternatives the words that may stand here; an alternative of several words (a
   *     synset's "swiss francs") must match that many consecutive tokens
   * @param adjacent true when no token may come between this word and its neighbour on the
   *     trigger's side (PETRARCH's {@code _})
   * @param exact true when the word form must match exactly; otherwise the lemma may match too
   * @param preposition true when the word must be a preposition introducing a noun phrase
   *     (PETRARCH2's {@code (TO SANCTIONS)}: not the "to" of an infinitive)
   */
  public record SequenceWord(List<List<String>> alternatives, boolean adjacent, boolean exact, boolean preposition) {
    public SequenceWord {
      alternatives = alternatives.stream().map(List::copyOf).toList();
      if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)) {
        throw new IllegalArgumentException("a sequence word needs at least one non-empty alternative");
      }
    }

    /** A word that may be any part of speech. */
    public SequenceWord(List<List<String>> alternatives, boolean adjacent, boolean exact) {
      this(alternatives, adjacent, exact, false);
    }
  }
}
