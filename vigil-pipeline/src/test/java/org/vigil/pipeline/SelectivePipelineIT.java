package org.vigil.pipeline;

import org.vigil.testkit.Shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventCoder;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.event.CodedEvent;
import org.vigil.nlp.CoreNlpAnnotator;

/**
 * Issue 5: the default, selective analysis codes the same events as the full pipeline on the
 * sample articles and (where ../shared is present) the model article, while parsing fewer
 * sentences; the learned finder's events aside (round 10: {@link #keys}).
 */
final class SelectivePipelineIT {
  private static final Dictionaries DICTIONARIES = Dictionaries.builtin();

  @Test
  void selectiveAnalysisCodesTheFullPipelinesEvents() {
    List<Article> articles = new ArrayList<>();
    Engines.reader().read(Path.of("..", "samples"), articles::add,
        r -> { throw new AssertionError("rejected: " + r); });
    // the model article too, where ../shared is present
    Shared.root().map(r -> r.resolve("articles/2021-07-08-csto-tajikistan.txt")).filter(Files::exists)
        .ifPresent(model -> Engines.reader().read(model, articles::add,
            r -> { throw new AssertionError("rejected: " + r); }));
    assertThat(articles).isNotEmpty();
    EventCoder coder = Engines.SELECTIVE.coder();
    CoreNlpAnnotator full = Engines.full().annotator();
    CoreNlpAnnotator selective = Engines.SELECTIVE.annotator();

    for (Article article : articles) {
      assertThat(keys(coder.code(selective.annotate(article))))
          .as("events of %s", article.id())
          .containsExactlyElementsOf(keys(coder.code(full.annotate(article))));
    }
    assertThat(selective.counts().parsed()).isLessThan(selective.counts().sentences());
    assertThat(full.counts().parsed()).isEqualTo(full.counts().sentences());
  }

  @Test
  void theEngineAnalysesSelectivelyUnlessConfiguredForTheFullPipeline() {
    assertThat(Engines.SELECTIVE.annotator().toString()).contains("selective");
    assertThat(Engines.full().annotator().toString()).doesNotContain("selective");
  }

  /**
   * What an event says, without its date and place (SUTime alone dates weekdays by the verb's
   * tense). The learned finder's events are left out: its triage reason is narrower than what it
   * reads in a parse, to keep the parse near half the sentences (issue 11, round 10), so the full
   * pipeline may find a clause the selective one leaves unparsed.
   */
  private static List<String> keys(List<CodedEvent> events) {
    return events.stream().filter(e -> !e.evidence().pattern().startsWith("learned")).map(e -> e.evidence().sentenceIndex() + " " + e.source().code() + " "
        + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo() + " " + e.negated() + " "
        + e.modality()).toList();
  }
}
