package org.vigil.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

/**
 * Reads CoNLL-U into core {@link Sentence}s whose offsets point into the text it was made from.
 *
 * <p>Each token line has the ten tab-separated columns ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD,
 * DEPREL, DEPS and MISC; {@code _} means empty. Lines starting with {@code #} are comments, a
 * blank line ends a sentence, and multiword-token ranges ({@code 1-2}) and empty nodes ({@code
 * 8.1}) are skipped. A token's dependencies come from DEPS (the enhanced graph) where it is not
 * {@code _}, else from HEAD and DEPREL; head 0 becomes the {@code root} relation with governor
 * -1. The part of speech is XPOS, else UPOS. MISC may carry {@code NER=TAG} and {@code
 * Timex=TYPE:VALUE}; adjacent tokens with the same Timex form one {@link TimeExpression}.
 *
 * <p>Offsets are found by locating each FORM in the text, in order, skipping whitespace. Forms
 * may be written as CoreNLP or the Penn Treebank normalise them: {@code -LRB-} for "(", {@code
 * ``} and {@code ''} for quotes, straight quotes for curly ones, {@code --} for dashes, {@code
 * ...} for "…", and a sentence-final "." after an abbreviation that already took the period.
 * Thread-safe (stateless).
 */
public final class Conllu {

  /** Dependencies in CoNLL-U order: by dependent, then head (root first), then relation. */
  static final Comparator<Dependency> ORDER = org.vigil.core.text.ConlluWriter.ORDER;

  private Conllu() {}

  /**
   * The sentences of {@code conllu}, with offsets into {@code text}.
   *
   * @throws IllegalArgumentException naming the line number and its content when a line is
   *     malformed, or naming the token when its form cannot be found in the text
   */
  public static List<Sentence> parse(String text, String conllu) {
    List<List<Row>> blocks = new ArrayList<>();
    List<Row> block = new ArrayList<>();
    String[] lines = conllu.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          blocks.add(block);
          block = new ArrayList<>();
        }
      } else if (!line.startsWith("#")) {
        Row row = Row.parse(line, n + 1, block.size() + 1);
        if (row != null) {
          block.add(row);
        }
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    TextCursor cursor = new TextCursor(text);
    List<Sentence> sentences = new ArrayList<>(blocks.size());
    for (List<Row> rows : blocks) {
      sentences.add(sentence(sentences.size(), rows, cursor));
    }
    return List.copyOf(sentences);
  }

  private static Sentence sentence(int index, List<Row> rows, TextCursor cursor) {
    List<Token> tokens = new ArrayList<>(rows.size());
    List<Dependency> dependencies = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      int[] span = cursor.locate(row.form, index, i + 1);
      tokens.add(new Token(i, row.form, row.lemma, row.pos, row.ner, span[0], span[1]));
      for (Row.Arc arc : row.arcs) {
        if (arc.head() > rows.size()) {
          throw new IllegalArgumentException("line " + row.line + ": head " + arc.head()
              + " is outside the sentence of " + rows.size() + " tokens: " + row.text);
        }
        String relation = arc.head() == 0 ? "root" : arc.relation();
        dependencies.add(new Dependency(relation, arc.head() - 1, i));
      }
    }
    dependencies.sort(ORDER);
    int begin = tokens.get(0).begin();
    int end = tokens.get(tokens.size() - 1).end();
    return new Sentence(index, cursor.text.substring(begin, end), begin, end, tokens,
        dependencies, times(rows, tokens, cursor.text));
  }

  private static List<TimeExpression> times(List<Row> rows, List<Token> tokens, String text) {
    List<TimeExpression> times = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      String timex = rows.get(i).timex;
      if (timex == null) {
        i++;
        continue;
      }
      int first = i;
      while (i < rows.size() && timex.equals(rows.get(i).timex)) {
        i++;
      }
      int colon = timex.indexOf(':');
      String written = text.substring(tokens.get(first).begin(), tokens.get(i - 1).end());
      times.add(new TimeExpression(first, i, written, timex.substring(0, colon),
          timex.substring(colon + 1)));
    }
    return times;
  }
}
