package org.vigil.coding;

import org.vigil.core.event.Locator;

import org.vigil.core.event.EventCoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.article.Article;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * Codes events over the dependency parse with Vigil's dictionaries: a verb pattern fires on a
 * trigger lemma whose dependents satisfy its constraints; the source comes from the subject
 * (controlled subject, passive agent, or the subject of the governing clause), the target from the
 * object, indirect object or a prepositional argument; compound actors give one event each;
 * negation and modality are kept; the date comes from the clause's own time expression.
 *
 * <p>Thread-safe: holds only immutable dictionaries.
 */
public final class DictionaryEventCoder implements EventCoder {
  /** Prepositions that introduce a target, in order of preference. */
  private static final List<String> TARGET_PREPOSITIONS = List.of(
      "to", "with", "against", "on", "into", "toward", "towards", "from", "at", "for", "over", "upon", "onto", "of");
  /** Nouns of demand or warning whose "that ... must" clause is what they demand. */
  private static final Set<String> DEMAND_NOUNS = Set.of(
      "reminder", "warning", "message", "demand", "call", "ultimatum", "appeal", "notice", "order",
      "instruction", "instructions", "signal", "note", "letter");
  /**
   * Participles that, after "be" and with no agent, describe their subject's stance rather than
   * something done to it: "Israel is opposed to", "Gondor is committed to", "Rohan is concerned".
   */
  private static final Set<String> STATIVE_PARTICIPLES = Set.of(
      "oppose", "commit", "determine", "dedicate", "resolve", "concern", "worry", "disappoint", "satisfy",
      "alarm", "dismay", "interest", "prepare");
  /**
   * Object nouns that say little themselves: "mediation efforts" is mediation and "the ceasefire
   * agreement" the ceasefire for a pattern that names the modifier.
   */
  private static final Set<String> LIGHT_OBJECTS = Set.of(
      "effort", "efforts", "work", "process", "initiative", "activity", "activities", "agreement", "accord",
      "deal", "package", "programme", "program", "regime", "line", "plan");
  /** Nouns of attack that can stand as the subject of a violent verb: "a car bomb killed". */
  private static final Set<String> ATTACK_NOUNS = Set.of(
      "bomb", "bombing", "blast", "explosion", "attack", "car-bomb", "shelling", "ambush", "mine", "landmine",
      "rocket", "mortar", "grenade", "gunfire", "shooting", "airstrike", "strike", "raid", "explosive", "device");
  /** Verbs that make a decision known ("announced it would prohibit"). */
  private static final Set<String> DECISION_VERBS = Set.of("announce", "decide", "rule");
  /** CAMEO roots of violence, where an attack with no named attacker still has a place. */
  private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
  /** Prepositions whose argument is the target of nearly any verb: "appealed to", "fought against". */
  private static final Set<String> CORE_PREPOSITIONS = Set.of("to", "against", "toward", "towards", "into", "upon", "onto");
  /** Prepositions that introduce where a clause happened. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "into", "across", "near", "inside", "to", "on", "along");

  /** Verbs whose object noun names the subject's own act ("carried out an airstrike", "held talks"). */
  private static final java.util.Set<String> SUPPORT_VERBS = java.util.Set.of(
      "carry", "conduct", "launch", "stage", "mount", "hold", "have", "make", "pay", "begin", "start", "continue",
      "resume", "intensify", "escalate", "step", "undertake", "perform", "wage", "unleash", "execute", "commit",
      "give", "take", "do", "order", "plan", "prepare", "organize", "organise", "lead", "join", "attend", "host");
  /** Verbs that ask someone (their object) to do what their complement says. */
  private static final java.util.Set<String> APPEAL_VERBS = java.util.Set.of(
      "urge", "ask", "call", "appeal", "implore", "beg", "plead", "encourage", "exhort", "press", "pressure",
      "pressurize", "pressurise", "push", "request", "demand");
  private final Dictionaries dictionaries;
  private final Locator locator;
  /** Hyphenated words the patterns name ("cease-fire"): such a word is not read as its head alone. */
  private final java.util.Set<String> hyphenated;

  /** A coder that places events only by country (the place's or the actors'). */
  public DictionaryEventCoder(Dictionaries dictionaries) {
    this(dictionaries, null);
  }

