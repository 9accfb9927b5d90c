package org.vigil.coding;

import java.util.Locale;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Pronoun resolution: the actor a pronoun stands for, from a governing clause's subject, an earlier
 * subject of the sentence, or the previous sentence's first subject. Per sentence; not thread-safe.
 */
final class Pronouns {
  /** Pronouns the coder resolves; the triage ({@link EventCandidates}) counts the same ones as actors. */
  static final Set<String> RESOLVED = Set.of("it", "they", "he", "she", "we", "its", "their", "his", "her", "our");

  private final SentenceGraph g;
  private final ActorResolver actors;
  private final Mention previousSubject;
  private final boolean agreement;
  private final People people;

  /**
   * @param previousSubject the first subject actor of the previous sentence that had one, or null
   */
  Pronouns(SentenceGraph g, ActorResolver actors, Mention previousSubject) {
    this(g, actors, previousSubject, false);
  }

  /**
   * @param agreement whether a pronoun must agree with its antecedent ({@link #agrees}; Vigil's
   *     dialect: PETRARCH's dictionaries label their entries otherwise)
   */
  Pronouns(SentenceGraph g, ActorResolver actors, Mention previousSubject, boolean agreement) {
    this(g, actors, previousSubject, agreement, null);
  }

  /**
   * @param people the article's people (or null): a "he"/"she" with no antecedent in its own
   *     sentence means the one person the last sentences named ({@link People#recent}, round 12)
   */
  Pronouns(SentenceGraph g, ActorResolver actors, Mention previousSubject, boolean agreement, People people) {
    this.g = g;
    this.actors = actors;
    this.previousSubject = previousSubject;
    this.agreement = agreement;
    this.people = people;
  }

  /** The sentence's first subject that names an actor (not a pronoun), or null: the next sentence's antecedent. */
  Mention firstSubject() {
    for (int t = 0; t < g.size(); t++) {
      for (Dependency d : g.parents(t)) {
        if (d.relation().equals("nsubj") && !g.token(t).isPronoun()) {
          Mention m = actors.resolve(t);
          if (m != null && !m.ignored()) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /** "Russia said it was ready": the subject of a governing speech clause, else the last subject. */
  Mention resolve(int pronoun, int trigger) {
    String w = g.token(pronoun).word().toLowerCase(Locale.ROOT);
    if (!RESOLVED.contains(w)) {
      return null;
    }
    int cur = trigger;
    for (int step = 0; step < 5; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        break;
      }
      cur = h.governor();
      for (int s : g.children(cur, "nsubj")) {
        if (s != pronoun && !g.token(s).isPronoun()) {
          Mention m = actors.resolve(s);
          if (m != null && fits(w, m)) {
            return m;
          }
        }
      }
    }
    for (int t = 0; t < pronoun; t++) {
      for (Dependency d : g.parents(t)) {
        if (d.relation().startsWith("nsubj") && !g.token(t).isPronoun()) {
          Mention m = actors.resolve(t);
          if (m != null && fits(w, m)) {
            return m;
          }
        }
      }
    }
    Mention recent = people != null && (w.equals("he") || w.equals("she")) ? people.recent() : null;
    if (recent != null) {
      // "X, a Democratic representative, spoke after the vote. ... she said": the person just named
      return recent.at(pronoun);
    }
    // The previous sentence's subject is referred to here by the pronoun: its token indexes belong
    // to that sentence, so the mention is re-anchored on the pronoun (evidence = "it" in this sentence).
    return previousSubject == null || !fits(w, previousSubject) ? null : previousSubject.at(pronoun);
  }

  private boolean fits(String pronoun, Mention m) {
    return !agreement || agrees(pronoun, m);
  }

  /** Pronouns of one person: "he", "she" and theirs. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her");
  /** Pronouns of a thing or a state, never of a person: "it", "its". */
  private static final Set<String> NEUTER = Set.of("it", "its");
  /** Pronouns of several, never of one person: "they", "their". */
  private static final Set<String> PLURAL = Set.of("they", "their");

  /**
   * Whether the pronoun can stand for the actor (issue 11, round 6): "he" and "she" are never a
   * country named alone (an organisation may stand for its head: "UNICEF ... She urged"); "it" and
   * "they" are never one named person. "China said she ...", "Trump ... it violates" are no
   * readings a careful coder makes; without this the nearest subject was taken whatever it was.
   */
  static boolean agrees(String pronoun, Mention m) {
    if (PERSONAL.contains(pronoun)) {
      return m.entries().stream().anyMatch(e -> !e.startsWith("country:"));
    }
    if (NEUTER.contains(pronoun) || PLURAL.contains(pronoun)) {
      return m.entries().stream().noneMatch(e -> e.startsWith("person:") || e.startsWith("same-person:")
          || e.startsWith("affiliation:") || e.startsWith("office:"));
    }
    return true;
  }
}
