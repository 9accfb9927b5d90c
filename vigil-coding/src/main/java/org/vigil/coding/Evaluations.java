package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Criticism said in the speaker's own words (issue 11, round 3): news reports most criticism as
 * the content of a quote or a "said" clause whose predicate evaluates an actor or its act
 * negatively ("X said Russia's aggression was illegal", "“Minsk is the aggressor,” X said"),
 * not with a verb of accusing. A speaker that names an actor, a verb of saying
 * ({@link #SAYING}), and in what is said a word of the evaluative lexicon
 * ({@code evaluative.txt}: adjectives, nouns and verbs of negative evaluation, built by
 * {@code scripts/build-evaluative.py} from seed words and WordNet's similar-to, antonym and
 * derivation links, round 11) about a named actor make one event, CAMEO 111 (PLOVER ACCUSE),
 * speaker to that actor. What is said is the complement of the verb of saying, or the quote it
 * is a parenthetical of however the parser hangs it (round 11: an unlabelled dependent before an
 * inverted "said", a "told reporters X was Y" parsed as a subject clause), or what a verb of
 * naming calls its object or small clause.
 *
 * <p>The evaluated actor is, in this order: the owner of the evaluated noun ("Russia's illegal
 * aggression", "the U.K. ban is unlawful"), the subject the evaluation is predicated of ("Minsk is
 * the aggressor", "Moscow undermined the talks"), or the doer of the evaluated act ("both sides
 * committed abuses"). Nothing is coded without such an actor, when it is the speaker's own side,
 * when the evaluation or its clause is negated ("is not illegal"), conditional, or asked
 * ("Is Minsk the aggressor?"), when it judges a claim ("called the allegations baseless": a
 * denial, round 11), or when a verb pattern already codes the evaluative word. Per
 * sentence; not thread-safe.
 */
final class Evaluations {
  /** Neutral verbs of saying whose content clause is what the speaker says. */
  static final Set<String> SAYING = Set.of(
      "say", "tell", "add", "state", "write", "note", "argue", "contend", "stress", "declare", "tweet", "assert",
      "maintain", "believe", "think", "describe", "suggest");
  /**
   * Verbs of naming whose object complement is what the speaker calls the object ("called the
   * move disappointing", "branded the vote illegal"; issue 11, round 5).
   */
  static final Set<String> NAMING = Set.of("call", "brand", "label", "term", "dub", "deem");
  /** The evaluative lexicon, by class: adjective, noun, verb. */
  static final Map<String, Set<String>> LEXICON = KindLexicon.load(Evaluations.class, "evaluative.txt",
      List.of("adjective", "noun", "verb"), "evaluative lexicon");
  private static final String CODE = "111";

  private final SentenceGraph g;
  private final SentenceScope scope;

  Evaluations(SentenceScope scope) {
    this.scope = scope;
    this.g = scope.g();
  }

  /**
   * The criticism events of the sentence; {@code fired} holds the tokens a verb pattern fired on
   * (their own events stand).
   */
  List<CodedEvent> code(Set<Integer> fired) {
    CameoCode cameo = scope.statedCode(CODE).orElse(null);
    if (cameo == null) {
      return List.of();
    }
    SpeakerEvents out = new SpeakerEvents(g, scope.assembler(), cameo, CODE, scope.articleDate());
    for (int s = 0; s < g.size(); s++) {
      if (!g.token(s).isVerb() || !(SAYING.contains(g.lemma(s)) || NAMING.contains(g.lemma(s)))
          || fired.contains(s)) {
        continue;
      }
      List<Mention> speakers = scope.mentions().resolve(SpeakerEvents.speakerTokens(g, s), s);
      if (speakers.isEmpty()) {
        continue;
      }
      for (int content : contents(s)) {
        for (int e : evaluations(content, s)) {
          if (fired.contains(e) || SpeakerEvents.negatedOrConditional(g, e, content) || judgesAClaim(e)) {
            continue;
          }
          out.add(s, e, "target", "rule:evaluative-speech", speakers, scope.mentions().resolve(evaluated(e), e));
        }
      }
    }
    if (scope.quoteSpeaker() != null) {
      // "“...,” said X. “Russia's aggression is illegal.”": a sentence all quotation, carrying on a
      // quote attributed before it, is its speaker's (issue 11, round 12; as for demands, round 11)
      List<Mention> speakers = List.of(scope.quoteSpeaker().at(0));
      for (int root : roots()) {
        for (int e : evaluations(root, -1)) {
          if (fired.contains(e) || SpeakerEvents.negatedOrConditional(g, e, root) || judgesAClaim(e)) {
            continue;
          }
          out.add(root, e, "target", "rule:evaluative-speech", speakers, scope.mentions().resolve(evaluated(e), e));
        }
      }
    }
    return out.events();
  }

  /**
   * Whether the tagged tokens may hold such criticism (for the triage, which sees no parse): a
   * verb of saying and a word of the lexicon of its class.
   */
  static boolean mayEvaluate(List<Token> tokens) {
    boolean saying = false;
    boolean evaluative = false;
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      saying |= t.isVerb() && (SAYING.contains(lemma) || NAMING.contains(lemma));
      evaluative |= inLexicon(t, lemma);
    }
    return saying && evaluative;
  }

  /**
   * Whether a tagged token is a word of the lexicon of its class: with {@link Quotes#spokenElsewhere},
   * the triage's test for a sentence all quotation, which needs no verb of saying (round 12).
   */
  static boolean hasEvaluativeWord(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> inLexicon(t, t.lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * The clauses a verb of saying reports: its complement, or the quote it is a parenthetical of;
   * for a verb of naming, only what it calls its object.
   */
  private List<Integer> contents(int s) {
    if (NAMING.contains(g.lemma(s))) {
      // "called the move illegal"; "called Uganda's move disappointing", parsed as a small clause
      // whose subject is the move (round 11)
      return g.childrenExact(s, "xcomp").stream()
          .filter(x -> !g.childrenExact(s, "obj").isEmpty() || !g.childrenExact(x, "nsubj").isEmpty()).toList();
    }
    List<Integer> out = new ArrayList<>(g.childrenExact(s, "ccomp"));
    for (int d : g.childrenExact(s, "dep")) {
      // "“Russia's plan is illegal,” said the minister": the quote before an inverted "said"
      // hangs on it as an unlabelled dependent (round 11)
      if (d < s && predicate(d)) {
        out.add(d);
      }
    }
    Dependency h = g.head(s);
    if (h != null && h.governor() >= 0 && (h.relation().equals("parataxis") || h.relation().equals("csubj"))) {
      // "“Minsk is the aggressor here,” a minister said" is often parsed with "said" hanging on the
      // quote; "told reporters the government's actions were reckless" with "told" as the subject
      // clause of "reckless" (round 11)
      out.add(h.governor());
    }
    return out;
  }

  /** The heads of the sentence's clauses that hang on nothing. */
  private List<Integer> roots() {
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < g.size(); t++) {
      Dependency h = g.head(t);
      if ((h == null || h.governor() < 0) && !g.children(t).isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether a token heads a clause that says something of a subject ("is illegal", "undermined"). */
  private boolean predicate(int t) {
    return !g.childrenExact(t, "nsubj").isEmpty() || !g.childrenExact(t, "nsubj:pass").isEmpty();
  }

  /** The lexicon's words in the clause headed by {@code root}, not crossing into another speech. */
  private List<Integer> evaluations(int root, int speech) {
    List<Integer> out = new ArrayList<>();
    List<Integer> stack = new ArrayList<>(List.of(root));
    Set<Integer> seen = new HashSet<>(Set.of(speech));
    while (!stack.isEmpty()) {
      int cur = stack.remove(stack.size() - 1);
      if (!seen.add(cur)) {
        continue;
      }
      if (inLexicon(g.token(cur), g.lemma(cur))) {
        out.add(cur);
      }
      if (cur != root && g.token(cur).isVerb() && SAYING.contains(g.lemma(cur))) {
        continue;
      }
      for (Dependency d : g.children(cur)) {
        if (!d.relation().equals("parataxis") || cur != root) {
          stack.add(d.dependent());
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Whether the word judges a claim, not an actor ("called Kabul's allegations baseless", "said the
   * accusation was false"): the speaker denies an accusation, which is no criticism (round 11).
   */
  private boolean judgesAClaim(int e) {
    int noun = judgedNoun(e);
    List<Integer> judged = new ArrayList<>(subjects(noun));
    judged.add(noun);
    return judged.stream().anyMatch(t -> Allegations.CLAIM_NOUNS.contains(g.lemma(t).toLowerCase(Locale.ROOT)));
  }

  /**
   * The tokens that may name the evaluated actor, best first: the owner of the evaluated noun, the
   * subject it is predicated of (and that subject's owner), the doer of the evaluated act.
   */
  private List<Integer> evaluated(int e) {
    Set<Integer> out = new LinkedHashSet<>();
    int noun = judgedNoun(e);
    out.addAll(owners(noun));
    for (int subj : subjects(noun)) {
      out.add(subj);
      out.addAll(owners(subj));
    }
    Dependency nh = g.head(noun);
    if (nh != null && nh.governor() >= 0 && (nh.relation().equals("obj") || nh.relation().startsWith("nsubj"))) {
      int verb = nh.governor();
      if (nh.relation().equals("obj")) {
        // "both sides committed abuses": the doer
        out.addAll(subjects(verb));
      } else {
        // "Russia's ... aggression continues": the owner of the subject
        out.addAll(owners(noun));
      }
    }
    out.removeIf(x -> g.token(x).isPronoun());
    return new ArrayList<>(out);
  }

  /** The noun an attributive evaluation modifies ("illegal" in "the illegal blockade"), else the word itself. */
  private int judgedNoun(int e) {
    Dependency h = g.head(e);
    return g.token(e).isAdjective() && h != null && h.governor() >= 0 && h.relation().startsWith("amod")
        ? h.governor() : e;
  }

  private List<Integer> subjects(int t) {
    List<Integer> out = new ArrayList<>(g.childrenExact(t, "nsubj"));
    for (int c : g.childrenExact(t, "csubj")) {
      // "told reporters the government's actions were reckless": the object of the verb of saying
      // the parser took for the subject clause is what the evaluation is said of, when it stands
      // right before the copula or auxiliary ("actions were"; in "told reporters" alone the
      // reporters are the addressees, not what is judged)
      if (g.token(c).isVerb() && SAYING.contains(g.lemma(c))) {
        for (int o : g.childrenExact(c, "obj")) {
          if (g.children(t).stream().anyMatch(d -> d.dependent() == o + 1
              && (d.relation().equals("cop") || d.relation().startsWith("aux")))) {
            out.add(o);
          }
        }
      }
    }
    if (out.isEmpty() && (g.token(t).isAdjective() || g.token(t).isNoun())) {
      // "called the move illegal", "called Minsk the aggressor": the object the word is said of
      Dependency h = g.head(t);
      if (h != null && h.governor() >= 0 && h.relation().equals("xcomp")) {
        out.addAll(g.childrenExact(h.governor(), "obj"));
      }
    }
    return out;
  }

  /** The possessor, compound and adjective modifiers of a noun, and the agent of its "by" phrase. */
  private List<Integer> owners(int noun) {
    List<Integer> out = new ArrayList<>(g.childrenExact(noun, "nmod:poss"));
    out.addAll(g.childrenExact(noun, "compound"));
    for (int a : g.childrenExact(noun, "amod")) {
      if (!inLexicon(g.token(a), g.lemma(a))) {
        out.add(a);
      }
    }
    out.addAll(g.childrenExact(noun, "nmod:by"));
    return out;
  }

  /**
   * The speaker's own side: the same code, or the same country in the same sector or with no
   * sector on one side ("Russia" and "the Russian minister"). Sectors of one country are sides of
   * their own (issue 11, round 6): an opposition lawmaker who calls the president's decree
   * unconstitutional criticises the government.
   */
  static boolean sameSide(Mention speaker, Mention target) {
    if (speaker.code().equals(target.code())) {
      return true;
    }
    if (speaker.country() == null || !speaker.country().equals(target.country())) {
      return false;
    }
    String a = speaker.sector();
    String b = target.sector();
    return a == null || b == null || a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  private static boolean inLexicon(Token t, String lemma) {
    String cls = t.isAdjective() ? "adjective" : t.isNoun() && !t.isProperNoun() ? "noun" : t.isVerb() ? "verb" : null;
    return cls != null && LEXICON.getOrDefault(cls, Set.of()).contains(lemma);
  }
}
