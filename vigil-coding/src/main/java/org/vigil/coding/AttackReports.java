package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Attacks reported by what struck and whom it harmed, with no one named who made them (issue 11,
 * round 10): in a sentence the coder left without an event, an attack, a weapon or a killing
 * written as a noun beside a word of casualties is the event. Conflict notes lead with the harm
 * and name the weapon, not the attacker ("an explosion at a mosque ... killed dozens of
 * worshippers", "an improvised explosive device planted on the road ... wounded three gendarmes",
 * "six guardsmen died when a drone dropped explosives on their patrol"), or have no verb at all
 * ("Car bomb at checkpoint near X: five soldiers dead", "the killing of six miners in an ambush
 * near Y"); the parser often hangs the harm verb on the wrong word there, so no pattern finds its
 * subject. The event's trigger is the attack noun (its place and time are read from its phrase
 * first), its source the actor its own modifiers name ("a Ukrainian drone attack") or else the
 * unidentified perpetrator ({@code UAF}, as {@link Participants} codes "a roadside bomb killed"),
 * its target the harmed sector or actor when the harm word names one. Only asserted, non-negated
 * harm, told as done ("killed", "dead", "killing", "died"), not threatened or forecast, and only
 * where the sentence itself names the place (a note says where). Per
 * sentence; stateless beyond its arguments.
 */
