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

  /**
   * @param previousSubject the first subject actor of the previous sentence that had one, or null
   */
  Pronouns(SentenceGraph g, ActorResolver actors, Mention previousSubject) {
    this.g = g;
    this.actors = actors;
    this.previousSubject = previousSubject;
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
          if (m != null) {
            return m;
          }
        }
      }
    }
    for (int t = 0; t < pronoun; t++) {
      for (Dependency d : g.parents(t)) {
        if (d.relation().startsWith("nsubj") && !g.token(t).isPronoun()) {
          Mention m = actors.resolve(t);
          if (m != null) {
            return m;
          }
        }
      }
    }
    // The previous sentence's subject is referred to here by the pronoun: its token indexes belong
    // to that sentence, so the mention is re-anchored on the pronoun (evidence = "it" in this sentence).
    return previousSubject == null ? null : previousSubject.at(pronoun);
  }
}
