package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * Acts referred back to by a definite noun (issue 11, round 7): "Greece also supported the call",
 * "Dodik rejected the arrest warrant", "while condemning the recent violence" — what is supported,
 * rejected or condemned is an act the article reported a few sentences before, and its target is
 * whoever did that act. An event of reaction (CAMEO 02-05, 10-12) with no target whose object is "the" + an act noun of a class
 * below takes the source of the latest earlier event of that class (within {@value #WINDOW}
 * sentences, of another actor than its own source), entry {@code inferred:act-owner:NOUN}, at a
 * confidence cost. Only Vigil's dialect. Stateless.
 */
final class ActReferences {
  /** How many sentences back the act may have been reported. */
  static final int WINDOW = 6;
  /** What inferring the target from an earlier sentence costs the event's confidence. */
  static final double COST = 0.1;
  /** The entry that marks the target as the author of an act reported before. */
  static final String ENTRY = "inferred:act-owner:";

  /** Act nouns and the CAMEO roots of the events that report such acts. */
  private static final Map<String, Set<String>> ACTS = Map.ofEntries(
      Map.entry("call", Set.of("02", "10")), Map.entry("appeal", Set.of("02", "10")), Map.entry("request", Set.of("02", "10")),
      Map.entry("demand", Set.of("02", "10")),
      Map.entry("proposal", Set.of("03", "05")), Map.entry("offer", Set.of("03", "05")),
      Map.entry("warrant", Set.of("17")), Map.entry("arrest", Set.of("17")), Map.entry("detention", Set.of("17")),
      Map.entry("sentence", Set.of("17")), Map.entry("verdict", Set.of("17")),
      Map.entry("violence", Set.of("18", "19", "20")), Map.entry("attack", Set.of("18", "19", "20")),
      Map.entry("killing", Set.of("18", "19", "20")), Map.entry("bombing", Set.of("18", "19", "20")),
      Map.entry("strike", Set.of("19", "20")), Map.entry("shelling", Set.of("19", "20")),
      Map.entry("sanction", Set.of("16")), Map.entry("ban", Set.of("16")), Map.entry("tariff", Set.of("16")));

  /**
   * Roots of events that react to an act (appeal, agree, support, criticise, reject: CAMEO 02-05,
   * 10-12); "impose the tariff" or "carried out the attack" perform the act and are not read.
   */
  private static final Set<String> REACTIONS = Set.of("02", "03", "04", "05", "10", "11", "12");

  private ActReferences() {
  }

  /** The events with the targets of their act references filled in; the list as it is when none. */
  static List<CodedEvent> apply(List<CodedEvent> events, AnnotatedArticle annotated) {
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      out.add(e.target() == null ? resolved(e, events, annotated) : e);
    }
    return out;
  }

  private static CodedEvent resolved(CodedEvent e, List<CodedEvent> events, AnnotatedArticle annotated) {
    if (!REACTIONS.contains(e.cameoRoot())) {
      return e;
    }
    int index = e.evidence().sentenceIndex();
    Sentence sentence = parsedSentence(e, annotated);
    if (sentence == null) {
      return e;
    }
    SentenceGraph g = new SentenceGraph(sentence);
    int t = tokenAt(sentence, e.evidence().trigger()[0]);
    if (t < 0) {
      return e;
    }
    String noun = null;
    for (int o : g.childrenExact(t, "obj")) {
      if (g.childrenExact(o, "det").stream().anyMatch(d -> g.lemma(d).equalsIgnoreCase("the"))
          && g.childrenExact(o, "nmod:poss").isEmpty() && g.childrenExact(o, "nmod:of").isEmpty()
          && ACTS.containsKey(g.lemma(o).toLowerCase(Locale.ROOT))) {
        noun = g.lemma(o).toLowerCase(Locale.ROOT);
        break;
      }
    }
    if (noun == null) {
      return e;
    }
    Set<String> roots = ACTS.get(noun);
    CodedEvent act = null;
    for (CodedEvent earlier : events) {
      int i = earlier.evidence().sentenceIndex();
      if (i < index && i >= index - WINDOW && roots.contains(earlier.cameoRoot()) && !earlier.negated()
          && !earlier.source().code().equals(e.source().code()) && !earlier.source().code().startsWith("---")
          && (act == null || i >= act.evidence().sentenceIndex())) {
        act = earlier;
      }
    }
    if (act == null) {
      return e;
    }
    return EventAssembler.withInferredTarget(e, act.source(), ENTRY + noun, COST, t);
  }

  /** The token of a sentence that begins at a character offset, or -1. */
  /** The sentence of the event, or null when the article has none of its index or it was not parsed. */
  static Sentence parsedSentence(CodedEvent e, AnnotatedArticle annotated) {
    int index = e.evidence().sentenceIndex();
    Sentence sentence = annotated.sentences().stream().filter(s -> s.index() == index).findFirst().orElse(null);
    return sentence == null || sentence.dependencies().isEmpty() ? null : sentence;
  }

  static int tokenAt(Sentence sentence, int begin) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() == begin) {
        return i;
      }
    }
    return -1;
  }
}
