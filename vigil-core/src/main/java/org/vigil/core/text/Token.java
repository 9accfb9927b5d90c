package org.vigil.core.text;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in its sentence
 * @param word the text as written
 * @param lemma the lemma, lower case for common words
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag ({@code O} when none)
 * @param begin character offset of the first character in the article text
 * @param end character offset after the last character in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("token index must be >= 0, was " + index);
    }
    Objects.requireNonNull(word, "word");
    lemma = lemma == null ? word.toLowerCase(java.util.Locale.ROOT) : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
    if (end < begin) {
      throw new IllegalArgumentException("token end " + end + " < begin " + begin);
    }
  }

  /**
   * The first word, in lower case, of the hyphenated word that token {@code i} ends ("cease" for the
   * "fire" of "cease-fire"), or null: CoreNLP's tokenizer splits most hyphenated words into word,
   * hyphen, word, written without spaces between them.
   */
  public static String hyphenPrefix(java.util.List<Token> tokens, int i) {
    if (i < 2 || !tokens.get(i - 1).word().equals("-") || tokens.get(i - 1).end() != tokens.get(i).begin()
        || tokens.get(i - 2).end() != tokens.get(i - 1).begin()) {
      return null;
    }
    return tokens.get(i - 2).word().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isAdjective() {
    return pos.startsWith("JJ");
  }

  public boolean isPronoun() {
    return pos.startsWith("PRP") || pos.equals("WP");
  }
}