final class AttackReports {
  /**
   * Attack, weapon and killing nouns and the CAMEO code of an attack they name: bombs and
   * explosions are bombings (183), artillery is 194, air weapons 195, other attacks 190.
   * "mine", "strike", "round" and "device" are left out as too often something else ("a gold
   * mine", "a general strike", "a round of talks"); "landmine", "airstrike", "explosive" cover them.
   */
  static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("bomb", "183"), Map.entry("bombing", "183"), Map.entry("blast", "183"), Map.entry("explosion", "183"),
      Map.entry("explosive", "183"), Map.entry("ied", "183"), Map.entry("car-bomb", "183"), Map.entry("landmine", "183"),
      Map.entry("grenade", "183"), Map.entry("shelling", "194"), Map.entry("shell", "194"), Map.entry("mortar", "194"),
      Map.entry("artillery", "194"), Map.entry("rocket", "194"), Map.entry("airstrike", "195"), Map.entry("air-strike", "195"),
      Map.entry("drone", "195"), Map.entry("missile", "195"), Map.entry("attack", "190"), Map.entry("ambush", "190"),
      Map.entry("raid", "190"), Map.entry("gunfire", "190"), Map.entry("shooting", "190"), Map.entry("massacre", "190"));
  /** Modifiers that make a device a bomb. */
  private static final Set<String> DEVICE_MODIFIERS = Set.of("explosive", "improvised", "incendiary");
  /**
   * Lemmas of harm to people: killed, dead, wounded, died. Not "death" or "casualties", which
   * count and compare more often than they report ("deaths in the attacks surged to 388").
   */
  static final Set<String> HARM = Set.of("kill", "killed", "killing", "wound", "wounded", "injure", "injured", "die", "dead",
      "maim");
  /**
   * Determiners of an attack told before ("the initial attack", "this attack"): a note reports a
   * new attack with "a", "an" or none ("an explosion at a mosque", "Car bomb at checkpoint").
   */
  private static final Set<String> BACK = Set.of("the", "this", "that", "these", "those");
  /** Parts of speech of harm told as done: a past or participle verb, an adjective or a noun. */
  private static final Set<String> DONE = Set.of("VBD", "VBN", "VBG", "JJ", "NN", "NNS");
  /** Relations through which a harm word names the harmed: "killed X", "X died", "X were killed". */
  private static final Set<String> HARMED = Set.of("obj", "nsubj", "nsubj:pass");

  private final SentenceGraph g;
  private final ActorResolver actors;
  private final Mentions mentions;
  private final EventAssembler assembler;
  private final Dictionaries dictionaries;
  private final LocalDate articleDate;

  AttackReports(SentenceGraph g, ActorResolver actors, Mentions mentions, EventAssembler assembler,
      Dictionaries dictionaries, LocalDate articleDate) {
    this.g = g;
    this.actors = actors;
    this.mentions = mentions;
    this.assembler = assembler;
    this.dictionaries = dictionaries;
    this.articleDate = articleDate;
  }

  /**
   * Whether the tagged sentence may report such an attack (the triage's test, before the parse):
   * it has an attack noun and a harm word.
   */
  static boolean mayReport(List<Token> tokens) {
    boolean noun = false;
    boolean harm = false;
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      noun |= t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && (NOUNS.containsKey(lemma) || lemma.equals("device"));
      harm |= HARM.contains(lemma) || HARM.contains(t.word().toLowerCase(Locale.ROOT));
    }
    return noun && harm;
  }

  /** The attack event of a sentence that coded nothing else, or none. */
  List<CodedEvent> code() {
    if (g.isQuestion()) {
      return List.of();
    }
    int harm = harm();
    if (harm < 0) {
      return List.of();
    }
    for (int t = 0; t < g.size(); t++) {
      Token tok = g.token(t);
      String code = NOUNS.get(g.lemma(t).toLowerCase(Locale.ROOT));
      if (code == null && explosiveDevice(t)) {
        code = "183";
      }
      if (code == null || !tok.pos().startsWith("NN") || tok.pos().startsWith("NNP") || NounEvents.unrealised(g, t)
          || Modalities.negated(g, t, new ArrayList<>()) || toldBefore(t) || anotherActorsArgument(t, harm)) {
        continue;
      }
      CameoCode cameo = dictionaries.cameo().find(code).orElse(null);
      if (cameo == null) {
        return List.of();
      }
      VerbPattern p = new VerbPattern(code, Set.of(g.lemma(t)), VerbPattern.TriggerPos.NOUN, List.of(), null,
          "attack report", "attack-report");
      Firing f = new Firing(t, p, List.of(), List.of());
      Mention source = source(t);
      Mention target = target(harm, source);
      EventDate date = SentenceCoder.date(g, t, articleDate);
      if (!date.fromText()) {
        EventDate byHarm = SentenceCoder.date(g, harm, articleDate);
        date = byHarm.fromText() ? byHarm : date;
      }
      if (!date.fromText()) {
        EventDate only = EventDates.onlyDay(g, articleDate);
        date = only == null ? date : only;
      }
      List<String> cues = new ArrayList<>();
      cues.add(g.token(harm).word());
      CodedEvent e = assembler.event(f, source, target, cameo, code, false, Modality.ASSERTED, cues, date, false,
          false, true);
      // a conflict note says where: without a place its own sentence names, it is no such note
      // ("Deaths surged as attacks spread") and its place would be the story's guess
      // (the triage's coder places nothing: it keeps the event, so that SUTime dates the sentence)
      boolean placed = e.location() != null && "text".equals(e.location().from());
      int verb = subjectOf(t);
      if (!placed && verb >= 0) {
        // the attack noun is its clause's subject ("a bomb went off in a market in X, killing four"):
        // the place and time are its verb's (round 15)
        VerbPattern vp = new VerbPattern(code, Set.of(g.lemma(verb)), VerbPattern.TriggerPos.VERB, List.of(), null,
            "attack report", "attack-report");
        EventDate byVerb = SentenceCoder.date(g, verb, articleDate);
        e = assembler.event(new Firing(verb, vp, List.of(), List.of()), source, target, cameo, code, false,
            Modality.ASSERTED, cues, byVerb.fromText() ? byVerb : date, false, false, true);
        placed = e.location() != null && "text".equals(e.location().from());
      }
      return placed || !assembler.locates() ? List.of(e) : List.of();
    }
    return List.of();
  }

  /** Whether the attack noun refers back: a definite or demonstrative determiner, or an owner ("the attack", "its attacks"). */
  private boolean toldBefore(int t) {
    for (Dependency d : g.children(t)) {
      if (d.relation().equals("det") && BACK.contains(g.lemma(d.dependent()).toLowerCase(Locale.ROOT))
          || d.relation().equals("nmod:poss") && g.token(d.dependent()).isPronoun()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the attack noun is an argument of another clause whose subject is a named actor:
   * "Trump confirmed the killing", "the group claimed responsibility for an attack": that actor's
   * act, which the patterns judge, not an attack report. The attack noun as the clause's own subject
   * ("a bomb went off in the market, killing four") is no such argument (round 15).
   */
  private boolean anotherActorsArgument(int t, int harm) {
    int v = t;
    int below = t;
    for (int step = 0; step < 4 && v >= 0 && g.token(v).isNoun(); step++) {
      Dependency h = g.head(v);
      below = v;
      v = h == null ? -1 : h.governor();
    }
    if (v < 0 || v == harm) {
      return false;
    }
    List<Integer> subjects = g.childrenExact(v, "nsubj");
    // the attack noun is itself the subject ("a bomb went off ..., killing four"): its own clause, no other actor's
    return !subjects.isEmpty() && !subjects.contains(below) && !mentions.resolve(subjects, v).isEmpty();
  }

  /** The verb whose subject the noun is ("a bomb went off"), -1 when it is none's. */
  private int subjectOf(int t) {
    Dependency h = g.head(t);
    return h != null && h.governor() >= 0 && h.relation().equals("nsubj") && g.token(h.governor()).isVerb()
        ? h.governor() : -1;
  }

  /** Whether the token is a device its modifiers call explosive or improvised ("an improvised explosive device"). */
  private boolean explosiveDevice(int t) {
    if (!g.lemma(t).equalsIgnoreCase("device")) {
      return false;
    }
    for (Dependency d : g.children(t)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound"))
          && DEVICE_MODIFIERS.contains(g.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The first harm word told as done, asserted and not negated; -1 when none. */
  private int harm() {
    for (int t = 0; t < g.size(); t++) {
      Token tok = g.token(t);
      boolean word = HARM.contains(g.lemma(t).toLowerCase(Locale.ROOT)) || HARM.contains(tok.word().toLowerCase(Locale.ROOT));
      if (!word || !DONE.contains(tok.pos())) {
        continue;
      }
      List<String> cues = new ArrayList<>();
      if (Modalities.negated(g, t, cues) || Modalities.modality(g, t, cues) != Modality.ASSERTED) {
        continue;
      }
      return t;
    }
    return -1;
  }

  /** The actor the attack noun's own modifiers name ("a Ukrainian drone attack"), else the unidentified perpetrator. */
  private Mention source(int t) {
    List<Integer> owners = new ArrayList<>(g.childrenExact(t, "nmod:poss"));
    owners.addAll(g.childrenExact(t, "amod"));
    owners.addAll(g.childrenExact(t, "compound"));
    owners.addAll(g.childrenExact(t, "nmod:by"));
    owners.removeIf(x -> g.token(x).isPronoun());
    List<Mention> named = owners.isEmpty() ? List.of() : mentions.resolve(owners, t);
    if (!named.isEmpty()) {
      return named.get(0);
    }
    return new Mention(t, t, t + 1, "---UAF", null, "UAF", "", List.of(), List.of("unidentified"), false, false);
  }

  /**
   * The harmed: the actor or sector noun the harm word kills, wounds or says died ("killed dozens
   * of worshippers", "six members of the National Guard died", "five soldiers dead"); null when it
   * names none.
   */
  private Mention target(int harm, Mention source) {
    List<Integer> cands = new ArrayList<>();
    for (Dependency d : g.children(harm)) {
      if (HARMED.contains(d.relation())) {
        cands.add(d.dependent());
      }
    }
    Dependency h = g.head(harm);
    if (h != null && h.governor() >= 0 && (h.relation().equals("amod") || h.relation().startsWith("acl"))) {
      cands.add(h.governor());
    }
    List<Mention> named = cands.isEmpty() ? List.of() : mentions.resolve(cands, harm);
    for (Mention m : named) {
      if (!m.code().equals(source.code())) {
        return m;
      }
    }
    for (int c : cands) {
      Mention m = actors.sectorOnly(c);
      if (m != null) {
        List<String> entries = new ArrayList<>(m.entries());
        entries.add(EventAssembler.GENERIC_TARGET);
        return new Mention(m.head(), m.begin(), m.end(), "---" + m.sector(), null, m.sector(), m.name(), m.members(),
            List.copyOf(entries), m.fuzzy(), m.ignored());
      }
    }
    return null;
  }
}
