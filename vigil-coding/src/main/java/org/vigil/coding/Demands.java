package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Dependency;

/**
 * Reported obligations: "Russia said Sudan must return the helicopter" is a demand (CAMEO 10) of
 * the speaker on the one who must, not an event of the latter (Vigil's modality reading). A
 * reported necessity is one too (issue 11, round 8): "says Washington needs to act", "said both
 * Russia and Ukraine need to do difficult things", "said Russia has to withdraw its troops", for
 * a political act on a party that holds office and is not the speaker's own; "we need to", "will
 * need to", "does not need to", "had to" and "farmers need to" are none. Round 11 finds the
 * speaker where the parse does not hang the clause on a verb of saying: a bare dependent or the
 * speaker as the object of "said" ("“Y must ...,” said the minister"), the one attribution outside
 * a quotation ({@link Quotes}), "ought" read as the clause's head, and a sentence all quotation
 * that carries on a quote attributed before it; there the speaker's own side, first persons and
 * parties of no office are none. Per sentence; not thread-safe.
 */
final class Demands {
  /** Nouns of demand or warning whose "that ... must" clause is what they demand. */
  private static final Set<String> DEMAND_NOUNS = Set.of(
      "reminder", "warning", "message", "demand", "call", "ultimatum", "appeal", "notice", "order",
      "instruction", "instructions", "signal", "note", "letter");

  /** Subjects of the speaker's own side. */
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us");

  /** The verbs of a necessity ("needs to", "has to"). */
  private static final Set<String> NECESSITY = Set.of("need", "have");

  /** Quotation marks as CoreNLP's tokenizer writes them. */
  private static final Set<String> QUOTES = Set.of("``", "''", "\"", "\u201c", "\u201d", "`", "'", "\u2018", "\u2019");

  /** The present forms of a necessity: a past "had to" reports what was done. */
  private static final Set<String> NECESSITY_WORDS = Set.of("need", "needs", "has", "have");

  /**
   * Verbs of acting on policy with no pattern of their own, which a necessity puts on a party:
   * "needs to act", "has to do more", "need to stop the war", "has to change course".
   */
  static final Set<String> POLICY_ACTS = Set.of(
      "act", "do", "stop", "end", "change", "halt", "cease", "ensure", "respect", "honor", "honour", "address",
      "step", "intervene", "comply", "abide", "allow");

  /**
   * Whether tokens i.. read "needs/has to" and a verb of acting on policy: the triage's cue for a
   * reported necessity whose act no pattern codes ("says Washington needs to act").
   */
  static boolean necessityCue(List<org.vigil.core.text.Token> tokens, int i) {
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    if (!NECESSITY_WORDS.contains(w) || i + 2 >= tokens.size() || !tokens.get(i + 1).word().equalsIgnoreCase("to")) {
      return false;
    }
    int act = i + 2;
    while (act < tokens.size() - 1 && QUOTES.contains(tokens.get(act).word())) {
      act++;
    }
    return POLICY_ACTS.contains(tokens.get(act).lemma().toLowerCase(Locale.ROOT));
  }

  /** Sectors that hold no public office: a necessity put on them is no political demand. */
  private static final Set<String> PRIVATE = Set.of("CVL", "REF", "BUS", "MED", "EDU", "HLH", "AGR", "LAB", "REL", "CRM");

  private final SentenceGraph g;
  private final SentenceScope scope;

  Demands(SentenceScope scope) {
    this.scope = scope;
    this.g = scope.g();
  }

