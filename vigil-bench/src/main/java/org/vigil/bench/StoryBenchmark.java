package org.vigil.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.ingest.story.StoryIndex;

/**
 * Story detection alone (issue 13): {@link StoryIndex#add} with the default settings on a stream of
 * made-up articles of 400 words drawn from a 3,000-word vocabulary, every fifth a copy of one of
 * the 50 before it with a dateline and a sentence added; 500 articles a day, so the index holds
 * about 2,000 articles (the 3-day window) once it is full. Operations per second are articles per
 * second, on one thread; the articles are made in the setup, not timed.
 *
 * <pre>{@code
 * java -cp 'vigil-bench/target/vigil-bench.jar:vigil-bench/target/lib/*' org.openjdk.jmh.Main StoryBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class StoryBenchmark {
  private static final int ARTICLES = 20_000;
  private static final int PER_DAY = 500;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  Article[] articles;
  private StoryIndex index;
  private int next;

  @Setup(Level.Trial)
  public void write() {
    SplittableRandom random = new SplittableRandom(13);
    String[] vocabulary = new String[3000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + Integer.toString(i, 36) + (char) ('a' + i % 26);
    }
    articles = new Article[ARTICLES];
    for (int i = 0; i < ARTICLES; i++) {
      LocalDate day = START.plusDays(i / PER_DAY);
      String text;
      if (i % 5 == 4 && i >= 50) {
        text = "CAPITAL (Wire) -- " + articles[i - 1 - random.nextInt(50)].text() + " Officials declined to comment.";
      } else {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 400; w++) {
          sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(w % 20 == 19 ? ". " : " ");
        }
        text = sb.toString();
      }
      articles[i] = new Article("a" + i, day, "", text, "", "bench");
    }
  }

  @Setup(Level.Iteration)
  public void open() {
    index = new StoryIndex(StoryConfig.defaults());
    next = 0;
  }

  /** One article assigned to its story. */
  @Benchmark
  public StoryAssignment add() {
    if (next == ARTICLES) {
      open();
    }
    return index.add(articles[next++]);
  }

  /** Articles the index holds now (for the test). */
  int size() {
    return index.size();
  }
}
