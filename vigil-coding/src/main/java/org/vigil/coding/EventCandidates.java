package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventCoder;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;
import org.vigil.core.text.SentenceTriage;

/**
 * The coder's triage (issue 5): a sentence is parsed only when it can hold an event, that is
 * when it has both
 *
 * <ul>
 *   <li>an actor candidate: a dictionary name of a country, organisation, group or person (sector
 *       nouns alone never make an actor: they need a country named in the same sentence), or a
 *       pronoun the coder can resolve to an earlier subject; and
 *   <li>a trigger candidate: a word with a verb pattern that could fire on it (its part of speech
 *       fits and every word and preposition the pattern names occurs in the sentence), or a
 *       "must"/"should" that the coder reads as a demand, or a verb of saying with a word of
 *       negative evaluation ({@link Evaluations}), a meeting noun ({@link Meetings}) or a verb of
 *       wishing ({@link Wishes}).
 * </ul>
 *
 * <p>Without a verb pattern, only those four rules can code, and each codes one actor on another
 * of a different code: such a sentence is parsed only when it may name two actors (round 5;
 * {@link #explain} gives the reasons, {@code vigil bench --triage-report} counts their yield).
 *
 * <p>A sentence, parsed or not, gets the CRF named entities when the dictionaries leave a
 * capitalised name unknown, or matched it only with a typing error: the coder reads the NER tags
 * only to keep such names from fuzzy matching when they are people, and the gazetteer to find
 * places (in every sentence: the places an article names elsewhere decide which "Paris" it
 * means). Without them the gazetteer's score on the geoparsing gold set fell from 0.86 to 0.75.
 *
 * <p>Of the parsed sentences with a time cue, SUTime runs only on those where the coder finds an
 * event ({@link #timed}): the coder dates an event from the time expressions of its own sentence
 * only, so the others need none. The coder runs once more for that, without places (about a
 * hundredth of SUTime's cost).
 *
 * <p>Asks the coder's {@link TriggerMatcher} which patterns could fire on a token and mirrors what
 * {@code ActorResolver} and {@code Pronouns} need, so keep it next to them when they change. Thread-safe: holds only immutable dictionaries and a stateless coder.
 */
public final class EventCandidates implements SentenceTriage {
  /** Modals of the coder's reported obligation ("Russia said Sudan must return ..."). */
  private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");

  private final Dictionaries dictionaries;
  private final EventCoder coder;
  /** The coder's own trigger matching: the triage tries the patterns the coder would try. */
  private final TriggerMatcher triggers;
  /** Whether the learned finder is on: a verb between two actors may code without a pattern. */
  private final boolean learnedClauses;

  /**
   * @param dictionaries the coder's dictionaries
   * @param coder the coder of those dictionaries, without places: it picks SUTime's sentences
   */
  public EventCandidates(Dictionaries dictionaries, EventCoder coder) {
    this(dictionaries, coder, false);
  }

