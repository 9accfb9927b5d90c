package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 14: a rejected document's target is who issued it. A rejection that names a
 * ruling, a hearing or a constitution and no one else takes the actor that modified the document
 * where the article named it ("the ICC ruling", "Mali's new constitution"), or, for a judicial
 * document, the one court the article named. Near miss: with two courts named, which one is not
 * said and no target is given. Real CoreNLP, built-in dictionaries, sentences written for Vigil.
 */
final class IssuersIT {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The International Court of Justice held hearings on the border dispute in March. Honduras presented maps to the judges. Nicaragua refused to accept the ruling. | NIC | IGOICJ
      The ICC ruling came after months of hearings. Israel rejected the ruling on Friday.                                                                       | ISR | IGOICC
      Mali's new constitution took effect in July. Crowds gathered in Bamako. Algeria rejected the constitution on Saturday.                                       | DZA | MLI
      """)
  void theRejectionIsAimedAtTheIssuer(String text, String rejecter, String issuer) {
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text).anyMatch(k -> rejection(k, rejecter) && k.endsWith("-> " + issuer));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The International Court of Justice and the International Criminal Court held hearings in March. Israel rejected the ruling. | ISR
      """)
  void twoCourtsNoIssuer(String text, String rejecter) {
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text).anyMatch(k -> rejection(k, rejecter))
        .noneMatch(k -> rejection(k, rejecter) && k.contains("-> IGO"));
  }

  /** Whether the key is a rejection (CAMEO 12x) by the rejecter's side. */
  private static boolean rejection(String key, String rejecter) {
    return key.startsWith("12") && key.split(" ")[1].startsWith(rejecter);
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("r14i-" + Integer.toHexString(text.hashCode()), DAY, "", text, null, null));
  }
}
