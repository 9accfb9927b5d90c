package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.vigil.core.event.Modality;
import org.vigil.core.text.CalendarWords;
import org.vigil.core.text.Dependency;

/**
 * Checks on the parse that keep a firing from coding what a careful coder would not code (issue
 * 11, round 4: fewer wrong events on news). Each check is one structural reading, not a word of
 * one sentence:
 *
 * <ul>
 *   <li>{@link #artefact}: a source that is a thing named by its country ("the Iranian vessel
 *       arrived", "a U.S. military plane used to help troops") does no political act; weapons and
 *       armed craft keep acting in force, coercion and violence;
 *   <li>{@link #fleeing}: civilians or refugees who flee do not retreat militarily (CAMEO 087 is a
 *       side's de-escalation);
 *   <li>{@link #naming}: "called them a punishment for separatist acts", "what the ministry called
 *       the preferred line for smugglers": a "for" inside what something is called makes no call
 *       for anything;
 *   <li>{@link #forecast}: a warning about what someone else or something will do ("warned that
 *       the government's actions would divide the country", "warned of a possible resurgence") is
 *       a forecast, not a threat; a threat is the warner's own action ("warned it will keep up
 *       the pressure");
 *   <li>{@link #alleged}: the act someone is accused of ("accused Turkey of violating its
 *       airspace") is alleged, not reported as having happened (round 6);
 *   <li>{@link #question}: what a question asks about ("asked whether he might back off his
 *       threats", "asked him if he agreed with them", "Do you hope China can help?") has not
 *       been reported as happening (issue 11, round 6);
 *   <li>{@link #press}: a meeting, contact or talk whose other side is the press ("when contacted
 *       by VOA", "spoke with reporters") is an interview, not diplomacy (round 6);
 *   <li>{@link #opinion}: agreeing with an opinion or a measure ("agreed with officials'
 *       concerns", "agree with the removal of the deputy") is no agreement between sides (round 6);
 *   <li>{@link #migration}: civilians or refugees who arrive somewhere migrate; they make no visit
 *       (CAMEO 042 is a side's visit; round 6);
 *   <li>{@link #obliged}: what someone must, should, has to or needs to do ("the council must be
 *       clear in condemning", "we have to support renewable energies", "the agency needs a billion
 *       dollars to provide support") is required, not done (issue 11, round 7);
 *   <li>{@link #idleEndorsement}: supporting, backing or welcoming a thing that is neither a side
 *       nor a political act or position ("back its claims with records", "welcomed the influx of
 *       capital") is no endorsement of anyone (round 7);
 *   <li>{@link #idleHelp}: helping with no side helped to do something that is no event ("helped
 *       fuel the growth of the surname", "specialists to help them adapt") is no aid (round 7);
 *   <li>{@link #showing}: "demonstrate" with an object shows something ("demonstrate the added
 *       value of the project"); it is no protest (round 7);
 *   <li>{@link #reportersQuestion}: asking whether something is so, or being asked by the press,
 *       is a question, not an appeal ("asked by a reporter whether he might back off", "asked the
 *       minister whether talks would resume"; round 8);
 *   <li>{@link #publicAppeal}: an appeal to everybody ("we encourage everyone to visit a clinic")
 *       addresses no side (round 8);
 *   <li>{@link #privateTrade}: buying or investing by a company or a private person with no
 *       foreign side is commerce (round 8);
 *   <li>{@link #generalisation}: an act that is the subject of a clause ("to collaborate with a
 *       terrorist is to become one", "attacking civilians is a crime") is spoken of in general,
 *       not reported (round 8);
 *   <li>{@link #habitual}: a material act told in the simple present ("the junta uses decrees
 *       to silence the press", "gangs that raid farms for cattle") is a habit (round 11);
 *   <li>{@link #accident}: deaths in a crash, a fire, a storm or a collapse ("five people were
 *       killed in the crash", "the plane crashed, killing all on board") are no violence (round 13);
 *   <li>{@link #deployment}: troops or peacekeepers that arrive in a country or are received
 *       there are deployed; they make no visit (round 13).
 * </ul>
 *
 * Per sentence; not thread-safe (the graph caches lemmas).
 */
final class Vetoes {
  /**
   * Things that can be named by their country but do not act politically: vessels and craft,
   * platforms and systems, laws and documents, products.
   */
  private static final Set<String> ARTEFACTS = Set.of(
      "vessel", "ship", "boat", "tanker", "freighter", "cargo", "plane", "aircraft", "airplane", "jet", "helicopter",
      "satellite", "vehicle", "truck", "car", "train", "platform", "site", "website", "app", "application", "network",
      "system", "model", "product", "chip", "law", "act", "bill", "document", "constitution", "statute");
  /**
   * Laws and documents: named by a country's adjective ("the Chinese Exclusion Act") they are
   * named after their subject, not made by it, so they act in no root, force included (round 8).
   */
  private static final Set<String> DOCUMENTS = Set.of(
      "law", "act", "bill", "document", "constitution", "statute", "treaty", "decree", "ordinance", "code");
  /** CAMEO roots a thing may still act in: armed craft show force, coerce and strike (15, 17-20). */
  private static final Set<String> ARMED_ROOTS = Set.of("15", "17", "18", "19", "20");
  /** Sectors of people without arms: their flight is no military retreat. */
  private static final Set<String> UNARMED = Set.of("CVL", "REF");

