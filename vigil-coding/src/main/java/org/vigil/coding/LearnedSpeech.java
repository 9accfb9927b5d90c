package org.vigil.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;

/**
 * Criticism the speech model reads where no word list does (issue 11, round 13): news reports
 * judgement in open vocabulary ("is clearly false", "does not have a good record of", "a sieve"),
 * which the evaluative lexicon of {@link Evaluations} cannot cover. A sentence of reported speech
 * (a verb of saying whose speaker the coder resolves, or all quotation carrying on a quote
 * attributed before it) that coded nothing, and that names an actor of another side than the
 * speaker, is asked of the speech model as a whole; when the model gives ACCUSE at least {@link
 * #AT_LEAST}, the speaker criticises that actor (CAMEO 111), dated by the verb of saying, with a
 * confidence of at most {@link #UNSURE} unless the model gives at least {@link #SURE}. The first
 * actor named outside the speaker's own words is the target (the subject or owner of what is
 * judged comes first in most such sentences). A sentence with a negation or a condition is not
 * asked: the model does not see what they deny. Per sentence; not thread-safe.
 */
final class LearnedSpeech {
  /**
   * The speech model's ACCUSE probability from which the sentence codes: chosen by cross-validation
   * by article within the VOA dev half (round 13, docs/ACCURACY.md).
   */
  static final double AT_LEAST = 0.5;
  /** From this probability the model is sure: the event keeps the assembler's confidence. */
  static final double SURE = 0.9;
  /** Otherwise the event's confidence is at most this. */
  static final double UNSURE = 0.7;
  private static final String CODE = "111";
  /** Pronouns of the speaker's own side: never the judged actor. */
  private static final Set<String> OWN = Set.of("i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves");

  /** Words of negation and condition ({@link #hedged}). */
  private static final Set<String> HEDGES = Set.of("not", "never", "no", "neither", "nor", "if", "unless", "whether");
  /** Pronouns that name a thing or a situation more often than an actor ("it is a reflection of"). */
  private static final Set<String> IMPERSONAL = Set.of("it", "its", "this", "that", "these", "those");

  /** A sentence the model is asked about: the verb of saying (-1 for a quotation), its speakers and the judged actors. */
  record Candidate(LearnedSpeech speech, int saying, List<Mention> speakers, List<Mention> targets) {}

  /**
   * Where a sentence stops on its way to the model, in the order the coder tries the gates (issue
   * 11, round 16: {@code docs/ACCURACY.md} "Round 16: what reaches the speech model"; logged at
   * DEBUG by the coder, {@code scripts/speech-reach.py} counts them). {@link #ASKED} reaches it.
   */
  enum Gate {
    /** The triage did not parse the sentence. */
    UNPARSED,
    /** A teaser or a discarded sentence. */
    SKIPPED,
    /** Another rule coded an event in the sentence. */
    CODED,
    /** The dictionaries have no code for criticism. */
    NO_CODE,
    /** A negation or a condition ({@link #hedged}). */
    HEDGED,
    /** No verb of saying and no attributed quotation. */
    NO_SAYING,
    /** A verb of saying whose speaker does not resolve, and no attributed quotation. */
    NO_SPEAKER,
    /** A speaker, but no actor of another side named outside the speaker's phrase. */
    NO_TARGET,
    /** More than {@link LearnedClauses#LISTED_AT_MOST} such actors: a list. */
    LIST,
    /** Asked of the model. */
    ASKED
  }

  /** The gate a sentence stops at, and its candidate when it reaches the model. */
  record Reach(Gate gate, Candidate candidate) {}

  /** A sentence of an article and the gate it stopped at, for {@link #log}. */
  record Traced(Sentence sentence, Gate gate) {}

  /** Where the coder logs each sentence's gate and the model's answer (DEBUG, java.util.logging's FINE). */
  private static final System.Logger LOG = System.getLogger(LearnedSpeech.class.getName());

  /** Whether the gates are logged: the coder then asks the model about every sentence. */
  static boolean tracing() {
    return LOG.isLoggable(System.Logger.Level.DEBUG);
  }

  /**
   * Logs one line per sentence of the article: its index, the gate it stopped at and the model's
   * ACCUSE and REQUEST probabilities, asked of every sentence whatever its gate (what the model
   * would say of the sentences the gates stop; diagnosis only, one more batch per article), and
   * the text; tab-separated, after the word {@code speech-reach}.
   */
  static void log(String article, List<Traced> traced, ClauseTyper model) {
    List<Map<String, Double>> p = model.types(traced.stream()
        .map(t -> new ClauseTyper.Clause(t.sentence().text(), "")).toList());
    for (int i = 0; i < traced.size(); i++) {
      Traced t = traced.get(i);
      String line = String.format(Locale.ROOT, "speech-reach\t%s\t%d\t%s\t%.3f\t%.3f\t%s", article,
          t.sentence().index(), t.gate(), p.get(i).getOrDefault("ACCUSE", 0.0),
          p.get(i).getOrDefault("REQUEST", 0.0), t.sentence().text().replaceAll("\\s+", " "));
      LOG.log(System.Logger.Level.DEBUG, line);
    }
  }

  private final SentenceScope scope;
  private final SentenceGraph g;

  LearnedSpeech(SentenceScope scope) {
    this.scope = scope;
    this.g = scope.g();
  }

  /** The sentence's text, as the model reads it. */
  String text() {
    return g.sentence.text();
  }

