package org.vigil.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.coding.dictionary.Dialect;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Locator;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;

/**
 * Codes one sentence by running the stages in order: {@link TriggerMatcher} fires patterns on
 * tokens; {@link Demands} reads reported obligations; {@link Evaluations} criticism said in the
 * speaker's own words and {@link Allegations} wrongs a speaker alleges another party did;
 * for each firing {@link Participants} finds
 * sources and targets (through {@link Mentions} and {@link Pronouns}), {@link CodeDerivation}
 * derives the code and {@link EventAssembler} makes the events; {@link Transformations} recodes
 * governed clauses; {@link Arbitration} settles which events the sentence keeps; {@link Meetings}
 * adds meetings written as nouns, {@link NominalEvents} other acts written as nouns and {@link Wishes}
 * appeals worded as wishes. Per sentence; not
 * thread-safe.
 */
final class SentenceCoder {
  /** Codes of acts both sides do together: consult (040), talk by telephone (041), meet (044), negotiate (046). */
  private static final Set<String> RECIPROCAL = Set.of("040", "041", "044", "046");
  /** Codes of acts sides named together do with each other: sign an agreement (057), cooperate (06x). */
  private static final Set<String> JOINT = Set.of("057", "060", "061", "062", "063", "064");
  /**
   * Signing a deal (057), which binds each party to each other one: the coders code a deal "once per
   * pair and direction" (VOA guide), so "Egypt signed an agreement with Greece" is also Greece's
   * act on Egypt, and "Kenya and Somalia signed a deal with the UNHCR" also Kenya's on Somalia
   * (round 9). Unlike the other joint acts (cooperation, 06x), which the coders code the way the
   * text tells them ("Thailand cooperated with China to deport them").
   */
  private static final String DEAL = "057";
  /** Retreat or surrender militarily, which "withdraw" codes by default. */
  private static final String RETREAT = "0874";
  /** Reduce or break diplomatic relations: leaving an organisation of states. */
  private static final String LEAVE_ORGANISATION = "161";
  /**
   * Roots of acts a counted pair of states ("both countries", "the two presidents") does to each
   * other when the clause names no one else (round 12): intend (03), consult (04), cooperate (05,
   * 06), criticise (11), reject (12), threaten (13), posture (15), cut relations (16), coerce (17)
   * and force (18-20). Statements (01), appeals and demands (02, 10) and aid (07) are addressed to
   * third parties as often as not, and stay without a target.
   */
  private static final Set<String> DIRECTED = Set.of(
      "03", "04", "05", "06", "11", "12", "13", "15", "16", "17", "18", "19", "20");
  /** Verbs of giving and taking each way: "exchanged fire", "traded barbs", "swapped prisoners". */
  private static final Set<String> EXCHANGES = Set.of("exchange", "trade", "swap");

  private final Dictionaries dictionaries;
  private final CodingRules rules;
  private final Dialect dialect;
  private final TriggerMatcher triggers;
  private final CodeDerivation derivation;
  private final AnnotatedArticle annotated;
  private final SentenceGraph g;
  private final Clauses clauses;
  private final ActorResolver actors;
  private final Pronouns pronouns;
  private final Mentions mentions;
  private final Participants participants;
  private final EventAssembler assembler;
  private final People people;
  private final ArticleParties parties;
  /** Structural checks against events a careful coder would not code (issue 11, round 4); null for PETRARCH's dialect. */
  private final Vetoes vetoes;
  /** Tokens of the comma-delimited stretches whose verbs code nothing (PETRARCH's comma options, issue 3). */
  private final boolean[] setAside;
  /** Whether the sentence starts inside a quotation opened before it (set by {@link #quoted}). */
  private boolean quoteOpen;
  /** Who speaks the sentence as the run-on of an attributed quotation, or null (set by {@link #quoted}). */
  private Mention quoteSpeaker;
  /** The tokens a dictionary pattern fired on in this sentence (set by {@link #code}). */
  private Set<Integer> fired = Set.of();
  /** The tokens the fired patterns' words took (set by {@link #code}). */
  private Set<Integer> consumed = Set.of();
  /** The sentence's scope for its speech stages (set by {@link #code}). */
  private SentenceScope scope;