  /** Verbs of accusing: the act of their "of"/"for"/"with" phrase is alleged. */
  private static final Set<String> ACCUSING = Set.of("accuse", "blame", "charge", "fault", "suspect", "indict",
      "accusation");
  /** Verbs whose "if" clause is an indirect question, not a condition ("asked if he agreed"). */
  private static final Set<String> ASKING = Set.of("ask", "wonder", "inquire", "enquire", "question", "know", "doubt");
  /** Words naming the press: an interview with them is no meeting. */
  private static final Set<String> PRESS = Set.of(
      "voa", "reporter", "reporters", "journalist", "journalists", "press", "media", "newspaper", "newspapers",
      "correspondent", "correspondents", "interviewer", "broadcaster", "reuters", "afp", "cnn", "bbc");
  /** Relations by which a meeting verb names its other side. */
  private static final List<String> OTHER_SIDE = List.of("obj", "iobj", "obl:with", "obl:by", "obl:agent", "obl:to");
  /** What one agrees with when one accepts it: a proposal or a deal, not a view (r6-request). */
  private static final Set<String> PROPOSALS = Set.of(
      "proposal", "offer", "plan", "initiative", "deal", "terms", "agreement", "accord", "treaty", "ceasefire",
      "truce", "roadmap", "framework", "request", "demand", "demands");
  /** Verbs of arriving: said of civilians or refugees they are migration, not a visit. */
  private static final Set<String> ARRIVING = Set.of("arrive", "come", "land", "travel", "fly", "move", "return");

  /** Modals of obligation: the act of their clause is required, not done. */
  private static final Set<String> OBLIGATION_AUX = Set.of("must", "should", "ought");
  /** Verbs whose "to" complement is an obligation in the present or future ("have to", "need to"). */
  private static final Set<String> OBLIGING = Set.of("have", "need");
  /** Tags of an obliging verb that is not in the past ("had to withdraw" says the withdrawal happened). */
  private static final Set<String> NOT_PAST = Set.of("VB", "VBP", "VBZ");
  /** Verbs of endorsing whose object, to be endorsed politically, is a side or a political act or position. */
  private static final Set<String> ENDORSING = Set.of("support", "back", "endorse", "welcome");
  /**
   * Things one endorses politically: acts, positions, proposals and their makers' instruments. An
   * endorsed thing outside this class and owned by no named side ("renewable energies", "its
   * claims", "the influx of capital") is no political endorsement.
   */
  private static final Set<String> POLITICAL_OBJECTS = Set.of(
      "proposal", "plan", "call", "appeal", "deal", "agreement", "accord", "treaty", "pact", "ceasefire", "truce",
      "resolution", "initiative", "effort", "talks", "negotiation", "dialogue", "process", "peace", "decision",
      "move", "step", "announcement", "statement", "declaration", "position", "stance", "policy", "measure",
      "sanction", "embargo", "tariff", "bid", "candidacy", "candidate", "nomination", "election", "vote",
      "referendum", "reform", "law", "bill", "legislation", "idea", "request", "demand", "sovereignty",
      "independence", "integrity", "unity", "right", "government", "regime", "cause", "campaign", "mission",
      "operation", "war", "fight", "struggle", "action", "approach", "strategy", "principle", "solution",
      "framework", "roadmap", "commitment", "pledge", "offer", "invitation", "visit", "return", "release",
      "withdrawal", "deployment", "presence", "membership", "accession", "expansion", "protest", "strike",
      "demonstration", "movement", "opposition", "leadership", "president", "ruling", "verdict", "investigation",
      "inquiry", "probe", "mediation", "summit", "meeting", "conference", "motion", "order", "directive", "aid",
      "assistance", "help", "support", "troops", "force", "forces", "army", "military", "people", "country",
      "nation", "state", "union", "alliance", "coalition", "party", "ally", "allies", "partner", "partners");
  /** Verbs of helping: without a side helped, their complement says whether the help is political. */
  private static final Set<String> HELPING = Set.of("help", "assist", "aid");

