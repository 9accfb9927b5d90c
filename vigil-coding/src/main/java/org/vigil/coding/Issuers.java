package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * A rejected document's target is who issued it (issue 11, round 14): "Beijing rejected the
 * arbitral ruling", "Kenya refused to attend the hearing", "the opposition rejected the
 * constitution" — the rejection names a ruling, a hearing or a charter, and the coders give it the
 * court or government that issued it, which the story names elsewhere. A REJECT event with no
 * target whose trigger's object (or the object of its open complement: "refused to attend the
 * hearing") is a document noun ({@link #DOCUMENTS}) takes, in this order: the actor that modifies
 * the noun itself ("the ICJ ruling", "the court's summons"); the actor that modified the same noun
 * where the article named it before ("Arnor's new constitution ... rejected the constitution");
 * for a judicial noun ({@link #JUDICIAL}), the one court the article has named up to that
 * sentence (two courts: nothing). Entry {@code inferred:issuer:CODE}, at a confidence cost. Only
 * Vigil's dialect. Stateless.
 */
final class Issuers {
  /** What inferring the issuer from the article costs the event's confidence. */
  static final double COST = 0.1;
  /** The entry that marks the target as the issuer of the rejected document. */
  static final String ENTRY = "inferred:issuer:";
  /** Nouns of what a court issues or holds (lemmas). */
  static final Set<String> JUDICIAL = Set.of("ruling", "verdict", "judgment", "judgement", "summons", "subpoena",
      "hearing", "warrant", "arbitration", "award");
  /** Nouns of documents whose issuer a rejection is aimed at (lemmas). */
  static final Set<String> DOCUMENTS = union(JUDICIAL, Set.of("constitution", "decree", "charter", "ultimatum"));
  /** How many words may stand between a named actor and the document it modifies ("Arnor's newly adopted constitution"). */
  private static final int REACH = 4;

  private Issuers() {
  }

  /** The events with the issuers of their rejected documents filled in; the list as it is when none. */
  static List<CodedEvent> apply(List<CodedEvent> events, AnnotatedArticle annotated, Dictionaries dictionaries) {
    return events.stream().map(e -> e.target() == null ? issued(e, annotated, dictionaries) : e).toList();
  }

  private static CodedEvent issued(CodedEvent e, AnnotatedArticle annotated, Dictionaries dictionaries) {
    if (!"12".equals(e.cameoRoot()) || e.negated() || e.source().code().startsWith("---")) {
      return e;
    }
    int index = e.evidence().sentenceIndex();
    Sentence sentence = ActReferences.parsedSentence(e, annotated);
    int t = sentence == null ? -1 : ActReferences.tokenAt(sentence, e.evidence().trigger()[0]);
    if (t < 0) {
      return e;
    }
    SentenceGraph g = new SentenceGraph(sentence);
    int document = document(g, t);
    if (document < 0) {
      return e;
    }
    String noun = g.lemma(document).toLowerCase(Locale.ROOT);
    Issuer issuer = modifier(sentence, document, SentenceCoder.namedActors(dictionaries, annotated, sentence), e);
    for (int i = annotated.sentences().size() - 1; issuer == null && i >= 0; i--) {
      Sentence before = annotated.sentences().get(i);
      if (before.index() < index) {
        List<Mention> named = SentenceCoder.namedActors(dictionaries, annotated, before);
        List<Token> tokens = before.tokens();
        for (int w = tokens.size() - 1; issuer == null && w >= 0; w--) {
          if (tokens.get(w).lemma().toLowerCase(Locale.ROOT).equals(noun)) {
            issuer = modifier(before, w, named, e);
          }
        }
      }
    }
    if (issuer == null && JUDICIAL.contains(noun)) {
      issuer = onlyCourt(annotated, index, dictionaries, e);
    }
    if (issuer == null) {
      return e;
    }
    // the trigger's character offset stands for its token, as in ArticleDyads: the id stays unique
    return EventAssembler.withInferredTarget(e, issuer.ref(), ENTRY + issuer.ref().code(), COST,
        e.evidence().trigger()[0]);
  }

  /** An actor that issued the document, as an event's party. */
  private record Issuer(ActorRef ref) {
    static Issuer of(Mention m, Sentence s) {
      List<Token> tokens = s.tokens();
      return new Issuer(new ActorRef(m.code(), m.country(), m.sector(), m.name(), s.span(m.begin(), m.end()),
          tokens.get(m.begin()).begin(), tokens.get(m.end() - 1).end(), m.members(), m.entries()));
    }
  }

  /** The document noun the trigger rejects: its object, or its open complement's; -1 when none. */
  private static int document(SentenceGraph g, int t) {
    List<Integer> objects = new ArrayList<>(g.childrenExact(t, "obj"));
    for (int x : g.childrenExact(t, "xcomp")) {
      objects.addAll(g.childrenExact(x, "obj"));
    }
    for (int o : objects) {
      if (g.token(o).isNoun() && DOCUMENTS.contains(g.lemma(o).toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    return -1;
  }

  /**
   * The named actor that ends at most {@link #REACH} words before the document noun at {@code
   * noun} within its phrase ("the ICJ ruling", "Arnor's newly adopted constitution", "a Gondorian
   * court's summons"), other than the event's source; null when none.
   */
  private static Issuer modifier(Sentence s, int noun, List<Mention> named, CodedEvent e) {
    List<Token> tokens = s.tokens();
    for (Mention m : named) {
      if (m.end() > noun || noun - m.end() > REACH || m.code().equals(e.source().code())) {
        continue;
      }
      boolean phrase = true;
      for (int w = m.end(); w < noun && phrase; w++) {
        String pos = tokens.get(w).pos();
        phrase = pos.equals("POS") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("RB")
            || pos.startsWith("NN") || pos.equals("HYPH") || pos.equals("CD");
      }
      if (phrase) {
        return Issuer.of(m, s);
      }
    }
    return null;
  }

  /** The one court the article names up to sentence {@code index}, or null when it names none or several. */
  private static Issuer onlyCourt(AnnotatedArticle annotated, int index, Dictionaries dictionaries, CodedEvent e) {
    Issuer court = null;
    for (Sentence s : annotated.sentences()) {
      if (s.index() > index) {
        break;
      }
      for (Mention m : SentenceCoder.namedActors(dictionaries, annotated, s)) {
        boolean judicial = "JUD".equals(m.sector())
            || dictionaries.actors().byCode(m.code()) instanceof ActorEntry.Organisation o && "judicial".equals(o.kind());
        if (!judicial || m.code().equals(e.source().code())) {
          continue;
        }
        if (court != null && !court.ref().code().equals(m.code())) {
          return null; // two courts: which one issued it is not said
        }
        court = court == null ? Issuer.of(m, s) : court;
      }
    }
    return court;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
