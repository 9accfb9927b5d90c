package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Allegations of wrongdoing inside reported speech (issue 11, round 8): news reports most
 * accusations as what a party says, claims or alleges that another party did, with no verb of
 * accusing ("the United Nations says both sides have committed grave abuses", "the suits allege
 * that the government has overstepped its bounds", "security sources said those involved in the
 * attack are based in Afghanistan", "members of the minority say they face discrimination by the
 * government"). A speaker that names an actor, a verb of saying or alleging ({@link #ALLEGING}, or
 * "reiterated the claim that"), and a clause it reports whose predicate is a wrong
 * ({@link #WRONG_VERBS}: violating, defying, overstepping, orchestrating, victimizing; committing,
 * facing or suffering a wrong of {@link #WRONG_NOUNS}; being based in, behind or responsible for)
 * make one event, CAMEO 112 (accuse, PLOVER ACCUSE), speaker to the alleged wrongdoer: the doer of
 * the act (its subject, or the agent of a passive or of the wrong suffered), or the country the
 * doers are based in ("militants with bases in Afghanistan").
 *
 * <p>Acts of force or coercion reported by someone else ("police said gunmen attacked the market",
 * "the army said it killed 30 militants") are not allegations: the article gold codes the act
 * itself, the speaker being its witness, so those verbs are not in the lexicon. The reported act
 * keeps whatever the patterns code for it. Nothing is coded when the wrongdoer is the speaker's
 * own side, when the wrong or its clause is negated or conditional, or in a question. Per
 * sentence; not thread-safe.
 */
final class Allegations {
  /** Verbs whose content clause is what the speaker says or alleges. */
  static final Set<String> ALLEGING;
  /** Nouns of an allegation whose "that" clause is what is alleged ("reiterated the claim that"). */
  static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "charge", "accusation", "assertion");
  /** Verbs by which a speaker makes a claim ("reiterated the claim that"); "rejected the claim" makes none. */
  static final Set<String> MAKING = Set.of("make", "reiterate", "repeat", "renew", "level", "voice", "echo", "raise",
      "advance", "press");
  /** Verbs of a wrong done by their subject (active) or by the agent of their passive. */
  static final Set<String> WRONG_VERBS = Set.of("violate", "breach", "flout", "defy", "overstep", "orchestrate",
      "mastermind", "victimize", "victimise", "discriminate", "persecute", "oppress", "exploit", "torture",
      "sponsor", "harbor", "harbour", "abuse", "rig", "loot", "plunder", "embezzle", "falsify");
  /** Nouns of a wrong that is committed ("committed abuses") or suffered ("face discrimination by"). */
  static final Set<String> WRONG_NOUNS = Set.of("abuse", "crime", "atrocity", "violation", "genocide", "massacre",
      "discrimination", "exploitation", "persecution", "repression", "oppression", "harassment", "torture",
      "fraud", "corruption", "mistreatment", "ill-treatment", "abduction", "intimidation");
  /** Verbs whose object is a wrong of {@link #WRONG_NOUNS} done by the subject. */
  static final Set<String> COMMITTING = Set.of("commit", "perpetrate", "carry");
  /** Verbs whose object is a wrong of {@link #WRONG_NOUNS} suffered by the subject at the hands of a "by" agent. */
  static final Set<String> SUFFERING = Set.of("face", "suffer", "endure", "experience");
  /** Words that make a phrase the doers of an attack, whose base is alleged ("the handlers of the attack"). */
  static final Set<String> PERPETRATORS = Set.of("attack", "bombing", "attacker", "militant", "gunman", "terrorist",
      "perpetrator", "assailant", "bomber", "insurgent", "hijacker", "killer", "plotter", "handler", "mastermind",
      "massacre", "ambush", "hijacking", "kidnapper", "kidnapping");
  private static final String CODE = "112";

  static {
    Set<String> s = new HashSet<>(Evaluations.SAYING);
    s.addAll(Set.of("claim", "allege", "report", "charge", "insist", "suspect", "contend"));
    ALLEGING = Set.copyOf(s);
  }

  private final SentenceGraph g;
  private final SentenceScope scope;
  /** Reported verbs whose subject the parse hung on the verb of saying as its object. */
  private final java.util.Map<Integer, List<Integer>> detachedSubjects = new java.util.HashMap<>();

  Allegations(SentenceScope scope) {
    this.scope = scope;
    this.g = scope.g();
  }

  /** The allegation events of the sentence, one per speaker and wrongdoer. */
  List<CodedEvent> code() {
    CameoCode cameo = scope.statedCode(CODE).orElse(null);
    if (cameo == null) {
      return List.of();
    }
    SpeakerEvents out = new SpeakerEvents(g, scope.assembler(), cameo, CODE, scope.articleDate());
    for (int s = 0; s < g.size(); s++) {
      List<Integer> contents = new ArrayList<>();
      List<Integer> speakerTokens;
      if (g.token(s).isVerb() && ALLEGING.contains(g.lemma(s))) {
        speakerTokens = SpeakerEvents.speakerTokens(g, s);
        contents.addAll(g.childrenExact(s, "ccomp"));
        if (contents.isEmpty()) {
          // "said Iran is defying the council" is often parsed with the subject as the object of
          // "said" and the reported verb as its dep
          for (int d : g.childrenExact(s, "dep")) {
            if (g.token(d).isVerb() && g.childrenExact(d, "nsubj").isEmpty() && !g.childrenExact(s, "obj").isEmpty()) {
              contents.add(d);
              detachedSubjects.put(d, g.childrenExact(s, "obj"));
            }
          }
        }
        Dependency h = g.head(s);
        if (h != null && h.governor() >= 0 && h.relation().equals("parataxis")) {
          contents.add(h.governor());
        }
      } else if (g.token(s).isNoun() && CLAIM_NOUNS.contains(g.lemma(s)) && claimed(s) >= 0) {
        // "reiterated the claim that the attack was orchestrated by ...": the one who makes the claim
        speakerTokens = SpeakerEvents.speakerTokens(g, claimed(s));
        for (Dependency d : g.children(s)) {
          if ((d.relation().startsWith("acl") || d.relation().equals("ccomp") || d.relation().equals("dep"))
              && g.token(d.dependent()).isVerb()) {
            contents.add(d.dependent());
          }
        }
      } else {
        continue;
      }
      if (contents.isEmpty() || speakerTokens.isEmpty()) {
        continue;
      }
      List<Mention> speakers = scope.mentions().resolve(speakerTokens, s);
      if (speakers.isEmpty()) {
        continue;
      }
      for (int content : contents) {
        for (int p : predicates(content)) {
          List<Integer> doers = wrongdoers(p);
          if (doers.isEmpty() || SpeakerEvents.negatedOrConditional(g, p, content)) {
            continue;
          }
          out.add(s, p, "wrongdoer", "rule:allegation", speakers, scope.mentions().resolve(doers, p));
        }
      }
    }
    return out.events();
  }

  /**
   * Whether the tagged tokens may hold such an allegation (for the triage, which sees no parse): a
   * verb of saying or alleging, or a noun of claim, and a word of a wrong.
   */
  static boolean mayAllege(List<Token> tokens) {
    boolean saying = false;
    boolean wrong = false;
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      saying |= t.isVerb() && ALLEGING.contains(lemma) || t.isNoun() && CLAIM_NOUNS.contains(lemma);
      wrong |= t.isVerb() && (WRONG_VERBS.contains(lemma) || lemma.equals("base"))
          || t.isNoun() && (WRONG_NOUNS.contains(lemma) || lemma.equals("base") || lemma.equals("basis"))
          || lemma.equals("behind") || lemma.equals("responsible");
    }
    return saying && wrong;
  }

  /** The verb of making whose object is the claim noun, or -1. */
  private int claimed(int noun) {
    Dependency h = g.head(noun);
    if (h != null && h.governor() >= 0 && g.token(h.governor()).isVerb() && MAKING.contains(g.lemma(h.governor()))
        && h.relation().equals("obj")) {
      return h.governor();
    }
    return -1;
  }

  /** The content clause's head and its coordinated predicates. */
  private List<Integer> predicates(int content) {
    List<Integer> out = new ArrayList<>(List.of(content));
    out.addAll(g.children(content, "conj"));
    return out;
  }

  /** The tokens naming who did the wrong the predicate {@code p} states, best first; empty when it states none. */
  private List<Integer> wrongdoers(int p) {
    Set<Integer> out = new LinkedHashSet<>();
    String lemma = g.lemma(p);
    boolean verb = g.token(p).isVerb();
    boolean passive = verb && !g.childrenExact(p, "nsubj:pass").isEmpty();
    if (verb && lemma.equals("base") && passive) {
      // "those involved in the attack are based in Afghanistan": the country that harbours them;
      // "the company is based in Chile" alleges nothing
      if (g.childrenExact(p, "nsubj:pass").stream().anyMatch(this::namesPerpetrators)) {
        out.addAll(g.childrenExact(p, "obl:in"));
      }
      return List.copyOf(out);
    }
    boolean wrong = verb && WRONG_VERBS.contains(lemma)
        || verb && COMMITTING.contains(lemma) && wrongObject(p)
        || !verb && (g.hasChild(p, "cop") && (lemma.equals("responsible") && g.hasChild(p, "obl")
            || g.childrenExact(p, "case").stream().anyMatch(c -> g.lemma(c).equals("behind"))));
    if (wrong) {
      // "militants with bases in Afghanistan orchestrated / the attack was orchestrated by militants with bases in"
      out.addAll(bases(p));
      if (passive) {
        for (int a : g.childrenExact(p, "obl:agent")) {
          out.addAll(bases(a));
          out.add(a);
        }
      } else {
        out.addAll(g.childrenExact(p, "nsubj"));
        out.addAll(detachedSubjects.getOrDefault(p, List.of()));
      }
    } else if (verb && SUFFERING.contains(lemma) && wrongObject(p)) {
      // "they face discrimination and exploitation by the government"
      out.addAll(g.childrenExact(p, "obl:by"));
      out.addAll(g.childrenExact(p, "obl:agent"));
      for (int o : g.childrenExact(p, "obj")) {
        for (int n : withConjuncts(o)) {
          out.addAll(g.childrenExact(n, "nmod:by"));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** Whether the phrase headed by {@code t} names the doers of an attack ("the gunmen", "those involved in the attack"). */
  private boolean namesPerpetrators(int t) {
    List<Integer> stack = new ArrayList<>(List.of(t));
    Set<Integer> seen = new HashSet<>();
    while (!stack.isEmpty()) {
      int cur = stack.remove(stack.size() - 1);
      if (!seen.add(cur) || seen.size() > 40) {
        continue;
      }
      if (PERPETRATORS.contains(g.lemma(cur))) {
        return true;
      }
      for (Dependency d : g.children(cur)) {
        stack.add(d.dependent());
      }
    }
    return false;
  }

  /** The country named in "with bases in X" under a token. */
  private List<Integer> bases(int t) {
    List<Integer> out = new ArrayList<>();
    for (int b : g.children(t, "obl")) {
      out.addAll(basedIn(b));
    }
    for (int b : g.children(t, "nmod")) {
      out.addAll(basedIn(b));
    }
    return out;
  }

  private List<Integer> basedIn(int b) {
    String l = g.lemma(b);
    return l.equals("base") || l.equals("basis") ? g.childrenExact(b, "nmod:in") : List.of();
  }

  private boolean wrongObject(int verb) {
    for (int o : g.childrenExact(verb, "obj")) {
      for (int n : withConjuncts(o)) {
        if (WRONG_NOUNS.contains(g.lemma(n))) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Integer> withConjuncts(int t) {
    List<Integer> out = new ArrayList<>(List.of(t));
    out.addAll(g.children(t, "conj"));
    return out;
  }
}