  /** The accident lexicon (WordNet, scripts/build-accidents.py) by kind: event, verb. */
  static final Map<String, Set<String>> ACCIDENTS = KindLexicon.load(Vetoes.class, "accidents.txt",
      List.of("event", "verb"), "accident lexicon");
  /** The troops lexicon (WordNet, scripts/build-troops.py): armed forces and soldiers. */
  static final Set<String> TROOPS = KindLexicon.load(Vetoes.class, "troops.txt", List.of("troops"), "troops lexicon")
      .get("troops");
  /** Relations by which a death is tied to what caused it ("killed in the crash", "the storm killed"). */
  private static final Set<String> CAUSES = Set.of(
      "obl:in", "obl:during", "obl:after", "obl:in_wake_of", "obl:following", "obl:from", "obl:under", "obl:by",
      "obl:agent", "nsubj", "nmod:in");
  /** Relations by which a side makes an accident noun its own ("Israeli fire", "fire from the army"); not its place. */
  private static final Set<String> MAKERS = Set.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:from", "nmod:by",
      "nmod:agent");
  /** Relations through which a killing is the outcome of what governs it ("crashed, killing all on board"). */
  private static final Set<String> OUTCOME = Set.of("acl", "acl:relcl", "advcl", "xcomp", "conj", "obl", "nmod", "dep");

  private final SentenceGraph g;

  Vetoes(SentenceGraph g) {
    this.g = g;
  }

  /**
   * Whether the source is a thing that its country's adjective or possessive names ("the Iranian
   * vessel", "China's social media platforms", "the Chinese Exclusion Act") rather than someone,
   * for an event that is not one of force, coercion or violence.
   */
  boolean artefact(Mention source, String code) {
    int head = source.head();
    if (head < 0 || head >= g.size() || !g.token(head).isNoun()) {
      return false;
    }
    if (namedDocument(head)) {
      return true;
    }
    if (code.length() >= 2 && ARMED_ROOTS.contains(code.substring(0, 2))) {
      return false;
    }
    return ARTEFACTS.contains(g.lemma(head).toLowerCase(Locale.ROOT))
        || ARTEFACTS.contains(g.token(head).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the head is a law or document whose country is given by an adjective, not by an owner
   * ("the Chinese Exclusion Act banned laborers", "the Russian Language Law"; not "China's new law",
   * whose owner made it).
   */

  private boolean namedDocument(int head) {
    String w = g.token(head).word().toLowerCase(Locale.ROOT);
    if (!DOCUMENTS.contains(w) && !DOCUMENTS.contains(g.lemma(head).toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean adjective = false;
    for (Dependency d : g.children(head)) {
      if (d.relation().equals("nmod:poss")) {
        return false;
      }
      adjective |= d.relation().equals("amod") && g.token(d.dependent()).isAdjective();
      adjective |= d.relation().equals("compound") && g.token(d.dependent()).ner().equals("NATIONALITY");
    }
    return adjective;
  }

  /**
   * Whether an appeal's "for" ("call +for") is not the verb's own argument but hangs on its
   * object or complement, what the verb names: then "call" names, it does not appeal. Likewise a
   * meeting "called" (026) that is named, not convened: "what he called a wonderful meeting",
   * "called the meeting a failure" (a wh-word argument, or an object with its predicate).
   */
  boolean naming(Firing f) {
    int t = f.trigger();
    if (g.lemma(t).equals("call") && f.patternObliques().isEmpty() && f.pattern().code().startsWith("026")) {
      // "what he called a wonderful meeting", "called the meeting a failure": a meeting named, none called (round 8)
      for (Dependency d : g.children(t)) {
        String r = d.relation();
        if ((r.equals("obj") || r.equals("xcomp") || r.startsWith("nsubj") || r.equals("dep"))
            && (g.lemma(d.dependent()).equalsIgnoreCase("what") || g.lemma(d.dependent()).equalsIgnoreCase("which"))) {
          return true;
        }
      }
      return !g.childrenExact(t, "obj").isEmpty() && !g.childrenExact(t, "xcomp").isEmpty();
    }
    if (!g.lemma(t).equals("call") || f.patternObliques().isEmpty()) {
      return false;
    }
    for (int x : f.patternObliques()) {
      Dependency h = g.head(x);
      Dependency up = h == null || h.governor() < 0 ? null : g.head(h.governor());
      boolean inNamed = up != null && up.governor() == t && (up.relation().equals("obj") || up.relation().equals("xcomp"));
      if (!inNamed) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a bare warning (130, "warn") says what someone or something other than the warner
   * will do or may happen: its content clause has a subject that is neither a pronoun nor the
   * warner, or it warns "of" something (the threatening "of consequences" is its own pattern).
   *
   * @param f a firing of a bare "warn" (a pattern with a preposition, "of consequences", is a threat)
   * @param sourceCodes the codes of the warner's actors
   * @param resolve resolves a token to an actor code, or null
   */
  boolean forecast(Firing f, Set<String> sourceCodes, IntFunction<String> resolve) {
    int t = f.trigger();
    if (!f.pattern().code().equals("130") || !g.lemma(t).equals("warn") || !f.patternObliques().isEmpty()) {
      return false;
    }
    if (!g.childrenExact(t, "obl:of").isEmpty()) {
      return true;
    }
    List<Integer> contents = new ArrayList<>(g.childrenExact(t, "ccomp"));
    Dependency h = g.head(t);
    if (h != null && h.governor() >= 0 && h.relation().equals("parataxis")) {
      // "“Cherry picking is not an option,” he warned": the quote is the content
      contents.add(h.governor());
    }
    for (int c : contents) {
      List<Integer> subjects = new ArrayList<>(g.childrenExact(c, "nsubj"));
      subjects.addAll(g.childrenExact(c, "nsubj:pass"));
      subjects.addAll(g.childrenExact(c, "csubj"));
      for (int s : subjects) {
        if (g.token(s).isPronoun()) {
          return false;
        }
        String actor = resolve.apply(s);
        if (actor != null && sourceCodes.contains(actor)) {
          return false;
        }
      }
      if (!subjects.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the trigger is the act someone is accused of: the "-ing" verb of an "of", "for" or
   * "with" phrase of a verb of accusing ("accused Turkey of violating its airspace", "blamed the
   * rebels for shelling the town", "charged them with smuggling"). The accusation is the event;
   * the act is alleged, and Vigil has no modality for it, so it is not coded as having happened
   * (issue 11, item 9). A conviction ("convicted of") is a finding and is not vetoed here.
   */
  boolean alleged(int t) {
    Dependency h = g.head(t);
    if (h == null || h.governor() < 0 || !g.token(t).pos().equals("VBG")) {
      return false;
    }
    String r = h.relation();
    return (r.equals("advcl:of") || r.equals("advcl:for") || r.equals("advcl:with") || r.equals("acl:of"))
        && ACCUSING.contains(g.lemma(h.governor()).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the trigger is in what a question asks: the sentence is a question, or the trigger
   * lies in a "whether" clause, or in an "if" clause of a verb of asking ("asked him if he
   * agreed"), not in a condition ("will meet if the talks go well").
   */
  boolean question(int t) {
    if (g.isQuestion()) {
      return true;
    }
    int cur = t;
    for (int depth = 0; depth < 8 && cur >= 0; depth++) {
      Dependency h = g.head(cur);
      for (int m : g.childrenExact(cur, "mark")) {
        String w = g.lemma(m);
        if (w.equals("whether")
            || w.equals("if") && h != null && h.governor() >= 0 && ASKING.contains(g.lemma(h.governor()))) {
          return true;
        }
      }
      if (h == null || h.governor() < 0) {
        return false;
      }
      cur = h.governor();
    }
    return false;
  }

  /**
   * Whether a meeting, contact or consultation (CAMEO 04) has the press as its other side: its
   * object, its "with", "by" or "to" phrase is a reporter or a news outlet ("when contacted by
   * VOA", "spoke with VOA on condition of anonymity", "met reporters").
   */
  boolean press(int t, String code) {
    if (!code.startsWith("04")) {
      return false;
    }
    for (String rel : OTHER_SIDE) {
      for (int x : g.childrenExact(t, rel)) {
        if (pressWord(x)) {
          return true;
        }
        for (Dependency d : g.children(x)) {
          if ((d.relation().equals("compound") || d.relation().equals("nmod:poss")) && pressWord(d.dependent())) {
            // "VOA's Korean Service", "the VOA reporter"
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean pressWord(int x) {
    return PRESS.contains(g.token(x).word().toLowerCase(Locale.ROOT)) || PRESS.contains(g.lemma(x).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a bare "agree" (030) agrees with an opinion or a measure rather than with a side: it
   * has a "with" phrase, none of which is an actor, and no complement saying what is agreed to
   * do or on ("agreed with officials' concerns"; not "agreed with Gondor", "agreed with Gondor on
   * a truce", "agreed with Gondor to hold talks").
   *
   * @param resolve resolves a token to an actor code, or null
   */
  boolean opinion(Firing f, IntFunction<String> resolve) {
    int t = f.trigger();
    if (!f.pattern().code().startsWith("03") || !g.lemma(t).equalsIgnoreCase("agree")
        || !f.patternObliques().isEmpty()) {
      return false;
    }
    List<Integer> with = g.childrenExact(t, "obl:with");
    if (with.isEmpty() || !g.childrenExact(t, "xcomp").isEmpty() || !g.childrenExact(t, "ccomp").isEmpty()
        || !g.childrenExact(t, "obj").isEmpty() || !g.childrenExact(t, "obl:on").isEmpty()
        || !g.childrenExact(t, "obl:to").isEmpty() || !g.childrenExact(t, "obl:upon").isEmpty()) {
      return false;
    }
    for (int w : with) {
      // agreeing with a side, or accepting its proposal or deal, is an agreement
      if (g.token(w).isPronoun() || resolve.apply(w) != null
          || PROPOSALS.contains(g.lemma(w).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether civilians or refugees arriving somewhere are coded as a visit (042): migration. */
  static boolean migration(String code, Mention source, String triggerLemma) {
    return code.startsWith("042") && source.sector() != null && UNARMED.contains(source.sector())
        && ARRIVING.contains(triggerLemma);
  }

  /** Sectors of private buyers and investors: their trade at home is commerce, no political act. */
  private static final Set<String> PRIVATE = Set.of("BUS", "CVL");

  /**
   * Whether the event is economic cooperation (061: buying, investing, importing) by a company or
   * a private person with no foreign side ("Chinese AI companies invest less in their own computing
   * power", "foreigners buy houses in Japan"): commerce, not an act between political sides; a
   * state's trade ("Turkey bought Russian missiles") and a company's with a foreign side ("Chinese
   * firms invested in Kenya's railways") stay (issue 11, round 8).
   *
   * @param target the event's target, or null
   */
  static boolean privateTrade(String code, Mention source, Mention target) {
    return code.startsWith("061") && source.sector() != null && PRIVATE.contains(source.sector())
        && (target == null || source.country() != null && source.country().equals(target.country()));
  }

  /** Whether the event is the flight of civilians or refugees coded as a military retreat (087). */
  static boolean fleeing(String code, Mention source) {
    return code.startsWith("087") && source.sector() != null && UNARMED.contains(source.sector());
  }

  /**
   * Whether the trigger's act is required rather than done (issue 11, round 7): its clause, or
   * the clause it completes without a subject of its own ("in addressing and condemning", "to
   * justify"), has a modal of obligation ("must", "should", "ought to"); or it is the "to"
   * complement of a present or future "have" or "need" ("we have to support", "they need to
   * destroy"), or the purpose of what is needed ("needs a billion dollars to provide support").
   * An appeal (CAMEO 02) is made by saying it ("we have to ask Europe to help") and stays; a
   * reported obligation ("Russia said Sudan must return it") is {@link Demands}'s, read before.
   */
  boolean obliged(int t, String code) {
    if (code.startsWith("02")) {
      return false;
    }
    int cur = t;
    boolean direct = true;
    for (int depth = 0; depth < 5; depth++) {
      for (int a : g.childrenExact(cur, "aux")) {
        if (OBLIGATION_AUX.contains(g.token(a).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (direct && OBLIGING.contains(g.lemma(a)) && NOT_PAST.contains(g.token(a).pos()) && hasMark(cur, "to")) {
          // "Ukraine has to defend itself", parsed with "has" as the auxiliary of "to defend"
          return true;
        }
      }
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        return false;
      }
      int gov = h.governor();
      String r = h.relation();
      boolean subjectless = g.childrenExact(cur, "nsubj").isEmpty() && g.childrenExact(cur, "nsubj:pass").isEmpty()
          || (r.equals("conj") || r.startsWith("conj:")) && sharesSubject(cur, gov);
      if (direct && OBLIGING.contains(g.lemma(gov)) && NOT_PAST.contains(g.token(gov).pos()) && g.token(gov).isVerb()
          && subjectless && hasMark(cur, "to")
          && (r.equals("xcomp") || g.lemma(gov).equals("need") && r.startsWith("advcl")
              && !g.childrenExact(gov, "obj").isEmpty())) {
        return true;
      }
      boolean complement = subjectless && g.token(cur).isVerb()
          && (r.equals("xcomp") || r.equals("conj") || r.startsWith("conj:")
              || (r.startsWith("advcl") || r.startsWith("obl")) && !hasMark(cur, "if"));
      if (!complement) {
        return false;
      }
      if (!r.equals("xcomp") && !r.startsWith("conj")) {
        // a "have to"/"need to" is read only on the trigger's own chain of complements
        direct = false;
      }
      cur = gov;
    }
    return false;
  }

  /** Whether a conjunct's subjects are its head's ("the council must be clear and condemn it"). */
  private boolean sharesSubject(int conjunct, int head) {
    List<Integer> own = new ArrayList<>(g.childrenExact(conjunct, "nsubj"));
    own.addAll(g.childrenExact(conjunct, "nsubj:pass"));
    List<Integer> heads = new ArrayList<>(g.childrenExact(head, "nsubj"));
    heads.addAll(g.childrenExact(head, "nsubj:pass"));
    return heads.containsAll(own);
  }

  /**
   * Whether a "demonstrate" coded as a protest (14) shows something: it has a direct object
   * ("demonstrate the added value of the project", "demonstrated its resolve"); a demonstration
   * takes none ("thousands demonstrated outside parliament", "demonstrated against the law").
   */
  boolean showing(int t, String code) {
    return code.startsWith("14") && g.lemma(t).equalsIgnoreCase("demonstrate") && !g.childrenExact(t, "obj").isEmpty();
  }

  private boolean hasMark(int clause, String word) {
    return g.childrenExact(clause, "mark").stream().anyMatch(m -> g.lemma(m).equalsIgnoreCase(word));
  }

  /**
   * Whether a bare "support", "back", "endorse" or "welcome" (051) endorses a thing that is no
   * side and no political act or position, owned by no named side: "cites records to back its
   * claims", "we have to support renewable energies", "welcomed the influx of foreign capital".
   * A side ("supports Ukraine"), a person or a pronoun, a political thing ("supported the call",
   * "welcomed the announcement") or one a side owns or names ("backs the Philippines' claims",
   * "the U.S. proposal") keeps the endorsement; so does a verb without an object (a passive).
   *
   * @param resolve resolves a token to an actor code, or null
   */
  boolean idleEndorsement(Firing f, IntFunction<String> resolve) {
    int t = f.trigger();
    if (!f.pattern().code().equals("051") || !ENDORSING.contains(g.lemma(t).toLowerCase(Locale.ROOT))
        || !f.patternObliques().isEmpty()) {
      return false;
    }
    List<Integer> objects = g.childrenExact(t, "obj");
    if (objects.isEmpty()) {
      return false;
    }
    for (int o : objects) {
      if (side(o, resolve) || POLITICAL_OBJECTS.contains(g.lemma(o).toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (Dependency d : g.children(o)) {
        String r = d.relation();
        boolean owner = r.equals("nmod:poss") || r.equals("compound") || r.equals("amod") || r.startsWith("conj");
        if (owner && !g.token(d.dependent()).isPronoun() && side(d.dependent(), resolve)) {
          return false;
        }
        if (r.startsWith("conj") && POLITICAL_OBJECTS.contains(g.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
          return false;
        }
        if (reportsActOfSide(d, resolve)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a dependent of the endorsed thing is its content clause ("reports that Sudan had
   * released the journalists", "the news that the ceasefire had held") whose subject is a side or
   * a political act: welcoming such news endorses that act. "the news that the rain had stopped"
   * reports nothing political.
   */
  private boolean reportsActOfSide(Dependency d, IntFunction<String> resolve) {
    String r = d.relation();
    int clause = d.dependent();
    if (!(r.equals("acl") || r.equals("ccomp") || r.equals("dep")) || !g.token(clause).isVerb()) {
      return false;
    }
    for (Dependency c : g.children(clause)) {
      if (c.relation().startsWith("nsubj")) {
        int subject = c.dependent();
        return side(subject, resolve) || POLITICAL_OBJECTS.contains(g.lemma(subject).toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** Whether the token is a side: an actor, a pronoun, or a name the NER tags as a person or group. */
  private boolean side(int x, IntFunction<String> resolve) {
    String ner = g.token(x).ner();
    return g.token(x).isPronoun() || resolve.apply(x) != null
        || ner != null && (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("COUNTRY")
            || ner.equals("NATIONALITY") || ner.equals("LOCATION") || ner.equals("STATE_OR_PROVINCE"));
  }

  /**
   * Whether a bare "help", "assist" or "aid" (07) with no side helped helps to do something that
   * is no event ("helped fuel the growth of the surname", "specialists to help them adapt to the
   * language"): help with an everyday end is no aid between sides. Help to do what is itself an
   * event ("can help push for his release") stays, as does help with no complement.
   *
   * @param fires whether a dictionary pattern fires on a token
   */
  boolean idleHelp(Firing f, IntPredicate fires) {
    int t = f.trigger();
    if (!f.pattern().code().startsWith("07") || !HELPING.contains(g.lemma(t).toLowerCase(Locale.ROOT))
        || !f.patternObliques().isEmpty()) {
      return false;
    }
    List<Integer> complements = new ArrayList<>(g.childrenExact(t, "xcomp"));
    complements.addAll(g.childrenExact(t, "ccomp"));
    complements.removeIf(c -> !g.token(c).isVerb());
    if (complements.isEmpty()) {
      return false;
    }
    for (int c : complements) {
      if (fires.test(c)) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of asking: with a "whether" question or a journalist asking, they ask, they do not appeal. */
  private static final Set<String> QUESTIONING = Set.of("ask", "question", "query");
  /** Words for everybody: an appeal to them addresses no side. */
  private static final Set<String> EVERYBODY = Set.of(
      "everybody", "everyone", "anybody", "anyone", "all", "public");

  /**
   * Whether an appeal (CAMEO 02) by a verb of asking is a question: its clause asks "whether"
   * something is so ("asked the minister whether talks would resume"), or the asker is the press
   * ("asked by a reporter ...", "a journalist asked him to comment"); an appeal asks someone to
   * act ("asked Gondor to release the prisoners", "asked them if they could help").
   */
  boolean reportersQuestion(int t, String code) {
    if (!code.startsWith("02") || !QUESTIONING.contains(g.lemma(t).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : g.children(t)) {
      String r = d.relation();
      int x = d.dependent();
      if ((r.equals("ccomp") || r.startsWith("advcl") || r.equals("xcomp"))
          && g.childrenExact(x, "mark").stream().anyMatch(m -> g.lemma(m).equalsIgnoreCase("whether"))) {
        return true;
      }
      if ((r.equals("obl:agent") || r.equals("obl:by") || r.equals("nsubj")) && pressWord(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an appeal (CAMEO 02) is addressed to everybody: its object is "everybody",
   * "everyone", "anyone" or "the public" ("we encourage everybody feeling feverish to visit a
   * clinic", "urged the public to stay home"), no side.
   */
  boolean publicAppeal(int t, String code) {
    if (!code.startsWith("02")) {
      return false;
    }
    List<Integer> objects = g.childrenExact(t, "obj");
    if (objects.isEmpty()) {
      return false;
    }
    for (int o : objects) {
      if (!EVERYBODY.contains(g.token(o).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the trigger is the subject of a clause, with no subject or auxiliary of its own: an
   * act named as what something is ("to collaborate with a terrorist is making you a terrorist",
   * "attacking civilians is a war crime") is spoken of in general; an event is reported by its
   * own clause.
   */
  boolean generalisation(int t) {
    Dependency h = g.head(t);
    // a clause with a subject or an auxiliary of its own is no clausal subject but a misparse
    // ("Ankara is warning it could turn to Moscow" parsed with "warning" under "turn")
    return h != null && h.governor() >= 0 && g.token(t).isVerb()
        && (h.relation().equals("csubj") || h.relation().equals("csubj:pass"))
        && !g.hasChild(t, "nsubj") && !g.hasChild(t, "aux");
  }

  /** CAMEO roots of material acts: cooperation, aid, yielding, force, sanctions, coercion, violence. */
  private static final Set<String> MATERIAL_ROOTS = Set.of("06", "07", "08", "15", "16", "17", "18", "19", "20");
  /** Present-tense tags with no auxiliary: "uses", "attack". */
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");
  /**
   * Whether a material act (force, coercion, aid, cooperation) is told in the simple present, of
   * itself or of the verb it complements ("the junta uses decrees to silence the press", "the
   * kingdom sends arms to its neighbours", "gangs that raid farms for cattle"):
   * news reports what was done in the past or is being done; a material act in the simple present
   * is a habit or a generality, not an event (issue 11, round 11). Speech acts in the present are
   * performed by saying them ("we condemn", "the ministry rejects the report") and stay; so does a
   * headline ("Troops flee across the border"), which tells past events in the present.
   */
  boolean habitual(int t, String code) {
    if (code.length() < 2 || !MATERIAL_ROOTS.contains(code.substring(0, 2)) || !g.token(t).isVerb() || headline()) {
      return false;
    }
    int cur = t;
    for (int depth = 0; depth < 3 && cur >= 0; depth++) {
      if (g.hasChild(cur, "aux") || g.hasChild(cur, "aux:pass")) {
        return false;
      }
      if (PRESENT.contains(g.token(cur).pos())) {
        return !dated(cur);
      }
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0 || !g.token(h.governor()).isVerb() || !hasMark(cur, "to")
          || !(h.relation().equals("xcomp") || h.relation().startsWith("advcl"))) {
        return false;
      }
      cur = h.governor();
    }
    return false;
  }

  /** CAMEO roots of force: coercion by force, fighting, mass violence (PLOVER ASSAULT). */
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
  /** Marks of a condition clause. */
  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  /**
   * Whether an act of force is not reported as done: it is hypothetical ("for fear that Arnor
   * would retaliate", "rebels could attack the town") or it is the condition of a clause ("will
   * respond if the army enters the town", "threatened to strike unless the rebels withdrew"). The
   * coders code the threat or the warning, never the force itself (../shared GUIDE: a threat is
   * coded once; a hypothetical is no event); round 14: of the held-out half's force events, none
   * of the hypothetical ones matched (aggregate count, docs/ACCURACY.md).
   */
  boolean unrealisedForce(int t, String code, Modality modality) {
    if (code.length() < 2 || !FORCE_ROOTS.contains(code.substring(0, 2))) {
      return false;
    }
    if (modality == Modality.HYPOTHETICAL) {
      return true;
    }
    int cur = t;
    for (int depth = 0; depth < 3 && cur >= 0; depth++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        return false;
      }
      if (h.relation().startsWith("advcl")) {
        return CONDITIONS.stream().anyMatch(m -> hasMark(h.dependent(), m) || h.relation().equals("advcl:" + m));
      }
      if (!h.relation().equals("xcomp") && !h.relation().equals("conj")) {
        return false;
      }
      cur = h.governor();
    }
    return false;
  }

  /**
   * Whether the verb's own time phrase names a month or a year ("detain dozens on 4 March 2025"):
   * an act in the present so dated is a report in the news-brief style or a schedule, not a habit.
   * Only the verb's own phrase counts: a date of the sentence's reporting verb does not date a
   * reported generality ("said on Jan. 23 that China abides by the rules").
   */
  private boolean dated(int verb) {
    for (int i = 0; i < g.size(); i++) {
      // a date anywhere in the verb's own clause ("gunmen kill four labourers in Kech district, 29 August
      // 2022", the date an apposition of the object): a dated report, as ACLED-style headlines are (round 15)
      if (i != verb && yearOrMonth(i) && g.token(i).pos().startsWith("NNP") && g.verbAbove(i, 12) == verb
          && g.children(i).stream().anyMatch(c -> g.token(c.dependent()).pos().equals("CD"))) {
        return true;
      }
    }
    for (Dependency d : g.children(verb)) {
      if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod:tmod")) {
        continue;
      }
      int head = d.dependent();
      if (yearOrMonth(head) || g.children(head).stream().anyMatch(c -> yearOrMonth(c.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private boolean yearOrMonth(int t) {
    String w = g.token(t).word();
    return CalendarWords.isMonth(w) && g.token(t).pos().startsWith("NNP")
        || g.token(t).pos().equals("CD") && w.matches("(19|20)\\d\\d");
  }

  /** Whether the sentence is a headline: it ends with no full stop, question or exclamation mark. */
  private boolean headline() {
    for (int i = g.size() - 1; i >= 0; i--) {
      String w = g.token(i).word();
      if (!w.equals("\"") && !w.equals("''") && !w.equals("”") && !w.equals("’") && !w.equals(")") && !w.equals("-RRB-")) {
        return !(w.equals(".") || w.equals("?") || w.equals("!") || w.endsWith("."));
      }
    }
    return true;
  }

  /**
   * Whether a killing or an attack (CAMEO 18-20) is a death in an accident or a disaster: the
   * trigger is tied to an accident ("five were killed in the crash", "the storm killed ten",
   * "died after the collapse of the building", "were killed when a bridge collapsed") or is the outcome of one ("the plane crashed,
   * killing all on board", "a fire that killed five", "crashed, resulting in all crew killed"), and
   * no one acts in it: a subject or agent that is no accident ("militants killed ten in a fire
   * they set") or an accident some side makes ("killed by Israeli fire", "a fire set by
   * militants") keeps the event.
   *
   * @param resolve resolves a token to an actor code, or null
   */
  boolean accident(int t, String code, IntFunction<String> resolve) {
    if (code.length() < 2 || !Participants.VIOLENT_ROOTS.contains(code.substring(0, 2))) {
      return false;
    }
    boolean tied = false;
    for (Dependency d : g.children(t)) {
      String r = d.relation();
      int x = d.dependent();
      if (r.startsWith("advcl") && g.token(x).isVerb()
          && ACCIDENTS.get("verb").contains(g.lemma(x).toLowerCase(Locale.ROOT))) {
        // "were killed when a bridge collapsed"
        tied = true;
      } else if (!CAUSES.contains(r)) {
        continue;
      } else if (accidentNoun(x, resolve)
          && !(g.lemma(x).equalsIgnoreCase("fire") && (r.equals("obl:by") || r.equals("obl:agent")))) {
        // "killed in a fire", not "killed by fire" (mostly gunfire)
        tied = true;
      } else if (r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by") && side(x, resolve)) {
        // "militants killed ten in a fire", "killed by the rebels in the collapse"
        return false;
      }
    }
    if (tied) {
      return true;
    }
    int cur = t;
    for (int depth = 0; depth < 3; depth++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0 || !OUTCOME.contains(h.relation().split(":")[0])
          && !OUTCOME.contains(h.relation())) {
        return false;
      }
      cur = h.governor();
      if (g.token(cur).isVerb() && ACCIDENTS.get("verb").contains(g.lemma(cur).toLowerCase(Locale.ROOT))
          || g.token(cur).isNoun() && accidentNoun(cur, resolve)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token is a noun of an accident that no side makes: no side owns or names it
   * ("Israeli fire", "the army's fire") and no clause says someone made it ("a fire set by militants").
   */
  private boolean accidentNoun(int x, IntFunction<String> resolve) {
    if (!g.token(x).isNoun() || !ACCIDENTS.get("event").contains(g.lemma(x).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : g.children(x)) {
      String r = d.relation();
      int m = d.dependent();
      if (MAKERS.contains(r) && !g.token(m).isPronoun() && side(m, resolve)) {
        return false;
      }
      if (r.startsWith("acl") && (g.hasChild(m, "obl:agent") || g.hasChild(m, "nsubj") && !r.equals("acl:relcl"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a visit (042) or the hosting of one (043) has troops as the visitor: armed forces,
   * soldiers or peacekeepers that arrive in a country ("additional peacekeepers arrived in the
   * capital") or that a country receives are deployed; they make no visit. A general or a
   * defence minister who arrives visits.
   *
   * @param target the event's target, or null
   */
  boolean deployment(String code, Mention source, Mention target) {
    Mention visitor = code.startsWith("042") ? source : code.startsWith("043") ? target : null;
    if (visitor == null) {
      return false;
    }
    int h = visitor.head();
    if (h < 0 || h >= g.size() || !g.token(h).isNoun()) {
      return false;
    }
    return TROOPS.contains(g.token(h).word().toLowerCase(Locale.ROOT))
        || TROOPS.contains(g.lemma(h).toLowerCase(Locale.ROOT));
  }
}
