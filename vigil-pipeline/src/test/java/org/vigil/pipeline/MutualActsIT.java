package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 12: sides that act on each other. A counted reference back to two states
 * ("both countries", "the two countries") that does a directed act with no one else named, and
 * sides whose object is "each other" or "one another", are each the other's target, one event
 * each way. Near misses: a counted pair that acts on a third party named in the clause ("sent aid
 * to Sudan") keeps that target, and "each other's" as an owner is no reciprocal object. Real
 * CoreNLP, built-in dictionaries, sentences written for Vigil.
 */
final class MutualActsIT {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Egypt and Ethiopia are at odds over the dam. Both countries withdrew ambassadors last year.             | EGY | ETH
      Algeria accused Morocco of spying and Morocco rejected the charge. The two countries have clashed for years. | DZA | MAR
      Japan and China blamed each other for the collision on Monday.                                          | JPN | CHN
      India and Pakistan accused one another of violating the ceasefire.                                      | IND | PAK
      """)
  void eachSideActsOnTheOther(String text, String one, String other) {
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text)
        .anyMatch(k -> k.contains(" " + one) && k.contains("-> " + other))
        .anyMatch(k -> k.contains(" " + other) && k.contains("-> " + one));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kenya and Uganda met in Nairobi. Both countries sent aid to Sudan.  | KEN | UGA
      """)
  void aThirdPartyNamedStaysTheTarget(String text, String one, String other) {
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text).anyMatch(k -> k.startsWith("07") && k.endsWith("-> SDN"))
        .noneMatch(k -> k.startsWith("07") && (k.endsWith("-> " + one) || k.endsWith("-> " + other)));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("r12m-" + Integer.toHexString(text.hashCode()), DAY, "", text, null, null));
  }
}
