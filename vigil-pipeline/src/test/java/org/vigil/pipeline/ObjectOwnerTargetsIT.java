package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, dropped targets: when what is welcomed, accepted or denounced is not an actor but
 * something an actor owns or did, the target is that actor — the owner of an offer or proposal
 * the pattern consumed ("accepted a Kenyan offer"), or the subject of the content clause of the
 * object ("welcomed the announcement that Somalia had agreed"). Real CoreNLP, built-in
 * dictionaries; sentences written for Vigil, each mechanism with two examples and near misses.
 */
final class ObjectOwnerTargetsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ethiopia accepted a Kenyan offer to mediate between the parties.              | 030  | ETH | KEN
      Armenia accepted Azerbaijan's proposal for a joint border commission.        | 030  | ARM | AZE
      Kenyan opposition lawmakers welcomed the announcement that Somalia had agreed to a truce. | 051 | KENOPP | SOM
      The European Union welcomed reports that Sudan had released the detained journalists. | 051 | IGOEU | SDN
      """)
  void theOwnerOfTheObjectIsTheTarget(String sentence, String cameo, String source, String target) {
    CodedEvent e = event(sentence, cameo);
    assertThat(e.source().code()).contains(source);
    assertThat(e.target()).as("target of %s", sentence).isNotNull();
    assertThat(e.target().code()).contains(target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ethiopia accepted a generous offer of help.                                   | 030
      Kenyan opposition lawmakers welcomed the news that the ceasefire had held.      | 051
      Kenyan opposition lawmakers welcomed the announcement, which came after a long delay. | 051
      """)
  void aModifierOrClauseThatNamesNoActorGivesNoTarget(String sentence, String cameo) {
    CodedEvent e = event(sentence, cameo);
    assertThat(e.target()).as("target of %s", sentence).isNull();
  }

  private static CodedEvent event(String sentence, String cameo) {
    Article a = new Article("owner-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    List<CodedEvent> events = Engines.SELECTIVE.code(a);
    return events.stream().filter(e -> e.cameo().equals(cameo) && !e.negated()).findFirst()
        .orElseThrow(() -> new AssertionError("no " + cameo + " event in '" + sentence + "': " + events.stream()
            .map(e -> e.cameo() + " " + e.source().code() + "->" + (e.target() == null ? "-" : e.target().code()))
            .toList()));
  }
}
