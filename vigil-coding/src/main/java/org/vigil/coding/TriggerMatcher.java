package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.text.Token;

/**
 * Trigger matching: which verb patterns the coder tries on a token ({@link #candidates}), and which
 * of them fires there, given the parse ({@link #fire}). The triage ({@link EventCandidates}) asks
 * the same {@link #candidates} without a parse. Thread-safe: holds only immutable dictionaries.
 */
final class TriggerMatcher {
  /**
   * Object nouns that say little themselves: "mediation efforts" is mediation and "the ceasefire
   * agreement" the ceasefire for a pattern that names the modifier.
   */
  private static final Set<String> LIGHT_OBJECTS = Set.of(
      "effort", "efforts", "work", "process", "initiative", "activity", "activities", "agreement", "accord",
      "deal", "package", "programme", "program", "regime", "line", "plan");

  private final Dictionaries dictionaries;
  /** Hyphenated words the patterns name ("cease-fire"): such a word is not read as its head alone. */
  private final Set<String> hyphenated;

  TriggerMatcher(Dictionaries dictionaries) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    Set<String> h = new HashSet<>();
    for (VerbPattern p : dictionaries.verbs().all()) {
      for (VerbPattern.Constraint c : p.constraints()) {
        c.words().stream().filter(w -> w.indexOf('-') > 0).forEach(h::add);
      }
    }
    this.hyphenated = Set.copyOf(h);
  }

  /**
   * The patterns the coder tries on the token, in the order it tries them: its word form's first
   * when the dialect names forms, then its lemma's (lower case); for a participle kept as an
   * adjective's lemma ("is opposed to") with none, the verb's.
   */
  List<VerbPattern> candidates(Token token, String lemma) {
    List<VerbPattern> patterns = formOrLemma(token, lemma);
    if (patterns.isEmpty() && (token.isAdjective() || token.pos().equals("VBN")) && lemma.endsWith("ed")) {
      // "is opposed to": CoreNLP keeps the participle as an adjective's lemma; try the verb.
      patterns = dictionaries.verbs().forLemma(lemma.substring(0, lemma.length() - 1));
      if (patterns.isEmpty()) {
        patterns = dictionaries.verbs().forLemma(lemma.substring(0, lemma.length() - 2));
      }
    }
    return patterns;
  }

  private List<VerbPattern> formOrLemma(Token token, String lemma) {
    return PatternRules.patterns(dictionaries.verbs(), dictionaries.rules(), token, dictionaries.verbs().forLemma(lemma));
  }

  /** The code the firing's verb has without pattern words, or the firing's own code. */
  String verbCode(SentenceGraph g, Firing f) {
    for (VerbPattern p : formOrLemma(g.token(f.trigger()), g.lemma(f.trigger()))) {
      if (p.constraints().isEmpty() && !p.code().equals(VerbPattern.NO_EVENT)) {
        return p.code();
      }
    }
    return f.pattern().code();
  }

  /**
   * The pattern that fires on token t, or null: the first whose constraints the parse satisfies;
   * among patterns with word sequences, the most specific, and of those the one whose words stand
   * nearest the verb.
   */
  Firing fire(Clauses clauses, ActorResolver actors, int t) {
    SentenceGraph g = clauses.graph();
    Token token = g.token(t);
    List<VerbPattern> patterns = candidates(token, g.lemma(t));
    if (patterns.isEmpty()) {
      return null;
    }
    Firing best = null;
    int bestReach = Integer.MAX_VALUE;
    for (VerbPattern p : patterns) {
      if (!posFits(g, p.pos(), token)) {
        continue;
      }
      List<Integer> consumed = new ArrayList<>();
      List<Integer> obliques = new ArrayList<>();
      boolean ok = true;
      for (VerbPattern.Constraint c : p.constraints()) {
        int hit = satisfy(clauses, actors, t, c);
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

  private static boolean posFits(SentenceGraph g, VerbPattern.TriggerPos pos, Token token) {
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
  private boolean holds(SentenceGraph g, VerbPattern.Constraint c, int token) {
    String h = g.hyphenLemma(token);
    if (h != null && hyphenated.contains(h)) {
      return c.words().contains(h);
    }
    return c.words().contains(g.lemma(token));
  }

  /** The dependent that satisfies the constraint, or -1. */
  private int satisfy(Clauses clauses, ActorResolver actors, int t, VerbPattern.Constraint c) {
    SentenceGraph g = clauses.graph();
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
          if (c.words().isEmpty() || holds(g, c, d) || holds(g, c, head)) {
            return d;
          }
          if (dictionaries.rules().dialect().readsClauseRoles() && LIGHT_OBJECTS.contains(g.lemma(head))) {
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
        List<Integer> args = clauses.obliques(t, c.preposition());
        for (int d : args) {
          if (c.words().isEmpty() || holds(g, c, d)) {
            return d;
          }
        }
        return -1;
      }
      case XCOMP -> {
        for (int d : clauses.complements(t)) {
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
}
