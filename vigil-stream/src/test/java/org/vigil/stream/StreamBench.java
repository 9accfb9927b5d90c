package org.vigil.stream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.article.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;

/**
 * The stream's throughput on this machine (issue 15), run by {@code scripts/bench-stream.sh}, not
 * a test: starts a broker, codes the corpus once in batch (the batch pipeline of {@code vigil
 * code}, 1 and 2 workers, in an instance process with the engine loaded) and once through the
 * stream with 1 and with 2 instances (separate processes, one stream thread each, 4 partitions);
 * the clock runs from the start command until every article is in the coded topic, engine loading
 * excluded. Each instance first codes the corpus once, untimed, so that no run pays for the JIT. Prints one line per run and a JSON summary. Arguments: CORPUS ARTICLES OUT_DIR.
 */
public final class StreamBench {
  private StreamBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int limit = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    List<Article> articles = new ArrayList<>();
    new ArticleReader(IngestConfig.defaults()).read(corpus, a -> {
      if (articles.size() < limit) {
        articles.add(a);
      }
    }, r -> { });
    Path file = out.resolve("corpus.jsonl");
    StringBuilder lines = new StringBuilder();
    articles.forEach(a -> lines.append(new String(StreamSerdes.articleLine(a), StandardCharsets.UTF_8)).append('\n'));
    Files.writeString(file, lines);
    long distinct = articles.stream().map(Article::contentHash).distinct().count();
    Map<String, Double> results = new LinkedHashMap<>();
    try (KafkaBroker broker = KafkaBroker.start(out.resolve("broker"))) {
      List<JavaProcess> instances = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          instances.add(JavaProcess.start("2500m", out.resolve("instance-" + i + ".log"),
              StreamInstanceMain.class.getName(), "engine"));
        }
        for (JavaProcess p : instances) {
          p.awaitLog("coder loaded", Duration.ofMinutes(5));
        }
        // warm-up, untimed: the corpus once through each instance's engine, so that no run pays the JIT
        for (JavaProcess p : instances) {
          p.tell("batch " + file + " 1");
        }
        for (JavaProcess p : instances) {
          p.awaitLog("batch " + articles.size() + " articles", Duration.ofMinutes(30));
          p.clearLog();
        }
        for (int threads : new int[] {1, 2}) {
          JavaProcess p = instances.get(0);
          p.tell("batch " + file + " " + threads);
          String done = "batch " + articles.size() + " articles";
          p.awaitLog(done, Duration.ofMinutes(30));
          String line = Files.readAllLines(p.log()).stream().filter(l -> l.startsWith(done)).reduce((x, y) -> y)
              .orElseThrow();
          long ms = Long.parseLong(line.replaceAll(".* in (\\d+) ms", "$1"));
          report(results, "batch-" + threads + "-workers", articles.size(), ms);
          p.clearLog();
        }
        for (int n : new int[] {1, 2}) {
          String app = "bench" + n;
          StreamConfig config = StreamConfig.defaults(broker.bootstrap()).withApplicationId(app).withTopicPrefix(app);
          StreamTopics.ensure(config, Duration.ofSeconds(60));
          try (ArticleProducer producer = new ArticleProducer(broker.bootstrap(), config.articlesTopic(),
              Duration.ofSeconds(60))) {
            articles.forEach(producer::send);
            producer.flush();
          }
          try (TopicDrain coded = new TopicDrain(broker.bootstrap(), config.codedTopic())) {
            long t0 = System.nanoTime();
            for (JavaProcess p : instances.subList(0, n)) {
              p.tell("start " + app + " " + app + " " + config.partitions() + " " + out.resolve("state-" + app + "-"
                  + p.pid()) + " " + broker.bootstrap());
            }
            if (!coded.readUntil(() -> coded.size() >= 1, Duration.ofMinutes(10))) {
              throw new AssertionError("no article coded by " + app);
            }
            long t1 = System.nanoTime();
            int first = coded.size();
            if (!coded.readUntil(() -> coded.size() >= distinct, Duration.ofMinutes(30))) {
              throw new AssertionError("only " + coded.size() + " of " + distinct + " articles coded by " + app);
            }
            long end = System.nanoTime();
            report(results, "stream-" + n + "-instances", distinct, (end - t0) / 1_000_000);
            // without the start (group join, task assignment, internal topics): first coded article to last
            report(results, "stream-" + n + "-instances-running", distinct - first, (end - t1) / 1_000_000);
          }
        }
      } finally {
        instances.forEach(JavaProcess::close);
      }
    }
    StringBuilder json = new StringBuilder("{\"articles\": " + articles.size());
    results.forEach((k, v) -> json.append(String.format(Locale.ROOT, ", \"%s\": %.3f", k, v)));
    json.append("}");
    Files.writeString(out.resolve("stream-bench.json"), json + "\n");
    System.out.println(json);
  }

  private static void report(Map<String, Double> results, String name, long articles, long ms) {
    double perSecond = articles * 1000.0 / ms;
    results.put(name + "-articles-per-s", perSecond);
    System.out.printf(Locale.ROOT, "%-24s %4d articles in %7.1f s: %6.2f articles/s, %6.0f ms an article%n", name,
        articles, ms / 1000.0, perSecond, (double) ms / articles);
  }
}
