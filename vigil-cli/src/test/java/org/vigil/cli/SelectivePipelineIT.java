package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.event.CodedEvent;
import org.vigil.nlp.CoreNlpAnnotator;

/**
 * Issue 5: the default, selective analysis codes the same events as the full pipeline on the
 * sample articles and (where ../shared is present) the model article, while parsing fewer
 * sentences.
 */
final class SelectivePipelineIT {
  private static final Dictionaries DICTIONARIES = Dictionaries.builtin();

  @Test
  void selectiveAnalysisCodesTheFullPipelinesEvents() {
    List<Article> articles = new ArrayList<>();
    Wiring.reader().read(Path.of("..", "samples"), articles::add,
        r -> { throw new AssertionError("rejected: " + r); });
    Path shared = ModelArticleIT.shared();
    if (shared != null && Files.exists(shared.resolve("articles/2021-07-08-csto-tajikistan.txt"))) {
      Wiring.reader().read(shared.resolve("articles/2021-07-08-csto-tajikistan.txt"), articles::add,
          r -> { throw new AssertionError("rejected: " + r); });
    }
    EventCoder coder = Wiring.coder(DICTIONARIES);
    CoreNlpAnnotator full = Wiring.annotator(DICTIONARIES, fullPipeline(true));
    CoreNlpAnnotator selective = Wiring.annotator(DICTIONARIES, fullPipeline(false));

    for (Article article : articles) {
      assertThat(keys(coder.code(selective.annotate(article))))
          .as("events of %s", article.id())
          .containsExactlyElementsOf(keys(coder.code(full.annotate(article))));
    }
    assertThat(selective.counts().parsed()).isLessThan(selective.counts().sentences());
    assertThat(full.counts().parsed()).isEqualTo(full.counts().sentences());
  }

  @Test
  void codingCommandsAnalyseSelectivelyUnlessAskedForTheFullPipeline() {
    assertThat(Wiring.annotator(DICTIONARIES, fullPipeline(false)).toString()).contains("selective");
    assertThat(Wiring.annotator(DICTIONARIES, fullPipeline(true)).toString()).doesNotContain("selective");
  }

  private static AnalysisOptions fullPipeline(boolean full) {
    AnalysisOptions options = new AnalysisOptions();
    options.fullPipeline = full;
    return options;
  }

  /** What an event says, without its date and place (SUTime alone dates weekdays by the verb's tense). */
  private static List<String> keys(List<CodedEvent> events) {
    return events.stream().map(e -> e.evidence().sentenceIndex() + " " + e.source().code() + " "
        + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo() + " " + e.negated() + " "
        + e.modality()).toList();
  }
}
