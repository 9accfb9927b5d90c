package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Dependency;

/** Reads negation and modality cues around a trigger. Stateless. */
final class Modalities {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
  private static final Set<String> PROMISE_HEADS = Set.of(
      "promise", "pledge", "vow", "offer", "ready", "willing", "prepared", "readiness", "willingness",
      "commit", "commitment", "undertake", "guarantee", "agree", "volunteer", "intend", "intention", "resolve");
  private static final Set<String> THREAT_HEADS = Set.of("threaten", "threat", "warn", "ultimatum");
  private static final Set<String> FUTURE_HEADS = Set.of(
      "plan", "expect", "aim", "seek", "want", "hope", "prepare", "schedule", "due", "set", "likely", "going", "decide", "consider");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "would");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "should", "provided", "lest");
  /** Relations through which a clause inherits its governor's modality. */
  private static final Set<String> CLAUSE_UP = Set.of("xcomp", "acl", "ccomp", "advcl:to", "acl:to");

  private Modalities() {}

  /** True when the trigger's clause is negated. */
  static boolean negated(SentenceGraph g, int trigger, List<String> cues) {
    for (Dependency d : g.children(trigger)) {
      String rel = d.relation();
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj"))
          && NEGATORS.contains(g.lemma(d.dependent()))) {
        if (rel.equals("det") && !g.token(trigger).isNoun()) {
          continue;
        }
        cues.add(g.token(d.dependent()).word());
        return true;
      }
      if (rel.equals("advmod") && g.token(d.dependent()).word().equalsIgnoreCase("longer")
          && g.childrenExact(d.dependent(), "advmod").stream().anyMatch(x -> g.lemma(x).equalsIgnoreCase("no"))) {
        // "will no longer recognize" (issue 11, round 5)
        cues.add("no longer");
        return true;
      }
    }
    // "refused to attack", "failed to meet": the event did not happen.
    Dependency h = g.head(trigger);
    if (h != null && h.governor() >= 0 && h.relation().equals("xcomp")) {
      String gov = g.lemma(h.governor());
      if (gov.equals("refuse") || gov.equals("fail") || gov.equals("decline")) {
        cues.add(g.token(h.governor()).word());
        return true;
      }
      // "did not promise to help": negation of the governing verb carries down.
      int not = negator(g, h.governor());
      if (not >= 0) {
        cues.add(g.token(not).word());
        return true;
      }
    }
    return ruledOut(g, trigger, cues);
  }

  /** Verbs that deny or rule out the act of their complement or object ("denied that it had bombed"). */
  private static final Set<String> DENYING = Set.of("deny", "refuse", "decline", "fail");
  /** Nouns of intention or occasion whose "to" or "of" clause, when the noun is negated, is not done. */
  private static final Set<String> INTENT_NOUNS = Set.of(
      "plan", "intention", "intent", "desire", "wish", "time", "reason", "need", "chance", "question", "willingness",
      "readiness", "interest", "way");
  /** Relations through which an act is the complement or purpose of its governor. */
  private static final Set<String> COMPLEMENT_UP = Set.of("xcomp", "advcl:to");

  /**
   * Whether the act is ruled out, denied or not intended (issue 11, round 13): it is, through its
   * chain of complements and purposes, what a verb of denial or refusal governs ("denied that it
   * had bombed the village", "ruled out meeting the rebels", "refused to allow troops to enter"),
   * or the "to"/"of" clause of a negated noun of intention or occasion ("has no plans to send
   * troops", "no intention of attacking", "now is not the time to consider lifting sanctions").
   */
  static boolean ruledOut(SentenceGraph g, int trigger, List<String> cues) {
    int cur = trigger;
    for (int step = 0; step < 3; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        return false;
      }
      String r = h.relation();
      int gov = h.governor();
      if ((r.equals("xcomp") || r.equals("ccomp") || r.equals("obj")) && g.token(gov).isVerb() && denies(g, gov, r)) {
        cues.add(g.token(gov).word());
        return true;
      }
      if (r.startsWith("acl") && g.token(gov).isNoun() && INTENT_NOUNS.contains(g.lemma(gov)) && negatedNoun(g, gov)) {
        cues.add(g.token(gov).word());
        return true;
      }
      if ((r.equals("ccomp") || r.equals("xcomp")) && g.lemma(gov).equals("have")) {
        // "has no plans to send troops", parsed with "send" under "has"
        for (int o : g.childrenExact(gov, "obj")) {
          if (INTENT_NOUNS.contains(g.lemma(o)) && negatedNoun(g, o)) {
            cues.add(g.token(o).word());
            return true;
          }
        }
      }
      if (!COMPLEMENT_UP.contains(r)) {
        return false;
      }
      cur = gov;
    }
    return false;
  }

  /** Whether the verb denies or rules out what its complement ({@code relation}) says. */
  private static boolean denies(SentenceGraph g, int verb, String relation) {
    String lemma = g.lemma(verb);
    if (lemma.equals("rule")) {
      return g.childrenExact(verb, "compound:prt").stream().anyMatch(p -> g.lemma(p).equals("out"));
    }
    // "refused to attack" at the trigger itself is read by negated(); "deny" takes a clause or a gerund
    return DENYING.contains(lemma) && (relation.equals("xcomp") || lemma.equals("deny"));
  }

  /** Whether the noun is negated: "no plans", "not the time", "does not have any intention". */
  private static boolean negatedNoun(SentenceGraph g, int noun) {
    for (Dependency d : g.children(noun)) {
      String rel = d.relation();
      if ((rel.equals("det") || rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(g.lemma(d.dependent()))) {
        return true;
      }
    }
    Dependency h = g.head(noun);
    return h != null && h.governor() >= 0 && h.relation().equals("obj") && negator(g, h.governor()) >= 0;
  }

  /** The word that negates the verb ("not", "never", "no" as its adverb or negation), or -1. */
  private static int negator(SentenceGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if ((d.relation().equals("advmod") || d.relation().equals("neg")) && NEGATORS.contains(g.lemma(d.dependent()))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The modality of the trigger's clause; adds the words that set it to {@code cues}. */
  static Modality modality(SentenceGraph g, int trigger, List<String> cues) {
    return modality(g, trigger, cues, new HashSet<>());
  }

  /**
   * The modality of the clause; {@code visited}: the verbs already asked, so that a conjunct takes
   * its first verb's modal without going round a loop of conjuncts.
   */
  private static Modality modality(SentenceGraph g, int trigger, List<String> cues, Set<Integer> visited) {
    visited.add(trigger);
    Modality found = Modality.ASSERTED;
    // "X's readiness to provide help", often parsed with "readiness" as the subject of "provide".
    for (int subj : g.children(trigger, "nsubj")) {
      String lemma = g.lemma(subj);
      if (PROMISE_HEADS.contains(lemma) || THREAT_HEADS.contains(lemma)) {
        cues.add(g.token(subj).word());
        found = PROMISE_HEADS.contains(lemma) ? Modality.PROMISE : Modality.THREAT;
      }
    }
    int cur = trigger;
    for (int step = 0; step < 4 && cur >= 0; step++) {
      if (conditional(g, cur, cues)) {
        return Modality.CONDITIONAL;
      }
      if (found == Modality.ASSERTED) {
        String lemma = g.lemma(cur);
        if (step > 0 && PROMISE_HEADS.contains(lemma)) {
          found = Modality.PROMISE;
          cues.add(g.token(cur).word());
        } else if (step > 0 && THREAT_HEADS.contains(lemma)) {
          found = Modality.THREAT;
          cues.add(g.token(cur).word());
        } else if (step > 0 && FUTURE_HEADS.contains(lemma)) {
          found = Modality.FUTURE;
          cues.add(g.token(cur).word());
        } else {
          for (Dependency d : g.children(cur)) {
            if (d.relation().equals("aux")) {
              String aux = g.lemma(d.dependent());
              String word = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
              if (FUTURE_AUX.contains(aux) || FUTURE_AUX.contains(word)) {
                found = Modality.FUTURE;
                cues.add(g.token(d.dependent()).word());
              } else if (word.equals("would") && reported(g, cur)) {
                // "Iraq said it would allow": reported future, not a hypothesis.
                found = Modality.FUTURE;
                cues.add(g.token(d.dependent()).word());
              } else if (HYPOTHETICAL_AUX.contains(word)) {
                found = Modality.HYPOTHETICAL;
                cues.add(g.token(d.dependent()).word());
              }
            }
          }
        }
      }
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0 || !climbs(h.relation())) {
        break;
      }
      cur = h.governor();
    }
    int first = found == Modality.ASSERTED ? sharedModal(g, trigger) : -1;
    // visited: a parse may join two verbs each as the other's conjunct
    if (first >= 0 && !visited.contains(first)) {
      // "may impose sanctions, cutting aid", "might suspend aid and expel the ambassador" (round 14b)
      List<String> inherited = new ArrayList<>();
      if (modality(g, first, inherited, visited) == Modality.HYPOTHETICAL) {
        cues.addAll(inherited);
        return Modality.HYPOTHETICAL;
      }
    }
    return found;
  }

  /**
   * The verb whose modal this verb shares, or -1: this one is its conjunct or its bare participle
   * clause ("may impose sanctions, cutting aid") with no subject, auxiliary or mark of its own; the
   * modal hangs on the first verb only. The dev gold codes hypothetical acts of any type with
   * modality hypothetical (round 14b). The parse copies a governor's relation to its conjuncts, so
   * every parent is looked at, not only the first.
   */
  private static int sharedModal(SentenceGraph g, int verb) {
    if (!g.token(verb).isVerb() || g.hasChild(verb, "nsubj:pass") || g.hasChild(verb, "aux")
        || g.hasChild(verb, "aux:pass") || g.hasChild(verb, "mark")) {
      return -1;
    }
    for (Dependency h : g.parents(verb)) {
      int gov = h.governor();
      boolean participle = h.relation().equals("advcl") && g.token(verb).pos().equals("VBG");
      if (gov < 0 || !g.token(gov).isVerb() || !(h.relation().startsWith("conj") || participle)) {
        continue;
      }
      // the parse copies the first verb's subject to a conjunct: a subject of its own is another one
      boolean ownSubject = g.children(verb, "nsubj").stream().anyMatch(x -> !g.children(gov, "nsubj").contains(x));
      return ownSubject ? -1 : gov;
    }
    return -1;
  }

  /** Verbs that report speech: their complement clause is what the speaker said. */
  static final Set<String> SPEECH = Set.of(
      "say", "declare", "state", "insist", "stress", "tell", "conclude", "add", "announce", "argue", "remind",
      "reiterate", "emphasize", "emphasise", "affirm", "write", "note", "confirm", "assert", "maintain", "indicate",
      "signal", "promise", "pledge", "vow", "warn", "claim", "report", "decide", "agree", "demand");

  /** True when the clause is the complement of a speech verb. */
  static boolean reported(SentenceGraph g, int clause) {
    Dependency h = g.head(clause);
    return h != null && h.governor() >= 0 && h.relation().equals("ccomp") && SPEECH.contains(g.lemma(h.governor()));
  }

  private static boolean climbs(String relation) {
    return CLAUSE_UP.contains(relation) || relation.startsWith("acl");
  }

  private static boolean conditional(SentenceGraph g, int clause, List<String> cues) {
    for (int adv : g.children(clause, "advcl")) {
      for (int mark : g.childrenExact(adv, "mark")) {
        if (CONDITIONAL_MARKS.contains(g.lemma(mark))) {
          cues.add(g.token(mark).word());
          return true;
        }
      }
    }
    return false;
  }
}