  /**
   * As above; with {@code learnedClauses}, a sentence with a verb of action and two actors is
   * parsed even without a pattern: the learned finder may code it ({@link LearnedClauses}).
   */
  public EventCandidates(Dictionaries dictionaries, EventCoder coder, boolean learnedClauses) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.triggers = new TriggerMatcher(dictionaries);
    this.learnedClauses = learnedClauses;
  }

  /**
   * The candidates where the coder finds an event (negated and reported ones too), on the article
   * as it is before SUTime. When the coder fails, all of them: the coding that follows reports the
   * failure.
   */
  @Override
  public Set<Integer> timed(Article article, List<Sentence> sentences, Set<Integer> candidates) {
    List<CodedEvent> events;
    try {
      events = coder.code(new AnnotatedArticle(article, sentences));
    } catch (RuntimeException e) {
      return candidates;
    }
    Set<Integer> chosen = new HashSet<>();
    Map<Integer, List<CodedEvent>> bySentence = new HashMap<>();
    for (CodedEvent e : events) {
      int sentence = e.evidence().sentenceIndex();
      bySentence.computeIfAbsent(sentence, k -> new ArrayList<>()).add(e);
      if (candidates.contains(sentence)) {
        chosen.add(sentence);
      }
    }
    if (dictionaries.rules().dialect().readsClauseRoles()) {
      // a dated sentence without an event may start the episode that the next sentences tell
      // without a time of their own ("took over the train on Tuesday. ... the military said it
      // killed 33 militants"): NarrativeDates needs its time (issue 11, round 5) -- but only where
      // a later event could take it, told in the past and linked back, which NarrativeDates' own
      // tests decide here, before SUTime (round 6); and a dated sentence between an episode's
      // start and such an event needs its time too, as it would start another episode
      Map<Integer, Sentence> byIndex = new HashMap<>();
      for (Sentence s : sentences) {
        byIndex.put(s.index(), s);
      }
      // a statement without a time cue whose next sentence attributes it and may date it
      // ("..., the son said at a Wednesday event"): Attributions needs that sentence's time (round 7)
      for (int a : candidates) {
        Sentence statement = byIndex.get(a - 1);
        if (!chosen.contains(a) && statement != null && !candidates.contains(a - 1)
            && bySentence.getOrDefault(a - 1, List.of()).stream().anyMatch(Attributions::statement)
            && Attributions.mayAttribute(statement, byIndex.get(a))) {
          chosen.add(a);
        }
      }
      boolean grew = true;
      while (grew) {
        grew = false;
        for (int a : new ArrayList<>(candidates)) {
          int k = heir(a, candidates, bySentence, byIndex);
          if (k < 0) {
            continue;
          }
          if (chosen.add(a)) {
            grew = true;
          }
          if (chosen.contains(a)) {
            for (int between = a + 1; between < k; between++) {
              if (candidates.contains(between) && chosen.add(between)) {
                grew = true;
              }
            }
          }
        }
      }
    }
    return chosen;
  }

  /**
   * The last sentence in the {@link NarrativeDates#REACH} after sentence {@code a}, without a time
   * cue of its own, with an event that could take {@code a}'s date ({@link
   * NarrativeDates#mayInherit}, linked by an actor of {@code a}'s events or of the events between
   * that may continue the episode themselves), or with an event and an offset from the story's time
   * ("Days later, ..."; {@link TimeAnaphora#offsetCue}), or -1.
   */
  private static int heir(int a, Set<Integer> candidates, Map<Integer, List<CodedEvent>> bySentence,
      Map<Integer, Sentence> byIndex) {
    Set<String> before = new HashSet<>();
    for (CodedEvent e : bySentence.getOrDefault(a, List.of())) {
      before.addAll(NarrativeDates.actorKeys(e));
    }
    int heir = -1;
    for (int k = a + 1; k <= a + NarrativeDates.REACH; k++) {
      Sentence s = byIndex.get(k);
      if (s == null) {
        continue;
      }
      for (CodedEvent e : bySentence.getOrDefault(k, List.of())) {
        // only an event that may itself continue the episode gives it its actors
        if (NarrativeDates.mayInherit(s, e, before)) {
          before.addAll(NarrativeDates.actorKeys(e));
          if (!candidates.contains(k)) {
            heir = k;
          }
        } else if (TimeAnaphora.offsetCue(s)) {
          // "Days later, ...": an offset counts from the story's latest time (round 11)
          heir = k;
        }
      }
    }
    return heir;
  }

  @Override
  public Needs needs(Sentence tagged) {
    return explain(tagged).needs();
  }

  /**
   * Why the triage lets a sentence through to the parse: each kind of trigger candidate and of
   * actor candidate it found (issue 11, round 5: {@code vigil bench --triage-report} counts which
   * of them end in an event).
   */
  public enum Reason {
    /** A verb pattern of the dictionaries could fire on a word. */
    PATTERN(true),
    /** A pattern whose code generic actors may do (protest, coercion, violence). */
    GENERIC_PATTERN(true),
    /** "must", "should", "ought": a reported obligation, read as a demand. */
    OBLIGATION(true),
    /** A verb of saying with a word of negative evaluation ({@link Evaluations}). */
    EVALUATION(true),
    /** A verb of saying or alleging with a word of a wrong ({@link Allegations}). */
    ALLEGATION(true),
    /** A meeting written as a noun ({@link Meetings}). */
    MEETING(true),
    /** A verb of wishing ({@link Wishes}). */
    WISH(true),
    /** An act written as a noun with a preposition after it ({@link NominalEvents}). */
    NOMINAL(true),
    /** A verb of action the learned finder may type ({@link LearnedClauses}; only when it is on). */
    LEARNED_CLAUSE(true),
    /** An attack noun beside a word of casualties ({@link AttackReports}): the attack is its own actor. */
    ATTACK_REPORT(true),
    /** A dictionary name of a country, organisation, group or person. */
    NAMED_ACTOR(false),
    /**
     * A sentence all quotation ({@link Quotes#spokenElsewhere}): the speaker the quote was
     * attributed to in another sentence may be its source (issue 11, round 12). Counts as one more
     * actor beside a dictionary name, never as the only one.
     */
    QUOTATION(false),
    /** A pronoun the coder resolves to an earlier subject. */
    PRONOUN(false),
    /** A sector noun or a weapon or attack: an actor of a generic pattern only. */
    GENERIC_ACTOR(false),
    /** "the regional body": a definite description ({@link DefiniteReferences}). */
    DEFINITE_REFERENCE(false);

    private final boolean trigger;

    Reason(boolean trigger) {
      this.trigger = trigger;
    }

    /** Whether this is a trigger candidate (else an actor candidate). */
    public boolean trigger() {
      return trigger;
    }
  }

  /**
   * The triage's reading of one sentence: every reason it found, the words its patterns could
   * fire on (as {@code word:code}), and what it asks for.
   */
  public record Explanation(Set<Reason> reasons, List<String> patternWords, Needs needs) {
    public Explanation {
      reasons = reasons.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(reasons));
      patternWords = List.copyOf(patternWords);
      Objects.requireNonNull(needs, "needs");
    }
  }

  /**
   * Every trigger and actor candidate of the sentence and what it needs ({@link #needs} is its
   * {@code needs()}). A sentence is parsed when it has a trigger candidate and an actor candidate
   * that can do it: a named actor, a resolvable pronoun or a definite description for any
   * trigger; a generic actor for a generic pattern.
   */
  public Explanation explain(Sentence tagged) {
    List<Token> tokens = tagged.tokens();
    List<ActorDictionary.Match> matches = dictionaries.actors().match(tokens);
    java.util.EnumSet<Reason> reasons = java.util.EnumSet.noneOf(Reason.class);
    List<String> words = new java.util.ArrayList<>();
    triggers(tokens, reasons, words);
    boolean modality = dictionaries.rules().inferModality();
    // a sentence all quotation: its speaker is named in another sentence (issue 11, round 12)
    boolean quoted = modality && dictionaries.rules().dialect().readsClauseRoles() && Quotes.spokenElsewhere(tokens);
    if (quoted) {
      reasons.add(Reason.QUOTATION);
    }
    if (modality && dictionaries.rules().dialect().readsEvaluativeSpeech()
        && (Evaluations.mayEvaluate(tokens) || quoted && Evaluations.hasEvaluativeWord(tokens))) {
      // "X said Russia's aggression was illegal": criticism in the speaker's words (issue 11)
      reasons.add(Reason.EVALUATION);
    }
    if (modality && dictionaries.rules().dialect().readsEvaluativeSpeech() && Allegations.mayAllege(tokens)) {
      // "X said both sides committed abuses": an allegation of a wrong in reported speech (issue 11, round 8)
      reasons.add(Reason.ALLEGATION);
    }
    if (modality && dictionaries.rules().dialect().readsNominalMeetings() && Meetings.mayMeet(tokens)) {
      // "traveled to X for talks with Y": a meeting written as a noun (issue 11, round 4)
      reasons.add(Reason.MEETING);
    }
    if (modality && dictionaries.rules().dialect().readsWishes() && Wishes.mayWish(tokens)) {
      // "she hopes the United States can help": an appeal worded as a wish (issue 11, round 4)
      reasons.add(Reason.WISH);
    }
    if (modality && dictionaries.rules().dialect().readsClauseRoles() && NominalEvents.mayName(tokens, dictionaries)) {
      // "Arnor's restriction on exports to Gondor": an act written as a noun (issue 11, round 10)
      reasons.add(Reason.NOMINAL);
    }
    if (learnedClauses && modality && dictionaries.rules().dialect().readsClauseRoles()
        && LearnedClauses.mayFind(tokens, matches)) {
      // a verb no pattern knows between two actors: the learned finder's (issue 11, round 9; its window, round 10)
      reasons.add(Reason.LEARNED_CLAUSE);
    }
    if (modality && dictionaries.rules().dialect().readsClauseRoles() && AttackReports.mayReport(tokens)) {
      // "an explosion at a mosque killed dozens", "Car bomb at checkpoint: five soldiers dead" (round 10)
      reasons.add(Reason.ATTACK_REPORT);
    }
    // trigger hooks of later rounds go above this line, each adding its own Reason
    if (hasNamedActor(matches)) {
      reasons.add(Reason.NAMED_ACTOR);
    }
    if (hasResolvedPronoun(tokens)) {
      reasons.add(Reason.PRONOUN);
    }
    if (reasons.contains(Reason.GENERIC_PATTERN) && hasGenericActor(tokens, matches)) {
      reasons.add(Reason.GENERIC_ACTOR);
    }
    if (dictionaries.rules().dialect().readsDefiniteReferences() && DefiniteReferences.mayRefer(tokens)) {
      reasons.add(Reason.DEFINITE_REFERENCE);
    }
    boolean trigger = reasons.stream().anyMatch(Reason::trigger);
    boolean actor = reasons.contains(Reason.NAMED_ACTOR) || reasons.contains(Reason.PRONOUN)
        || reasons.contains(Reason.GENERIC_ACTOR) || reasons.contains(Reason.DEFINITE_REFERENCE);
    boolean pattern = reasons.contains(Reason.PATTERN) || reasons.contains(Reason.GENERIC_PATTERN);
    // Without a pattern only the rules of obligation, evaluation, meeting, wish and noun (and the learned finder) can code, and
    // each codes one actor on another of a different code: one actor alone cannot (round 5).
    // an attack report needs no actor candidate: the attack noun is its perpetrator (round 10)
    boolean parse = trigger && actor && (pattern || mentionCandidates(tokens, matches, reasons) >= 2)
        || reasons.contains(Reason.ATTACK_REPORT);
    return new Explanation(reasons, words, new Needs(parse, hasUnknownName(tokens, matches)));
  }

  /**
   * How many distinct actors the sentence may name, counted up to 2, erring high: the speaker of a
   * sentence all quotation, each dictionary
   * name of an actor or sector (two for an ambiguous or hyphenated one), one for all the resolved
   * pronouns (those the coder cannot resolve to a name of the sentence resolve to the previous
   * sentence's one subject), one for a definite description, and each run of capitalised proper
   * nouns no dictionary name covers exactly (the coder may know the person from earlier).
   */
  private static int mentionCandidates(List<Token> tokens, List<ActorDictionary.Match> matches, Set<Reason> reasons) {
    int n = reasons.contains(Reason.PRONOUN) ? 1 : 0;
    // the speaker of a quotation, only beside a name the quote may judge or oblige (pronouns are never judged)
    n += reasons.contains(Reason.QUOTATION) && reasons.contains(Reason.NAMED_ACTOR) ? 1 : 0;
    n += reasons.contains(Reason.DEFINITE_REFERENCE) ? 1 : 0;
    for (ActorDictionary.Match m : matches) {
      Set<Object> actors = new HashSet<>();
      for (ActorDictionary.Hit h : m.hits()) {
        if (h.entry() != null) {
          actors.add(h.entry());
        } else if (h.sector() != null) {
          actors.add(h.sector());
        }
      }
      boolean hyphenated = false;
      for (int i = m.begin(); i < m.end(); i++) {
        hyphenated |= tokens.get(i).word().indexOf('-', 1) > 0;
      }
      n += actors.isEmpty() ? 0 : actors.size() > 1 || hyphenated ? 2 : 1;
    }
    boolean[] known = knownNames(tokens, matches);
    boolean inRun = false;
    for (Token t : tokens) {
      boolean unknown = !known[t.index()] && isCapitalisedProperNoun(t);
      if (unknown && !inRun) {
        n++;
      }
      inRun = unknown;
    }
    return Math.min(n, 2);
  }

  /**
   * A sector noun alone ("gunmen", "police", "teachers") or a weapon or attack ("a roadside bomb",
   * "shelling"): actors of protest, coercion and violence only (issue 11), so such a sentence is
   * parsed only with a trigger of those.
   */
  private static boolean hasGenericActor(List<Token> tokens, List<ActorDictionary.Match> matches) {
    for (ActorDictionary.Match m : matches) {
      for (ActorDictionary.Hit h : m.hits()) {
        if (h.sector() != null) {
          return true;
        }
      }
    }
    for (Token t : tokens) {
      // by lemma whatever the tag: the tagger reads a sentence-initial "Shelling" as a verb
      if (Participants.ATTACK_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNamedActor(List<ActorDictionary.Match> matches) {
    for (ActorDictionary.Match m : matches) {
      for (ActorDictionary.Hit h : m.hits()) {
        if (h.entry() != null) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasResolvedPronoun(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.isPronoun() && Pronouns.RESOLVED.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the sentence's trigger candidates of the dictionaries: the patterns that could fire
   * (generic or not, with their words) and the modals of obligation.
   */
  private void triggers(List<Token> tokens, Set<Reason> reasons, List<String> fired) {
    Set<String> words = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      words.add(t.word().toLowerCase(Locale.ROOT));
      words.add(t.lemma().toLowerCase(Locale.ROOT));
      // "cease-fire", split by the tokenizer into cease, -, fire: the coder matches it whole too.
      String first = Token.hyphenPrefix(tokens, i);
      if (first != null) {
        words.add(first + "-" + t.word().toLowerCase(Locale.ROOT));
        words.add(first + "-" + t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    boolean obligations = dictionaries.rules().inferModality();
    boolean generic = dictionaries.rules().dialect().readsClauseRoles();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (obligations && (OBLIGATION.contains(word) || Demands.necessityCue(tokens, i))) {
        // "must", "should"; "needs to act" (round 8)
        reasons.add(Reason.OBLIGATION);
      }
      for (VerbPattern p : triggers.candidates(t, t.lemma().toLowerCase(Locale.ROOT))) {
        if (couldFire(p, t, words)) {
          if (!generic || !Participants.genericActs(p.code())) {
            reasons.add(Reason.PATTERN);
          } else {
            reasons.add(Reason.GENERIC_PATTERN);
          }
          fired.add(word + ":" + p.code());
        }
      }
    }
  }

  /** False only when the pattern cannot fire on the token whatever the parse says. */
  private static boolean couldFire(VerbPattern p, Token t, Set<String> words) {
    if (p.code().equals(VerbPattern.NO_EVENT) && p.reverseCode() == null) {
      return false;
    }
    boolean pos = switch (p.pos()) {
      // a copular adjective counts as a verb: "is ready to help"
      case VERB -> t.isVerb() || t.isAdjective();
      case NOUN -> t.isNoun();
      case ADJECTIVE -> t.isAdjective() || t.pos().equals("VBN");
    };
    if (!pos) {
      return false;
    }
    for (VerbPattern.Constraint c : p.constraints()) {
      if (!c.words().isEmpty() && c.words().stream().noneMatch(words::contains)) {
        return false;
      }
      if (c.kind() == VerbPattern.Constraint.Kind.OBLIQUE && !prepositionIn(c.preposition(), words)) {
        return false;
      }
      for (VerbPattern.SequenceWord w : c.sequence()) {
        if (w.alternatives().stream().noneMatch(words::containsAll)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the words of a preposition ("with", "out_of") are in the sentence: the parse names an
   * oblique after its case marker, so "+with" cannot hold without a "with".
   */
  private static boolean prepositionIn(String preposition, Set<String> words) {
    if (preposition == null || preposition.isEmpty()) {
      return true;
    }
    for (String part : preposition.toLowerCase(Locale.ROOT).split("_")) {
      if (!part.isEmpty() && !words.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised proper noun that no dictionary name covers exactly. */
  private static boolean hasUnknownName(List<Token> tokens, List<ActorDictionary.Match> matches) {
    boolean[] known = knownNames(tokens, matches);
    for (Token t : tokens) {
      if (!known[t.index()] && isCapitalisedProperNoun(t)) {
        return true;
      }
    }
    return false;
  }

  /** The tokens a dictionary proper name covers exactly (not by a fuzzy match). */
  private static boolean[] knownNames(List<Token> tokens, List<ActorDictionary.Match> matches) {
    boolean[] known = new boolean[tokens.size()];
    for (ActorDictionary.Match m : matches) {
      if (!m.fuzzy() && m.hits().stream().anyMatch(h -> h.kind().isProperName())) {
        for (int i = m.begin(); i < m.end(); i++) {
          known[i] = true;
        }
      }
    }
    return known;
  }

  private static boolean isCapitalisedProperNoun(Token t) {
    String w = t.word();
    return t.isProperNoun() && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  @Override
  public String toString() {
    return "EventCandidates";
  }
}
