package org.vigil.bench;

import org.vigil.pipeline.EngineFactory;
import org.vigil.pipeline.VigilEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventCoder;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;
import org.vigil.testkit.Fixtures;

/**
 * The coder alone, one sentence per operation, on one thread (issue 5): the testkit's fixture
 * sentences, each parsed as CoreNLP parsed it (recorded CoNLL-U), coded with the built-in
 * dictionaries, without a gazetteer ({@code locator=none}) and with Vigil's ({@code
 * locator=gazetteer}), as {@code vigil code} does. Operations per second are sentences per
 * second per core. Each sentence is its own one-sentence article, so the gazetteer's cache of
 * place mentions, which holds the last 16 articles, is of no help.
 *
 * <pre>{@code
 * java -cp 'vigil-bench/target/vigil-bench.jar:vigil-bench/target/lib/*' org.openjdk.jmh.Main
 * }</pre>
 *
 * <p>State is per thread; the dictionaries and gazetteer are immutable and shared.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
public class CoderBenchmark {
  @Param({"none", "gazetteer"})
  public String locator;

  private EventCoder coder;
  private List<AnnotatedArticle> sentences;
  private int next;

  @Setup
  public void setUp() {
    // the engine's coder (its models load only when an article is analysed, which never happens here)
    VigilEngine engine = EngineFactory.create();
    coder = switch (locator) {
      case "none" -> engine.coderWithoutPlaces();
      case "gazetteer" -> engine.coder();
      default -> throw new IllegalArgumentException("unknown locator '" + locator + "'; expected none or gazetteer");
    };
    sentences = fixtureSentences();
  }

  /** Every sentence of every fixture as a one-sentence article, annotated from its CoNLL-U. */
  static List<AnnotatedArticle> fixtureSentences() {
    List<AnnotatedArticle> out = new ArrayList<>();
    for (String name : Fixtures.names()) {
      Article article = Fixtures.article(name);
      for (Sentence s : Fixtures.annotator(name).annotate(article).sentences()) {
        out.add(new AnnotatedArticle(article, List.of(s)));
      }
    }
    return List.copyOf(out);
  }

  /** Codes the next sentence. */
  @Benchmark
  public List<CodedEvent> codeOneSentence() {
    AnnotatedArticle sentence = sentences.get(next);
    next = next + 1 == sentences.size() ? 0 : next + 1;
    return coder.code(sentence);
  }
}
