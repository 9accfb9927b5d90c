package org.vigil.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes annotated sentences as CoNLL-U, the one writer of the project ({@code vigil annotate},
 * the test fixtures), such that the testkit's {@code Conllu.parse} reads them back to equal
 * sentences: FORM is the word as written, XPOS the part of speech, DEPS the whole enhanced graph,
 * and MISC carries {@code NER=TAG} (when not {@code O}) and {@code Timex=TYPE:VALUE}. HEAD and
 * DEPREL hold each token's first enhanced edge, a readable stand-in for the basic tree; UPOS and
 * FEATS are empty. Two adjacent time expressions with the same type and value read back as one.
 * Thread-safe (stateless).
 */
public final class ConlluWriter {
  /** The order of a sentence's dependencies in CoNLL-U: by dependent, then governor, then relation. */
  public static final Comparator<Dependency> ORDER =
      Comparator.comparingInt(Dependency::dependent)
          .thenComparingInt(Dependency::governor)
          .thenComparing(Dependency::relation);

  private ConlluWriter() {}

  /**
   * The CoNLL-U of {@code sentences}, each preceded by {@code # sent_id} and {@code # text}.
   *
   * @throws IllegalArgumentException when a word or relation holds a tab or line break, which
   *     CoNLL-U cannot hold
   */
  public static String write(List<Sentence> sentences) {
    StringBuilder out = new StringBuilder();
    for (Sentence sentence : sentences) {
      out.append("# sent_id = ").append(sentence.index() + 1).append('\n');
      out.append("# text = ").append(sentence.text().replaceAll("\\s+", " ")).append('\n');
      List<List<Dependency>> incoming = new ArrayList<>();
      sentence.tokens().forEach(t -> incoming.add(new ArrayList<>()));
      sentence.dependencies().stream().sorted(ORDER)
          .forEach(d -> incoming.get(d.dependent()).add(d));
      String[] timex = new String[sentence.tokens().size()];
      for (TimeExpression time : sentence.times()) {
        for (int i = time.tokenBegin(); i < time.tokenEnd(); i++) {
          timex[i] = time.type() + ":" + time.value();
        }
      }
      for (Token token : sentence.tokens()) {
        List<Dependency> arcs = incoming.get(token.index());
        String head = arcs.isEmpty() ? "_" : Integer.toString(arcs.get(0).governor() + 1);
        String relation = arcs.isEmpty() ? "_" : arcs.get(0).relation();
        List<String> deps = arcs.stream().map(d -> (d.governor() + 1) + ":" + d.relation()).toList();
        List<String> misc = new ArrayList<>();
        if (!token.ner().equals("O")) {
          misc.add("NER=" + token.ner());
        }
        if (timex[token.index()] != null) {
          misc.add("Timex=" + timex[token.index()]);
        }
        out.append(token.index() + 1)
            .append('\t').append(column(token.word()))
            .append('\t').append(column(token.lemma()))
            .append("\t_")
            .append('\t').append(column(token.pos()))
            .append("\t_")
            .append('\t').append(head)
            .append('\t').append(column(relation))
            .append('\t').append(column(String.join("|", deps)))
            .append('\t').append(column(String.join("|", misc)))
            .append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String column(String value) {
    if (value.isEmpty()) {
      return "_";
    }
    if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("CoNLL-U cannot hold '" + value + "'");
    }
    return value;
  }
}