  /** The sentence's candidate, or null: it must be reported speech, have coded nothing, and name another side. */
  Candidate candidate(List<CodedEvent> coded) {
    return reach(coded).candidate();
  }

  /** The first gate that stops the sentence, or {@link Gate#ASKED} with its candidate. */
  Reach reach(List<CodedEvent> coded) {
    if (!coded.isEmpty()) {
      return new Reach(Gate.CODED, null);
    }
    if (scope.statedCode(CODE).isEmpty()) {
      return new Reach(Gate.NO_CODE, null);
    }
    if (hedged()) {
      return new Reach(Gate.HEDGED, null);
    }
    boolean saying = false;
    for (int s = 0; s < g.size(); s++) {
      if (!g.token(s).isVerb() || !Evaluations.SAYING.contains(g.lemma(s))
          || SpeakerEvents.negatedOrConditional(g, s, s)) {
        continue;
      }
      saying = true;
      List<Integer> speakerTokens = SpeakerEvents.speakerTokens(g, s);
      List<Mention> speakers = scope.mentions().resolve(speakerTokens, s);
      if (!speakers.isEmpty()) {
        return reach(s, speakers, targets(speakers, subtrees(speakerTokens), s));
      }
    }
    if (scope.quoteSpeaker() != null) {
      List<Mention> speakers = List.of(scope.quoteSpeaker().at(0));
      return reach(-1, speakers, targets(speakers, Set.of(), 0));
    }
    return new Reach(saying ? Gate.NO_SPEAKER : Gate.NO_SAYING, null);
  }

  private Reach reach(int saying, List<Mention> speakers, List<Mention> targets) {
    if (targets.isEmpty()) {
      return new Reach(Gate.NO_TARGET, null);
    }
    if (targets.size() > LearnedClauses.LISTED_AT_MOST) {
      return new Reach(Gate.LIST, null);
    }
    return new Reach(Gate.ASKED, new Candidate(this, saying, speakers, targets));
  }

  /** The candidate's event when the model gives ACCUSE {@code p}: none below {@link #AT_LEAST}. */
  List<CodedEvent> events(Candidate c, double p) {
    CameoCode cameo = scope.statedCode(CODE).orElse(null);
    if (cameo == null || p < AT_LEAST) {
      return List.of();
    }
    int at = c.saying() >= 0 ? c.saying() : root();
    if (at < 0) {
      return List.of();
    }
    SpeakerEvents out = new SpeakerEvents(g, scope.assembler(), cameo, CODE, scope.articleDate());
    out.add(at, at, "target", String.format(Locale.ROOT, "learned:speech ACCUSE %.2f", p), c.speakers(),
        c.targets().subList(0, 1));
    if (p >= SURE) {
      return out.events();
    }
    return out.events().stream()
        .map(e -> scope.assembler().withConfidence(e, Math.min(UNSURE, e.confidence()))).toList();
  }

  /**
   * The actors of another side than the speakers named in the sentence outside the speaker's own
   * phrase, in order, one per code; more than two such actors are a list, which {@link #reach}
   * does not ask (as for the finder's lists).
   */
  private List<Mention> targets(List<Mention> speakers, Set<Integer> speakerPhrase, int clause) {
    Map<String, Mention> out = new LinkedHashMap<>();
    for (int t = 0; t < g.size(); t++) {
      if (speakerPhrase.contains(t) || !(g.token(t).isNoun() || g.token(t).isPronoun())
          || OWN.contains(g.token(t).word().toLowerCase(Locale.ROOT))
          || g.token(t).isPronoun() && IMPERSONAL.contains(g.token(t).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Dependency h = g.head(t);
      if (h != null && h.governor() >= 0 && (h.relation().equals("compound") || h.relation().equals("flat"))) {
        continue; // a word of a longer name: its head resolves the name
      }
      for (Mention m : scope.mentions().resolve(List.of(t), clause)) {
        if (!m.code().startsWith("---") && speakers.stream().noneMatch(sp -> Evaluations.sameSide(sp, m))) {
          out.putIfAbsent(m.code(), m);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * Whether the sentence holds a negation or a condition anywhere ("said Belarus was not the
   * aggressor", "if Russia is the aggressor"): the model reads the sentence as a whole and does
   * not see what they deny or suspend, so such a sentence is not asked.
   */
  private boolean hedged() {
    for (int t = 0; t < g.size(); t++) {
      String lemma = g.lemma(t).toLowerCase(Locale.ROOT);
      if (HEDGES.contains(lemma) || g.token(t).word().equalsIgnoreCase("n't")) {
        return true;
      }
    }
    return false;
  }

  /** The tokens of the phrases headed by {@code heads}. */
  private Set<Integer> subtrees(List<Integer> heads) {
    Set<Integer> out = new java.util.HashSet<>();
    List<Integer> stack = new ArrayList<>(heads);
    while (!stack.isEmpty()) {
      int cur = stack.remove(stack.size() - 1);
      if (out.add(cur)) {
        g.children(cur).forEach(d -> stack.add(d.dependent()));
      }
    }
    return out;
  }

  /** The first token that hangs on nothing and has dependents, else -1. */
  private int root() {
    for (int t = 0; t < g.size(); t++) {
      Dependency h = g.head(t);
      if ((h == null || h.governor() < 0) && !g.children(t).isEmpty()) {
        return t;
      }
    }
    return -1;
  }
}
