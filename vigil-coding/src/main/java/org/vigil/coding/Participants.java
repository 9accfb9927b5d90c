package org.vigil.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.vigil.coding.dictionary.Dialect;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Source and target finding: which actors of a sentence do and undergo the event a pattern fired
 * for. Over 500 lines because the source and target searches share their slot reading and their
 * PETRARCH departures (issue 3); each method is one rule of the search. Per sentence; not
 * thread-safe.
 */
final class Participants {
  /**
   * Verbs whose object is what is talked about, not with whom: "discussed China's role", "debated
   * the situation in the Gulf of Guinea" (issue 11, round 4). Their target is who they talk with.
   */
  static final Set<String> TOPIC_VERBS = Set.of("discuss", "deliberate", "debate");
  /** Prepositions (as the parse joins them) of a co-agent named beside the subject: "along with", "together with". */
  private static final Set<String> CO_AGENT = Set.of("along_with", "together_with", "alongside");
  /**
   * Nouns of an occasion: "met at the Hanoi summit", "spoke at a conference in Geneva": an "at"
   * phrase they head names where and when, not with whom, even when a place names the occasion
   * (round 11).
   */
  private static final Set<String> OCCASIONS = Set.of(
      "summit", "conference", "meeting", "talks", "talk", "forum", "ceremony", "session", "gathering", "sideline",
      "sidelines", "event", "rally", "celebration", "funeral", "inauguration", "festival", "parade", "briefing");
  /** Prepositions that introduce a target, in order of preference. */
  private static final List<String> TARGET_PREPOSITIONS = List.of(
      "to", "with", "against", "on", "into", "toward", "towards", "from", "at", "for", "over", "upon", "onto", "of");
  /** Prepositions whose sector noun alone is a generic target: "pleaded with civilians", "fired on protesters". */
  private static final List<String> GENERIC_TARGET_PREPOSITIONS = List.of("to", "with", "against", "on", "upon", "toward", "towards", "into");
  /** Prepositions whose argument is the target of nearly any verb: "appealed to", "fought against". */
  private static final Set<String> CORE_PREPOSITIONS = Set.of("to", "against", "toward", "towards", "into", "upon", "onto");
  /** Nouns of attack that can stand as the subject of a violent verb: "a car bomb killed". */
  static final Set<String> ATTACK_NOUNS = Set.of(
      "bomb", "bombing", "blast", "explosion", "attack", "car-bomb", "shelling", "ambush", "mine", "landmine",
      "rocket", "mortar", "grenade", "gunfire", "shooting", "airstrike", "strike", "raid", "explosive", "device",
      "shell", "missile", "drone", "round", "artillery", "ied");
  /** CAMEO roots of violence (PLOVER ASSAULT): an attack with no named attacker still has a place; {@link Vetoes#accident} reads them too. */
  static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
  /**
   * CAMEO roots of the events conflict monitoring records with generic actors (issue 11): protest
   * (14), coercion (17) and violence (18-20). "Gunmen attacked", "police arrested", "teachers
   * protested": the sector is the actor, the country comes from where it happened.
   */
  static final Set<String> GENERIC_ACTOR_ROOTS = Set.of("14", "17", "18", "19", "20");
  /**
   * Truces (round 15): "rival clans agreed to a ceasefire", "the militias declared a truce": conflict
   * monitoring records the agreement of unnamed armed or communal sides as it records their fighting.
   */
  static final Set<String> TRUCE_CODES = Set.of("0356", "0871");

  /** Whether an act of this code is recorded with a sector alone as its doer ("gunmen attacked", "rival clans agreed to a truce"). */
  static boolean genericActs(String code) {
    return code.length() >= 2 && (GENERIC_ACTOR_ROOTS.contains(code.substring(0, 2)) || TRUCE_CODES.contains(code));
  }
  /** Sectors that fight: "clashes between" them are armed clashes, not a quarrel. */
  private static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP", "SPY", "REB", "INS", "UAF", "SEP");
  /**
   * Relations under which a clause with no subject of its own shares its governor's subject: a
   * participle or adverbial clause ("torched a school, killing a teacher"), a complement, a
   * coordinated verb; not a reported clause (the speaker is not the doer) nor a relative one.
   */
  private static final Set<String> CONTROLLED = Set.of("advcl", "xcomp", "conj");
  /** Verbs whose object noun names the subject's own act ("carried out an airstrike", "held talks"). */
  private static final Set<String> SUPPORT_VERBS = Set.of(
      "carry", "conduct", "launch", "stage", "mount", "hold", "have", "make", "pay", "begin", "start", "continue",
      "resume", "intensify", "escalate", "step", "undertake", "perform", "wage", "unleash", "execute", "commit",
      "give", "take", "do", "order", "plan", "prepare", "organize", "organise", "lead", "join", "attend", "host", "ramp");
  /**
   * Codes of detention that authorities do, whose doer news often leaves unnamed when it names the
   * act as a noun ("the arrest of five people", "the detention of two reporters") or writes it in
   * the passive ("two journalists were detained", round 14). Deportations are left out: their place
   * is where the deported were sent, not whose authorities sent them.
   */
  private static final Set<String> AUTHORITY_CODES = Set.of("173");
  /** Nouns of those codes whose unnamed doer is the authorities; not charges or trials, which are accusations. */
  private static final Set<String> AUTHORITY_ACTS = Set.of("arrest", "detention");
  /** Verbs of {@link #AUTHORITY_CODES} that are charges or trials: "was charged with fraud" is the coders' ACCUSE, not an arrest. */
  private static final Set<String> CHARGES = Set.of("charge", "indict", "prosecute", "put");

  /**
   * Targets found and how they were reached, for the event's confidence.
   *
   * @param nested found only inside the trigger's arguments (the last slot searched)
   * @param loose found in a loose slot: a preposition the pattern does not name, or a reported clause
   */
  record Targets(List<Mention> mentions, boolean nested, boolean loose) {
    static final Targets NONE = new Targets(List.of(), false, false);
  }

