package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vigil.core.text.Token;

/**
 * {@link TokenKeys#key(int, int)} (the tokens' keys end to end, each computed once; issue 5) is
 * the key of the tokens' text as {@link MentionSpans#text} writes it, for every run of tokens:
 * words of letters, digits, punctuation, diacritics (precomposed and combining), the letters
 * {@link Names#key} spells out, characters outside the BMP, with and without space between them.
 */
final class TokenKeysProperties {

  @Property(tries = 2000)
  void aRunsKeyIsItsTokensKeysEndToEnd(@ForAll("words") List<String> words, @ForAll("gaps") List<Boolean> gaps) {
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

  @Provide
  Arbitrary<List<String>> words() {
    Arbitrary<String> plain = Arbitraries.of("Central", "Asia", "of", "Sar-e", "Pōl", "São", "Tomé", "Ærø", "Łódź",
        "Straße", "Đakovo", "Ørsted", "İzmir", "Þórshöfn", "Œuvre", "Miss.", "U.S.", "-", "–", "'s", "’s", "St.",
        "Kyiv", "Al-Anbar", "Homs", "2024", "Nahrin", "e\u0301", "\u0301", "a\u0308b", "\uD835\uDC00x", "\u00e9\u0327",
        "ﬁ", "Ⅻ", "١٢", "Москва", "北京");
    Arbitrary<String> random = Arbitraries.strings()
        .withChars("aAzZ09-'.\u00e9\u0301\u0327\u00f8\u00df\u0131\u0142\u00e6\u0153\u00fe\u2013\u00c5")
        .ofMinLength(1).ofMaxLength(8);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, plain), net.jqwik.api.Tuple.of(2, random))
        .list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Boolean>> gaps() {
    return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(6);
  }
}
