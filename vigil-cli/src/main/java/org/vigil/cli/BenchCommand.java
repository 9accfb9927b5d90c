package org.vigil.cli;

import org.vigil.pipeline.VigilEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.article.Article;
import org.vigil.coding.DictionaryEventCoder;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.nlp.CoreNlpAnnotator;
import org.vigil.nlp.PlainCoreNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil bench}: Vigil's speed against the plain CoreNLP pipeline, on the same articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    subcommands = {ApiDataCommand.class, ApiLoadCommand.class, ApiScanCommand.class, MergeIngestCommand.class,
        WatchScanCommand.class},
    description = {
      "Measure, on the same articles in the same run: the plain CoreNLP pipeline (" + PlainCoreNlp.ANNOTATORS
          + ", CoreNLP's defaults), Vigil end to end (read, analyse, code, store in an in-memory DuckDB) and the coder "
          + "alone on the sentences Vigil analysed. Prints medians over the runs: sentences/s, articles/s, CPU ms per "
          + "sentence, peak heap and the ratio Vigil / plain. Model loading is timed apart, not in the figures.",
      "Give the JVM 3 GB (the vigil launcher does): both pipelines are loaded at once."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "FILE",
      description = "Articles to measure on (a JSON Lines file, seed files or a folder), e.g. ../shared/corpus/voa-stories.jsonl.")
  Path corpus;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--articles", paramLabel = "N", description = "Measure on the first N articles (default: all).")
  Integer articles;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
      description = "Measured runs after a warm-up; figures are medians (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--threads", description = "Worker threads for both pipelines (default: the setting threads, the number of cores; docs/configuration.md).")
  Integer threads;

  @Option(names = "--triage-report",
      description = "Instead of timing: of the sentences the triage sends to the parse, how many end in an event, by the triage's reasons (counts, the same on any machine).")
  boolean triageReport;

  @Option(names = "--triage-details",
      description = "With --triage-report: also list the parsed sentences without an event of the dev half of the article gold (docs/EVALUATION.md), with their reasons.")
  boolean triageDetails;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (corpus == null) {
      System.err.println("vigil bench: give --corpus FILE (or a subcommand: api-data, api-load)");
      return Main.USAGE;
    }
    if (!Files.exists(corpus)) {
      System.err.println("vigil bench: no such corpus: " + corpus);
      return Main.USAGE;
    }
    if (runs < 1 || articles != null && articles < 1) {
      System.err.println("vigil bench: --runs and --articles must be at least 1");
      return Main.USAGE;
    }
    org.vigil.pipeline.VigilSettings vigilSettings = Wiring.settings(spec, dictionaryOptions, analysisOptions, threads, null);
    Bench.Settings settings = new Bench.Settings(corpus, articles == null ? Integer.MAX_VALUE : articles, runs,
        vigilSettings.threads());
    VigilEngine engine = Wiring.engine(vigilSettings);
    if (triageReport) {
      return triage(engine, settings);
    }
    Bench bench = new Bench(settings, engine, Wiring.reader(), System.err);
    List<Article> input = bench.articles();
    if (input.isEmpty()) {
      System.err.println("vigil bench: no articles in " + corpus);
      return Main.USAGE;
    }
    System.err.println("vigil bench: loading Vigil ...");
    long vigilLoad = bench.loadVigil();
    long vigilHeap = Meter.liveHeap();
    System.err.println("vigil bench: loading plain CoreNLP ...");
    long plainLoad = bench.loadPlain();
    long bothHeap = Meter.liveHeap();
    System.err.println("vigil bench: warming up ...");
    bench.warmUp(input);
    List<Bench.Run> measured = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      System.err.println("vigil bench: run " + (i + 1) + " of " + runs);
      measured.add(bench.run(input));
    }
    BenchReport report = new BenchReport(settings, vigilSettings.engineConfig().analysis().name().toLowerCase(java.util.Locale.ROOT), measured,
        vigilLoad, plainLoad, vigilHeap, bothHeap, Instant.now());
    System.out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
    return Main.OK;
  }

  /** {@code --triage-report}: annotates and codes the articles, then tallies each sentence's triage reasons. */
  private Integer triage(VigilEngine engine, Bench.Settings settings) throws Exception {
    Bench bench = new Bench(settings, engine, Wiring.reader(), System.err);
    List<Article> input = bench.articles();
    if (input.isEmpty()) {
      System.err.println("vigil bench: no articles in " + corpus);
      return Main.USAGE;
    }
    System.err.println("vigil bench: triage report on " + input.size() + " articles ...");
    List<List<TriageReport.Line>> lines = bench.triageLines(input);
    TriageReport report = new TriageReport();
    lines.forEach(report::add);
    if (json) {
      System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report.toJson()));
    } else {
      System.out.print(report.toText(40));
    }
    if (triageDetails) {
      System.out.println();
      System.out.println("parsed sentences without an event, dev half only:");
      for (List<TriageReport.Line> article : lines) {
        for (TriageReport.Line l : article) {
          if (l.parsed() && l.events() == 0 && org.vigil.eval.ArticleSplit.DEV.includes(l.article())) {
            System.out.println(l.article() + "#" + l.sentence() + "\t" + l.triggers() + " / " + l.actors() + "\t"
                + String.join(",", l.explanation().patternWords()) + "\t" + l.text().replaceAll("\\s+", " "));
          }
        }
      }
    }
    return Main.OK;
  }
}
