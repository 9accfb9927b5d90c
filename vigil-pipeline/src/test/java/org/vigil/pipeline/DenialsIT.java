package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 13: a denial's target is its accuser. A denial or rejection of a charge that
 * names no one ("denied the allegations", "a charge Kampala rejected", "denies harbouring") takes
 * the source of the latest accusation the article reported against the denier's side. Near
 * misses: a denial by a side no one accused keeps no target, and the accuser of another side is
 * not taken. Real CoreNLP, built-in dictionaries, sentences written for Vigil.
 */
final class DenialsIT {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Algeria accused Morocco of arming separatists on Monday. Rabat denied the allegations.                    | MAR | DZA
      Kenyan officials blamed Uganda, accusing it of supporting the rebels, a charge Kampala quickly rejected.   | UGA | KEN
      Venezuela has accused Colombia of sheltering armed groups. Colombia routinely denies harbouring the fighters. | COL | VEN
      """)
  void theDenialIsAimedAtTheAccuser(String text, String denier, String accuser) {
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text).anyMatch(k -> denial(k, denier) && k.contains("-> " + accuser));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Peru accused Bolivia of smuggling weapons on Monday. Chile rejected the allegations on Tuesday. | CHL | PER
      """)
  void noAccusationOfTheDenierNoTarget(String text, String denier, String accuser) {
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text).anyMatch(k -> denial(k, denier))
        .noneMatch(k -> denial(k, denier) && k.contains("-> " + accuser));
  }

  /** Whether the key is a denial or rejection (CAMEO 016 or 12x) by the denier's side. */
  private static boolean denial(String key, String denier) {
    return (key.startsWith("016") || key.startsWith("12")) && key.split(" ")[1].startsWith(denier);
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("r13d-" + Integer.toHexString(text.hashCode()), DAY, "", text, null, null));
  }
}
