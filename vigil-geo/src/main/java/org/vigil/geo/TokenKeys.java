package org.vigil.geo;

import java.util.List;
import org.vigil.core.text.Token;

/**
 * The name keys ({@link Names#key}) of a sentence's tokens, each computed once, when first asked
 * for (issue 5: finding the name spans and the article's context looked up the same words again
 * and again, normalising them each time). The key of a run of tokens is the keys of its tokens
 * end to end: {@link Names#key} keeps only letters and digits, so the spaces that
 * {@link MentionSpans#text} puts between tokens leave no trace ({@code TokenKeysProperties}
 * checks it against {@code Names.key(MentionSpans.text(...))}). Not thread-safe; one per
 * sentence and use.
 */
final class TokenKeys {
  private final List<Token> tokens;
  private final String[] keys;

  TokenKeys(List<Token> tokens) {
    this.tokens = tokens;
    this.keys = new String[tokens.size()];
  }

  /** The key of token {@code k}. */
  String key(int k) {
    String key = keys[k];
    if (key == null) {
      key = Names.key(tokens.get(k).word());
      keys[k] = key;
    }
    return key;
  }

  /** The key of tokens {@code [from, to)}: {@code Names.key(MentionSpans.text(tokens, from, to))}. */
  String key(int from, int to) {
    if (to - from == 1) {
      return key(from);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(key(k));
    }
    return sb.toString();
  }
}
