package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 5: the target of a threat or an appeal made through a complement clause is
 * often inside that clause's object ("threatened to use force against North Korea": the force
 * is against it), and "C.A.R." is the Central African Republic as "U.S." is the United States.
 * Real CoreNLP, built-in dictionaries; sentences written for Vigil, with a near miss where the
 * complement's object is against no actor. Round 15: a negotiation's open complement names the
 * side the deal is with ("negotiating to import wheat from Russia"); near misses: where the talks
 * were held, a place the complement names with "in".
 */
final class ComplementTargetsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Trump threatened to use force against North Korea if necessary.                 | 138 | USAGOV | PRK
      The Ethiopian government threatened to take military action against Eritrea.    | 138 | ETHGOV | ERI
      Cameroon and C.A.R. officials met in Bangui.                                     | 040 | CMRGOV | CAFGOV
      Nigeria said it is negotiating to import wheat from Russia.                      | 046 | NGA    | RUS
      Officials in Cairo say they are negotiating to buy liquefied gas from Qatar.     | 046 | EGYGOV | QAT
      Azerbaijan is negotiating to sell more gas to Hungary, the minister said.        | 046 | AZE    | HUN
      """)
  void theTargetIsFoundInsideTheComplement(String sentence, String cameo, String source, String target) {
    CodedEvent e = event(sentence, cameo, source);
    assertThat(e.target()).as("target of %s", sentence).isNotNull();
    assertThat(e.target().code()).isEqualTo(target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Ethiopian government threatened to use force against the protests.   | 138 | ETHGOV
      Kenyan officials negotiated in Doha on Monday.                            | 046 | KENGOV
      Kenyan officials negotiated to stay in Qatar for another year.            | 046 | KENGOV
      """)
  void aComplementAgainstNoActorGivesNoTarget(String sentence, String cameo, String source) {
    CodedEvent e = event(sentence, cameo, source);
    assertThat(e.target()).as("target of %s", sentence).isNull();
  }

  private static CodedEvent event(String sentence, String cameo, String source) {
    Article a = new Article("complement-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    List<CodedEvent> events = Engines.SELECTIVE.code(a);
    return events.stream().filter(e -> e.cameo().equals(cameo) && e.source().code().equals(source) && !e.negated())
        .findFirst().orElseThrow(() -> new AssertionError("no " + cameo + " event of " + source + " in '" + sentence
            + "': " + events.stream().map(e -> e.cameo() + " " + e.source().code() + "->"
                + (e.target() == null ? "-" : e.target().code())).toList()));
  }
}
