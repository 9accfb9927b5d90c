package org.vigil.nlp;

import org.vigil.core.text.SentenceTriage;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

/** Turns one CoreNLP sentence into core's {@link Sentence}. Stateless. */
final class SentenceConverter {

  /** Dependencies in CoNLL-U order: by dependent, then head (root first), then relation. */
  static final Comparator<Dependency> ORDER =
      Comparator.comparingInt(Dependency::dependent)
          .thenComparingInt(Dependency::governor)
          .thenComparing(Dependency::relation);

  private SentenceConverter() {}

  /**
   * Converts {@code sentence}, annotated from the piece of {@code text} that starts at {@code
   * offset}, into the sentence with index {@code index} of the article.
   */
  static Sentence convert(CoreMap sentence, int index, String text, int offset) {
    List<Token> tokens = tokens(sentence, text, offset);
    int begin = tokens.isEmpty() ? offset : tokens.get(0).begin();
    int end = tokens.isEmpty() ? offset : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, text.substring(begin, end), begin, end, tokens,
        dependencies(sentence), times(sentence, text, tokens));
  }

  /**
   * The sentence with its tokens, tags and lemmas only, every NER tag {@code O}: what a {@link
   * SentenceTriage} sees. {@code text} is the piece of text CoreNLP annotated.
   */
  static Sentence tagged(CoreMap sentence, int index, String text) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      tokens.add(new Token(i, text.substring(label.beginPosition(), label.endPosition()),
          label.lemma(), label.tag(), "O", label.beginPosition(), label.endPosition()));
    }
    int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, text.substring(begin, end), begin, end, tokens, List.of(),
        List.of());
  }

  /**
   * Tags the tokens of SUTime's expressions with their type (DATE, TIME, DURATION, SET) where
   * they have no tag yet, as CoreNLP's ner does when it runs SUTime itself.
   */
  static void tagTimes(CoreMap sentence) {
    List<CoreMap> timexes = sentence.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return;
    }
    for (CoreMap timex : timexes) {
      Timex t = timex.get(TimeAnnotations.TimexAnnotation.class);
      List<CoreLabel> span = timex.get(CoreAnnotations.TokensAnnotation.class);
      if (t == null || span == null || t.timexType() == null) {
        continue;
      }
      for (CoreLabel label : span) {
        if (label.ner() == null || label.ner().isEmpty() || label.ner().equals("O")) {
          label.setNER(t.timexType());
        }
      }
    }
  }

  private static List<Token> tokens(CoreMap sentence, String text, int offset) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      int begin = offset + label.beginPosition();
      int end = offset + label.endPosition();
      // the word as written: CoreNLP's word() is normalised ("&amp;" -> "&", "U.S" -> "U.S.")
      tokens.add(new Token(i, text.substring(begin, end), label.lemma(), label.tag(),
          label.ner(), begin, end));
    }
    return tokens;
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    // copy nodes of enhanced++ (ellipsis) collapse onto the token they copy, hence the set
    Set<Dependency> dependencies = new LinkedHashSet<>();
    for (IndexedWord root : graph.getRoots()) {
      dependencies.add(new Dependency("root", -1, root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      dependencies.add(new Dependency(edge.getRelation().toString(),
          edge.getGovernor().index() - 1, edge.getDependent().index() - 1));
    }
    return dependencies.stream().sorted(ORDER).toList();
  }

  private static List<TimeExpression> times(CoreMap sentence, String text, List<Token> tokens) {
    // ner with SUTime leaves time expressions among its mentions; SUTime on its own (the
    // selective pipeline builds no mentions) in TimexAnnotations
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      mentions = sentence.get(TimeAnnotations.TimexAnnotations.class);
    }
    if (mentions == null) {
      return List.of();
    }
    List<TimeExpression> times = new ArrayList<>();
    for (CoreMap mention : mentions) {
      Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
      List<CoreLabel> span = mention.get(CoreAnnotations.TokensAnnotation.class);
      if (timex == null || span == null || span.isEmpty()) {
        continue;
      }
      int first = span.get(0).index() - 1;
      int last = span.get(span.size() - 1).index();
      String written = text.substring(tokens.get(first).begin(), tokens.get(last - 1).end());
      times.add(new TimeExpression(first, last, written, timex.timexType(), timex.value()));
    }
    return times;
  }
}