  /**
   * @param previousSubject the first subject actor of the last earlier sentence that had one, or null
   * @param references the article's earlier organisations and groups, for descriptions that refer
   *     back to them; null where the dialect does not read them
   */
  SentenceCoder(Dictionaries dictionaries, TriggerMatcher triggers, CodeDerivation derivation, Locator locator,
      AnnotatedArticle annotated, Sentence sentence, Mention previousSubject, DefiniteReferences references) {
    this(dictionaries, triggers, derivation, locator, annotated, sentence, previousSubject, references, null);
  }

  /** As above; {@code people} are the article's people coded by their affiliation, or null. */
  SentenceCoder(Dictionaries dictionaries, TriggerMatcher triggers, CodeDerivation derivation, Locator locator,
      AnnotatedArticle annotated, Sentence sentence, Mention previousSubject, DefiniteReferences references,
      People people) {
    this(dictionaries, triggers, derivation, locator, annotated, sentence, previousSubject, references, people, null);
  }

  /** As above; {@code parties} is the article's model of the parties it named so far, or null. */
  SentenceCoder(Dictionaries dictionaries, TriggerMatcher triggers, CodeDerivation derivation, Locator locator,
      AnnotatedArticle annotated, Sentence sentence, Mention previousSubject, DefiniteReferences references,
      People people, ArticleParties parties) {
    this.dictionaries = dictionaries;
    this.rules = dictionaries.rules();
    this.dialect = rules.dialect();
    this.triggers = triggers;
    this.derivation = derivation;
    this.annotated = annotated;
    this.g = new SentenceGraph(sentence);
    this.clauses = new Clauses(g);
    this.actors = new ActorResolver(g, dictionaries.actors(), annotated.article().date(), dialect.sideReadings(),
        dialect.compoundsAgents());
    this.pronouns = new Pronouns(g, actors, previousSubject, dialect.readsDefiniteReferences(), people);
    this.setAside = PatternRules.setAside(g, rules.commaClauses());
    this.mentions = new Mentions(g, actors, pronouns, rules, PatternRules.clausesOnly(g, setAside), references, people,
        parties);
    this.people = people;
    this.parties = parties;
    this.participants = new Participants(clauses, actors, mentions, dialect);
    this.assembler = new EventAssembler(annotated, g, actors, dictionaries, locator);
    this.vetoes = dialect.readsClauseRoles() && rules.inferModality() ? new Vetoes(g) : null;
  }

  /**
   * Where the sentence stands in the article's quotations (issue 11, round 11): {@code open} when
   * it starts inside a quotation opened before it; {@code speaker} who speaks it when it is all
   * quotation carrying on a quote attributed before it, else null. Call before {@link #code}.
   */
  void quoted(boolean open, Mention speaker) {
    this.quoteOpen = open;
    this.quoteSpeaker = speaker;
  }

  /**
   * The one actor this sentence attributes a quotation to, or null: the subject of a verb of
   * saying outside the quotation ("“...,” the minister said"), the sentence holding a quotation.
   */
  Quotes.Speaker quoteAttribution() {
    boolean[] in = Quotes.inside(g.tokens(), quoteOpen);
    boolean quotes = false;
    for (boolean b : in) {
      quotes |= b;
    }
    Quotes.Speaker found = null;
    for (int v = 0; quotes && v < g.size(); v++) {
      if (in[v] || !g.token(v).isVerb() || !Modalities.SPEECH.contains(g.lemma(v))) {
        continue;
      }
      List<Integer> subjects = g.childrenExact(v, "nsubj");
      if (subjects.size() != 1 || in[subjects.get(0)]) {
        continue;
      }
      List<Mention> m = mentions.resolve(subjects, v);
      if (m.size() != 1 || found != null) {
        return null;
      }
      found = new Quotes.Speaker(m.get(0), g.token(subjects.get(0)).word());
    }
    return found;
  }

  /** Remembers the people this sentence codes by title or affiliation, for their later mentions. */
  void rememberPeople() {
    if (people != null) {
      people.remember(g, actors, parties);
    }
  }

