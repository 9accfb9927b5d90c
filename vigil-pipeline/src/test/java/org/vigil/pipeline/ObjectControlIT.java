package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Object control: in "X accused Y of doing", "X blamed Y for doing", "X charged Y with doing" the
 * act is Y's, not X's, and only alleged: the accusation is coded, the act is not (round 6); one
 * who responds by doing does it. Real CoreNLP, built-in dictionaries; sentences written for Vigil.
 */
final class ObjectControlIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Cyprus accused Turkey on Tuesday of violating its airspace.          | CYP
      Greece blamed Turkey for sending warships into its waters.           | GRC
      """)
  void theAccusedDoesTheActNotTheAccuser(String sentence, String accuser) {
    List<String> keys = keys(sentence);
    assertThat(keys).anyMatch(k -> k.startsWith("11") && k.contains(accuser + " -> TUR"));
    // no act of force, coercion or mobilisation by the accuser
    assertThat(keys).noneMatch(k -> Integer.parseInt(k.substring(0, 2)) >= 15 && k.contains(" " + accuser + " "));
    // nor by the accused: the act is alleged, not reported as having happened (round 6)
    assertThat(keys).noneMatch(k -> Integer.parseInt(k.substring(0, 2)) >= 15 && k.contains(" TUR"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Turkey retaliated by shelling Syrian army positions.                 | TUR
      """)
  void whoRespondsByDoingDoesIt(String sentence, String actor) {
    assertThat(keys(sentence)).anyMatch(k -> k.contains(" " + actor + " ") || k.contains(" " + actor + "MIL "));
  }

  private static List<String> keys(String sentence) {
    Article a = new Article("control-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 10), "",
        sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated())
        .map(e -> e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code()))
        .toList();
  }
}