  /**
   * The demands a "must" clause on trigger t states, or none; {@code firing} is what fired on t,
   * or null. A reported necessity ("says Washington needs to act", "said Russia has to withdraw
   * its troops") is read the same way (issue 11, round 8), but only for a political act (a
   * pattern fires on t, or t is a verb of acting on policy) put on a political party that is not
   * the speaker's, and not when the necessity is forecast ("will need to") or denied.
   */
  List<CodedEvent> code(int t, Firing firing) {
    String cue = null;
    for (Dependency d : g.children(t)) {
      if (d.relation().equals("aux")) {
        String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (w.equals("must") || w.equals("should") || w.equals("ought")) {
          cue = g.token(d.dependent()).word();
        }
      }
    }
    int clause = t;
    Dependency modal = g.head(t);
    if (cue == null && modal != null && modal.governor() >= 0 && modal.relation().equals("xcomp")
        && g.token(modal.governor()).word().equalsIgnoreCase("ought") && hasMark(t, "to")) {
      // "said Argentina ought to reopen the border": "ought" parsed as the head of its "to" clause
      cue = g.token(modal.governor()).word();
      clause = modal.governor();
    }
    boolean necessity = false;
    boolean loose = false;
    int speech;
    List<Integer> obliged = new ArrayList<>();
    if (cue == null) {
      Necessity n = necessity(t, firing);
      if (n == null) {
        return List.of();
      }
      necessity = true;
      clause = n.clause();
      speech = n.speech();
      obliged.addAll(n.obliged());
      cue = n.cue();
    } else {
      speech = demandSpeech(clause);
      obliged.addAll(g.children(clause, "nsubj"));
      if (speech < 0) {
        // issue 11, round 11: a speech verb the parse does not hang the clause on as its complement
        speech = looseSpeech(clause);
        loose = speech >= 0;
        if (loose && obliged.isEmpty() && speech < clause) {
          // "said Ethiopia should stop ...", parsed with Ethiopia as the object of "said"
          obliged.addAll(spokenObjects(speech, clause));
        }
      }
    }
    // "“No one should be held there,” she added. “The ministry must stop these transfers.”": a
    // sentence all quotation, carrying on a quote attributed before it, is its speaker's (round 11)
    boolean runOn = speech < 0 && scope.quoteSpeaker() != null && !obliged.isEmpty();
    if (speech < 0 && !runOn || obliged.stream().anyMatch(this::firstPerson)) {
      // "we must", "I should": an obligation the speaker puts on its own side is no demand
      return List.of();
    }
    loose |= runOn;
    List<Integer> speakers = new ArrayList<>();
    for (Dependency d : runOn ? List.<Dependency>of() : g.children(speech)) {
      if (d.relation().equals("nsubj")) {
        speakers.add(d.dependent());
      }
    }
    if (speakers.isEmpty() && !runOn && speech > clause) {
      // "“Y should allow ...,” said the minister", parsed with the minister as the object of "said"
      for (int o : g.childrenExact(speech, "obj")) {
        if (o > speech) {
          speakers.add(o);
          loose = true;
        }
      }
    }
    if (speakers.isEmpty() && necessity) {
      // "Rubio said, adding that both sides need to ...": the speaker of the clause "adding" hangs on
      Dependency up = g.head(speech);
      if (up != null && up.governor() >= 0 && (up.relation().startsWith("advcl") || up.relation().startsWith("conj")
          || up.relation().equals("xcomp") || up.relation().equals("dep"))
          && Modalities.SPEECH.contains(g.lemma(up.governor()))) {
        speakers.addAll(g.childrenExact(up.governor(), "nsubj"));
      }
    }
    List<Mention> sources = runOn ? List.of(scope.quoteSpeaker().at(0)) : scope.mentions().resolve(speakers, speech);
    for (int o : List.copyOf(obliged)) {
      // "both Russia and Ukraine need to": each side is obliged
      obliged.addAll(g.children(o, "conj"));
    }
    Dependency clauseHead = g.head(clause);
    List<Integer> addressees = runOn ? List.of() : addressees(speech, clauseHead == null ? -1 : clauseHead.governor());
    if (!addressees.isEmpty() && !obliged.isEmpty() && obliged.stream().allMatch(x -> g.token(x).isPronoun())) {
      // "told Iraq that it must", "issued a reminder to Iraq that it must": "it" is the one addressed.
      obliged = addressees;
    }
    List<Mention> targets = scope.mentions().resolve(obliged, t);
    if (necessity || loose) {
      targets = targets.stream().filter(m -> m.sector() == null || !PRIVATE.contains(m.sector())).toList();
    }
    if (sources.isEmpty() || targets.isEmpty()) {
      return List.of();
    }
    String code = CodeDerivation.demandCode(firing);
    CameoCode cameo = scope.statedCode(code).orElse(null);
    if (cameo == null) {
      return List.of();
    }
    VerbPattern rule = new VerbPattern(code, Set.of(g.lemma(t)), VerbPattern.TriggerPos.VERB, List.of(), null,
        "<speaker> " + (runOn ? "quoted" : g.lemma(speech)) + " <target> " + cue + " " + g.lemma(t),
        necessity ? "rule:reported-necessity" : "rule:reported-obligation");
    Firing f = new Firing(t, rule, List.of(), List.of());
    EventDate date = EventDates.date(g, runOn ? clause : speech, scope.articleDate());
    List<CodedEvent> out = new ArrayList<>();
    for (Mention s : sources) {
      for (Mention target : targets) {
        if (!target.code().equals(s.code()) && !((necessity || loose) && ownSide(s, target))) {
          out.add(scope.assembler().event(f, s, target, cameo, code, false, Modality.ASSERTED, List.of(cue), date, true, false, false));
        }
      }
    }
    return out;
  }