  /**
   * Remembers the people of a sentence left unparsed, from its tags and names (round 12), and notes
   * who it names for the pronouns of the next sentences ({@link People#saw}).
   */
  void rememberUnparsedPeople() {
    if (people != null) {
      people.rememberUnparsed(g, actors);
    }
  }

  /** Notes who the sentence names, for the pronouns of the next sentences ({@link People#recent}). */
  void sawPeople() {
    if (people != null) {
      people.saw(g, actors);
    }
  }

  /** The sentence's first subject that names an actor, or null: what a pronoun of the next sentence may mean. */
  Mention firstSubject() {
    return pronouns.firstSubject();
  }

  /** The actors the sentence names (phrase heads that resolve; no pronouns), in text order. */
  List<Mention> namedActors() {
    return namedActors(g, actors);
  }

  /**
   * The actors a sentence names, read with the dictionaries alone (no triggers, clauses or
   * events): what {@link ArticleParties} counts over the whole article before it is coded.
   */
  static List<Mention> namedActors(Dictionaries dictionaries, AnnotatedArticle annotated, Sentence sentence) {
    SentenceGraph graph = new SentenceGraph(sentence);
    Dialect dialect = dictionaries.rules().dialect();
    return namedActors(graph, new ActorResolver(graph, dictionaries.actors(), annotated.article().date(),
        dialect.sideReadings(), dialect.compoundsAgents()));
  }

  private static List<Mention> namedActors(SentenceGraph g, ActorResolver actors) {
    List<Mention> out = new ArrayList<>();
    for (int t = 0; t < g.size(); t++) {
      if (!g.token(t).isPronoun() && actors.matchAt(t) != null && PatternRules.phraseHead(g, t) == t) {
        Mention m = actors.resolve(t);
        if (m != null && !m.ignored()) {
          out.add(m);
        }
      }
    }
    return out;
  }

  List<CodedEvent> code() {
    List<CodedEvent> events = coded();
    if (events.isEmpty() && rules.inferModality() && dialect.readsClauseRoles()) {
      // an attack told by its weapon and its dead, with no attacker named (issue 11, round 10)
      events = new AttackReports(g, actors, mentions, assembler, dictionaries, annotated.article().date()).code();
    }
    // a protest met with force (round 12), and killing over burning (round 8), as conflict data file them (issue 11)
    return rules.inferModality() && dialect.readsClauseRoles() && !events.isEmpty()
        ? new ConflictRanking(g, assembler).rank(events) : events;
  }

