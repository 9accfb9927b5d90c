package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Clause reading over one sentence's parse: what a verb's complements and prepositional arguments
 * are, whether a clause is what an appeal asks for, whether a passive describes its subject's
 * stance. Per sentence; not thread-safe (the graph caches lemmas).
 */
final class Clauses {
  /** Verbs that ask someone (their object) to do what their complement says. */
  static final Set<String> APPEAL_VERBS = Set.of(
      "urge", "ask", "call", "appeal", "implore", "beg", "plead", "encourage", "exhort", "press", "pressure",
      "pressurize", "pressurise", "push", "request", "demand");
  /**
   * Verbs that instruct someone (their object) to do what their complement says (issue 11, round
   * 6): "told council members to draft regulations", "instructed the army to withdraw". Unlike the
   * appeal verbs they code nothing themselves; what they instruct has not happened.
   */
  private static final Set<String> INSTRUCT_VERBS = Set.of("tell", "instruct", "direct", "advise");
  /**
   * Nouns of a proposal or appeal whose "for X to" clause is what they ask for (issue 11, round 6):
   * "a proposal for the Security Council to lift sanctions", "calls for the army to halt".
   */
  private static final Set<String> PROPOSAL_NOUNS = Set.of(
      "proposal", "plan", "call", "appeal", "plea", "demand", "request", "motion", "resolution", "initiative");
  /**
   * Participles that, after "be" and with no agent, describe their subject's stance rather than
   * something done to it: "Israel is opposed to", "Gondor is committed to", "Rohan is concerned".
   */
  private static final Set<String> STATIVE_PARTICIPLES = Set.of(
      "oppose", "commit", "determine", "dedicate", "resolve", "concern", "worry", "disappoint", "satisfy",
      "alarm", "dismay", "interest", "prepare");
  /**
   * Participles of feeling whose "by" phrase names what caused the feeling, not someone acting on
   * the subject (issue 11, round 5): "Japan is disappointed by China's decision" is Japan's
   * disapproval of China, so the subject holds the stance even with an agent.
   */
  static final Set<String> FEELING_PARTICIPLES = Set.of(
      "disappoint", "dismay", "alarm", "concern", "worry", "outrage", "anger", "infuriate", "frustrate", "appal",
      "appall");

  private final SentenceGraph g;

  Clauses(SentenceGraph g) {
    this.g = g;
  }

  SentenceGraph graph() {
    return g;
  }

  /** Whether the trigger is in the passive voice: a passive subject or a passive auxiliary. */
  boolean passive(int t) {
    return g.hasChild(t, "nsubj:pass") || g.hasChild(t, "aux:pass");
  }

  /** Whether the clause has a subject of its own (active or passive). */
  boolean hasOwnSubject(int t) {
    return !g.childrenExact(t, "nsubj").isEmpty() || !g.childrenExact(t, "nsubj:pass").isEmpty();
  }

