package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 11: an "at" phrase headed by an occasion ("met at the Hanoi summit", "spoke at
 * a conference in Geneva") says where and when, not with whom, even when a place names the
 * occasion; the other side is the one the sentence names. Near miss: "at" with a party ("fired at
 * the soldiers") still names the target. Real CoreNLP, built-in dictionaries, sentences written
 * for Vigil.
 */
final class OccasionVenuesIT {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      U.S. President Donald Trump and North Korean leader Kim Jong Un met at the Hanoi Summit in February. | VNM
      The Turkish and Greek foreign ministers met at a NATO summit in Brussels on Tuesday.                 | IGONATO
      """)
  void anOccasionIsNoParty(String sentence, String occasionCode) {
    List<String> keys = Engines.keys(code(sentence));
    assertThat(keys).as(sentence).isNotEmpty().noneMatch(k -> k.endsWith("-> " + occasionCode));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Israeli soldiers fired at Palestinian protesters near the border fence. | PSE
      """)
  void atWithAPartyStillNamesTheTarget(String sentence, String targetCountry) {
    assertThat(Engines.keys(code(sentence))).as(sentence).anyMatch(k -> k.contains("-> " + targetCountry));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("r11v-" + Integer.toHexString(text.hashCode()), DAY, "", text, null, null));
  }
}