  /** A reported necessity: the clause that states it, the verb that reports it, who is obliged, its words. */
  private record Necessity(int clause, int speech, List<Integer> obliged, String cue) {
  }

  /**
   * The reported necessity whose act t is, or null: a present "need to" or "have to" right before
   * t ("Washington needs to act", "Russia has to withdraw"). CoreNLP parses it three ways: "need"
   * as the verb whose "to" complement t is, "has" as t's auxiliary, or, after a verb of saying,
   * the obliged party as the speech verb's object and t its complement ("said Russia has to
   * withdraw", "said Israel needs to allow", with "needs" read as a noun). Only a political act
   * counts: a pattern fires on t (not one of no event), or t is a verb of acting on policy
   * ({@link #POLICY_ACTS}). A necessity forecast ("will need to", "may have to"), denied ("does
   * not need to") or past ("had to") is none.
   */
  private Necessity necessity(int t, Firing firing) {
    boolean act = firing != null && !firing.pattern().code().equals(VerbPattern.NO_EVENT)
        || POLICY_ACTS.contains(g.lemma(t).toLowerCase(Locale.ROOT));
    int to = t - 1;
    while (to >= 0 && QUOTES.contains(g.token(to).word())) {
      // "need to “do difficult things”": a quotation may open between "to" and the act
      to--;
    }
    if (!act || !g.token(t).isVerb() || to < 1 || !g.token(to).word().equalsIgnoreCase("to") || !hasMark(t, "to")) {
      return null;
    }
    int need = to - 1;
    String word = g.token(need).word().toLowerCase(Locale.ROOT);
    if (!NECESSITY_WORDS.contains(word)) {
      return null;
    }
    String cue = g.token(need).word() + " to";
    Dependency h = g.head(t);
    Dependency nh = g.head(need);
    if (nh != null && nh.governor() == t && nh.relation().equals("aux")) {
      // "Russia has to withdraw": "has" read as the auxiliary of t
      if (forecastOrDenied(t)) {
        return null;
      }
      if (!g.childrenExact(t, "nsubj").isEmpty()) {
        return new Necessity(t, demandSpeech(t), g.childrenExact(t, "nsubj"), cue);
      }
      return spokenTo(t, h, need, cue);
    }
    if (h != null && h.governor() == need && h.relation().equals("xcomp")) {
      // "Washington needs to act": t completes "needs"
      if (!g.token(need).isVerb() || forecastOrDenied(need) || g.childrenExact(need, "nsubj").isEmpty()) {
        return null;
      }
      return new Necessity(need, demandSpeech(need), g.childrenExact(need, "nsubj"), cue);
    }
    if (nh != null && h != null && nh.governor() == h.governor()) {
      // "said Israel needs to allow": "needs" parsed as a second object of the speech verb
      return spokenTo(t, h, need, cue);
    }
    return null;
  }

  /** "said Russia has to withdraw" parsed as object control: the speech verb's object is obliged. */
  private Necessity spokenTo(int t, Dependency h, int need, String cue) {
    if (h == null || h.governor() < 0 || !h.relation().equals("xcomp") || !Modalities.SPEECH.contains(g.lemma(h.governor()))) {
      return null;
    }
    int speech = h.governor();
    List<Integer> obliged = new ArrayList<>();
    for (int o : g.childrenExact(speech, "obj")) {
      if (o != need && o < need) {
        obliged.add(o);
      }
    }
    return obliged.isEmpty() ? null : new Necessity(t, speech, obliged, cue);
  }

  private boolean forecastOrDenied(int clause) {
    if (!g.childrenExact(clause, "neg").isEmpty() || !g.childrenExact(clause, "advmod").stream()
        .filter(x -> g.lemma(x).equalsIgnoreCase("not") || g.lemma(x).equalsIgnoreCase("never")).toList().isEmpty()) {
      return true;
    }
    for (int a : g.childrenExact(clause, "aux")) {
      String w = g.token(a).word().toLowerCase(Locale.ROOT);
      if (!w.equals("do") && !w.equals("does") && !NECESSITY.contains(g.lemma(a))) {
        // "will need to", "may have to", "would have to": a forecast or a hypothesis
        return true;
      }
    }
    return false;
  }

  /** Whether the obliged party is the speaker's own state or sector ("Kenya's minister said Kenya needs to"). */
  private static boolean ownSide(Mention speaker, Mention obliged) {
    return obliged.country() != null && obliged.country().equals(speaker.country())
        && (obliged.sector() == null || speaker.sector() == null || obliged.sector().equals(speaker.sector()));
  }