  private final SentenceGraph g;
  private final ActorResolver actors;
  private final Clauses clauses;
  private final Mentions mentions;
  private final Dialect dialect;
  /** Slots whose target is loose: found through a preposition the pattern does not name, or a reported clause. */
  private final Set<List<Integer>> looseSlots = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Slots whose target is inferred through the act's content or direction, with the entry that says so. */
  private final IdentityHashMap<List<Integer>, String> inferredSlots = new IdentityHashMap<>();

  Participants(Clauses clauses, ActorResolver actors, Mentions mentions, Dialect dialect) {
    this.g = clauses.graph();
    this.clauses = clauses;
    this.actors = actors;
    this.mentions = mentions;
    this.dialect = dialect;
  }

  /**
   * The co-agents named beside a subject before its verb (issue 11, round 9): "Gondor, along with
   * Rohan and Arnor, condemned", "Gondor, together with Rohan, urged", "alongside Rohan, Gondor
   * signed". The parse hangs them on the verb ({@code obl:along_with}) or on the subject ({@code
   * nmod:together_with}), not as conjuncts, so each participant of the joint act, which the coders
   * code once per participant, was lost. Only before the trigger: "arrested the leader along with
   * two aides" names who underwent the act, not who did it.
   */
  private List<Integer> coAgents(int t, List<Integer> subjects) {
    List<Integer> out = new ArrayList<>();
    List<Dependency> attached = new ArrayList<>(g.children(t));
    for (int s : subjects) {
      attached.addAll(g.children(s));
    }
    for (Dependency d : attached) {
      String r = d.relation();
      int colon = r.indexOf(':');
      if (colon > 0 && (r.startsWith("obl:") || r.startsWith("nmod:")) && CO_AGENT.contains(r.substring(colon + 1))
          && d.dependent() < t && !out.contains(d.dependent()) && !subjects.contains(d.dependent())) {
        out.add(d.dependent());
      }
    }
    return clauses.withConjuncts(out);
  }

  /** Source mentions and whether they came straight from the trigger's own subject. */
  record SourceSearch(List<Mention> mentions, boolean direct) {}

