package org.vigil.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;

/**
 * A denial's target is its accuser (issue 11, round 13): "Beijing denies the allegations", "a
 * charge New Delhi quickly rejected", "the Taliban deny harbouring fighters", "Iran has denied that
 * its programme is military" — a denial or rejection of a charge names no one, but the coders give
 * it the party that made the charge. The charge is an accusation the article reported before
 * (an earlier sentence, or earlier in the same one): an ACCUSE event whose target is the denier's
 * side (its country, or the organisation itself) and whose source is another actor. The latest such
 * accusation gives its source as the denial's target, entry {@code inferred:accuser:CODE}, at a
 * confidence cost. A denial is a REJECT event without a target that is either the dictionary's
 * denial (CAMEO 016) or a verb of rejecting ({@link #REJECTING}) whose object (or a subject the
 * parse made of a fronted or passive object), or the noun its relative clause hangs on, is a charge
 * ({@link #CHARGES}). With no such accusation nothing is
 * inferred ("He rejects the charges" after a passive "stands accused" keeps no target). Only
 * Vigil's dialect. Stateless.
 */
final class Denials {
  /** What inferring the accuser from the article costs the event's confidence. */
  static final double COST = 0.1;
  /** The entry that marks the target as the author of the denied charge. */
  static final String ENTRY = "inferred:accuser:";
  /** Verbs of rejecting whose object may be a charge. */
  static final Set<String> REJECTING = Set.of("reject", "deny", "dismiss", "refute", "rebuff", "contest", "dispute");
  /** Nouns of a charge (lemmas). */
  static final Set<String> CHARGES = Set.of("charge", "claim", "allegation", "accusation", "assertion");

  private Denials() {
  }

  /** The events with the accusers of their denials filled in; the list as it is when none. */
  static List<CodedEvent> apply(List<CodedEvent> events, AnnotatedArticle annotated) {
    return events.stream().map(e -> e.target() == null ? answered(e, events, annotated) : e).toList();
  }

  private static CodedEvent answered(CodedEvent e, List<CodedEvent> events, AnnotatedArticle annotated) {
    if (!"REJECT".equals(e.plover().event()) || e.negated()
        || e.source().code().startsWith("---")) {
      return e;
    }
    String side = ArticleDyads.side(e.source());
    if (side == null || !e.cameo().startsWith("016") && !ofCharge(e, annotated)) {
      return e;
    }
    int index = e.evidence().sentenceIndex();
    int begin = e.evidence().trigger()[0];
    CodedEvent charge = null;
    for (CodedEvent a : events) {
      if (!"ACCUSE".equals(a.plover().event()) || a.negated() || a.target() == null) {
        continue;
      }
      int i = a.evidence().sentenceIndex();
      boolean before = i < index || i == index && a.evidence().trigger()[0] < begin;
      if (before && side.equals(ArticleDyads.side(a.target())) && !a.source().code().equals(e.source().code())
          && !a.source().code().startsWith("---") && !a.source().code().equals(a.target().code())
          && (charge == null || i > charge.evidence().sentenceIndex()
              || i == charge.evidence().sentenceIndex() && a.evidence().trigger()[0] > charge.evidence().trigger()[0])) {
        charge = a;
      }
    }
    if (charge == null) {
      return e;
    }
    // the trigger's character offset stands for its token, as in ArticleDyads: the id stays unique
    return EventAssembler.withInferredTarget(e, charge.source(), ENTRY + charge.source().code(), COST,
        e.evidence().trigger()[0]);
  }

  /**
   * Whether the event's trigger is a verb of rejecting whose object is a charge ("rejected the
   * claims") or whose relative clause hangs on one ("a charge New Delhi rejected").
   */
  private static boolean ofCharge(CodedEvent e, AnnotatedArticle annotated) {
    Sentence sentence = ActReferences.parsedSentence(e, annotated);
    int t = sentence == null ? -1 : ActReferences.tokenAt(sentence, e.evidence().trigger()[0]);
    if (t < 0) {
      return false;
    }
    SentenceGraph g = new SentenceGraph(sentence);
    if (!REJECTING.contains(g.lemma(t).toLowerCase(Locale.ROOT))) {
      return false;
    }
    // the object; or a subject the parse made of a fronted object ("a charge New Delhi rejected"),
    // or of a passive ("the claims were dismissed"): a charge rejects nothing itself
    for (String rel : List.of("obj", "nsubj", "nsubj:pass")) {
      for (int o : g.childrenExact(t, rel)) {
        if (charge(g, o)) {
          return true;
        }
      }
    }
    Dependency h = g.head(t);
    return h != null && h.governor() >= 0 && h.relation().startsWith("acl") && charge(g, h.governor());
  }

  private static boolean charge(SentenceGraph g, int noun) {
    return g.token(noun).isNoun() && CHARGES.contains(g.lemma(noun).toLowerCase(Locale.ROOT));
  }
}