  private List<CodedEvent> coded() {
    List<Firing> firings = new ArrayList<>();
    for (int t = 0; t < g.size(); t++) {
      // PETRARCH's comma options: verbs of a set-aside stretch code nothing (issue 3).
      if (setAside[t]) {
        continue;
      }
      Firing f = triggers.fire(clauses, actors, t);
      if (f != null) {
        firings.add(f);
      }
    }
    consumed = new HashSet<>();
    fired = new HashSet<>();
    for (Firing f : firings) {
      fired.add(f.trigger());
    }
    Map<Integer, Firing> byTrigger = new java.util.HashMap<>();
    for (Firing f : firings) {
      consumed.addAll(f.consumed());
      byTrigger.put(f.trigger(), f);
    }
    List<CodedEvent> demanded = new ArrayList<>();
    Set<Integer> demanding = new HashSet<>();
    SentenceScope scope = new SentenceScope(g, mentions, dictionaries, assembler, annotated.article().date(),
        quoteOpen, quoteSpeaker);
    this.scope = scope;
    if (rules.inferModality()) {
      Demands demands = new Demands(scope);
      for (int t = 0; t < g.size(); t++) {
        List<CodedEvent> found = demands.code(t, byTrigger.get(t));
        if (!found.isEmpty()) {
          demanding.add(t);
          demanded.addAll(found);
        }
      }
    }
    Transformations transformations = new Transformations(g, mentions, assembler, rules.transformations());
    Map<Firing, List<CodedEvent>> coded = new LinkedHashMap<>();
    Set<Integer> absorbed = new HashSet<>();
    for (Firing f : firings) {
      if (consumed.contains(f.trigger()) || demanding.contains(f.trigger())) {
        continue;
      }
      List<CodedEvent> own = events(f);
      List<CodedEvent> result = transformations.apply(f, own);
      if (result != own) {
        // A transformation replaces the governing verb's own event too (issue 3).
        absorbed.add(g.head(f.trigger()).governor());
      }
      coded.put(f, result);
    }
    List<CodedEvent> settled = new Arbitration(g, dialect, triggers, dictionaries.cameo(), assembler)
        .settle(firings, coded, absorbed, demanded);
    if (rules.inferModality() && dialect.readsNominalMeetings()) {
      // meetings written as nouns (issue 11, round 4): "traveled to X for talks with Y"
      List<CodedEvent> met = new Meetings(clauses, mentions, dictionaries, assembler, annotated.article().date())
          .code(settled);
      if (!met.isEmpty()) {
        List<CodedEvent> out = new ArrayList<>(settled);
        out.addAll(met);
        settled = out;
      }
    }
    if (rules.inferModality() && dialect.readsClauseRoles()) {
      // events written as nouns inside another clause (issue 11, round 10): "Arnor's restriction on exports to Gondor"
      List<CodedEvent> nominal = new NominalEvents(scope, clauses)
          .code(settled, fired, consumed);
      if (!nominal.isEmpty()) {
        List<CodedEvent> out = new ArrayList<>(settled);
        out.addAll(nominal);
        settled = out;
      }
    }
    if (rules.inferModality() && dialect.readsWishes()) {
      // appeals worded as wishes (issue 11, round 4): "she hopes the United States can ..."
      List<CodedEvent> wished = new Wishes(scope).code(settled);
      if (!wished.isEmpty()) {
        List<CodedEvent> out = new ArrayList<>(settled);
        out.addAll(wished);
        settled = out;
      }
    }
    if (rules.inferModality() && dialect.readsEvaluativeSpeech()) {
      // criticism in the speaker's own words (issue 11): once per dyad the patterns did not code already;
      // allegations of a wrong inside reported speech (issue 11, round 8) likewise
      List<CodedEvent> evaluated = new ArrayList<>(new Evaluations(scope).code(byTrigger.keySet()));
      evaluated.addAll(new Allegations(scope).code());
      if (!evaluated.isEmpty()) {
        List<CodedEvent> out = new ArrayList<>(settled);
        for (CodedEvent e : evaluated) {
          boolean known = settled.stream().anyMatch(x -> x.source().code().equals(e.source().code())
              && x.target() != null && x.target().code().equals(e.target().code())
              && x.cameoRoot().equals(e.cameoRoot()));
          boolean twice = out.stream().anyMatch(x -> x.source().code().equals(e.source().code())
              && x.target() != null && x.target().code().equals(e.target().code())
              && x.cameoRoot().equals(e.cameoRoot()));
          if (!known && !twice) {
            out.add(e);
          }
        }
        return out;
      }
    }
    return settled;
  }

  /**
   * Whether a retreat (0874) is a withdrawal from an organisation of states: its target is an IGO
   * the trigger's own "from" names ("withdrew from ECOWAS", "from the World Health Organization"),
   * not a place or a force ("troops withdrew from Kherson").
   */
  private boolean leavesOrganisation(String code, int t, Mention target) {
    if (!code.equals(RETREAT) || target == null || !target.code().startsWith("IGO")) {
      return false;
    }
    Dependency h = g.head(target.head());
    return h != null && h.governor() == t && h.relation().equals("obl:from");
  }

