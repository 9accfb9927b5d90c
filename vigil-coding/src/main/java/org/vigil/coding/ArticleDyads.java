package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;

/**
 * The implicit addressee of an act between two sides (issue 11, round 8): "Ukraine said it was
 * ready to sign", "Iran rejected the offer", "Pyongyang refused to meet" — an offer, a
 * negotiation, an appeal, a refusal or a threat with no one named is addressed, as the coders read
 * it, to the other party of the dyad the article is about. Only with evidence: the source's side
 * must have been coded with exactly one counterpart more often than with any other, in at least
 * {@value #EVIDENCE} sentences of the article (either way round, the counterpart named). The event
 * then takes that counterpart, entry {@code inferred:article-dyad:XXX}, at a confidence cost of
 * {@value #COST}. Only Vigil's dialect. Stateless.
 */
final class ArticleDyads {
  /** How many sentences must pair the source's side with the counterpart. */
  static final int EVIDENCE = 2;
  /** What inferring the addressee from the article costs the event's confidence. */
  static final double COST = 0.1;
  /** The entry that marks the target as the article's counterpart of the source. */
  static final String ENTRY = "inferred:article-dyad:";
  /**
   * Roots of acts addressed to another side: appeal (02), intend or offer (03), consult (04),
   * cooperate (05, 06), demand (10), criticise (11, round 14b: "Iran condemned the strike"),
   * reject (12), threaten (13). Statements (01) and force (14-20), which name whom they hit or are
   * not addressed, are not read.
   */
  static final Set<String> ADDRESSED = Set.of("02", "03", "04", "05", "06", "10", "11", "12", "13");

  private ArticleDyads() {
  }

  /**
   * The events with the addressees the article's dyads give filled in; the list as it is when none.
   * An act about the source's own affairs ({@link DomesticActs}) is addressed to no counterpart.
   */
  static List<CodedEvent> apply(List<CodedEvent> events, AnnotatedArticle annotated, Dictionaries dictionaries) {
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      out.add(e.target() == null ? addressed(e, events, annotated, dictionaries) : e);
    }
    return out;
  }

  private static CodedEvent addressed(CodedEvent e, List<CodedEvent> events, AnnotatedArticle annotated,
      Dictionaries dictionaries) {
    if (!ADDRESSED.contains(e.cameoRoot()) || e.negated() || e.source().code().startsWith("---")) {
      return e;
    }
    String side = side(e.source());
    if (side == null) {
      return e;
    }
    // the sentences that pair the side with each counterpart, and the counterpart as last named
    Map<String, Set<Integer>> sentences = new HashMap<>();
    Map<String, ActorRef> named = new HashMap<>();
    for (CodedEvent other : events) {
      if (other.target() == null || other.negated() || other.evidence().targetSpan() == null) {
        continue;
      }
      String s = side(other.source());
      String t = side(other.target());
      if (s == null || t == null || s.equals(t)) {
        continue;
      }
      ActorRef counterpart = s.equals(side) ? other.target() : t.equals(side) ? other.source() : null;
      if (counterpart == null) {
        continue;
      }
      String key = side(counterpart);
      sentences.computeIfAbsent(key, k -> new TreeSet<>()).add(other.evidence().sentenceIndex());
      named.put(key, counterpart);
    }
    String best = null;
    int most = 0;
    int second = 0;
    for (Map.Entry<String, Set<Integer>> c : sentences.entrySet()) {
      int n = c.getValue().size();
      if (n > most || n == most && best != null && c.getKey().compareTo(best) < 0) {
        second = Math.max(second, most);
        most = n;
        best = c.getKey();
      } else {
        second = Math.max(second, n);
      }
    }
    if (best == null || most < EVIDENCE || most == second || repeats(e, side, best, events)
        || domestic(e, side, annotated, dictionaries)
        || e.cameoRoot().equals("11") && criticisedNamed(e, annotated, dictionaries)) {
      return e;
    }
    // the trigger's character offset stands for its token: no parse is read here
    return EventAssembler.withInferredTarget(e, named.get(best), ENTRY + best, COST, e.evidence().trigger()[0]);
  }

  /**
   * Whether the article already has the event as it would read with the counterpart: the same
   * kind of act between the same two sides on the same day. A report without an addressee next to
   * one with it is more likely another act than the same one, and the addressee is not given.
   */
  private static boolean repeats(CodedEvent e, String side, String counterpart, List<CodedEvent> events) {
    for (CodedEvent other : events) {
      if (other != e && other.target() != null && side.equals(side(other.source()))
          && counterpart.equals(side(other.target())) && java.util.Objects.equals(other.plover().event(), e.plover().event())
          && other.date().date().equals(e.date().date())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the event's act is about its source's own affairs, read on the parse of its sentence. */
  private static boolean domestic(CodedEvent e, String side, AnnotatedArticle annotated, Dictionaries dictionaries) {
    Sentence sentence = ActReferences.parsedSentence(e, annotated);
    int t = sentence == null ? -1 : ActReferences.tokenAt(sentence, e.evidence().trigger()[0]);
    if (t < 0) {
      return false;
    }
    int[] span = e.evidence().sourceSpan();
    return DomesticActs.domestic(new SentenceGraph(sentence), t, e.cameoRoot(), side,
        SentenceCoder.namedActors(dictionaries, annotated, sentence), span == null ? -1 : span[0],
        span == null ? -1 : span[1]);
  }

  /**
   * Whether a criticism's sentence already says whom it criticises, though the coder resolved no
   * actor there (round 14b): a passive or bare participle ("X stands accused", "was condemned"),
   * whose subject is the one criticised, or an object whose head, compound or possessor the
   * dictionaries know as an actor or a sector ("accuses the rebel group", "criticized the
   * government's handling": the speaker's own government). "Condemned the strike" or "protested" leaves
   * the criticised unsaid, and the article's counterpart may be inferred.
   */
  private static boolean criticisedNamed(CodedEvent e, AnnotatedArticle annotated, Dictionaries dictionaries) {
    Sentence sentence = ActReferences.parsedSentence(e, annotated);
    int t = sentence == null ? -1 : ActReferences.tokenAt(sentence, e.evidence().trigger()[0]);
    if (t < 0) {
      return false;
    }
    SentenceGraph g = new SentenceGraph(sentence);
    if (!g.childrenExact(t, "nsubj:pass").isEmpty() || g.token(t).pos().equals("VBN")
        && g.childrenExact(t, "aux").stream().noneMatch(a -> g.lemma(a).equals("have"))) {
      return true;
    }
    for (int o : g.childrenExact(t, "obj")) {
      List<Integer> words = new ArrayList<>(g.childrenExact(o, "compound"));
      words.addAll(g.childrenExact(o, "nmod:poss"));
      words.add(o);
      for (int w : words) {
        if (dictionaries.actors().lookup(g.lemma(w)).stream().anyMatch(h -> h.sector() != null || h.entry() != null)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The side an actor stands for: its country, or its own code for an organisation of none; null for unknown actors. */
  static String side(ActorRef a) {
    if (a.country() != null) {
      return a.country();
    }
    return a.code().startsWith("IGO") ? a.code() : null;
  }
}
