package org.vigil.stream;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.EngineFactory;
import org.vigil.testkit.Events;

/**
 * A stream instance as a separate process, for the *IT tests (a {@code kill -9} needs one). The
 * coder is loaded once, from the first argument: {@code engine} (the default engine from {@link
 * EngineFactory}, as {@code vigil stream} builds it) or {@code fixed:MILLIS} ({@link #fixed}: no
 * CoreNLP, MILLIS of sleep an article). Then each line on standard input {@code start APP PREFIX
 * PARTITIONS STATE_DIR BOOTSTRAP} starts one more stream application sharing that coder, and prints
 * {@code started APP}; {@code batch FILE THREADS} codes the articles of FILE as {@code vigil code}
 * does (the batch pipeline, THREADS workers) and prints {@code batch N articles M events in T ms}
 * (for the benchmark); end of input (the test JVM gone) closes them all and ends the process.
 */
public final class StreamInstanceMain {
  private StreamInstanceMain() {}

  /** The fixed coder: one to three events an article, by its text's length, ids from its id. */
  static List<CodedEvent> fixed(Article a) {
    List<CodedEvent> events = new ArrayList<>();
    for (int k = 0; k < 1 + a.text().length() % 3; k++) {
      events.add(Events.event(a, a.id() + "-e" + k).date(a.date()).source("KGZGOV", "KGZ").target("TJKGOV", "TJK")
          .cameo("036", 1, 4).build());
    }
    return events;
  }

  private static void batch(CodingWorkers.ArticleCoder coder, Path file, int threads) {
    long[] events = {0};
    org.vigil.pipeline.IngestJob job = new org.vigil.pipeline.IngestJob(coder,
        new org.vigil.ingest.ArticleReader(org.vigil.ingest.IngestConfig.defaults()), threads,
        org.vigil.pipeline.FailurePolicy.CONTINUE, (record, reason) -> { });
    long t0 = System.nanoTime();
    org.vigil.pipeline.IngestJob.Summary s = job.run(file, (article, coded, rejections) -> events[0] += coded.size());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("batch " + s.coded() + " articles " + events[0] + " events in " + ms + " ms");
    System.out.flush();
  }

  public static void main(String[] args) throws Exception {
    CodingWorkers.ArticleCoder coder;
    if (args[0].equals("engine")) {
      coder = EngineFactory.create()::code;
    } else {
      long millis = Long.parseLong(args[0].substring("fixed:".length()));
      coder = a -> {
        try {
          Thread.sleep(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return fixed(a);
      };
    }
    System.out.println("coder loaded");
    System.out.flush();
    List<VigilStream> running = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(VigilStream::close)));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] w = line.strip().split(" ");
      if (w.length == 6 && w[0].equals("start")) {
        StreamConfig config = StreamConfig.defaults(w[5]).withApplicationId(w[1]).withTopicPrefix(w[2])
            .withPartitions(Integer.parseInt(w[3])).withStateDir(Path.of(w[4]));
        running.add(VigilStream.start(config, coder, StoryConfig.defaults()));
        System.out.println("started " + w[1]);
        System.out.flush();
      } else if (w.length == 3 && w[0].equals("batch")) {
        batch(coder, Path.of(w[1]), Integer.parseInt(w[2]));
      }
    }
    running.forEach(VigilStream::close);
  }
}
