package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Token;

/**
 * Events the learned model names where no pattern coded (issue 11, round 9), made by the coder's
 * own stages: the sources and targets by {@link Participants}, the date by {@link EventDates},
 * the place and the evidence by {@link EventAssembler}, as a pattern's event would get them.
 * Two uses ({@link ClauseTyper.Uses}):
 *
 * <ul>
 *   <li>the <b>finder</b>: a verb no pattern fired on whose own subject (or passive agent) and
 *       object (or prepositional object) are actors the dictionaries know ("the Ukrainian navy
 *       shadowed a Russian frigate"), whose dyad the sentence has not coded, not negated, not
 *       asked of someone else; the model's best PLOVER type, when it gives it at least
 *       {@link #FIND_AT_LEAST}, is the event's, with that type's general CAMEO code ({@link
 *       #CODES}) and the clause's modality;
 *   <li>the <b>net</b>: in a sentence that coded nothing, the verb or noun the model scores
 *       highest, at least {@link #NET_AT_LEAST}, for ASSAULT or PROTEST ("came under a mortar
 *       attack"); its source is what the coder would find for an attack or a protest there (the
 *       subject, the agent, unidentified gunmen, the sector the place implies), its target the
 *       trigger's argument or a sector noun; no source, no event.
 * </ul>
 *
 * Per sentence; not thread-safe.
 */