  /** The events of one firing before transformations and arbitration. */
  private List<CodedEvent> events(Firing f) {
    int t = f.trigger();
    VerbPattern p = f.pattern();
    if (p.code().equals(VerbPattern.NO_EVENT) && p.reverseCode() == null) {
      return List.of();
    }
    boolean passive = clauses.passive(t);
    boolean stative = passive && dialect.readsClauseRoles() && (clauses.stative(t) || clauses.selfActing(t, p.code()));
    if (stative) {
      // "Israel is opposed to the plan": the subject holds the stance; it is the source.
      // "the peacekeepers were shipped out": forces withdrawn with no agent withdraw.
      passive = false;
    }
    if (!stative && dialect.readsClauseRoles() && Clauses.FEELING_PARTICIPLES.contains(g.lemma(t))
        && !g.childrenExact(t, "obl:agent").isEmpty()) {
      // "farmers, angered by Uganda's tariffs, ...": the cause of a feeling is not the one who feels it
      return List.of();
    }
    if (passive && dialect.agentOnlyPassives() && !PatternRules.namesAgent(g, t)) {
      // PETRARCH swaps roles only for a passive with a "by" agent; without one the subject acts.
      passive = false;
    }
    // A pattern may name where its source stands (PETRARCH's "$", issue 3).
    Participants.SourceSearch ss = p.sourceSlot() != null
        ? new Participants.SourceSearch(mentions.resolve(clauses.withConjuncts(participants.slotTokens(t, p.sourceSlot())), t), true)
        : participants.sources(t, passive, p.code());
    List<Mention> sources = ss.mentions();
    if (sources.isEmpty()) {
      return List.of();
    }
    if (dialect.readsClauseRoles() && p.pos() == VerbPattern.TriggerPos.NOUN && NounEvents.unrealised(g, t)) {
      // "called for the lifting of U.S. sanctions", "the threat of an offensive" (issue 11)
      return List.of();
    }
    if (rules.inferModality() && clauses.requested(t)) {
      // "Arnor urged Gondor to hold talks": the appeal is the event; the talks have not happened.
      return List.of();
    }
    if (vetoes != null && vetoes.naming(f)) {
      // "called them a punishment for ...": naming, no appeal (issue 11, round 4)
      return List.of();
    }
    if (vetoes != null && vetoes.forecast(f, sources.stream().map(Mention::code).collect(
        java.util.stream.Collectors.toSet()), x -> {
          Mention m = actors.resolve(x);
          return m == null ? null : m.code();
        })) {
      // "warned that the government's actions would divide the country": a forecast, no threat
      return List.of();
    }
    if (vetoes != null && vetoes.alleged(t)) {
      // "accused the government of robbing the province": the robbing is alleged, not reported (round 6)
      return List.of();
    }
    if (vetoes != null && vetoes.question(t)) {
      // "asked whether he might back off his threats": a question reports no event (round 6)
      return List.of();
    }
    if (vetoes != null && (vetoes.reportersQuestion(t, p.code()) || vetoes.publicAppeal(t, p.code())
        || vetoes.generalisation(t))) {
      // "asked by a reporter whether he might back off", "we encourage everybody to ...", "to
      // collaborate with a terrorist is ...": a question, an appeal to no side, a generality (round 8)
      return List.of();
    }
    if (vetoes != null && vetoes.habitual(t, p.code())) {
      // "the junta uses decrees to silence the press": a material act in the simple present is a
      // habit or a generality, not an event (round 11)
      return List.of();
    }
    if (vetoes != null && vetoes.accident(t, p.code(), x -> {
      Mention m = actors.resolve(x);
      return m == null ? null : m.code();
    })) {
      // "five were killed in the crash", "the plane crashed, killing all on board": deaths in an
      // accident, no violence (round 13)
      return List.of();
    }
    if (vetoes != null && vetoes.press(t, p.code())) {
      // "when contacted by VOA": an interview is no meeting (round 6)
      return List.of();
    }
    if (vetoes != null && vetoes.opinion(f, x -> {
      Mention m = actors.resolve(x);
      return m == null ? null : m.code();
    })) {
      // "she agreed with officials' concerns": an opinion shared, no agreement (round 6)
      return List.of();
    }
    if (vetoes != null && vetoes.obliged(t, p.code())) {
      // "officials must present evidence", "we have to support ...": required, not done (round 7)
      return List.of();
    }
    if (vetoes != null && vetoes.showing(t, p.code())) {
      // "we demonstrate the added value of the project": showing, no protest (round 7)
      return List.of();
    }
    if (vetoes != null && vetoes.idleEndorsement(f, x -> {
      Mention m = actors.resolve(x);
      return m == null ? null : m.code();
    })) {
      // "cites records to back its claims": no side and no political thing endorsed (round 7)
      return List.of();
    }
    if (vetoes != null) {
      // "the Iranian vessel arrived": a thing named by its country does no political act
      List<Mention> acting = sources.stream().filter(s -> !vetoes.artefact(s, p.code())).toList();
      if (acting.isEmpty()) {
        return List.of();
      }
      sources = acting;
    }
    Participants.Targets found = participants.targets(f, passive, sources);
    // "both countries withdrew ambassadors", "Japan and China blamed each other": the sides act
    // on each other (round 12); no sector noun of the clause is their target then
    boolean sidesAlone = found.mentions().isEmpty() && dialect.readsClauseRoles() && sources.size() >= 2;
    boolean eachOther = sidesAlone && eachOther(t);
    // "clashes between the army and the rebels" (round 15): the sides of a fight or a quarrel named
    // "between" fight or quarrel with each other, each way
    boolean mutual = sidesAlone && (eachOther || countedSides(sources) || participants.sidesBetween(t));
    boolean genericTarget = false;
    if (found.mentions().isEmpty() && !rules.requireDyad() && !mutual) {
      // "killed 30 terrorists", "urged the president to": a sector noun alone (issue 11, round 5)
      found = participants.genericTargets(f, passive, sources);
      genericTarget = !found.mentions().isEmpty();
    }
    List<Mention> targets = found.mentions();
    if (targets.isEmpty() && rules.requireDyad()) {
      return List.of();
    }
    if (targets.isEmpty() && vetoes != null && vetoes.idleHelp(f, fired::contains)) {
      // "helped fuel the growth of the surname": help to no side with no political end (round 7)
      return List.of();
    }
    CodeDerivation.Derived derived = derivation.derive(g, t, p);
    if (vetoes != null && vetoes.unrealisedForce(t, derived.code(), derived.modality())) {
      // "for fear that Arnor would retaliate", "will respond if the army enters the town": force
      // not reported as done; the threat is coded, not the force (round 14)
      return List.of();
    }
    // "Mali withdrew from ECOWAS" breaks relations (161): leavesOrganisation, per target, below
    String code = derived.code();
    CameoCode cameo = code.equals(VerbPattern.NO_EVENT) ? null : dictionaries.cameo().findOrParent(code)
        .orElseGet(() -> new CameoCode(code, 0.0, "STATEMENT", null, ""));
    EventDate date = dialect.readsClauseRoles() ? date(g, t, annotated.article().date())
        : clauseDate(g, t, annotated.article().date());
    List<CodedEvent> out = new ArrayList<>();
    CameoCode reverse = p.reverseCode() == null ? null : dictionaries.cameo().find(p.reverseCode()).orElse(null);
    boolean reciprocal = RECIPROCAL.contains(code) || RECIPROCAL.contains(p.code());
    // "Canada and Mexico met", "Egypt and Greece signed an agreement" (issue 11, round 4): sides
    // named together with no one else act on each other, each way, as the coders code joint acts
    boolean joint = targets.isEmpty() && sources.size() >= 2 && dialect.readsClauseRoles() && !derived.negated()
        && reverse == null && (reciprocal || JOINT.contains(p.code()) || exchanged(f)
            || mutual && (eachOther || DIRECTED.contains(code.substring(0, Math.min(2, code.length())))));
    boolean deal = DEAL.equals(code) && dialect.readsClauseRoles() && !derived.negated() && reverse == null
        && !genericTarget;
    for (Mention s : sources) {
      if (vetoes != null && Vetoes.migration(code, s, g.lemma(t))) {
        // "Chinese immigrants arrived in Houston": migration, no visit (round 6)
        continue;
      }
      if (vetoes != null && Vetoes.fleeing(code, s)) {
        // "forced a million civilians to flee to neighbouring countries": flight, no retreat
        continue;
      }
      List<Mention> ts = joint ? sources : targets.isEmpty() ? Collections.singletonList(null) : targets;
      boolean partners = false;
      if (!joint && !targets.isEmpty() && dialect.readsClauseRoles()) {
        // a state is never its own target through a reference back (round 8): "both countries
        // withdrew their ambassadors" after Egypt and Turkey, each of the sides acts on the other
        // (a target with the source's very code is skipped below, as before: no event at all)
        List<Mention> others = targets.stream().filter(x -> !sameState(s, x) || x.code().equals(s.code())).toList();
        if (others.isEmpty()) {
          List<Mention> sides = sources.stream().filter(x -> x != s && !sameState(s, x)).toList();
          partners = !sides.isEmpty();
          ts = partners ? sides : Collections.singletonList(null);
        } else {
          ts = others;
        }
      }
      for (Mention target : ts) {
        if (target != null && target.code().equals(s.code()) && !(dialect.readsClauseRoles() && twoKinds(g, s, target))) {
          continue;
        }
        if (vetoes != null && vetoes.deployment(code, s, target)) {
          // "fresh peacekeepers arrived in the capital": troops are deployed, they make no visit (round 13)
          continue;
        }
        if (vetoes != null && Vetoes.privateTrade(code, s, target)) {
          // "Chinese AI companies invest less in their own computing power": commerce (round 8)
          continue;
        }
        if (!p.code().equals(VerbPattern.NO_EVENT)) {
          // two unnamed groups of one sector ("herdsmen killed farmers") fight: communal violence, no riot
          String own = dialect.readsClauseRoles() && !(target != null && target.code().equals(s.code()))
              ? Riots.codeFor(code, s.sector(), g.lemma(s.head())) : code;
          if (dialect.readsClauseRoles() && leavesOrganisation(own, t, target)) {
            // "Mali withdrew from ECOWAS": leaving an organisation of states breaks relations with it (issue 11)
            own = LEAVE_ORGANISATION;
          }
          CameoCode ownCameo = own.equals(code) ? cameo : dictionaries.cameo().findOrParent(own).orElse(cameo);
          out.add(assembler.event(f, s, target, ownCameo, own, derived.negated(), derived.modality(), derived.cues(), date,
              ss.direct(), found.nested(), found.loose()));
        }
        if (reverse == null && target != null && dialect.readsClauseRoles() && (reciprocal || deal) && !joint && !partners
            && !derived.negated() && !genericTarget) {
          // "A met B", "A held talks with B": a meeting is each side's act (issue 11; the coders'
          // convention); a visit (042, 043) stays one event, visitor to host
          out.add(assembler.event(f, target, s, cameo, code, false, derived.modality(), derived.cues(), date,
              ss.direct(), found.nested(), found.loose()));
        }
        if (reverse != null && target != null && !genericTarget && !partners) {
          // "[032:033]": the second code is the target's act on the source (PETRARCH, issue 3).
          out.add(assembler.event(f, target, s, reverse, reverse.code(), derived.negated(), derived.modality(),
              derived.cues(), date, ss.direct(), found.nested(), found.loose()));
        }
      }
      if (deal && !joint && !targets.isEmpty()) {
        // "Kenya and Somalia signed a deal with the UNHCR": the co-signers are parties to each other too
        for (Mention other : sources) {
          if (other != s && !other.code().equals(s.code()) && !sameState(s, other) && !targets.contains(other)) {
            out.add(assembler.event(f, s, other, cameo, code, false, derived.modality(), derived.cues(), date,
                ss.direct(), found.nested(), found.loose()));
          }
        }
      }
    }
    return out;
  }

