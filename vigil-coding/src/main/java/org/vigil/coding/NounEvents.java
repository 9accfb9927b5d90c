package org.vigil.coding;

import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Noun events whose clause is elsewhere (issue 11): the event is a noun that is the subject of a
 * verb saying only that it happened or what it did ("fighting broke out between the army and the
 * militia in Nyala on 23 April", "clashes erupted between rival militias", "an explosion at a
 * mosque ... killed dozens"), so the time, the place and the sides hang on that verb, not on the
 * noun. Stateless.
 */
final class NounEvents {
  /**
   * Verbs of occurring and of an attack's effect, whose subject noun is the event; "report" for
   * the passive of conflict notes ("fighting was reported south of Marib on 27 March"); "plant",
   * "throw" and "hurl" for a weapon placed where it struck ("an explosive device planted on the road
   * to Mora", "a grenade thrown into a crowd at a market in X"; round 10).
   */
  static final Set<String> OCCURRENCE = Set.of("break", "erupt", "occur", "happen", "flare", "rage", "resume",
      "continue", "intensify", "spread", "escalate", "ensue", "unfold", "start", "begin", "take", "leave", "kill",
      "wound", "injure", "hit", "strike", "rock", "destroy", "damage", "target", "claim", "land", "fall", "explode",
      "report", "plant", "throw", "hurl");

  /**
   * Words that undo, threaten or ask for the act a noun names ("the lifting of sanctions on Iran",
   * "the threat of an offensive", "calls for the arrest of"): the noun is then no event that
   * happened.
   */
  static final Set<String> UNREALISED = Set.of("lifting", "lift", "easing", "ease", "removal", "relief", "end",
      "threat", "risk", "possibility", "prospect", "fear", "call", "demand", "request", "plan", "proposal", "review",
      "waiver", "exemption", "warning", "danger", "avoid", "escape", "evade", "prevent", "avert", "face");

  private NounEvents() {}

  /**
   * Whether the noun trigger is the thing another word undoes, threatens or asks for: its governor
   * (a noun it is "of", "from" or "to", or a verb it is the object of) is one of {@link #UNREALISED}.
   */
  static boolean unrealised(SentenceGraph g, int trigger) {
    if (trigger < 0 || trigger >= g.size() || !g.token(trigger).pos().startsWith("NN")) {
      return false;
    }
    Dependency h = g.head(trigger);
    if (h == null || h.governor() < 0) {
      return false;
    }
    String r = h.relation();
    boolean argument = r.equals("nmod:of") || r.equals("nmod:from") || r.equals("nmod:to") || r.equals("nmod:for")
        || r.equals("obj") || r.equals("obl:from") || r.equals("compound");
    return argument && UNREALISED.contains(g.lemma(h.governor()));
  }

  /**
   * The verb whose subject the noun at {@code trigger} is, when that verb is one of {@link
   * #OCCURRENCE}; -1 when the trigger is no noun or not such a subject.
   */
  static int predicate(SentenceGraph g, int trigger) {
    // a gerund the tagger reads as a verb is still the subject noun ("fighting broke out")
    if (trigger < 0 || trigger >= g.size() || !g.token(trigger).pos().startsWith("NN") && !g.token(trigger).pos().equals("VBG")) {
      return -1;
    }
    Dependency h = g.head(trigger);
    if (h == null || h.governor() < 0 || !(h.relation().equals("nsubj") || h.relation().equals("nsubj:pass"))) {
      return -1;
    }
    return OCCURRENCE.contains(g.lemma(h.governor())) ? h.governor() : -1;
  }
}
