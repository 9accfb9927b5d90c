package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.article.Article;
import org.vigil.testkit.Fixtures;

/** The CoNLL-U fixtures in vigil-testkit still say what CoreNLP says; if not, regenerate them. */
final class FixturesIT {

  static java.util.List<String> names() {
    return Fixtures.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void recordedFixtureMatchesCoreNlp(String name) {
    Article article = Fixtures.article(name);

    assertThat(Fixtures.annotator(name).annotate(article))
        .as("fixture %s; run vigil-nlp/regenerate-fixtures if CoreNLP changed", name)
        .isEqualTo(SharedAnnotator.get().annotate(article));
  }
}