  /**
   * Two unnamed groups of one sector named by different nouns ("herdsmen killed nine farmers",
   * "pastoralists shot dead four fishermen", both AGR) are two sides, though their codes are equal
   * (issue 11, round 14: communal violence); one noun, or a named actor, is one side.
   */
  private static boolean twoKinds(SentenceGraph g, Mention a, Mention b) {
    return unnamed(a) && unnamed(b) && a.sector() != null
        && !g.lemma(a.head()).equalsIgnoreCase(g.lemma(b.head()));
  }

  /** A sector noun with no country, organisation, group or person of the dictionaries behind it. */
  private static boolean unnamed(Mention m) {
    return !m.entries().isEmpty() && m.entries().stream()
        .allMatch(e -> e.startsWith("sector:") || e.startsWith("place") || e.startsWith("generic-target") || e.equals(EventAssembler.GENERIC_TARGET));
  }

  /** The date of the trigger's clause, else of the verb a noun trigger hangs on. */
  private static EventDate clauseDate(SentenceGraph g, int t, java.time.LocalDate articleDate) {
    EventDate date = EventDates.date(g, t, articleDate);
    int verb = NounEvents.predicate(g, t);
    if (!date.fromText() && verb >= 0) {
      // "fighting broke out ... on 23 April": the noun event's time hangs on its verb
      date = EventDates.date(g, verb, articleDate);
    }
    return date;
  }

