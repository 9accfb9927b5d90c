package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Token;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/**
 * {@link TokenKeys#key(int, int)} (the tokens' keys end to end, each computed once; issue 5) is
 * the key of the tokens' text as {@link MentionSpans#text} writes it, for every run of tokens:
 * words of letters, digits, punctuation, diacritics (precomposed and combining), the letters
 * {@link Names#key} spells out, characters outside the BMP, with and without space between them.
 */
final class TokenKeysProperties {

  private static final List<String> PLAIN = List.of("Central", "Asia", "of", "Sar-e", "Pōl", "São", "Tomé", "Ærø",
      "Łódź", "Straße", "Đakovo", "Ørsted", "İzmir", "Þórshöfn", "Œuvre", "Miss.", "U.S.", "-", "–", "'s", "’s", "St.",
      "Kyiv", "Al-Anbar", "Homs", "2024", "Nahrin", "e\u0301", "\u0301", "a\u0308b", "\uD835\uDC00x", "\u00e9\u0327",
      "ﬁ", "Ⅻ", "١٢", "Москва", "北京");
  private static final String RANDOM_CHARS =
      "aAzZ09-'.\u00e9\u0301\u0327\u00f8\u00df\u0131\u0142\u00e6\u0153\u00fe\u2013\u00c5";

  @Test
  void aRunsKeyIsItsTokensKeysEndToEnd() {
    Seeded.forEachCase(2000, 0x70CE_0001L, g -> assertKeysEndToEnd(words(g), g.listOf(1, 6, g::bool)));
  }

  private static void assertKeysEndToEnd(List<String> words, List<Boolean> gaps) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      tokens.add(new Token(i, w, w, "NNP", "O", offset, offset + w.length()));
      offset += w.length() + (gaps.get(i % gaps.size()) ? 1 : 0);
    }
    TokenKeys keys = new TokenKeys(tokens);
    for (int from = 0; from < tokens.size(); from++) {
      for (int to = from + 1; to <= tokens.size(); to++) {
        assertThat(keys.key(from, to)).isEqualTo(Names.key(MentionSpans.text(tokens, from, to)));
      }
      assertThat(keys.key(from)).isEqualTo(Names.key(tokens.get(from).word()));
    }
  }

  /** 1-6 words: three in five a plain word, else 1-8 random characters. */
  private static List<String> words(Gen g) {
    return g.listOf(1, 6, () -> g.weighted(3, 2) == 0 ? g.pick(PLAIN) : g.string(RANDOM_CHARS, 1, 8));
  }
}
