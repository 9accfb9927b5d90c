package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 12: after a first verb ("accused X of shelling villages and called on Y to
 * ...") or an adverb ("repeatedly called on Y to ..."), CoreNLP may read the preposition of a prepositional verb as its particle and the one it
 * is "on" as its object; the appeal still has its addressee. Near miss: a particle verb whose
 * particle is no preposition of its pattern ("called off talks") keeps its own reading. Real
 * CoreNLP, built-in dictionaries, sentences written for Vigil.
 */
final class ParticleObliquesIT {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Armenia on Thursday accused Azerbaijan of shelling two villages and called on Russia to send observers. | ARM -> RUS
      Algeria once again called on Morocco to send observers.                                                 | DZA -> MAR
      Lebanon repeatedly called on Israel to pay compensation.                                                | LBN -> ISR
      Jordan again called on Syria to secure the border.                                                      | JOR -> SYR
      """)
  void theAddresseeOfAnAppealReadAsAParticleObject(String sentence, String dyad) {
    assertThat(Engines.keys(code(sentence))).as(sentence).anyMatch(k -> k.startsWith("02") && k.contains(dyad));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Serbia accused Kosovo of provocations and called off talks with Kosovo on Friday. | 02
      """)
  void aParticleOfAnotherVerbNamesNoAddressee(String sentence, String root) {
    assertThat(Engines.keys(code(sentence))).as(sentence).noneMatch(k -> k.startsWith(root));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("r12p-" + Integer.toHexString(text.hashCode()), DAY, "", text, null, null));
  }
}
