package org.vigil.core.text;

import java.util.List;
import java.util.Objects;

/**
 * An annotated sentence. Dependencies may be empty where the sentence was not parsed (a cheap
 * pipeline skips sentences that cannot hold an event).
 *
 * @param index 0-based position in the article
 * @param text the sentence text
 * @param begin character offset in the article text
 * @param end character offset after the sentence
 * @param tokens the tokens, in order
 * @param dependencies the enhanced++ dependency graph
 * @param times the time expressions
 */
public record Sentence(
    int index,
    String text,
    int begin,
    int end,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<TimeExpression> times) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    times = List.copyOf(times);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException(
            "token " + i + " of sentence " + index + " has index " + tokens.get(i).index());
      }
    }
  }

  /** The article text of tokens {@code [from, to)}, as written. */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    int b = tokens.get(from).begin() - begin;
    int e = tokens.get(to - 1).end() - begin;
    if (b >= 0 && e <= text.length() && b <= e) {
      return text.substring(b, e);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).word());
    }
    return sb.toString();
  }
}
