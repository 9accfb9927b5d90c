package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/** Children and parents of each token of one sentence's dependency graph. Not thread-safe; per sentence. */
final class SentenceGraph {
  final Sentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;
  /** Lemmas in lower case, computed on first use (the coder asks for them many times). */
  private final String[] lemmas;

  SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    lemmas = new String[n];
    children = new ArrayList<>(n);
    parents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
      parents.add(new ArrayList<>(1));
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() >= n || d.governor() >= n) {
        continue;
      }
      parents.get(d.dependent()).add(d);
      if (d.governor() >= 0) {
        children.get(d.governor()).add(d);
      }
    }
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** Whether the sentence ends in a question mark, closing quotes, brackets and stops aside. */
  boolean isQuestion() {
    for (int t = size() - 1; t >= 0; t--) {
      String w = token(t).word();
      if (w.equals("?")) {
        return true;
      }
      if (!(w.equals("\"") || w.equals("”") || w.equals("'") || w.equals("’") || w.equals("''")
          || w.equals(".") || w.equals(")"))) {
        return false;
      }
    }
    return false;
  }

  int size() {
    return sentence.tokens().size();
  }

  /** The sentence's tokens. */
  List<Token> tokens() {
    return sentence.tokens();
  }

  List<Dependency> children(int i) {
    return children.get(i);
  }

  List<Dependency> parents(int i) {
    return parents.get(i);
  }

  /** Children whose relation is {@code rel} or starts with {@code rel + ":"}. */
  List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : children.get(i)) {
      if (isOrRefines(d.relation(), rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Children whose relation is exactly {@code rel}. */
  List<Integer> childrenExact(int i, String rel) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : children.get(i)) {
      if (d.relation().equals(rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  boolean hasChild(int i, String rel) {
    for (Dependency d : children.get(i)) {
      if (isOrRefines(d.relation(), rel)) {
        return true;
      }
    }
    return false;
  }

  /** The basic (first non-extra) governor relation of a token, or null at the root. */
  Dependency head(int i) {
    Dependency best = null;
    for (Dependency d : parents.get(i)) {
      String r = d.relation();
      // Enhanced edges that copy a relation (xsubj, conj propagation) are not the tree head.
      if (r.endsWith(":xsubj")) {
        continue;
      }
      if (best == null) {
        best = d;
      }
    }
    return best;
  }

  /** Lemma in lower case. */
  String lemma(int i) {
    String l = lemmas[i];
    if (l == null) {
      l = token(i).lemma().toLowerCase(java.util.Locale.ROOT);
      lemmas[i] = l;
    }
    return l;
  }

  /**
   * The hyphenated word a token heads, as dictionaries write it ("cease-fire" for the "fires" of
   * "cease-fires"): CoreNLP's tokenizer splits most hyphenated words into word, hyphen, word, and
   * the last word is the head. Null when the token does not end a hyphenated word.
   */
  String hyphenLemma(int i) {
    String first = Token.hyphenPrefix(sentence.tokens(), i);
    return first != null && first.chars().allMatch(Character::isLetter) ? first + "-" + lemma(i) : null;
  }

  /**
   * The nearest verb among the token's governors, climbing at most {@code steps} heads (its
   * clause's head: "kill ... labourers, 29 August" -> "kill"); -1 when none within the bound.
   */
  int verbAbove(int i, int steps) {
    Dependency h = head(i);
    for (int step = 0; step < steps && h != null && h.governor() >= 0; step++) {
      int up = h.governor();
      if (token(up).isVerb()) {
        return up;
      }
      h = head(up);
    }
    return -1;
  }

  /** Depth from the root (0 for the root), bounded. */
  int depth(int i) {
    int d = 0;
    int cur = i;
    while (d < 50) {
      Dependency h = head(cur);
      if (h == null || h.governor() < 0) {
        return d;
      }
      cur = h.governor();
      d++;
    }
    return d;
  }

  /** {@code relation} is {@code rel} or {@code rel + ":..."}, without building that string. */
  private static boolean isOrRefines(String relation, String rel) {
    int n = rel.length();
    return relation.startsWith(rel) && (relation.length() == n || relation.charAt(n) == ':');
  }
}