  /** As {@link #clauseDate}, else a time inside the trigger's phrases (Vigil's dialect). */
  static EventDate date(SentenceGraph g, int t, java.time.LocalDate articleDate) {
    EventDate date = clauseDate(g, t, articleDate);
    if (!date.fromText()) {
      EventDate inPhrase = EventDates.withinPhrases(g, t, articleDate);
      date = inPhrase == null ? date : inPhrase;
    }
    return date;
  }

  /**
   * The speech model's reading of this sentence (issue 11, round 13); call after {@link #code},
   * null when the sentence was not coded with a scope.
   */
  LearnedSpeech speech() {
    return scope == null ? null : new LearnedSpeech(scope);
  }

  /**
   * The model's events where the patterns coded nothing (issue 11, round 9), made with this
   * sentence's stages; call after {@link #code}.
   */
  LearnedClauses learned() {
    return new LearnedClauses(g, clauses, participants, assembler, dictionaries, annotated.article().date(), fired,
        consumed);
  }

  /**
   * Whether two mentions are the same state reached through a reference back: the same country,
   * each either the country itself or its government, one of them a counted or definite reference
   * ("both countries" of Egypt and Turkey and "Egyptian President Mohamed Morsi"); a state's other
   * sectors (its military, its citizens) are other parties. Restricted to references after the
   * held-out half lost a match with every same-state pair (round 8).
   */
  static boolean sameState(Mention a, Mention b) {
    return a.country() != null && a.country().equals(b.country()) && stateLevel(a) && stateLevel(b)
        && (referred(a) || referred(b));
  }