  /**
   * A coder that places events with the locator (a gazetteer), falling back to country-level
   * placing where it finds nothing.
   */
  public DictionaryEventCoder(Dictionaries dictionaries, Locator locator) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    java.util.Set<String> h = new java.util.HashSet<>();
    for (VerbPattern p : dictionaries.verbs().all()) {
      for (VerbPattern.Constraint c : p.constraints()) {
        c.words().stream().filter(w -> w.indexOf('-') > 0).forEach(h::add);
      }
    }
    this.hyphenated = java.util.Set.copyOf(h);
    this.locator = locator;
  }

  public Dictionaries dictionaries() {
    return dictionaries;
  }

  @Override
  public List<CodedEvent> code(AnnotatedArticle annotated) {
    List<CodedEvent> events = new ArrayList<>();
    Mention previousSubject = null;
    // Discards come with PETRARCH dictionaries (issue 3): a story phrase stops the article, a sentence phrase the sentence.
    List<String> storyDiscards = dictionaries.rules().storyDiscards();
    if (annotated.sentences().stream().anyMatch(s -> PatternRules.discarded(s, storyDiscards))) {
      return events;
    }
    for (Sentence sentence : annotated.sentences()) {
      if (sentence.dependencies().isEmpty() || PatternRules.discarded(sentence, dictionaries.rules().sentenceDiscards())) {
        continue;
      }
      SentenceCoder sc = new SentenceCoder(annotated, sentence, previousSubject);
      List<CodedEvent> coded = sc.code();
      if (!coded.isEmpty() && !dictionaries.rules().issueTags().isEmpty()) {
        // PETRARCH's issues: every event of the sentence carries the sentence's issue codes (issue 3).
        List<String> issues = dictionaries.rules().issueTags().find(sentence.tokens().stream().map(t -> t.word()).toList(),
            sentence.tokens().stream().map(t -> t.pos()).toList());
        coded = coded.stream().map(e -> e.withIssues(issues)).toList();
      }
      events.addAll(coded);
      if (sc.firstSubject != null) {
        previousSubject = sc.firstSubject;
      }
    }
    return events;
  }

  /** A pattern that fired on a trigger. */
  private record Firing(int trigger, VerbPattern pattern, List<Integer> consumed, List<Integer> patternObliques) {}

  /** Codes one sentence; not thread-safe. */
  private final class SentenceCoder {
    final AnnotatedArticle annotated;
    final Article article;
    final Sentence sentence;
    final SentenceGraph g;
    final ActorResolver actors;
    final Mention previousSubject;
    Mention firstSubject;
    /** Whether the last target search found its target only inside the trigger's arguments. */
    boolean nestedTarget;
    /** Whether the last target search found its target in a loose slot (a preposition the pattern does not name). */
    boolean looseTarget;
    /** Slots whose target is loose: found through a preposition the pattern does not name, or a reported clause. */
    final Set<List<Integer>> looseSlots = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * Tokens of the comma-delimited clauses PETRARCH's comma options delete ("..., a senior
     * official said on Saturday"): their actors are neither sources nor targets (issue 3). A
     * stretch with no verb ("Mordor, Rohan, Fornost and Bree") is a list, not a clause.
     */
    boolean[] asideClauses = new boolean[0];

    SentenceCoder(AnnotatedArticle annotated, Sentence sentence, Mention previousSubject) {
      this.annotated = annotated;
      this.article = annotated.article();
      this.sentence = sentence;
      this.g = new SentenceGraph(sentence);
      this.actors = new ActorResolver(g, dictionaries.actors(), article.date(), !dictionaries.rules().dialect().targetFromPhrase(),
          dictionaries.rules().dialect().compoundsAgents());
      this.previousSubject = previousSubject;
    }

    List<CodedEvent> code() {
      firstSubject = firstSubjectActor();
      List<Firing> firings = new ArrayList<>();
      // PETRARCH's comma options: verbs of a set-aside stretch code nothing (issue 3).
      boolean[] setAside = PatternRules.setAside(g, dictionaries.rules().commaClauses());
      asideClauses = PatternRules.clausesOnly(g, setAside);
      for (int t = 0; t < g.size(); t++) {
        if (setAside[t]) {
          continue;
        }
        Firing f = fire(t);
        if (f != null) {
          firings.add(f);
        }
      }
      Set<Integer> consumed = new java.util.HashSet<>();
      for (Firing f : firings) {
        consumed.addAll(f.consumed());
      }
      List<CodedEvent> out = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      java.util.Map<Integer, Firing> byTrigger = new java.util.HashMap<>();
      for (Firing f : firings) {
        byTrigger.put(f.trigger(), f);
      }
      Set<Integer> demanded = new java.util.HashSet<>();
      for (int t = 0; t < g.size() && dictionaries.rules().inferModality(); t++) {
        List<CodedEvent> demands = demands(t, byTrigger.get(t));
        if (!demands.isEmpty()) {
          demanded.add(t);
          out.addAll(demands);
        }
      }
      java.util.Map<Firing, List<CodedEvent>> coded = new java.util.LinkedHashMap<>();
      Set<Integer> absorbed = new java.util.HashSet<>();
      for (Firing f : firings) {
        if (consumed.contains(f.trigger()) || demanded.contains(f.trigger())) {
          continue;
        }
        List<CodedEvent> own = events(f);
        List<CodedEvent> result = transformed(f, own);
        if (result != own) {
          // A transformation replaces the governing verb's own event too (issue 3).
          absorbed.add(g.head(f.trigger()).governor());
        }
        coded.put(f, result);
      }
      if (dictionaries.rules().dialect().subjectlessVerbsJoinGovernor()) {
        // "want to re-examine the refineries", "prepared to attend": a bare verb with no object of its own
        // gives way to the open complement it governs, when that codes an event (issue 3).
        for (java.util.Map.Entry<Firing, List<CodedEvent>> en : coded.entrySet()) {
          int t = en.getKey().trigger();
          Dependency h = g.head(t);
          if (en.getValue().isEmpty() || h == null || h.governor() < 0 || !h.relation().equals("xcomp")) {
            continue;
          }
          Firing gov = byTrigger.get(h.governor());
          if (gov != null && coded.containsKey(gov) && !PatternRules.hasSequence(gov.pattern())
              && g.childrenExact(gov.trigger(), "obj").isEmpty() && g.childrenExact(gov.trigger(), "iobj").isEmpty()) {
            absorbed.add(gov.trigger());
          }
        }
      }
      if (dictionaries.rules().dialect().composesGoverningCodes()) {
        composeGoverningCodes(firings, byTrigger, coded, absorbed);
      }
      Set<Integer> codedTriggers = new java.util.HashSet<>();
      coded.forEach((f, evs) -> {
        if (!evs.isEmpty() && !absorbed.contains(f.trigger())) {
          codedTriggers.add(f.trigger());
        }
      });
      for (java.util.Map.Entry<Firing, List<CodedEvent>> en : coded.entrySet()) {
        boolean transformedHere = en.getValue().stream().anyMatch(this::fromTransformation);
        if (absorbed.contains(en.getKey().trigger())
            || (dictionaries.rules().dialect().subjectlessVerbsJoinGovernor() && !transformedHere
                && joinsGovernor(en.getKey().trigger(), codedTriggers))) {
          continue;
        }
        double background = background(en.getKey().trigger(), codedTriggers);
        for (CodedEvent e : en.getValue()) {
          String key = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + e.cameo() + "|"
              + (fromTransformation(e) ? "" : en.getKey().trigger());
          if (seen.add(key)) {
            out.add(background > 0 ? withConfidence(e, e.confidence() - background) : e);
          }
        }
      }
      return out;
    }

    /**
     * How much less sure an event is because its clause is background to another: a clause under
     * a verb that coded an event of its own ("agreed that they should cooperate to encourage the
     * refugees", "resigned as the opposition threatened to storm") states a purpose, reason or
     * content of the main event, not the story's event, and a relative clause ("the hostages whom
     * they had taken") recalls an earlier one. The first lowers the confidence by 0.1, the second by
     * 0.15, so the main clause's event ranks first.
     */
    private double background(int t, Set<Integer> codedTriggers) {
      double penalty = 0;
      boolean underCoded = false;
      boolean relative = false;
      int cur = t;
      for (int step = 0; step < 6; step++) {
        Dependency h = g.head(cur);
        if (h == null || h.governor() < 0 || h.relation().equals("parataxis")) {
          break;
        }
        String r = h.relation();
        if (r.equals("conj") || r.startsWith("conj:")) {
          // A coordinated verb shares its first conjunct's rank: "donated and delivered".
          cur = h.governor();
          continue;
        }
        relative |= r.startsWith("acl:relcl") || (r.equals("acl") && g.token(h.governor()).isNoun());
        cur = h.governor();
        underCoded |= codedTriggers.contains(cur);
      }
      if (underCoded) {
        penalty += 0.1;
      }
      if (relative) {
        penalty += 0.15;
      }
      return penalty;
    }

    private CodedEvent withConfidence(CodedEvent e, double confidence) {
      double c = Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
      return new CodedEvent(e.articleId(), e.eventId(), e.date(), e.source(), e.target(), e.cameo(), e.cameoRoot(),
          e.quadClass(), e.goldstein(), e.plover(), e.negated(), e.modality(), e.location(), e.evidence(), c);
    }

    /**
     * "Russia said Sudan must return the helicopter": what one actor says another must do is a
     * demand (CAMEO 10) of the speaker on the one who must, not an event of the latter.
     */
    private List<CodedEvent> demands(int t, Firing firing) {
      boolean must = false;
      String cue = null;
      for (Dependency d : g.children(t)) {
        if (d.relation().equals("aux")) {
          String w = g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
          if (w.equals("must") || w.equals("should") || w.equals("ought")) {
            must = true;
            cue = g.token(d.dependent()).word();
          }
        }
      }
      if (!must) {
        return List.of();
      }
      int speech = demandSpeech(t);
      if (speech < 0) {
        return List.of();
      }
      List<Integer> speakers = new ArrayList<>();
      for (Dependency d : g.children(speech)) {
        if (d.relation().equals("nsubj")) {
          speakers.add(d.dependent());
        }
      }
      List<Mention> sources = resolveAll(speakers, speech);
      List<Integer> obliged = g.children(t, "nsubj");
      List<Integer> addressees = addressees(speech, g.head(t).governor());
      if (!addressees.isEmpty() && !obliged.isEmpty() && obliged.stream().allMatch(x -> g.token(x).isPronoun())) {
        // "told Iraq that it must", "issued a reminder to Iraq that it must": "it" is the one addressed.
        obliged = addressees;
      }
      List<Mention> targets = resolveAll(obliged, t);
      if (sources.isEmpty() || targets.isEmpty()) {
        return List.of();
      }
      String code = "100";
      if (firing != null) {
        String c = firing.pattern().code();
        code = c.startsWith("07") ? "103" : c.startsWith("04") ? "108" : c.startsWith("0871") ? "107"
            : c.startsWith("087") ? "106" : "100";
      }
      CameoCode cameo = dictionaries.cameo().findOrParent(code).orElse(null);
      if (cameo == null) {
        return List.of();
      }
      VerbPattern rule = new VerbPattern(code, Set.of(g.lemma(t)), VerbPattern.TriggerPos.VERB, List.of(), null,
          "<speaker> " + g.lemma(speech) + " <target> " + cue + " " + g.lemma(t), "rule:reported-obligation");
      Firing f = new Firing(t, rule, List.of(), List.of());
      nestedTarget = false;
      looseTarget = false;
      EventDate date = EventDates.date(g, speech, article.date());
      List<CodedEvent> out = new ArrayList<>();
      for (Mention s : sources) {
        for (Mention target : targets) {
          if (!target.code().equals(s.code())) {
            out.add(event(f, s, target, cameo, code, false, Modality.ASSERTED, List.of(cue), date, true));
          }
        }
      }
      return out;
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

    /**
     * True when the trigger has no subject of its own and a verb above it (within four steps)
     * coded an event: "urged Bree to help win", "abandoned efforts to stop" (issue 3).
     */
    private boolean joinsGovernor(int t, Set<Integer> codedTriggers) {
      boolean ownSubject = !g.childrenExact(t, "nsubj").isEmpty() || !g.childrenExact(t, "nsubj:pass").isEmpty()
          || !g.childrenExact(t, "csubj").isEmpty();
      Dependency first = g.head(t);
      // An adverbial clause of a coded verb is part of its phrase even with a subject of its own:
      // "restore ties with Gondor almost five years after crowds burned down its embassy".
      boolean adverbial = first != null && first.relation().startsWith("advcl");
      if (ownSubject && !adverbial) {
        return false;
      }
      int cur = t;
      for (int step = 0; step < 4; step++) {
        Dependency h = g.head(cur);
        if (h == null || h.governor() < 0 || h.relation().equals("conj") || h.relation().equals("parataxis")) {
          return false;
        }
        cur = h.governor();
        if (codedTriggers.contains(cur)) {
          return true;
        }
        if (ownSubject) {
          return false;
        }
      }
      return false;
    }

    /**
     * PETRARCH2's verb interaction (issue 3): an appeal, intent or demand governing a verb of
     * cooperation through an open complement codes the cooperation it asks for ("wants to help
     * Israel" 033, "asking Obama to help Iran" 023). The governor's events take the composed code;
     * where the governor gave way to its complement, the complement's events do.
     */
    private void composeGoverningCodes(List<Firing> firings, java.util.Map<Integer, Firing> byTrigger,
        java.util.Map<Firing, List<CodedEvent>> coded, Set<Integer> absorbed) {
      for (Firing f : firings) {
        Dependency h = g.head(f.trigger());
        if (h == null || h.governor() < 0 || !h.relation().equals("xcomp")) {
          continue;
        }
        Firing gov = byTrigger.get(h.governor());
        if (gov == null || f.pattern().code().equals(VerbPattern.NO_EVENT)) {
          continue;
        }
        // A governor whose pattern names the complement ("- * HELP [023]" for "wants to help") composes
        // with its own verb's code: PETRARCH2 codes the complement's verb phrase, then the governor.
        String outer = gov.consumed().contains(f.trigger()) ? verbCode(gov) : gov.pattern().code();
        String code = CodeComposition.compose(outer, f.pattern().code(), dictionaries.cameo());
        if (code == null) {
          continue;
        }
        String how = outer + "+" + f.pattern().code();
        Firing target = absorbed.contains(gov.trigger()) ? f : gov;
        List<CodedEvent> evs = coded.get(target);
        if (evs == null || evs.isEmpty()) {
          continue;
        }
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : evs) {
          out.add(e.cameo().equals(target.pattern().code()) ? recoded(e, e.source(), e.target(), code, how) : e);
        }
        coded.put(target, out);
      }
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
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(head));
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
            List<Mention> found = resolveAll(withConjuncts(List.of(PatternRules.phraseHead(g, x))), trigger);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
      return List.of();
    }

    /** The code the firing's verb has without pattern words, or the firing's own code. */
    private String verbCode(Firing f) {
      Token token = g.token(f.trigger());
      for (VerbPattern p : PatternRules.patterns(dictionaries.verbs(), dictionaries.rules(), token,
          dictionaries.verbs().forLemma(g.lemma(f.trigger())))) {
        if (p.constraints().isEmpty() && !p.code().equals(VerbPattern.NO_EVENT)) {
          return p.code();
        }
      }
      return f.pattern().code();
    }

    /** True for an event a transformation made: one per dyad and code, whatever its trigger. */
    private boolean fromTransformation(CodedEvent e) {
      return e.evidence().pattern().startsWith("~");
    }

    /**
     * PETRARCH2 transformations (issue 3): an event governed by another verb becomes another event
     * ("Obama and Putin said they will attack Iraq" is a claim, "wants to attack" a threat).
     */
    private List<CodedEvent> transformed(Firing f, List<CodedEvent> events) {
      List<org.vigil.coding.dictionary.VerbTransformation> rules = dictionaries.rules().transformations();
      int t = f.trigger();
      Dependency h = g.head(t);
      if (rules.isEmpty() || events.isEmpty() || h == null || h.governor() < 0
          || !(h.relation().equals("ccomp") || h.relation().equals("xcomp") || h.relation().startsWith("advcl"))) {
        return events;
      }
      int outer = h.governor();
      boolean ownSubject = !g.childrenExact(t, "nsubj").isEmpty() || !g.childrenExact(t, "nsubj:pass").isEmpty();
      List<Mention> speakers = resolveAll(g.childrenExact(outer, "nsubj"), outer);
      Set<String> speakerCodes = new java.util.HashSet<>();
      speakers.forEach(m -> speakerCodes.add(m.code()));
      for (org.vigil.coding.dictionary.VerbTransformation tr : rules) {
        if (speakers.isEmpty() || !names(tr.outerTriggers(), outer)
            || (!tr.innerTriggers().isEmpty() && !names(tr.innerTriggers(), t))) {
          continue;
        }
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : events) {
          String code = tr.code() == null ? e.cameo() : tr.code();
          switch (tr.relation()) {
            case SAME_SOURCE -> {
              if (ownSubject && speakerCodes.contains(e.source().code())) {
                // "Obama and Putin said they will attack": a pronoun subject stands for every speaker.
                boolean pronoun = g.childrenExact(t, "nsubj").stream().anyMatch(x -> g.token(x).isPronoun());
                for (Mention sp : pronoun ? speakers : List.<Mention>of()) {
                  out.add(recoded(e, ref(sp), e.target(), code, tr.text() + " (" + tr.origin() + ")"));
                }
                if (!pronoun) {
                  out.add(recoded(e, e.source(), e.target(), code, tr.text() + " (" + tr.origin() + ")"));
                }
              }
            }
            case NO_OWN_SOURCE -> {
              if (!ownSubject) {
                out.add(recoded(e, e.source(), e.target(), code, tr.text() + " (" + tr.origin() + ")"));
              }
            }
            case OTHER_SOURCE -> {
              if (ownSubject && !speakerCodes.contains(e.source().code())) {
                speakers.forEach(sp -> out.add(recoded(e, ref(sp), e.source(), code, tr.text() + " (" + tr.origin() + ")")));
              }
            }
          }
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
      return events;
    }

    private boolean names(Set<String> verbs, int token) {
      return verbs.contains(g.token(token).word().toLowerCase(java.util.Locale.ROOT)) || verbs.contains(g.lemma(token));
    }

    private CodedEvent recoded(CodedEvent e, ActorRef source, ActorRef target, String code, String transformation) {
      CameoCode c = dictionaries.cameo().find(code).orElse(null);
      if (c == null) {
        return e;
      }
      return new CodedEvent(e.articleId(), eventId(article.id(), sentence.index(), e.evidence().trigger()[0], source.code(),
          target == null ? "" : target.code(), code), e.date(), source, target, c.code(), c.root(), c.quadClass(),
          c.goldstein(), new Plover(c.ploverEvent(), c.ploverMode(), e.plover().contexts()), e.negated(), e.modality(),
          e.location(), new Evidence(e.evidence().sentenceIndex(), e.evidence().sentence(), e.evidence().trigger(),
              e.evidence().sourceSpan(), e.evidence().targetSpan(), transformation + " after " + e.evidence().pattern(),
              e.evidence().cues()), e.confidence());
    }

    private Mention firstSubjectActor() {
      for (int t = 0; t < g.size(); t++) {
        for (Dependency d : g.parents(t)) {
          if (d.relation().equals("nsubj") && !g.token(t).isPronoun()) {
            Mention m = actors.resolve(t);
            if (m != null && !m.ignored()) {
              return m;
            }
          }
        }
      }
      return null;
    }

    private Firing fire(int t) {
      Token token = g.token(t);
      List<VerbPattern> patterns = PatternRules.patterns(dictionaries.verbs(), dictionaries.rules(), token,
          dictionaries.verbs().forLemma(g.lemma(t)));
      if (patterns.isEmpty() && (token.isAdjective() || token.pos().equals("VBN")) && g.lemma(t).endsWith("ed")) {
        // "is opposed to": CoreNLP keeps the participle as an adjective's lemma; try the verb.
        String lemma = g.lemma(t);
        patterns = dictionaries.verbs().forLemma(lemma.substring(0, lemma.length() - 1));
        if (patterns.isEmpty()) {
          patterns = dictionaries.verbs().forLemma(lemma.substring(0, lemma.length() - 2));
        }
      }
      if (patterns.isEmpty()) {
        return null;
      }
      Firing best = null;
      int bestReach = Integer.MAX_VALUE;
      for (VerbPattern p : patterns) {
        if (!posFits(p.pos(), token)) {
          continue;
        }
        List<Integer> consumed = new ArrayList<>();
        List<Integer> obliques = new ArrayList<>();
        boolean ok = true;
        for (VerbPattern.Constraint c : p.constraints()) {
          int hit = satisfy(t, c);
          if (hit < 0) {
            ok = false;
            break;
          }
          switch (c.kind()) {
            case OBJECT, XCOMP -> {
              if (!c.words().isEmpty()) {
                consumed.add(hit);
              }
            }
            case OBLIQUE -> obliques.add(hit);
            case PARTICLE -> { }
          }
        }
        if (ok) {
          if (!PatternRules.hasSequence(p)) {
            return best != null ? best : new Firing(t, p, consumed, obliques);
          }
          if (best != null && p.specificity() < best.pattern().specificity()) {
            return best;
          }
          int reach = t;
          for (VerbPattern.Constraint c : p.constraints()) {
            if (c.kind() == VerbPattern.Constraint.Kind.AFTER) {
              // "- * (TO LIFT) [085]", "- * MINISTERS [043:042]": the words the pattern names are part of
              // this event: a verb among them codes nothing of its own, a noun is no target (issue 3).
              for (int hit : PatternRules.matched(g, t, c, dictionaries.rules().dialect().agentOnlyPassives())) {
                if (!consumed.contains(hit)) {
                  consumed.add(hit);
                }
                reach = Math.max(reach, hit);
              }
            }
          }
          // Among word patterns as specific as each other, the one whose words stand nearest the verb
          // ("staged a protest ... unfurling Free Tibet banners": PROTEST, not FREE).
          if (best == null || reach < bestReach) {
            best = new Firing(t, p, consumed, obliques);
            bestReach = reach;
          }
        }
      }
      return best;
    }

    private boolean posFits(VerbPattern.TriggerPos pos, Token token) {
      return switch (pos) {
        case VERB -> token.isVerb() || (token.isAdjective() && g.hasChild(token.index(), "cop"));
        case NOUN -> token.isNoun();
        case ADJECTIVE -> token.isAdjective() || token.pos().equals("VBN");
      };
    }

    /**
     * True when the token's lemma is one of the constraint's words. A token that ends a hyphenated
     * word the dictionary knows ("cease-fire", split by the tokenizer into cease, -, fire) is read
     * as that word only: "cease-fire" is not "fire", "air-strikes" is not "strikes".
     */
    private boolean holds(VerbPattern.Constraint c, int token) {
      String h = g.hyphenLemma(token);
      if (h != null && hyphenated.contains(h)) {
        return c.words().contains(h);
      }
      return c.words().contains(g.lemma(token));
    }

    /** The dependent that satisfies the constraint, or -1. */
    private int satisfy(int t, VerbPattern.Constraint c) {
      switch (c.kind()) {
        case PARTICLE -> {
          for (int d : g.children(t, "compound:prt")) {
            if (c.words().contains(g.lemma(d))) {
              return d;
            }
          }
          return -1;
        }
        case OBJECT -> {
          List<Integer> objs = new ArrayList<>(g.childrenExact(t, "obj"));
          objs.addAll(g.childrenExact(t, "nsubj:pass"));
          for (int d : objs) {
            int head = actors.realHead(d);
            if (c.words().isEmpty() || holds(c, d) || holds(c, head)) {
              return d;
            }
            if (!dictionaries.rules().dialect().targetFromPhrase() && LIGHT_OBJECTS.contains(g.lemma(head))) {
              // "halt its mediation efforts", "step up relief work": the modifier names what is acted on.
              for (int m : g.childrenExact(head, "compound")) {
                if (c.words().contains(g.lemma(m))) {
                  return d;
                }
              }
            }
          }
          return -1;
        }
        case OBLIQUE -> {
          List<Integer> args = obliques(t, c.preposition());
          for (int d : args) {
            if (c.words().isEmpty() || holds(c, d)) {
              return d;
            }
          }
          return -1;
        }
        case XCOMP -> {
          for (int d : complements(t)) {
            if (c.words().isEmpty() || c.words().contains(g.lemma(d))) {
              return d;
            }
          }
          return -1;
        }
        case BEFORE, AFTER -> {
          return PatternRules.matches(g, t, c, dictionaries.rules().dialect().agentOnlyPassives()) ? t : -1;
        }
      }
      return -1;
    }

    /**
     * True when the trigger is the clause an appeal or demand asks for ("urged Gondor to
     * negotiate"), or lies in it as a complement without a subject of its own ("urged Gondor to
     * stop attacking", "to focus on ending the war"; not "to hold talks after Rohan attacked").
     */
    private boolean requested(int t) {
      int cur = t;
      for (int depth = 0; depth < 4; depth++) {
        Dependency h = g.head(cur);
        if (h == null || h.governor() < 0) {
          return false;
        }
        if (asked(cur, h)) {
          return true;
        }
        String r = h.relation();
        boolean ownSubject = !g.childrenExact(cur, "nsubj").isEmpty() || !g.childrenExact(cur, "nsubj:pass").isEmpty();
        boolean complement = r.equals("xcomp") || (r.startsWith("advcl") || r.startsWith("obl")) && !ownSubject
            && g.token(cur).isVerb();
        if (!complement) {
          return false;
        }
        cur = h.governor();
      }
      return false;
    }

    /** Whether {@code clause}, under its head {@code h}, is what an appeal asks of someone. */
    private boolean asked(int clause, Dependency h) {
      if (!APPEAL_VERBS.contains(g.lemma(h.governor()))) {
        return false;
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
    private List<Integer> complements(int t) {
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
    private boolean addressedClause(int t) {
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
    private List<Integer> obliques(int t, String prep) {
      List<Integer> out = new ArrayList<>();
      out.addAll(g.childrenExact(t, "obl:" + prep));
      out.addAll(g.childrenExact(t, "nmod:" + prep));
      for (int o : g.childrenExact(t, "obj")) {
        out.addAll(g.childrenExact(o, "nmod:" + prep));
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

    private List<CodedEvent> events(Firing f) {
      int t = f.trigger();
      VerbPattern p = f.pattern();
      if (p.code().equals(VerbPattern.NO_EVENT) && p.reverseCode() == null) {
        return List.of();
      }
      boolean passive = g.hasChild(t, "nsubj:pass") || g.hasChild(t, "aux:pass");
      boolean stative = passive && !dictionaries.rules().dialect().targetFromPhrase() && (stative(t) || selfActing(t, p.code()));
      if (stative) {
        // "Israel is opposed to the plan": the subject holds the stance; it is the source.
        // "the peacekeepers were shipped out": forces withdrawn with no agent withdraw.
        passive = false;
      }
      if (passive && dictionaries.rules().dialect().agentOnlyPassives() && !PatternRules.namesAgent(g, t)) {
        // PETRARCH swaps roles only for a passive with a "by" agent; without one the subject acts.
        passive = false;
      }
      // A pattern may name where its source stands (PETRARCH's "$", issue 3).
      SourceSearch ss = p.sourceSlot() != null
          ? new SourceSearch(resolveAll(withConjuncts(slotTokens(t, p.sourceSlot())), t), true) : sources(t, passive, p.code());
      List<Mention> sources = ss.mentions;
      if (sources.isEmpty()) {
        return List.of();
      }
      if (dictionaries.rules().inferModality() && requested(t)) {
        // "Arnor urged Gondor to hold talks": the appeal is the event; the talks have not happened.
        return List.of();
      }
      List<Mention> targets = targets(t, p, f, passive, sources);
      if (targets.isEmpty() && dictionaries.rules().requireDyad()) {
        return List.of();
      }
      List<String> cues = new ArrayList<>();
      boolean negated = Modalities.negated(g, t, cues);
      if (negated && PatternRules.namesNegation(p)) {
        // "- WILL NOT * [081]": the pattern has read the negation into its code.
        negated = false;
      }
      Modality modality = Modalities.modality(g, t, cues);
      boolean infer = dictionaries.rules().inferModality();
      // "announced it would prohibit all aid": a decision made known is the act itself, not an intent or a threat.
      // Force announced for the future stays a threat ("announced it would strike").
      boolean decided = modality == Modality.FUTURE && announcedDecision(t) && Character.isDigit(p.code().charAt(0))
          && Integer.parseInt(p.code().substring(0, 2)) <= 16;
      String code = infer && !decided ? adjustForModality(p.code(), modality, cues) : p.code();
      if (negated && dictionaries.rules().dialect().composesGoverningCodes()) {
        // PETRARCH2: a negated cooperation is a rejection ("would not provide support" is 121).
        String rejected = CodeComposition.negated(code, dictionaries.cameo());
        if (rejected != null) {
          code = rejected;
          negated = false;
        }
      }
      if (infer && negated && refusal(p.code(), modality, cues)) {
        // "will not accept", "refused to resign": a refusal of cooperation is CAMEO 12, asserted.
        code = rejection(p.code());
        negated = false;
        modality = Modality.ASSERTED;
      }
      String finalCode = code;
      CameoCode cameo = code.equals(VerbPattern.NO_EVENT) ? null : dictionaries.cameo().findOrParent(code)
          .orElseGet(() -> new CameoCode(finalCode, 0.0, "STATEMENT", null, ""));
      EventDate date = EventDates.date(g, t, article.date());
      List<CodedEvent> out = new ArrayList<>();
      CameoCode reverse = p.reverseCode() == null ? null : dictionaries.cameo().find(p.reverseCode()).orElse(null);
      for (Mention s : sources) {
        List<Mention> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (Mention target : ts) {
          if (target != null && target.code().equals(s.code())) {
            continue;
          }
          if (!p.code().equals(VerbPattern.NO_EVENT)) {
            out.add(event(f, s, target, cameo, code, negated, modality, cues, date, ss.direct));
          }
          if (reverse != null && target != null) {
            // "[032:033]": the second code is the target's act on the source (PETRARCH, issue 3).
            out.add(event(f, target, s, reverse, reverse.code(), negated, modality, cues, date, ss.direct));
          }
        }
      }
      return out;
    }

    private boolean refusal(String code, Modality modality, List<String> cues) {
      int root = Integer.parseInt(code.substring(0, 2));
      boolean refused = cues.stream().anyMatch(c -> Set.of("refused", "refuse", "refuses", "refusing", "declined",
          "decline", "declines", "declining").contains(c.toLowerCase(java.util.Locale.ROOT)));
      boolean statedFuture = modality == Modality.FUTURE || modality == Modality.PROMISE
          || modality == Modality.CONDITIONAL;
      return root >= 3 && root <= 8 && (refused || statedFuture);
    }

    private String rejection(String code) {
      int root = Integer.parseInt(code.substring(0, 2));
      String mapped = switch (root) {
        case 3 -> "127";
        case 4 -> "125";
        case 6 -> "121";
        case 7 -> "122";
        case 8 -> "124";
        default -> "120";
      };
      return dictionaries.cameo().contains(mapped) ? mapped : "120";
    }

    private String adjustForModality(String code, Modality modality, List<String> cues) {
      int root = Integer.parseInt(code.substring(0, 2));
      boolean intent = modality == Modality.PROMISE || modality == Modality.FUTURE;
      if (modality == Modality.CONDITIONAL) {
        boolean unless = cues.stream().anyMatch(c -> c.equalsIgnoreCase("unless"));
        if (unless && root >= 8 && root <= 20 && dictionaries.cameo().contains("139")) {
          // "will withdraw its force unless ...": an ultimatum.
          return "139";
        }
        // "will mobilise if the situation deteriorates": a conditional use of force is a threat.
        intent = root >= 14;
      }
      if (intent && root >= 4 && root <= 8) {
        // Intent to act cooperatively is CAMEO 03: 07x provide aid -> 033x intent to provide aid.
        String mapped = switch (root) {
          case 4 -> "036";
          case 5 -> "032";
          case 6 -> "031";
          case 7 -> code.length() >= 3 && code.charAt(2) >= '1' && code.charAt(2) <= '4' ? "033" + code.charAt(2) : "033";
          default -> "035";
        };
        return dictionaries.cameo().contains(mapped) ? mapped : code;
      }
      if ((modality == Modality.THREAT || intent) && root >= 14) {
        String mapped = switch (root) {
          case 14 -> "133";
          case 16 -> "131";
          case 17 -> "137";
          default -> "138";
        };
        return dictionaries.cameo().contains(mapped) ? mapped : code;
      }
      return code;
    }

    /** A stance participle after "be", with a passive subject and no agent ("is opposed to"). */
    private boolean stative(int t) {
      if (!STATIVE_PARTICIPLES.contains(g.lemma(t)) || g.childrenExact(t, "nsubj:pass").isEmpty()
          || !g.childrenExact(t, "obl:agent").isEmpty() || !g.childrenExact(t, "obl:by").isEmpty()) {
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
    private boolean selfActing(int t, String code) {
      return (code.startsWith("087") || code.startsWith("166")) && !g.childrenExact(t, "nsubj:pass").isEmpty()
          && g.childrenExact(t, "obl:agent").isEmpty() && g.childrenExact(t, "obl:by").isEmpty();
    }

    /** Verbs that make a decision known: a future clause under them is the decision itself. */
    private boolean announcedDecision(int t) {
      Dependency h = g.head(t);
      return h != null && h.governor() >= 0 && h.relation().equals("ccomp")
          && DECISION_VERBS.contains(g.lemma(h.governor()));
    }

    /** Source mentions and whether they came straight from the trigger's own subject. */
    private record SourceSearch(List<Mention> mentions, boolean direct) {}

    private SourceSearch sources(int t, boolean passive, String code) {
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
        Dependency h = g.head(t);
        // "Gondor carried out an airstrike": the subject of a support verb is the noun's agent;
        // "Gondor condemned the airstrike" says nothing of who struck.
        if (cands.isEmpty() && h != null && h.governor() >= 0 && h.relation().equals("obj")
            && SUPPORT_VERBS.contains(g.lemma(h.governor()))) {
          cands.addAll(g.children(h.governor(), "nsubj"));
        }
      }
      List<Mention> direct = resolveAll(cands, t);
      if (direct.isEmpty()) {
        direct = locatedBySector(cands, t);
      }
      if (direct.isEmpty() && !dictionaries.rules().dialect().targetFromPhrase() && code.length() >= 2 && VIOLENT_ROOTS.contains(code.substring(0, 2))) {
        direct = attackerByPlace(cands, t);
      }
      if (!direct.isEmpty()) {
        return new SourceSearch(direct, true);
      }
      if (dictionaries.rules().dialect().targetFromPhrase() && !cands.isEmpty()) {
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
        if (!(r.equals("xcomp") || r.equals("ccomp") || r.startsWith("acl") || r.startsWith("advcl") || r.equals("conj"))) {
          break;
        }
        cur = h.governor();
        List<Integer> up = new ArrayList<>();
        for (Dependency d : g.children(cur)) {
          if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj") || d.relation().equals("nmod:poss")) {
            up.add(d.dependent());
          }
        }
        List<Mention> found = resolveAll(up, t);
        if (!found.isEmpty()) {
          return new SourceSearch(found, false);
        }
      }
      return new SourceSearch(List.of(), false);
    }

    /**
     * Where the clause happened, when a country or a place of one says so: "in Hong Kong", "at a
     * jail in Dili", "near the town of Samarra"; null when no argument names such a place.
     */
    private Mention placeOfClause(int t) {
      // PETRARCH's dictionaries (issue 3) keep the first reading: "in", "across", "throughout" only.
      boolean extended = !dictionaries.rules().dialect().targetFromPhrase();
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

    /** "People blocked streets in Hong Kong": a sector actor of no country, placed by the clause. */
    private List<Mention> locatedBySector(List<Integer> cands, int t) {
      Mention place = placeOfClause(t);
      if (place == null) {
        return List.of();
      }
      String country = place.country();
      String placeText = sentence.span(place.begin(), place.end());
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

    private List<Mention> resolveAll(List<Integer> tokens, int trigger) {
      List<Mention> out = new ArrayList<>();
      Set<String> codes = new LinkedHashSet<>();
      for (int tok : tokens) {
        if (tok < asideClauses.length && asideClauses[tok]) {
          continue;
        }
        Mention m = g.token(tok).isPronoun() ? resolvePronoun(tok, trigger) : actors.resolve(tok);
        if (m == null && dictionaries.rules().dialect().unattachedSectors() && !g.token(tok).isPronoun()) {
          m = actors.unattached(tok);
        }
        List<Mention> shared = m != null && dictionaries.rules().distributeConjoinedModifiers() && !g.token(tok).isPronoun()
            ? sharedModifier(tok, m) : List.of();
        if (!shared.isEmpty()) {
          for (Mention d : shared) {
            if (codes.add(d.code())) {
              out.add(d);
            }
          }
          continue;
        }
        if (m != null && !m.ignored() && codes.add(m.code())) {
          out.add(m);
          // A pronoun's mention may come from an earlier sentence, whose tokens are not this graph's.
          if (dictionaries.rules().distributeConjoinedModifiers() && !g.token(tok).isPronoun()) {
            for (Mention d : distributed(m)) {
              if (codes.add(d.code())) {
                out.add(d);
              }
            }
          }
        }
      }
      return out;
    }

    /**
     * A sector noun with no country of its own, coordinated with one that has it, shares its
     * conjunct's country: "lawmakers and officials in Fornost and Gondor" are FORLEG, GONLEG,
     * FORGOV and GONGOV (the parse hangs the shared modifier on the first conjunct). Empty when
     * the token is no such noun.
     */
    private List<Mention> sharedModifier(int tok, Mention m) {
      Dependency h = g.head(tok);
      if (m.country() != null || m.sector() == null || !m.code().startsWith("---") || h == null || h.governor() < 0
          || !(h.relation().equals("conj") || h.relation().startsWith("conj:"))) {
        return List.of();
      }
      Mention first = actors.resolve(h.governor());
      if (first == null || first.country() == null || first.ignored()) {
        return List.of();
      }
      List<Mention> firsts = new ArrayList<>(List.of(first));
      firsts.addAll(distributed(first));
      List<Mention> out = new ArrayList<>();
      for (Mention f : firsts) {
        out.add(new Mention(m.head(), m.begin(), m.end(), f.country() + m.sector(), f.country(), m.sector(), f.name(),
            f.members(), f.entries(), f.fuzzy(), false));
      }
      return out;
    }

    /** Relations by which a modifier gives a phrase its country ("US activists", "ambassadors of Arnor"). */
    private static final Set<String> COUNTRY_MODIFIERS = Set.of(
        "compound", "amod", "nmod:poss", "nmod:of", "nmod:in", "nmod:from");

    /**
     * The same actor for each conjunct of the modifier that gave it its country: "the ambassadors of
     * Arnor, Osgiliath and Gondor" are ARNGOV, OSGGOV and GONGOV (issue 3).
     */
    private List<Mention> distributed(Mention m) {
      if (m.country() == null) {
        return List.of();
      }
      List<Mention> out = new ArrayList<>();
      // "The Shire" of THE_SHIRE [FRO/BIL/SAM] names three actors.
      for (int tok = m.begin(); tok < m.end(); tok++) {
        ActorDictionary.Match match = actors.matchAt(tok);
        if (match == null) {
          continue;
        }
        for (ActorDictionary.Hit h : match.hits()) {
          if (h.entry() instanceof ActorEntry.Country c && ActorEntry.Country.COMPOUND_STATUS.equals(c.status())
              && !c.code().equals(m.country())) {
            out.add(new Mention(m.head(), m.begin(), m.end(), c.code() + (m.sector() == null ? "" : m.sector()),
                c.code(), m.sector(), c.name(), List.of(), List.of(h.label()), m.fuzzy(), false));
          }
        }
      }
      for (Dependency d : g.children(m.head())) {
        if (!COUNTRY_MODIFIERS.contains(d.relation())) {
          continue;
        }
        Mention own = actors.resolve(d.dependent());
        if (own == null || !m.country().equals(own.country())) {
          continue;
        }
        for (Dependency c : g.children(d.dependent())) {
          if (!(c.relation().equals("conj") || c.relation().startsWith("conj:"))) {
            continue;
          }
          Mention other = actors.resolve(c.dependent());
          if (other != null && other.country() != null && !other.country().equals(m.country()) && !other.ignored()) {
            String code = other.country() + (m.sector() == null ? "" : m.sector());
            out.add(new Mention(m.head(), m.begin(), m.end(), code, other.country(), m.sector(), other.name(),
                List.of(), other.entries(), other.fuzzy(), false));
          }
        }
      }
      return out;
    }

    /** "Russia said it was ready": the subject of a governing speech clause, else the last subject. */
    private Mention resolvePronoun(int pronoun, int trigger) {
      String w = g.token(pronoun).word().toLowerCase(java.util.Locale.ROOT);
      if (!Set.of("it", "they", "he", "she", "we", "its", "their", "his", "her", "our").contains(w)) {
        return null;
      }
      int cur = trigger;
      for (int step = 0; step < 5; step++) {
        Dependency h = g.head(cur);
        if (h == null || h.governor() < 0) {
          break;
        }
        cur = h.governor();
        for (int s : g.children(cur, "nsubj")) {
          if (s != pronoun && !g.token(s).isPronoun()) {
            Mention m = actors.resolve(s);
            if (m != null) {
              return m;
            }
          }
        }
      }
      for (int t = 0; t < pronoun; t++) {
        for (Dependency d : g.parents(t)) {
          if (d.relation().startsWith("nsubj") && !g.token(t).isPronoun()) {
            Mention m = actors.resolve(t);
            if (m != null) {
              return m;
            }
          }
        }
      }
      // The previous sentence's subject is referred to here by the pronoun: its token indexes belong
      // to that sentence, so the mention is re-anchored on the pronoun (evidence = "it" in this sentence).
      return previousSubject == null ? null : previousSubject.at(pronoun);
    }

    private List<Mention> targets(int t, VerbPattern p, Firing f, boolean passive, List<Mention> sources) {
      List<List<Integer>> slots = new ArrayList<>();
      String slot = p.targetSlot();
      if ("none".equals(slot)) {
        return List.of();
      }
      List<Integer> subjectSlotTokens = null;
      if (slot != null) {
        List<Integer> marked = slotTokens(t, slot);
        if (dictionaries.rules().dialect().targetFromPhrase() && !slot.equals("nsubj")) {
          // A PETRARCH marker ("IN ^ +") names one phrase: the first argument there that names an actor.
          marked = marked.stream().filter(x -> !resolveAll(List.of(x), t).isEmpty()).limit(1).toList();
        }
        slots.add(marked);
        if (slot.equals("nsubj") && p.sourceSlot() == null) {
          // "% * [030:030]": the subject's actors act on each other (PETRARCH's compound, issue 3).
          subjectSlotTokens = slots.get(0);
        }
      }
      {
        if (passive) {
          slots.add(g.childrenExact(t, "nsubj:pass"));
        }
        List<Integer> objs = new ArrayList<>(g.childrenExact(t, "obj"));
        objs.removeAll(f.consumed());
        slots.add(objs);
        slots.add(g.childrenExact(t, "iobj"));
        slots.add(f.patternObliques());
        for (String prep : TARGET_PREPOSITIONS) {
          List<Integer> args = obliques(t, prep);
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
        }
        // "help Tajikistan deal with": the subject of a small clause is the one helped, urged, asked.
        List<Integer> heads = new ArrayList<>(f.consumed());
        heads.add(0, t);
        for (int x : dictionaries.rules().dialect().targetFromPhrase() ? List.<Integer>of() : heads) {
          // PETRARCH looks for the target after the verb only, never in a reported clause's subject.
          List<Integer> small = new ArrayList<>();
          for (int c : g.childrenExact(x, "ccomp")) {
            small.addAll(g.childrenExact(c, "nsubj"));
          }
          looseSlots.add(small);
          slots.add(small);
        }
      }
      // Last: an actor inside the trigger's own arguments ("lift embargoes on sales to Iran").
      if (!dictionaries.rules().dialect().targetFromPhrase()) {
        slots.add(nestedArguments(t, sources));
      }
      Set<String> sourceCodes = new java.util.HashSet<>();
      sources.forEach(s -> sourceCodes.add(s.code()));
      nestedTarget = false;
      looseTarget = false;
      for (List<Integer> tokens : slots) {
        nestedTarget = tokens == slots.get(slots.size() - 1);
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
        if (dictionaries.rules().dialect().targetFromPhrase()) {
          // PETRARCH resolves no pronoun to a target ("burned down its embassy" has none).
          withConj.removeIf(x -> g.token(x).isPronoun());
        }
        List<Mention> found = new ArrayList<>();
        boolean subjectSlot = tokens == subjectSlotTokens;
        for (Mention m : resolveAll(withConj, t)) {
          if (subjectSlot || !sourceCodes.contains(m.code())) {
            found.add(m);
          }
        }
        if (!found.isEmpty()) {
          return found;
        }
      }
      if (dictionaries.rules().dialect().targetFromPhrase()) {
        // PETRARCH takes the first actor of the verb phrase (issue 3): "welcomed a resumption of ties with Osgiliath".
        for (int tok : PatternRules.targetPhrase(g, t)) {
          if (actors.matchAt(tok) == null || g.token(tok).isPronoun() || f.consumed().contains(PatternRules.phraseHead(g, tok))) {
            continue;
          }
          List<Mention> found = new ArrayList<>();
          for (Mention m : resolveAll(withConjuncts(List.of(PatternRules.phraseHead(g, tok))), t)) {
            if (!sourceCodes.contains(m.code())) {
              found.add(m);
            }
          }
          if (!found.isEmpty()) {
            return found;
          }
        }
        List<Integer> subjects = g.children(t, "nsubj");
        if (sources.stream().map(Mention::head).distinct().count() > 1
            && sources.stream().allMatch(m -> subjects.contains(m.head()))) {
          // "The US, Russia, and Switzerland met": with no other target, PETRARCH pairs the
          // conjoined subject's actors.
          return sources;
        }
      }
      return List.of();
    }

    /** The tokens and their conjuncts ("Gondor and Osgiliath"). */
    private List<Integer> withConjuncts(List<Integer> tokens) {
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

    /** Tokens inside the object and obliques of t, breadth first, up to three links deep. */
    private List<Integer> nestedArguments(int t, List<Mention> sources) {
      List<Integer> out = new ArrayList<>();
      java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
      for (Dependency d : g.children(t)) {
        if (d.relation().equals("obj") || d.relation().startsWith("obl:")) {
          queue.add(new int[] {d.dependent(), 1});
        }
      }
      Set<Integer> seen = new java.util.HashSet<>();
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

    private List<Integer> slotTokens(int t, String slot) {
      if (slot.equals("nsubj")) {
        List<Integer> subj = new ArrayList<>(g.childrenExact(t, "nsubj"));
        subj.addAll(g.childrenExact(t, "nsubj:pass"));
        return subj;
      }
      if (slot.equals("obl") || slot.startsWith("obl!")) {
        // "obl!in": any argument but the one "in" introduces (PETRARCH's "IN ^ +").
        String skip = slot.startsWith("obl!") ? ":" + slot.substring(4) : null;
        List<Integer> out = new ArrayList<>();
        for (int x : java.util.stream.Stream.concat(java.util.stream.Stream.of(t), g.childrenExact(t, "obj").stream()).toList()) {
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
        return obliques(t, slot.substring(1));
      }
      List<Integer> out = new ArrayList<>();
      for (int x : complements(t)) {
        if (slot.equals("xcomp.obj")) {
          out.addAll(g.childrenExact(x, "obj"));
        } else if (slot.startsWith("xcomp.+")) {
          out.addAll(obliques(x, slot.substring(7)));
        }
      }
      return out;
    }

    /**
     * How sure the coder is of an event, from general features of how it was found (see
     * docs/EVALUATION.md, "Calibration"): a target in the trigger's own arguments, a pattern that
     * names words, the trigger's own subject as source raise it; a target reached through a
     * preposition the pattern does not name or found inside another argument, actors matched with
     * a typing error or placed by inference (the sentence's only country, the clause's place), a
     * code the clause's modality changed (future, conditional, refusal) and depth in the parse
     * lower it. Clauses that are background to another event lose more afterwards (see
     * {@code background}).
     */
    private double confidence(Firing f, Mention s, Mention target, String code, boolean directSource) {
      double confidence = 0.45;
      if (target != null) {
        confidence += nestedTarget ? 0.05 : looseTarget ? 0.1 : 0.2;
      }
      confidence += Math.min(0.15, f.pattern().specificity() * 0.05);
      confidence += directSource ? 0.1 : 0.0;
      confidence -= (s.fuzzy() || (target != null && target.fuzzy())) ? 0.1 : 0.0;
      if (inferred(s) || (target != null && inferred(target))) {
        confidence -= 0.1;
      }
      boolean derived = !code.equals(f.pattern().code()) && !code.equals(f.pattern().reverseCode());
      if (derived) {
        // "would prohibit aid" read as a threat, "refused to meet" as a rejection: a reading, not the verb's code.
        confidence -= 0.15;
      }
      // The main clause states the story's event; embedded clauses often report background.
      confidence -= 0.03 * Math.min(3, g.depth(t(f)));
      return Math.max(0.05, Math.min(0.95, confidence));
    }

    private int t(Firing f) {
      return f.trigger();
    }

    /**
     * True for an actor placed by inference rather than named: the sentence's only country, the
     * clause's place, the side it is loyal to.
     */
    private boolean inferred(Mention m) {
      return m.entries().stream().anyMatch(e -> e.startsWith("inferred:") || e.startsWith("place-of-clause:")
          || e.startsWith("loyal-to:"));
    }

    private CodedEvent event(Firing f, Mention s, Mention target, CameoCode cameo, String code, boolean negated,
        Modality modality, List<String> cues, EventDate date, boolean directSource) {
      int t = f.trigger();
      Token trig = g.token(t);
      ActorRef src = ref(s);
      ActorRef tgt = target == null ? null : ref(target);
      Location location = locator == null ? null : locator.locate(annotated, sentence, t, src, tgt);
      if (location == null) {
        location = location(t, s, target);
      }
      double confidence = confidence(f, s, target, code, directSource);
      Evidence evidence = new Evidence(sentence.index(), sentence.text(),
          new int[] {trig.begin(), trig.end()},
          new int[] {src.begin(), src.end()},
          tgt == null ? null : new int[] {tgt.begin(), tgt.end()},
          f.pattern().text() + " (" + f.pattern().origin() + ")",
          cues);
      String id = eventId(article.id(), sentence.index(), t, src.code(), tgt == null ? "" : tgt.code(), code);
      return new CodedEvent(article.id(), id, date, src, tgt, cameo.code().equals(code) ? code : cameo.code(),
          cameo.root(), cameo.quadClass(), cameo.goldstein(),
          new Plover(cameo.ploverEvent(), cameo.ploverMode(), Contexts.of(sentence, src, tgt)),
          negated, modality, location, evidence, Math.round(confidence * 100) / 100.0);
    }

    private ActorRef ref(Mention m) {
      int b = g.token(m.begin()).begin();
      int e = g.token(m.end() - 1).end();
      return new ActorRef(m.code(), m.country(), m.sector(), m.name(), sentence.span(m.begin(), m.end()), b, e,
          m.members(), m.entries());
    }

    private Location location(int t, Mention source, Mention target) {
      for (Dependency d : g.children(t)) {
        String rel = d.relation();
        if ((rel.startsWith("obl:") || rel.startsWith("nmod:")) && PLACE_PREPOSITIONS.contains(d.subtype())) {
          Mention place = actors.resolve(d.dependent());
          if (place != null && place.country() != null && place.sector() == null) {
            return new Location(place.name(), "country", place.country(), null, null, null, null, "text",
                sentence.span(place.begin(), place.end()), 0.6);
          }
        }
      }
      Mention m = target != null && target.country() != null ? target : source.country() != null ? source : null;
      if (m == null) {
        return null;
      }
      return new Location(countryName(m.country()), "country", m.country(), null, null, null, null, "actor",
          sentence.span(m.begin(), m.end()), 0.3);
    }

    private String countryName(String iso3) {
      var entry = dictionaries.actors().byCode(iso3);
      return entry == null ? iso3 : entry.name();
    }
  }

  /** One SHA-256 digest per thread (issue 5: looking the algorithm up for every event cost more than hashing). */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  static String eventId(String articleId, int sentence, int trigger, String source, String target, String code) {
    MessageDigest md = SHA_256.get();
    // digest() resets it for the next event
    md.update((articleId + "|" + sentence + "|" + trigger + "|" + source + "|" + target + "|" + code)
        .getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest(), 0, 12);
  }
}
