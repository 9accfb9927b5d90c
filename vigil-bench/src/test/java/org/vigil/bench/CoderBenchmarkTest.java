package org.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;

final class CoderBenchmarkTest {

  @Test
  void everyFixtureSentenceIsParsedAndSomeAreCodedIntoEvents() {
    List<AnnotatedArticle> sentences = CoderBenchmark.fixtureSentences();
    CoderBenchmark bench = new CoderBenchmark();
    bench.locator = "none";
    bench.setUp();

    long events = 0;
    for (int i = 0; i < sentences.size(); i++) {
      List<CodedEvent> coded = bench.codeOneSentence();
      events += coded.size();
    }

    assertThat(sentences.size()).isGreaterThanOrEqualTo(10);
    assertThat(sentences.stream().filter(a -> a.sentences().get(0).dependencies().isEmpty()))
        .isEmpty();
    assertThat(events).isPositive();
  }
}
