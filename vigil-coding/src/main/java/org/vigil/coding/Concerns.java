package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Dependency;

/**
 * Concern about another actor's act read as criticism (issue 11, round 15): "Britain is deeply
 * concerned about Iran's expansion of its programme", "the envoy expressed concern over the
 * actions of the junta". CAMEO files concern as a pessimistic comment (012, a statement, which
 * the article gold does not score); the news coders of the gold code it as criticism (111, PLOVER
 * ACCUSE) when what the speaker is concerned about is an act owned by another actor, and not when
 * it is a situation or a place ("concern over the violence in the region"). A 012 event of a word
 * of concern ({@link #WORDS}: the trigger, or the object of "expressed" or "voiced") whose target
 * is the owner of a noun ("Iran's expansion", "the actions of the junta") is recoded 111, speaker to
 * that owner; not when the owner is the speaker's own side. Per sentence; not thread-safe.
 */
final class Concerns {
  /** Words of concern: the adjective, the participle, the noun expressed or voiced. */
  static final Set<String> WORDS = Set.of("concern", "concerned", "worry", "worried", "alarm", "alarmed", "dismay",
      "dismayed");
  private static final String CODE = "111";

  private final SentenceGraph g;
  private final EventAssembler assembler;

  Concerns(SentenceGraph g, EventAssembler assembler) {
    this.g = g;
    this.assembler = assembler;
  }

  /** The events, each 012 concern about another actor's act recoded as criticism. */
  List<CodedEvent> recode(List<CodedEvent> events) {
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      out.add(aboutAnAct(e) ? assembler.recoded(e, e.source(), e.target(), CODE, "concern about an actor's act") : e);
    }
    return out;
  }

  private boolean aboutAnAct(CodedEvent e) {
    if (!e.cameo().equals("012") || e.target() == null || e.evidence().targetSpan() == null
        || Evaluations.sameSide(e.source().code(), e.source().country(), e.source().sector(), e.target().code(),
            e.target().country(), e.target().sector())) {
      return false;
    }
    int trigger = tokenAt(e.evidence().trigger()[0]);
    int target = tokenAt(e.evidence().targetSpan()[0]);
    if (trigger < 0 || target < 0 || !concern(trigger)) {
      return false;
    }
    Dependency h = g.head(target);
    if (h == null || h.governor() < 0 || !g.token(h.governor()).isNoun() || g.token(h.governor()).isProperNoun()) {
      return false;
    }
    // "Iran's expansion", "the actions of the junta": the owner of an act
    return h.relation().equals("nmod:poss") || h.relation().equals("nmod:of");
  }

  private int tokenAt(int begin) {
    for (int i = 0; i < g.size(); i++) {
      if (g.token(i).begin() == begin) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the trigger is a word of concern, or expresses one ("expressed concern"). */
  private boolean concern(int trigger) {
    if (WORDS.contains(g.lemma(trigger).toLowerCase(Locale.ROOT))
        || WORDS.contains(g.token(trigger).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return g.childrenExact(trigger, "obj").stream().anyMatch(o -> WORDS.contains(g.lemma(o).toLowerCase(Locale.ROOT)));
  }
}