  private boolean hasMark(int clause, String word) {
    return g.childrenExact(clause, "mark").stream().anyMatch(m -> g.lemma(m).equalsIgnoreCase(word));
  }

  /**
   * The verb through which a "must" clause is said, or -1: a speech verb whose complement it is
   * ("said Sudan must"), or a verb whose object is a noun of demand or warning that the clause
   * spells out ("issued a reminder to Iraq that it must", "sent a message that they should").
   */
  private int demandSpeech(int t) {
    if (Modalities.reported(g, t)) {
      return g.head(t).governor();
    }
    Dependency h = g.head(t);
    if (h == null || h.governor() < 0) {
      return -1;
    }
    String r = h.relation();
    int gov = h.governor();
    if (!(r.equals("ccomp") || r.startsWith("acl") || r.equals("dep"))) {
      return -1;
    }
    if (g.token(gov).isNoun() && DEMAND_NOUNS.contains(g.lemma(gov))) {
      Dependency nh = g.head(gov);
      return nh != null && nh.governor() >= 0 && nh.relation().equals("obj") ? nh.governor() : -1;
    }
    if (g.token(gov).isVerb() && r.equals("ccomp")) {
      for (int o : g.childrenExact(gov, "obj")) {
        if (DEMAND_NOUNS.contains(g.lemma(o))) {
          return gov;
        }
      }
    }
    return -1;
  }

  /**
   * The speech verb of a "must" clause that the parse does not make its complement (issue 11,
   * round 11), or -1: a verb of saying the clause hangs on as a bare dependent or parataxis
   * ("“Y must release them,” said X", "said Y should stop", parsed so), or, for a clause inside a
   * quotation, the one verb of saying outside every quotation whose subject is outside them too,
   * wherever the parse puts it ("“Y should ...,” X told the assembly", parsed with "told" under the
   * quote's last clause).
   */
  private int looseSpeech(int clause) {
    Dependency h = g.head(clause);
    if (h != null && h.governor() >= 0 && (h.relation().equals("dep") || h.relation().equals("parataxis"))
        && g.token(h.governor()).isVerb() && Modalities.SPEECH.contains(g.lemma(h.governor()))) {
      return h.governor();
    }
    boolean[] quoted = Quotes.inside(g.tokens(), scope.quoteOpen());
    if (!quoted[clause]) {
      return -1;
    }
    int found = -1;
    for (int v = 0; v < g.size(); v++) {
      if (quoted[v] || !g.token(v).isVerb() || !Modalities.SPEECH.contains(g.lemma(v))) {
        continue;
      }
      List<Integer> subjects = g.childrenExact(v, "nsubj");
      if (subjects.isEmpty() || subjects.stream().anyMatch(x -> quoted[x])) {
        continue;
      }
      if (found >= 0) {
        return -1;
      }
      found = v;
    }
    return found;
  }

  /** "said Ethiopia should stop": the speech verb's objects between it and the clause (after the addressee of "told"). */
  private List<Integer> spokenObjects(int speech, int clause) {
    List<Integer> out = new ArrayList<>();
    for (int o : g.childrenExact(speech, "obj")) {
      if (o > speech && o < clause) {
        out.add(o);
      }
    }
    if (g.lemma(speech).equals("tell") && !out.isEmpty()) {
      out.remove(0);
    }
    return out;
  }

  /** "we", "I", "us": the speaker's own side. */
  private boolean firstPerson(int token) {
    return FIRST_PERSON.contains(g.token(token).word().toLowerCase(Locale.ROOT));
  }

  /** Whom a speech verb (or its noun of demand) addresses: "told Iraq", "a reminder to Iraq". */
  private List<Integer> addressees(int speech, int clauseGovernor) {
    List<Integer> out = new ArrayList<>();
    out.addAll(g.childrenExact(speech, "iobj"));
    if (Modalities.SPEECH.contains(g.lemma(speech)) || g.lemma(speech).equals("tell")) {
      for (int o : g.childrenExact(speech, "obj")) {
        if (!DEMAND_NOUNS.contains(g.lemma(o))) {
          out.add(o);
        }
      }
    }
    out.addAll(g.childrenExact(speech, "obl:to"));
    for (int o : g.childrenExact(speech, "obj")) {
      out.addAll(g.childrenExact(o, "nmod:to"));
    }
    if (clauseGovernor >= 0 && clauseGovernor != speech) {
      out.addAll(g.childrenExact(clauseGovernor, "nmod:to"));
    }
    return out;
  }
}