  /**
   * True when the trigger is the clause an appeal or demand asks for ("urged Gondor to
   * negotiate"), or lies in it as a complement without a subject of its own ("urged Gondor to
   * stop attacking", "to focus on ending the war"; not "to hold talks after Rohan attacked").
   */
  boolean requested(int t) {
    int cur = t;
    for (int depth = 0; depth < 4; depth++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        return false;
      }
      if (asked(cur, h) || exhorted(cur, h) || proposed(cur, h)) {
        return true;
      }
      String r = h.relation();
      boolean ownSubject = hasOwnSubject(cur);
      boolean complement = r.equals("xcomp") || (r.startsWith("advcl") || r.startsWith("obl")) && !ownSubject
          && g.token(cur).isVerb();
      if (!complement) {
        return false;
      }
      cur = h.governor();
    }
    return false;
  }

  /**
   * Whether {@code clause} is a "to" clause that it is "time" to do ("it's time to stop the
   * attacks", "now is the time to negotiate"): an exhortation, not an act (issue 11, round 6).
   */
  private boolean exhorted(int clause, Dependency h) {
    return h.relation().startsWith("acl") && g.lemma(h.governor()).equals("time") && !hasOwnSubject(clause)
        && hasMark(clause, "to");
  }

  /**
   * Whether {@code clause} is what a proposal or appeal asks for (issue 11, round 6): a "for X to"
   * clause on the noun or on the participle that describes it ("a proposal made on Monday for the
   * council to lift sanctions"), or a "to" clause whose subject the parser made the appeal itself
   * ("their calls on the parties to end the war", read with "calls" as the subject of "end").
   */
  private boolean proposed(int clause, Dependency h) {
    if (hasMark(clause, "to")) {
      for (int s : g.childrenExact(clause, "nsubj")) {
        if (PROPOSAL_NOUNS.contains(g.lemma(s)) && s < clause) {
          return true;
        }
      }
    }
    if (!hasMark(clause, "for") || !hasMark(clause, "to")) {
      return false;
    }
    int gov = h.governor();
    if (PROPOSAL_NOUNS.contains(g.lemma(gov)) && g.token(gov).isNoun()) {
      return true;
    }
    Dependency up = g.head(gov);
    return up != null && up.governor() >= 0 && up.relation().startsWith("acl")
        && PROPOSAL_NOUNS.contains(g.lemma(up.governor())) && g.token(up.governor()).isNoun();
  }

  private boolean hasMark(int clause, String word) {
    return g.childrenExact(clause, "mark").stream().anyMatch(m -> g.lemma(m).equals(word));
  }

  /** Whether {@code clause}, under its head {@code h}, is what an appeal asks of someone. */
  private boolean asked(int clause, Dependency h) {
    if (INSTRUCT_VERBS.contains(g.lemma(h.governor()))) {
      // "told city council members to draft regulations": the one told is the object
      // (a "to" infinitive: "told VOA five people had been killed" reports, it does not instruct)
      return h.relation().equals("xcomp") && hasMark(clause, "to") && !g.childrenExact(h.governor(), "obj").isEmpty();
    }
    if (!APPEAL_VERBS.contains(g.lemma(h.governor()))) {
      return false;
    }
    if (h.relation().startsWith("acl") && g.token(h.governor()).isNoun()) {
      // "their calls on the parties to end the fighting", "an appeal to the army to halt the
      // bombing": the noun of an appeal asks for its clause (issue 11)
      return true;
    }
    if (h.relation().startsWith("advcl") && addressedClause(clause)) {
      // "called on Gondor to negotiate", parsed as a clause with Gondor as its subject
      return true;
    }
    if (!h.relation().equals("xcomp")) {
      return false;
    }
    int appeal = h.governor();
    // the one asked: "urged Gondor to", "called on Gondor to", "appealed to Gondor to", "pleaded with Gondor to"
    return !g.childrenExact(appeal, "obj").isEmpty() || !g.childrenExact(appeal, "obl:on").isEmpty()
        || !g.childrenExact(appeal, "obl:to").isEmpty() || !g.childrenExact(appeal, "obl:with").isEmpty();
  }

  /**
   * The open complements of t ("urged Gondor to negotiate"), and for an appeal the clause the
   * parser gives the one asked as its subject ("called on Gondor to negotiate").
   */
  List<Integer> complements(int t) {
    List<Integer> xcomps = g.childrenExact(t, "xcomp");
    if (!APPEAL_VERBS.contains(g.lemma(t))) {
      return xcomps;
    }
    List<Integer> out = new ArrayList<>(xcomps);
    for (Dependency d : g.children(t)) {
      if (d.relation().startsWith("advcl") && addressedClause(d.dependent())) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * A clause the parser hangs on an appeal with the one asked as its subject, introduced by the
   * appeal's preposition and "to": "called on Gondor to", "appealed to Gondor to", "pleaded
   * with Gondor to" (CoreNLP reads them like "for Gondor to").
   */
  boolean addressedClause(int t) {
    List<Integer> subjects = g.childrenExact(t, "nsubj");
    if (subjects.isEmpty()) {
      return false;
    }
    int subject = subjects.get(0);
    boolean addressed = false;
    boolean infinitive = false;
    for (int m : g.childrenExact(t, "mark")) {
      String w = g.lemma(m);
      if (m < subject && (w.equals("on") || w.equals("to") || w.equals("with") || w.equals("upon"))) {
        addressed = true;
      } else if (m > subject && w.equals("to")) {
        infinitive = true;
      }
    }
    return addressed && infinitive;
  }

  /** Arguments of t (and of its object) introduced by the preposition. */
  List<Integer> obliques(int t, String prep) {
    List<Integer> out = new ArrayList<>();
    out.addAll(g.childrenExact(t, "obl:" + prep));
    out.addAll(g.childrenExact(t, "nmod:" + prep));
    if (prep.equals("by") && FEELING_PARTICIPLES.contains(g.lemma(t))) {
      // "disappointed by the vote": the cause of the feeling, parsed as the passive's agent
      out.addAll(g.childrenExact(t, "obl:agent"));
    }
    int verb = NounEvents.predicate(g, t);
    if (verb >= 0) {
      // "clashes erupted between rival militias": the noun event's sides hang on its verb
      out.addAll(g.childrenExact(verb, "obl:" + prep));
    }
    for (int o : g.childrenExact(t, "obj")) {
      out.addAll(g.childrenExact(o, "nmod:" + prep));
    }
    for (int p : g.childrenExact(t, "compound:prt")) {
      if (g.lemma(p).equals(prep)) {
        // "accused X of shelling and called on Russia to send observers": the parser may read the
        // preposition of a prepositional verb as its particle, and its object as the verb's
        // object; the object right after the particle is what the verb is "on"
        for (int o : g.childrenExact(t, "obj")) {
          if (o > p && opens(p, o)) {
            out.add(o);
          }
        }
      }
    }
    if (APPEAL_VERBS.contains(g.lemma(t))) {
      // "called on Gondor to negotiate", parsed as a clause: Gondor is the one called on
      for (Dependency d : g.children(t)) {
        if (d.relation().startsWith("advcl") && addressedClause(d.dependent())
            && g.childrenExact(d.dependent(), "mark").stream().anyMatch(m -> g.lemma(m).equals(prep))) {
          out.add(g.childrenExact(d.dependent(), "nsubj").get(0));
        }
      }
    }
    return out;
  }

  /** Whether every word between the particle and the object is part of the object's phrase. */
  private boolean opens(int particle, int object) {
    for (int k = particle + 1; k < object; k++) {
      Dependency h = g.head(k);
      int up = h == null ? -1 : h.governor();
      if (up != object && (up < 0 || g.head(up) == null || g.head(up).governor() != object)) {
        return false;
      }
    }
    return true;
  }

  /** The tokens and their conjuncts ("Gondor and Osgiliath"). */
  List<Integer> withConjuncts(List<Integer> tokens) {
    List<Integer> out = new ArrayList<>(tokens);
    for (int tok : tokens) {
      for (Dependency d : g.children(tok)) {
        if ((d.relation().equals("conj") || d.relation().startsWith("conj:")) && !out.contains(d.dependent())) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * A stance participle after "be", with a passive subject and no agent ("is opposed to"), or a
   * participle of feeling with or without one ("is disappointed by the vote").
   */
  boolean stative(int t) {
    boolean feeling = FEELING_PARTICIPLES.contains(g.lemma(t));
    if (!(feeling || STATIVE_PARTICIPLES.contains(g.lemma(t))) || g.childrenExact(t, "nsubj:pass").isEmpty()
        || !feeling && (!g.childrenExact(t, "obl:agent").isEmpty() || !g.childrenExact(t, "obl:by").isEmpty())) {
      return false;
    }
    for (int a : g.childrenExact(t, "aux:pass")) {
      if (g.lemma(a).equals("be")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A withdrawal or demobilisation in the passive with no agent ("guerrillas have been
   * demobilized", "peacekeepers were shipped out"): the forces withdrawn are the side that
   * withdraws, so the passive subject is the source (CAMEO 087, 166).
   */
  boolean selfActing(int t, String code) {
    return (code.startsWith("087") || code.startsWith("166")) && !g.childrenExact(t, "nsubj:pass").isEmpty()
        && g.childrenExact(t, "obl:agent").isEmpty() && g.childrenExact(t, "obl:by").isEmpty();
  }
}