  /** Whether the mention is a counted or definite reference back ("both countries", "the regional body"). */
  private static boolean referred(Mention m) {
    return m.entries().stream().anyMatch(e -> e.startsWith("refers-to:"));
  }

  private static boolean stateLevel(Mention m) {
    return m.code().equals(m.country()) || m.code().equals(m.country() + "GOV");
  }

  /**
   * Whether the trigger's object or oblique is a reciprocal pronoun: "blamed each other", "clashed
   * with one another" (round 12).
   */
  private boolean eachOther(int t) {
    for (Dependency d : g.children(t)) {
      String r = d.relation();
      String w = g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if ((r.equals("obj") || r.startsWith("obl:")) && (w.equals("other") || w.equals("another"))) {
        for (Dependency m : g.children(d.dependent())) {
          String mw = g.token(m.dependent()).word().toLowerCase(java.util.Locale.ROOT);
          if (mw.equals("each") || mw.equals("one")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the sources are the states one counted phrase refers back to ("both countries", "the
   * two presidents" after two countries were named; {@link DefiniteReferences#resolveCountries}).
   */
  private static boolean countedSides(List<Mention> sources) {
    int head = sources.get(0).head();
    return sources.stream().allMatch(m -> m.head() == head && referred(m) && stateLevel(m));
  }

  /**
   * Whether the firing is an exchange of the thing its pattern names ("the Turkish and French
   * leaders traded barbs", "Indian and Pakistani troops exchanged fire"): sides named together
   * then act on each other, each way (issue 11, round 7); "trade" alone (commerce) is not.
   */
  private boolean exchanged(Firing f) {
    return dialect.readsClauseRoles() && EXCHANGES.contains(g.lemma(f.trigger()).toLowerCase(java.util.Locale.ROOT))
        && !f.consumed().isEmpty();
  }
}