final class LearnedClauses {
  /**
   * The finder codes a clause whose best type the model gives at least this: chosen on the VOA
   * dev half (round 9), where the finder's events from 0.4 up were right about two times in five,
   * enough to raise F1 while recall is below 0.5.
   */
  static final double FIND_AT_LEAST = 0.4;
  /**
   * The finder codes no clause whose source or target is a list of more actors than this ("the
   * talks bring together ministers from A, B, C and D", "A, B, C and D contest the claims"): such
   * a clause describes a group or a standing dispute, and on the VOA dev half (round 10) its
   * events, one per pair, were 10 of the finder's 18 wrong events for 2 right ones.
   */
  static final int LISTED_AT_MOST = 2;
  /** The net codes a word the model gives at least this for ASSAULT or PROTEST (round 4). */
  static final double NET_AT_LEAST = 0.9;
  /** The net scores at most this many words of a sentence. */
  static final int NET_WORDS = 12;
  /** PLOVER type -> the general CAMEO code an event of that type found by the model gets. */
  static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("REQUEST", "020"), Map.entry("AGREE", "057"), Map.entry("CONSULT", "040"),
      Map.entry("SUPPORT", "050"), Map.entry("COOPERATE", "060"), Map.entry("AID", "070"),
      Map.entry("CONCEDE", "080"), Map.entry("RETREAT", "087"), Map.entry("ACCUSE", "110"),
      Map.entry("REJECT", "120"), Map.entry("THREATEN", "130"), Map.entry("PROTEST", "140"),
      Map.entry("MOBILIZE", "150"), Map.entry("SANCTION", "160"), Map.entry("COERCE", "170"),
      Map.entry("ASSAULT", "190"));
  /** Verbs of saying, being and having: their clauses are statements or states, the model's NONE. */
  private static final Set<String> NOT_ACTS = Set.of("be", "have", "do", "become", "seem", "remain", "get");
  /**
   * Verbs of feeling (issue 11, round 10): a feeling is a state, not an act of one side on another.
   * With the first ("Russia's decision disappointed Canada") the object feels and the subject is its
   * cause, so the subject's act would run backwards; with the second ("Japan likes China's plan") the
   * subject feels and does nothing to the object. The coder's own patterns (disapproval, wishes) read
   * the feelings that are events.
   */
  static final Set<String> FEELINGS = Set.of(
      "disappoint", "anger", "upset", "worry", "alarm", "concern", "frustrate", "dismay", "surprise", "shock",
      "please", "delight", "satisfy", "annoy", "irritate", "offend", "trouble", "disturb", "embarrass", "outrage",
      "infuriate", "enrage", "impress", "scare", "frighten", "horrify", "amuse", "bother", "puzzle", "reassure",
      "like", "love", "hate", "dislike", "fear", "admire", "prefer", "enjoy", "respect", "envy", "miss", "trust");

  /** A clause the model is asked about: its trigger and whether it is the net's. */
  record Candidate(int trigger, boolean net, ClauseTyper.Clause clause) {}

  private final SentenceGraph g;
  private final Clauses clauses;
  private final Participants participants;
  private final EventAssembler assembler;
  private final Dictionaries dictionaries;
  private final LocalDate articleDate;
  private final Set<Integer> fired;
  private final Set<Integer> consumed;

  LearnedClauses(SentenceGraph g, Clauses clauses, Participants participants, EventAssembler assembler,
      Dictionaries dictionaries, LocalDate articleDate, Set<Integer> fired, Set<Integer> consumed) {
    this.g = g;
    this.clauses = clauses;
    this.participants = participants;
    this.assembler = assembler;
    this.dictionaries = dictionaries;
    this.articleDate = articleDate;
    this.fired = fired;
    this.consumed = consumed;
  }

  /**
   * The triage's window (round 10): the finder's verb is at most this many tokens after the end of
   * an actor's name ("Gondor shadowed", "Gondor on Tuesday shadowed", "Gondor has quietly
   * shadowed").
   */
  static final int BEFORE = 2;
  /**
   * And another actor's name starts at most this many tokens after the verb ("shadowed Rohan",
   * "shadowed a Rohan frigate", "huddled with the Rohan envoy").
   */
  static final int AFTER = 3;

  /**
   * Whether the tagged sentence may hold a clause the finder asks about, by the tokens and the
   * dictionaries' names alone (the triage's test, before the parse): a verb of action, not of
   * saying or being, with a dictionary name of an actor (a country, an organisation, a group or a
   * person, not a sector noun alone) at most {@link #BEFORE} tokens before it and another at most
   * {@link #AFTER} tokens after it. Round 9's test (any verb of action in a sentence with two
   * actors anywhere) parsed 74 % of the sentences instead of 48 %, which took the bench's CPU
   * ratio below 5x; round 10 measured a window of 4 tokens each side with sector nouns and
   * pronouns at 56 %.
   */
  static boolean mayFind(List<Token> tokens, List<ActorDictionary.Match> matches) {
    int n = tokens.size();
    int[] lastEndBefore = new int[n + 1]; // i -> the largest end <= i of an actor's name, else -1
    int[] firstBeginAfter = new int[n + 1]; // i -> the smallest begin >= i of an actor's name, else past the window
    java.util.Arrays.fill(lastEndBefore, -1);
    java.util.Arrays.fill(firstBeginAfter, n + AFTER + 1);
    for (ActorDictionary.Match m : matches) {
      if (m.hits().stream().anyMatch(h -> h.entry() != null)) {
        lastEndBefore[m.end()] = Math.max(lastEndBefore[m.end()], m.end());
        firstBeginAfter[m.begin()] = Math.min(firstBeginAfter[m.begin()], m.begin());
      }
    }
    for (int i = 1; i <= n; i++) {
      lastEndBefore[i] = Math.max(lastEndBefore[i], lastEndBefore[i - 1]);
    }
    for (int i = n - 1; i >= 0; i--) {
      firstBeginAfter[i] = Math.min(firstBeginAfter[i], firstBeginAfter[i + 1]);
    }
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().startsWith("VB") && !NOT_ACTS.contains(lemma) && !Modalities.SPEECH.contains(lemma)
          && lastEndBefore[i] >= 0 && i - lastEndBefore[i] <= BEFORE
          && firstBeginAfter[i + 1] - (i + 1) <= AFTER) {
        return true;
      }
    }
    return false;
  }

  /** The finder's clauses (when {@code find}) and the net's words (when {@code net} and nothing was coded). */
  List<Candidate> candidates(List<CodedEvent> coded, boolean net, boolean find) {
    List<Candidate> out = new ArrayList<>();
    String text = g.sentence.text();
    if (net && coded.isEmpty()) {
      int n = 0;
      for (Token t : g.sentence.tokens()) {
        if (n < NET_WORDS && (t.pos().startsWith("VB") || t.pos().equals("NN") || t.pos().equals("NNS"))) {
          out.add(new Candidate(t.index(), true, new ClauseTyper.Clause(text, t.word())));
          n++;
        }
      }
    }
    if (find) {
      for (int t = 0; t < g.size(); t++) {
        if (findable(t, coded)) {
          out.add(new Candidate(t, false, new ClauseTyper.Clause(text, g.token(t).word())));
        }
      }
    }
    return out;
  }

  /**
   * Whether the finder asks about the verb: no pattern fired on it or took it, not a verb of
   * saying, being, feeling or wishing (the wish stage reads wishes), not in a question, not negated
   * or requested, and its own subject and object are known actors
   * of a dyad no event of the sentence has.
   */
  private boolean findable(int t, List<CodedEvent> coded) {
    Token tok = g.token(t);
    String lemma = g.lemma(t).toLowerCase(Locale.ROOT);
    if (!tok.pos().startsWith("VB") || fired.contains(t) || consumed.contains(t) || NOT_ACTS.contains(lemma)
        || Modalities.SPEECH.contains(lemma) || FEELINGS.contains(lemma) || Wishes.WISHING.contains(lemma)
        || g.isQuestion() || triggered(t, coded)) {
      return false;
    }
    if (Modalities.negated(g, t, new ArrayList<>()) || clauses.requested(t)) {
      return false;
    }
    Dyad d = dyad(t, "");
    if (d == null) {
      return false;
    }
    for (CodedEvent e : coded) {
      for (Mention s : d.sources) {
        for (Mention x : d.targets.mentions()) {
          if (e.target() != null && e.source().code().equals(s.code()) && e.target().code().equals(x.code())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Whether an event of the sentence has its trigger on the token. */
  private boolean triggered(int t, List<CodedEvent> coded) {
    Token tok = g.token(t);
    for (CodedEvent e : coded) {
      int[] span = e.evidence().trigger();
      if (span.length == 2 && span[0] <= tok.begin() && tok.end() <= span[1]) {
        return true;
      }
    }
    return false;
  }

  /** The trigger's sources and targets as the coder finds them. */
  private record Dyad(boolean passive, Participants.SourceSearch search, List<Mention> sources,
      Participants.Targets targets, Firing firing) {}

  /** The finder's dyad: the verb's own subject and an argument of its own, both named actors; else null. */
  private Dyad dyad(int t, String code) {
    boolean passive = clauses.passive(t);
    Participants.SourceSearch ss = participants.sources(t, passive, code);
    if (!ss.direct() || ss.mentions().isEmpty()) {
      return null;
    }
    Firing f = firing(t, code.isEmpty() ? VerbPattern.NO_EVENT : code, "learned");
    Participants.Targets found = participants.targets(f, passive, ss.mentions());
    if (found.mentions().isEmpty() || found.nested()) {
      return null;
    }
    return new Dyad(passive, ss, ss.mentions(), found, f);
  }

  /** A firing of no pattern of the dictionaries: the model's, on the trigger alone. */
  private Firing firing(int t, String code, String text) {
    VerbPattern.TriggerPos pos = g.token(t).isNoun() ? VerbPattern.TriggerPos.NOUN : VerbPattern.TriggerPos.VERB;
    VerbPattern p = new VerbPattern(code, Set.of(g.lemma(t)), pos, List.of(), null, text, "learned");
    return new Firing(t, p, List.of(), List.of());
  }

  /** The events of a candidate the model typed {@code type} with probability {@code p}; empty when none may be made. */
  List<CodedEvent> events(Candidate c, String type, double p) {
    String code = CODES.get(type);
    CameoCode cameo = code == null ? null : dictionaries.cameo().find(code).orElse(null);
    if (cameo == null || !type.equals(cameo.ploverEvent())) {
      return List.of();
    }
    int t = c.trigger();
    String label = String.format(Locale.ROOT, "learned %s %.2f", type, p);
    List<String> cues = new ArrayList<>();
    Modality modality = Modalities.modality(g, t, cues);
    EventDate date = SentenceCoder.date(g, t, articleDate);
    List<CodedEvent> out = new ArrayList<>();
    if (c.net()) {
      boolean passive = clauses.passive(t);
      Participants.SourceSearch ss = participants.sources(t, passive, code);
      if (ss.mentions().isEmpty()) {
        return List.of();
      }
      Firing f = firing(t, code, label);
      Participants.Targets found = participants.targets(f, passive, ss.mentions());
      if (found.mentions().isEmpty()) {
        found = participants.genericTargets(f, passive, ss.mentions());
      }
      for (Mention s : ss.mentions()) {
        List<Mention> ts = found.mentions().isEmpty() ? Collections.singletonList(null) : found.mentions();
        for (Mention x : ts) {
          if (x == null || !x.code().equals(s.code())) {
            out.add(assembler.event(f, s, x, cameo, code, false, modality, cues, date, ss.direct(), found.nested(),
                found.loose()));
          }
        }
      }
      return out;
    }
    Dyad d = dyad(t, code);
    if (d == null || d.sources.size() > LISTED_AT_MOST || d.targets.mentions().size() > LISTED_AT_MOST) {
      return List.of();
    }
    Firing f = firing(t, code, label);
    for (Mention s : d.sources) {
      for (Mention x : d.targets.mentions()) {
        if (!x.code().equals(s.code()) && !member(s, x) && !member(x, s)) {
          out.add(assembler.event(f, s, x, cameo, code, false, modality, cues, date, true, false,
              d.targets.loose()));
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code a} is a member of the organisation {@code b} on the article's date: an act of a
   * member on its own organisation ("Mali, Burkina Faso and Niger formed the Alliance of Sahel
   * States") is the members' act among themselves, which the finder cannot pair; it makes none.
   */
  static boolean member(Mention a, Mention b) {
    return b.members() != null && (b.members().contains(a.code()) || a.country() != null && b.members().contains(a.country()));
  }
}