  /**
   * The source of the trigger's event: its subject (the agent of a passive), a noun trigger's
   * possessor or agent, a sector placed by the clause, an attack's place; else a phrase inside the
   * subject (PETRARCH) or the subject of a governing clause (Vigil).
   */
  SourceSearch sources(int t, boolean passive, String code) {
    List<Integer> cands = new ArrayList<>();
    if (passive) {
      cands.addAll(g.childrenExact(t, "obl:agent"));
      cands.addAll(g.childrenExact(t, "obl:by"));
    } else {
      // A passive subject is here only when the caller did not swap the roles (a stance or a
      // withdrawal with no agent, or PETRARCH's agentless passive): then the subject acts.
      for (Dependency d : g.children(t)) {
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj") || d.relation().equals("nsubj:pass")) {
          cands.add(d.dependent());
        }
      }
      if (dialect.readsClauseRoles() && !cands.isEmpty()) {
        cands.addAll(coAgents(t, cands));
      }
    }
    boolean violent = code.length() >= 2 && VIOLENT_ROOTS.contains(code.substring(0, 2));
    // "a row between Arnor and Gondor" (issue 11, round 5): each side of the quarrel accuses the other
    boolean quarrel = code.startsWith("11") && g.token(t).isNoun();
    if (cands.isEmpty() && (violent || quarrel) && dialect.readsClauseRoles()
        && (g.token(t).isNoun() || g.token(t).pos().equals("VBG"))) {
      // "clashes between the army and the rebels", "fighting broke out between X and Y" (issue 11):
      // each side of the fighting is a source
      List<Integer> between = betweenPhrases(t);
      if (!between.isEmpty()) {
        List<Mention> sides = namedOrSectors(between, t);
        // "the Oval Office clash between the two presidents" was a quarrel, not a battle
        return new SourceSearch(quarrel || anyArmed(sides) ? sides : List.of(), true);
      }
    }
    if (cands.isEmpty() && g.token(t).isNoun()) {
      cands.addAll(g.childrenExact(t, "nmod:poss"));
      cands.addAll(g.childrenExact(t, "nmod:by"));
      cands.addAll(g.childrenExact(t, "nmod:agent"));
      for (int a : g.childrenExact(t, "amod")) {
        if (actors.matchAt(a) != null) {
          cands.add(a);
        }
      }
      for (int a : g.childrenExact(t, "compound")) {
        if (actors.matchAt(a) != null) {
          cands.add(a);
        }
      }
      for (int a : g.childrenExact(t, "acl")) {
        // "an offensive launched by Gondor's army": the agent of the participle that made the act
        if (g.token(a).pos().equals("VBN") && SUPPORT_VERBS.contains(g.lemma(a))) {
          cands.addAll(g.childrenExact(a, "obl:agent"));
          cands.addAll(g.childrenExact(a, "obl:by"));
        }
      }
      Dependency h = g.head(t);
      // "Gondor carried out an airstrike": the subject of a support verb is the noun's agent;
      // "Gondor condemned the airstrike" says nothing of who struck.
      if (cands.isEmpty() && h != null && h.governor() >= 0 && h.relation().equals("obj")
          && SUPPORT_VERBS.contains(g.lemma(h.governor()))) {
        cands.addAll(g.children(h.governor(), "nsubj"));
      }
    }
    List<Mention> direct = mentions.resolve(cands, t);
    if (direct.isEmpty()) {
      direct = locatedBySector(cands, t);
    }
    if (direct.isEmpty() && dialect.readsClauseRoles()) {
      direct = listedMembers(cands, t);
    }
    if (direct.isEmpty() && dialect.readsClauseRoles() && code.length() >= 2 && VIOLENT_ROOTS.contains(code.substring(0, 2))) {
      direct = attackerByPlace(cands, t);
    }
    boolean generic = dialect.readsClauseRoles() && genericActs(code);
    Dependency head = g.head(t);
    if (generic && head != null && head.relation().startsWith("acl") && g.token(t).pos().equals("VBN")) {
      // "the civilians imprisoned for ...": the noun a participle modifies suffered it
      generic = false;
    }
    if (direct.isEmpty() && generic) {
      // "unidentified gunmen attacked", "police detained", "teachers protested" (issue 11): the
      // sector alone; the event's place gives it a country when the text names one
      direct = sectorsOnly(cands);
    }
    if (!direct.isEmpty()) {
      return new SourceSearch(direct, true);
    }
    if (generic && VIOLENT_ROOTS.contains(code.substring(0, 2))) {
      // "two soldiers were killed", "a roadside bomb hit a bus", "shelling hit a market": violence
      // with no one named who did it; the perpetrator is unidentified (issue 11)
      List<Mention> unknown = unidentified(cands, t, passive);
      if (!unknown.isEmpty()) {
        return new SourceSearch(unknown, false);
      }
    }
    if (generic && cands.isEmpty() && AUTHORITY_CODES.contains(code) && g.token(t).isNoun()) {
      // "the arrest of five people": the authorities, unnamed (issue 11)
      List<Mention> implied = impliedAuthorities(t);
      if (!implied.isEmpty()) {
        return new SourceSearch(implied, false);
      }
    }
    if (dialect.sourceFromPhrase() && !cands.isEmpty()) {
      // A subject whose own words name no actor takes the first actor inside its phrase ("resumption
      // of ties between Arnor and Gondor may spur"), as PETRARCH's noun phrase falls back on its
      // nested phrases; with none ("such a step enjoyed support") the clause has no source: PETRARCH
      // does not borrow the governing clause's (issue 3).
      List<Mention> nested = insidePhrase(cands, t);
      return new SourceSearch(nested, !nested.isEmpty());
    }
    // No subject of its own: the subject of the governing clause ("Moscow says ready to help").
    int cur = t;
    for (int step = 0; step < 4; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        break;
      }
      String r = h.relation();
      // "burned houses, killing seven villagers": the parser often leaves the participle as a bare dep
      boolean participle = r.equals("dep") && dialect.readsClauseRoles() && bareParticiple(cur);
      if (participle) {
        r = "advcl";
      }
      if (!(r.equals("xcomp") || r.equals("ccomp") || r.startsWith("acl") || r.startsWith("advcl") || r.equals("conj"))) {
        break;
      }
      if (r.equals("ccomp") && dialect.readsClauseRoles() && !g.childrenExact(cur, "nsubj").isEmpty()) {
        // "officials said the ferry was sailing to the port": a reported clause whose own subject
        // names no one does not take the speaker as its doer (round 11); a passive one ("the army
        // said the commander was killed") still may, as a side reports its own strikes
        break;
      }
      if ((r.equals("advcl:of") || r.equals("advcl:for") || r.equals("advcl:with"))
          && g.token(h.dependent()).pos().equals("VBG")) {
        // object control: "accused Turkey of violating", "blamed Kiev for shelling", "charged them
        // with smuggling": the one accused does the act, not the accuser
        List<Mention> controller = mentions.resolve(g.childrenExact(h.governor(), "obj"), t);
        if (!controller.isEmpty()) {
          return new SourceSearch(controller, false);
        }
        if (!g.childrenExact(h.governor(), "obj").isEmpty()) {
          // the accused, unresolved, is still not the accuser nor whoever governs the accusation
          break;
        }
      }
      cur = h.governor();
      List<Integer> up = new ArrayList<>();
      for (Dependency d : g.children(cur)) {
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj") || d.relation().equals("nmod:poss")) {
          up.add(d.dependent());
        }
      }
      List<Mention> found = mentions.resolve(up, t);
      if (!found.isEmpty()) {
        return new SourceSearch(found, false);
      }
      boolean objectControl = r.equals("advcl:of") || r.equals("advcl:for") || r.equals("advcl:with");
      if (generic && !objectControl && !g.token(t).pos().equals("VBN") && CONTROLLED.contains(r.contains(":") ? r.substring(0, r.indexOf(':')) : r)) {
        // "gunmen torched a school, killing a teacher", "police raided the camp and arrested ten"
        // (issue 11, round 6): the governing clause's sector noun did the controlled act too
        found = locatedBySector(up, cur);
        if (found.isEmpty()) {
          found = sectorsOnly(up);
        }
        if (!found.isEmpty()) {
          return new SourceSearch(found, false);
        }
      }
    }
    if (generic && passive && cands.isEmpty() && AUTHORITY_CODES.contains(code) && !CHARGES.contains(g.lemma(t))
        && (hasHumanPatient(t) || namedPatient(t))) {
      // "two journalists were detained in Kabul", "was sentenced to ten years" (round 14): someone
      // held by no one the text names, nor a governing clause's subject, is held by the
      // authorities, unnamed, as the GUIDE's implied actors are
      return new SourceSearch(List.of(authorities(t)), false);
    }
    return new SourceSearch(List.of(), false);
  }

  /**
   * Where the clause happened, when a country or a place of one says so: "in Hong Kong", "at a
   * jail in Dili", "near the town of Samarra"; null when no argument names such a place.
   */
  private Mention placeOfClause(int t) {
    // PETRARCH's dictionaries (issue 3) keep the first reading: "in", "across", "throughout" only.
    boolean extended = dialect.readsClauseRoles();
    for (Dependency d : g.children(t)) {
      String r = d.relation();
      if (!(r.equals("obl:in") || r.equals("obl:across") || r.equals("obl:throughout")) && !(extended
          && (r.equals("obl:at") || r.equals("obl:near") || r.equals("obl:inside") || r.equals("obl:outside")))) {
        continue;
      }
      Mention place = actors.resolve(d.dependent());
      if (place != null && place.country() != null && !place.ignored()) {
        return place;
      }
      if (!extended) {
        continue;
      }
      // "at a jail in Dili", "near the town of Samarra": the place that locates the place.
      for (int h : g.childrenExact(d.dependent(), "nmod:in")) {
        place = actors.resolve(h);
        if (place != null && place.country() != null && !place.ignored()) {
          return place;
        }
      }
      for (int h : g.childrenExact(d.dependent(), "nmod:of")) {
        place = actors.resolve(h);
        if (place != null && place.country() != null && !place.ignored() && place.sector() == null) {
          return place;
        }
      }
    }
    return null;
  }

  /**
   * "A roadside bombing near Samarra killed a soldier", "was killed in a car bomb explosion in
   * Beirut": an attack with no named attacker is coded as from the country where it happened
   * (unknown actors of that country), marked as inferred.
   */
  private List<Mention> attackerByPlace(List<Integer> cands, int t) {
    List<Integer> attacks = new ArrayList<>();
    for (int c : cands) {
      if (ATTACK_NOUNS.contains(g.lemma(actors.realHead(c)))) {
        attacks.add(actors.realHead(c));
      }
    }
    if (cands.isEmpty()) {
      for (Dependency d : g.children(t)) {
        if ((d.relation().equals("obl:in") || d.relation().equals("obl:by") || d.relation().equals("obl:agent"))
            && ATTACK_NOUNS.contains(g.lemma(d.dependent()))) {
          attacks.add(d.dependent());
        }
      }
    }
    for (int a : attacks) {
      Mention place = null;
      for (Dependency d : g.children(a)) {
        String r = d.relation();
        if (r.equals("nmod:in") || r.equals("nmod:near") || r.equals("nmod:at") || r.equals("nmod:outside")) {
          List<Integer> heads = new ArrayList<>(List.of(d.dependent()));
          heads.addAll(g.childrenExact(d.dependent(), "nmod:of"));
          heads.addAll(g.childrenExact(d.dependent(), "nmod:in"));
          for (int h : heads) {
            Mention m = actors.resolve(h);
            if (m != null && m.country() != null && !m.ignored() && m.sector() == null) {
              place = m;
              break;
            }
          }
        }
        if (place != null) {
          break;
        }
      }
      if (place == null) {
        place = placeOfClause(t);
      }
      if (place != null && place.sector() == null) {
        int[] span = {Math.min(a, place.begin()), Math.max(a + 1, place.end())};
        return List.of(new Mention(a, span[0], span[1], place.country(), place.country(), null, place.name(),
            List.of(), List.of("inferred:attack-place:" + place.country()), false, false));
      }
    }
    return List.of();
  }

  /**
   * The sides a noun event names "between" ("clashes between the army and the rebels"), or that the
   * verb it is the subject of names ("fighting broke out between X and Y"); empty when none.
   */
  List<Integer> betweenPhrases(int t) {
    List<Integer> between = new ArrayList<>(g.childrenExact(t, "nmod:between"));
    // "Fighting between two armed factions ... left five dead": the parse makes the noun a clause head (round 15)
    between.addAll(g.childrenExact(t, "obl:between"));
    Dependency governor = g.head(t);
    if (between.isEmpty() && governor != null && governor.governor() >= 0 && governor.relation().startsWith("nsubj")) {
      between.addAll(g.childrenExact(governor.governor(), "obl:between"));
    }
    return between;
  }

  /**
   * Whether the sources of the trigger's event are the sides of a fight or a quarrel named "between"
   * (round 15): no subject, a noun or gerund, sides of which {@link #sources} made the sources.
   */
  boolean sidesBetween(int t) {
    return dialect.readsClauseRoles() && (g.token(t).isNoun() || g.token(t).pos().equals("VBG"))
        && g.children(t).stream().noneMatch(d -> d.relation().startsWith("nsubj")) && !betweenPhrases(t).isEmpty();
  }

  /** The actors the phrases name; where they name none, their sector nouns alone ("the army", "paramilitaries"). */
  private List<Mention> namedOrSectors(List<Integer> phrases, int t) {
    List<Mention> named = mentions.resolve(phrases, t);
    return named.isEmpty() ? sectorsOnly(phrases) : named;
  }

  /**
   * The actors a noun that names no actor lists after it: "Council members Greece, Panama and
   * South Korea supported the call", "member states Hungary and Slovakia objected" (issue 11,
   * round 6; the parser hangs the names on the noun as {@code dep} or {@code appos}). Only proper
   * nouns are taken, so "the members, who ..." lists no one.
   */
  private List<Mention> listedMembers(List<Integer> cands, int t) {
    List<Integer> listed = new ArrayList<>();
    for (int c : cands) {
      if (!g.token(c).isNoun() || g.token(c).isProperNoun()) {
        continue;
      }
      for (Dependency d : g.children(c)) {
        if ((d.relation().equals("dep") || d.relation().equals("appos")) && g.token(d.dependent()).isProperNoun()) {
          listed.add(d.dependent());
        }
      }
    }
    return listed.isEmpty() ? List.of() : mentions.resolve(listed, t);
  }

  /** Each candidate that is a sector noun alone ("gunmen", "police"), as a sector actor of no country. */
  private List<Mention> sectorsOnly(List<Integer> cands) {
    List<Mention> out = new ArrayList<>();
    for (int c : cands) {
      Mention m = actors.sectorOnly(c);
      if (m != null) {
        // "---" for the country no one named, as PETRARCH and Phoenix write it
        out.add(new Mention(m.head(), m.begin(), m.end(), "---" + m.sector(), null, m.sector(), m.name(), m.members(),
            m.entries(), m.fuzzy(), m.ignored()));
      }
    }
    return out;
  }

  /**
   * The unidentified perpetrator of violence whose text names none: the clause is passive with no
   * agent ("two soldiers were killed"), or its subject is a weapon or an attack ("a roadside bomb
   * killed", "shelling hit"). Sector {@code UAF}, no country (the place may give one); empty when
   * the subject is something else.
   */
  private List<Mention> unidentified(List<Integer> cands, int t, boolean passive) {
    int at;
    if (passive && cands.isEmpty() && hasHumanPatient(t)) {
      // "were killed in an air strike by government forces": the attack's own agent acted
      for (Dependency d : g.children(t)) {
        if ((d.relation().equals("obl:in") || d.relation().equals("obl:by")) && ATTACK_NOUNS.contains(g.lemma(d.dependent()))) {
          List<Integer> agents = new ArrayList<>(g.childrenExact(d.dependent(), "nmod:by"));
          agents.addAll(g.childrenExact(d.dependent(), "nmod:agent"));
          List<Mention> by = namedOrSectors(agents, t);
          if (!by.isEmpty()) {
            return by;
          }
        }
      }
      at = t;
    } else if (cands.size() == 1 && ATTACK_NOUNS.contains(g.lemma(actors.realHead(cands.get(0))))) {
      at = actors.realHead(cands.get(0));
    } else {
      return List.of();
    }
    return List.of(new Mention(at, at, at + 1, "---UAF", null, "UAF", "", List.of(), List.of("unidentified"), false,
        false));
  }

  /**
   * The unnamed authorities that detained someone: an arrest or detention of someone ("the arrest
   * of five people", "of Dodik") with no owner or agent. Sector {@code GOV}, no country (the place
   * may give one), entry {@code implied-authorities}; empty otherwise ("the arrest of the Afghan
   * economy"). Passives ("two reporters were detained") are taken at the end of {@link #sources},
   * after the governing clause's subject (round 14).
   */
  private List<Mention> impliedAuthorities(int t) {
    if (!AUTHORITY_ACTS.contains(g.lemma(t))) {
      return List.of();
    }
    // a person or group: a sector noun ("five people", "activists") or a named one ("Dodik"), not a
    // thing an adjective ties to a country ("the arrest of the Afghan economy")
    boolean someone = g.childrenExact(t, "nmod:of").stream().anyMatch(p -> actors.sectorOnly(p) != null
        || g.token(actors.realHead(p)).isProperNoun() && !mentions.resolve(List.of(p), t).isEmpty());
    if (!someone) {
      return List.of();
    }
    return List.of(authorities(t));
  }

  /** The unnamed authorities as the doer of the act at t: sector {@code GOV}, no country, entry {@code implied-authorities}. */
  private static Mention authorities(int t) {
    return new Mention(t, t, t + 1, "---GOV", null, "GOV", "", List.of(), List.of("implied-authorities"), false, false);
  }

  /**
   * Whether the passive clause's subject is someone: an actor or a sector noun ("two soldiers",
   * "five people", "the opposition leader"), not a thing ("motorcycles will be hit", "dogs are
   * killed"), which is no political violence.
   */
  private boolean hasHumanPatient(int t) {
    for (int p : g.childrenExact(t, "nsubj:pass")) {
      if (!mentions.resolve(List.of(p), t).isEmpty() || actors.sectorOnly(p) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the passive clause's subject is a person CoreNLP names and the dictionaries do not know
   * ("Ahmed Karimi was detained"): someone, though no actor.
   */
  private boolean namedPatient(int t) {
    for (int p : g.childrenExact(t, "nsubj:pass")) {
      Token head = g.token(actors.realHead(p));
      if (head.isProperNoun() && "PERSON".equals(head.ner())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token i is a bare participle set off by a comma ("burned houses, killing seven"): a
   * gerund with no auxiliary and no subject of its own, not a progressive verb ("is defying").
   */
  private boolean bareParticiple(int i) {
    return g.token(i).pos().equals("VBG") && i > 0 && g.token(i - 1).word().equals(",")
        && g.childrenExact(i, "aux").isEmpty() && g.childrenExact(i, "nsubj").isEmpty();
  }

  /** Whether one of the mentions is armed (military, police, rebels, militants, armed men): a clash between them is fighting. */
  private static boolean anyArmed(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.sector() != null && ARMED_SECTORS.contains(m.sector())) {
        return true;
      }
    }
    return false;
  }

  /** "People blocked streets in Hong Kong": a sector actor of no country, placed by the clause. */
  private List<Mention> locatedBySector(List<Integer> cands, int t) {
    Mention place = placeOfClause(t);
    if (place == null) {
      return List.of();
    }
    String country = place.country();
    String placeText = g.sentence.span(place.begin(), place.end());
    List<Mention> out = new ArrayList<>();
    for (int c : cands) {
      Mention m = actors.sectorOnly(c);
      if (m != null) {
        List<String> entries = new ArrayList<>(m.entries());
        entries.add("place-of-clause:" + country + ":" + placeText);
        out.add(new Mention(m.head(), m.begin(), m.end(), country + m.sector(), country, m.sector(), country,
            List.of(), entries, true, false));
      }
    }
    return out;
  }

  /**
   * The actors of the first actor-naming phrase inside the given noun phrases, in text order;
   * clauses inside them ("a missile believed to be fired by rebels") are not searched.
   */
  private List<Mention> insidePhrase(List<Integer> heads, int trigger) {
    for (int head : heads) {
      if (g.token(head).isPronoun()) {
        continue;
      }
      boolean[] in = new boolean[g.size()];
      ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(head));
      while (!todo.isEmpty()) {
        int cur = todo.poll();
        for (Dependency d : g.children(cur)) {
          int dep = d.dependent();
          Dependency h = g.head(dep);
          String r = d.relation();
          boolean clause = r.startsWith("acl") || r.startsWith("advcl") || r.equals("ccomp") || r.equals("parataxis");
          if (!in[dep] && dep != head && h != null && h.governor() == cur && !r.endsWith(":xsubj") && !clause) {
            in[dep] = true;
            todo.add(dep);
          }
        }
      }
      for (int x = 0; x < in.length; x++) {
        if (in[x] && !g.token(x).isPronoun() && actors.matchAt(x) != null) {
          List<Mention> found = mentions.resolve(clauses.withConjuncts(List.of(PatternRules.phraseHead(g, x))), trigger);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The targets of the firing's event: a slot the pattern marks, then the trigger's own
   * arguments, the arguments of the words the pattern consumed, a reported clause's subject and
   * the actors nested in the arguments (Vigil), or the first actor of the verb phrase (PETRARCH).
   */
  Targets targets(Firing f, boolean passive, List<Mention> sources) {
    int t = f.trigger();
    VerbPattern p = f.pattern();
    List<List<Integer>> slots = new ArrayList<>();
    String slot = p.targetSlot();
    if ("none".equals(slot)) {
      return Targets.NONE;
    }
    List<Integer> subjectSlotTokens = null;
    if (slot == null && dialect.readsClauseRoles() && f.consumed().isEmpty() && TOPIC_VERBS.contains(g.lemma(t))) {
      // "discussed China's role with Japan": the one talked with, never the topic (issue 11, round 4)
      List<Mention> found = new ArrayList<>();
      Set<String> sourceCodes = new HashSet<>();
      sources.forEach(s -> sourceCodes.add(s.code()));
      for (Mention m : mentions.resolve(clauses.withConjuncts(clauses.obliques(t, "with")), t)) {
        if (!sourceCodes.contains(m.code())) {
          found.add(m);
        }
      }
      return found.isEmpty() ? Targets.NONE : new Targets(found, false, false);
    }
    if (slot != null) {
      List<Integer> marked = slotTokens(t, slot);
      if (dialect.targetFromPhrase() && !slot.equals("nsubj")) {
        // A PETRARCH marker ("IN ^ +") names one phrase: the first argument there that names an actor.
        marked = marked.stream().filter(x -> !mentions.resolve(List.of(x), t).isEmpty()).limit(1).toList();
      }
      slots.add(marked);
      if (slot.equals("nsubj") && p.sourceSlot() == null) {
        // "% * [030:030]": the subject's actors act on each other (PETRARCH's compound, issue 3).
        subjectSlotTokens = slots.get(0);
      }
    }
    {
      List<Integer> objs = coreSlots(f, passive, slots);
      slots.add(f.patternObliques());
      for (String prep : TARGET_PREPOSITIONS) {
        List<Integer> args = prep.equals("at")
            ? clauses.obliques(t, prep).stream().filter(a -> !OCCASIONS.contains(g.lemma(a).toLowerCase(java.util.Locale.ROOT))).toList()
            : clauses.obliques(t, prep);
        if (!CORE_PREPOSITIONS.contains(prep)) {
          looseSlots.add(args);
        }
        slots.add(args);
      }
      for (int x : f.consumed()) {
        // "asked the CSTO to help it", "provide aid to Tajikistan": arguments of the consumed word.
        slots.add(g.childrenExact(x, "obj"));
        for (String prep : TARGET_PREPOSITIONS) {
          slots.add(g.childrenExact(x, "nmod:" + prep));
          slots.add(g.childrenExact(x, "obl:" + prep));
        }
        // "accepted a Kenyan offer", "rejected Moscow's proposal": the one whose offer it is (issue 11).
        // a modifier, not an argument: as sure as a loose slot (the event's confidence says so)
        List<Integer> owners = owners(x);
        looseSlots.add(owners);
        slots.add(owners);
      }
      for (int o : objs) {
        // "welcomed the announcement that Somalia had agreed": the subject of the object's content clause.
        List<Integer> content = new ArrayList<>();
        for (int c : Stream.concat(g.childrenExact(o, "acl").stream(), g.childrenExact(o, "ccomp").stream()).toList()) {
          if (g.childrenExact(c, "mark").stream().anyMatch(m -> g.token(m).lemma().equalsIgnoreCase("that"))) {
            content.addAll(g.childrenExact(c, "nsubj"));
          }
        }
        looseSlots.add(content);
        slots.add(content);
      }
      if (dialect.readsClauseRoles()) {
        // "stormed a Turkish-owned ship", "sanctioned tankers operated by X", "ambushed a bus
        // carrying Kenyan police officers": the thing's owner, operator or cargo (issue 11, round 7)
        List<Integer> described = new ArrayList<>();
        for (int o : passive ? Stream.concat(objs.stream(), g.childrenExact(t, "nsubj:pass").stream()).toList() : objs) {
          described.addAll(ObjectDescriptions.owners(g, o));
        }
        looseSlots.add(described);
        slots.add(described);
      }
      // "help Tajikistan deal with": the subject of a small clause is the one helped, urged, asked.
      List<Integer> heads = new ArrayList<>(f.consumed());
      heads.add(0, t);
      for (int x : dialect.targetFromPhrase() ? List.<Integer>of() : heads) {
        // PETRARCH looks for the target after the verb only, never in a reported clause's subject.
        List<Integer> small = new ArrayList<>();
        for (int c : g.childrenExact(x, "ccomp")) {
          small.addAll(g.childrenExact(c, "nsubj"));
        }
        looseSlots.add(small);
        slots.add(small);
      }
      if (dialect.readsClauseRoles()) {
        // "warned that it will exert pressure on Iran": the one the announced act falls on;
        // "conducted drills encircling Taiwan": what the act is aimed at (issue 11, round 8)
        List<Integer> content = ActContents.content(g, t, p.code());
        looseSlots.add(content);
        slots.add(content);
        inferredSlots.put(content, ActContents.CONTENT);
        List<Integer> acts = new ArrayList<>(f.consumed());
        if (g.token(t).isNoun()) {
          acts.add(0, t);
        }
        List<Integer> aimed = ActContents.direction(g, acts);
        looseSlots.add(aimed);
        slots.add(aimed);
        inferredSlots.put(aimed, ActContents.DIRECTION);
      }
    }
    // Last: an actor inside the trigger's own arguments ("lift embargoes on sales to Iran"), or
    // inside those of the complement it consumed ("threatened to use force against Gondor")
    if (!dialect.targetFromPhrase()) {
      List<Integer> nested = new ArrayList<>(nestedArguments(t, sources));
      for (int x : f.consumed()) {
        if (clauses.complements(t).contains(x)) {
          nested.addAll(nestedArguments(x, sources));
        }
      }
      slots.add(nested);
    }
    List<Integer> nestedSlot = slots.get(slots.size() - 1);
    if (dialect.readsClauseRoles()) {
      // "bolster its deterrent against U.S. threats", "declined to participate in an EU plan": the
      // side a phrase of the act or of its complement names only as a modifier (round 9)
      List<Integer> phrased = ActContents.phrases(g, t, p.code(), clauses.complements(t));
      looseSlots.add(phrased);
      slots.add(phrased);
      inferredSlots.put(phrased, ActContents.PHRASE);
    }
    Set<String> sourceCodes = new HashSet<>();
    sources.forEach(s -> sourceCodes.add(s.code()));
    boolean nestedTarget = false;
    boolean looseTarget = false;
    for (List<Integer> tokens : slots) {
      nestedTarget = tokens == nestedSlot;
      looseTarget = looseSlots.contains(tokens);
      List<Integer> withConj = new ArrayList<>(tokens);
      for (int tok : tokens) {
        for (int c : g.childrenExact(tok, "conj")) {
          if (!withConj.contains(c)) {
            withConj.add(c);
          }
        }
        for (Dependency d : g.children(tok)) {
          if (d.relation().startsWith("conj:") && !withConj.contains(d.dependent())) {
            withConj.add(d.dependent());
          }
        }
      }
      if (dialect.targetFromPhrase()) {
        // PETRARCH resolves no pronoun to a target ("burned down its embassy" has none).
        withConj.removeIf(x -> g.token(x).isPronoun());
      }
      List<Mention> found = new ArrayList<>();
      boolean subjectSlot = tokens == subjectSlotTokens;
      for (Mention m : mentions.resolve(withConj, t)) {
        if (subjectSlot || !sourceCodes.contains(m.code())) {
          found.add(m);
        }
      }
      if (!found.isEmpty()) {
        String entry = inferredSlots.get(tokens);
        return new Targets(entry == null ? found : found.stream().map(m -> withEntry(m, entry)).toList(), nestedTarget,
            looseTarget);
      }
    }
    if (dialect.targetFromPhrase()) {
      // PETRARCH takes the first actor of the verb phrase (issue 3): "welcomed a resumption of ties with Osgiliath".
      for (int tok : PatternRules.targetPhrase(g, t)) {
        if (actors.matchAt(tok) == null || g.token(tok).isPronoun() || f.consumed().contains(PatternRules.phraseHead(g, tok))) {
          continue;
        }
        List<Mention> found = new ArrayList<>();
        for (Mention m : mentions.resolve(clauses.withConjuncts(List.of(PatternRules.phraseHead(g, tok))), t)) {
          if (!sourceCodes.contains(m.code())) {
            found.add(m);
          }
        }
        if (!found.isEmpty()) {
          return new Targets(found, nestedTarget, looseTarget);
        }
      }
      List<Integer> subjects = g.children(t, "nsubj");
      if (sources.stream().map(Mention::head).distinct().count() > 1
          && sources.stream().allMatch(m -> subjects.contains(m.head()))) {
        // "The US, Russia, and Switzerland met": with no other target, PETRARCH pairs the
        // conjoined subject's actors.
        return new Targets(sources, nestedTarget, looseTarget);
      }
    }
    return Targets.NONE;
  }

  /**
   * Adds the trigger's core argument slots, in the order targets are looked for: the passive
   * subject (when passive), the objects the pattern did not consume, the indirect objects.
   * Returns the objects' slot.
   */
  private List<Integer> coreSlots(Firing f, boolean passive, List<List<Integer>> slots) {
    int t = f.trigger();
    if (passive) {
      slots.add(g.childrenExact(t, "nsubj:pass"));
    }
    List<Integer> objs = new ArrayList<>(g.childrenExact(t, "obj"));
    objs.removeAll(f.consumed());
    slots.add(objs);
    slots.add(g.childrenExact(t, "iobj"));
    return objs;
  }

  /**
   * The target of an event whose arguments name no actor but a sector noun alone (issue 11, round
   * 5): "killed 30 terrorists", "urged the president to", "met with security officials", "five
   * soldiers were killed". The sector is the target, of no country yet: the event's place or its
   * source gives it one ({@link EventAssembler}), and without either it has none. Entry {@code
   * inferred:generic-target}, so the event's confidence says it was inferred. Only the trigger's
   * direct arguments are searched (passive subject, object, the pattern's and core prepositions,
   * "with", "on", the consumed word's object and "of"); pronouns, owners and nested phrases are
   * not ("rejected the government's plan" names a thing, not a sector acted on).
   */
  Targets genericTargets(Firing f, boolean passive, List<Mention> sources) {
    int t = f.trigger();
    if (!dialect.readsClauseRoles() || "none".equals(f.pattern().targetSlot())) {
      return Targets.NONE;
    }
    String code = f.pattern().code();
    // "met with reporters", "told journalists": the press is the audience of a statement, not a
    // party to it; reporters detained or attacked are targets
    boolean force = code.length() >= 2 && GENERIC_ACTOR_ROOTS.contains(code.substring(0, 2));
    List<List<Integer>> slots = new ArrayList<>();
    List<Integer> objs = coreSlots(f, passive, slots);
    // "designated as a terrorist organization": what the source is called, not whom it acts on
    slots.add(f.patternObliques().stream().filter(x -> !isAs(x)).toList());
    for (String prep : GENERIC_TARGET_PREPOSITIONS) {
      slots.add(clauses.obliques(t, prep));
    }
    if (sidesBetween(t)) {
      // "fighting between rebels and Malian forces" (round 15): the side named by its sector alone
      // is the named side's adversary
      slots.add(betweenPhrases(t));
    }
    for (int x : f.consumed()) {
      // "ordered the arrest of five activists", "called on the authorities"
      slots.add(g.childrenExact(x, "obj"));
      for (String prep : GENERIC_TARGET_PREPOSITIONS) {
        slots.add(g.childrenExact(x, "obl:" + prep));
      }
      slots.add(g.childrenExact(x, "nmod:of"));
    }
    if (force) {
      // "ambushed a bus transporting a paramilitary force": force on what the thing carried (round 7)
      List<Integer> carried = new ArrayList<>();
      for (int o : passive ? Stream.concat(objs.stream(), g.childrenExact(t, "nsubj:pass").stream()).toList() : objs) {
        carried.addAll(ObjectDescriptions.owners(g, o));
      }
      slots.add(carried);
    }
    Set<Integer> inSources = new HashSet<>();
    for (Mention s : sources) {
      for (int x = s.begin(); x < s.end(); x++) {
        inSources.add(x);
      }
    }
    for (List<Integer> tokens : slots) {
      List<Mention> found = new ArrayList<>();
      for (int tok : clauses.withConjuncts(tokens)) {
        if (g.token(tok).isPronoun() || inSources.contains(tok)) {
          continue;
        }
        // the sector noun heads the phrase ("civilians", not "intelligence information"), but force
        // used on what a sector's modifier marks as its own is used on it ("attacked a military convoy")
        Mention m = force ? actors.sectorOnly(tok) : actors.unattached(tok);
        if (m != null && !inSources.contains(m.head()) && (force || !"MED".equals(m.sector()))) {
          List<String> entries = new ArrayList<>(m.entries());
          entries.add("inferred:generic-target");
          found.add(new Mention(m.head(), m.begin(), m.end(), "---" + m.sector(), null, m.sector(), m.name(),
              m.members(), List.copyOf(entries), m.fuzzy(), m.ignored()));
        }
      }
      if (!found.isEmpty()) {
        return new Targets(found, false, true);
      }
    }
    return Targets.NONE;
  }

  /** The mention with one more entry (how it was reached). */
  private static Mention withEntry(Mention m, String entry) {
    List<String> entries = new ArrayList<>(m.entries());
    entries.add(entry);
    return new Mention(m.head(), m.begin(), m.end(), m.code(), m.country(), m.sector(), m.name(), m.members(),
        List.copyOf(entries), m.fuzzy(), m.ignored());
  }

  /** Whether the token hangs on its head by "as" ("designated as a group"). */
  private boolean isAs(int token) {
    Dependency h = g.head(token);
    return h != null && h.relation().endsWith(":as");
  }

  /** The possessor, compound and adjective modifiers of a noun: its owner when they name an actor. */
  private List<Integer> owners(int noun) {
    List<Integer> out = new ArrayList<>(g.childrenExact(noun, "nmod:poss"));
    out.addAll(g.childrenExact(noun, "compound"));
    out.addAll(g.childrenExact(noun, "amod"));
    // "abandon his policy": a possessive pronoun is mostly the clause's own subject, not a target
    out.removeIf(x -> g.token(x).isPronoun());
    out.sort(null);
    return out;
  }

  /** Tokens inside the object and obliques of t, breadth first, up to three links deep. */
  private List<Integer> nestedArguments(int t, List<Mention> sources) {
    List<Integer> out = new ArrayList<>();
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    for (Dependency d : g.children(t)) {
      if (d.relation().equals("obj") || d.relation().startsWith("obl:")) {
        queue.add(new int[] {d.dependent(), 1});
      }
    }
    Set<Integer> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (!seen.add(cur[0])) {
        continue;
      }
      boolean inSource = false;
      for (Mention s : sources) {
        inSource |= cur[0] >= s.begin() && cur[0] < s.end();
      }
      if (cur[1] > 1 && !inSource) {
        out.add(cur[0]);
      }
      if (cur[1] < 3) {
        for (Dependency d : g.children(cur[0])) {
          if (d.relation().startsWith("nmod:") || d.relation().equals("obj") || d.relation().startsWith("obl:")) {
            queue.add(new int[] {d.dependent(), cur[1] + 1});
          }
        }
      }
    }
    return out;
  }

  List<Integer> slotTokens(int t, String slot) {
    if (slot.equals("nsubj")) {
      List<Integer> subj = new ArrayList<>(g.childrenExact(t, "nsubj"));
      subj.addAll(g.childrenExact(t, "nsubj:pass"));
      return subj;
    }
    if (slot.equals("obl") || slot.startsWith("obl!")) {
      // "obl!in": any argument but the one "in" introduces (PETRARCH's "IN ^ +").
      String skip = slot.startsWith("obl!") ? ":" + slot.substring(4) : null;
      List<Integer> out = new ArrayList<>();
      for (int x : Stream.concat(Stream.of(t), g.childrenExact(t, "obj").stream()).toList()) {
        for (Dependency d : g.children(x)) {
          if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod:")) && !d.relation().equals("nmod:poss")
              && (skip == null || !d.relation().endsWith(skip))) {
            out.add(d.dependent());
          }
        }
      }
      out.sort(null);
      return out;
    }
    if (slot.equals("obj")) {
      return g.childrenExact(t, "obj");
    }
    if (slot.equals("iobj")) {
      return g.childrenExact(t, "iobj");
    }
    if (slot.startsWith("+")) {
      return clauses.obliques(t, slot.substring(1));
    }
    List<Integer> out = new ArrayList<>();
    for (int x : clauses.complements(t)) {
      if (slot.equals("xcomp.obj")) {
        out.addAll(g.childrenExact(x, "obj"));
      } else if (slot.startsWith("xcomp.+")) {
        out.addAll(clauses.obliques(x, slot.substring(7)));
      }
    }
    return out;
  }
}
