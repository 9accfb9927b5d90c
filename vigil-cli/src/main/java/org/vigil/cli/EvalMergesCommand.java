package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.coding.merge.MergeConfig;
import org.vigil.coding.merge.MentionMerger;
import org.vigil.core.article.Article;
import org.vigil.eval.Evaluation;
import org.vigil.eval.GoldSet;
import org.vigil.eval.MergeEvaluation;
import org.vigil.eval.MergeReport;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil eval merges}: pair precision and recall of event merging on article gold. */
@Command(name = "merges", mixinStandardHelpOptions = true,
    description = "Score event merging (one event, many mentions) on article gold: code the articles, match each"
        + " prediction to a gold event of its article as vigil eval does, merge all predictions, and score pairs of"
        + " matched predictions from different articles against gold events of one real event (same source and"
        + " target codes, PLOVER type, dates within the day window), on the dev and heldout splits"
        + " (docs/ACCURACY.md).")
final class EvalMergesCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "Article gold JSON Lines, e.g. ../shared/eval/voa/gold.jsonl.")
  Path gold;

  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "Articles (a file or folder, read as vigil code reads them) the gold is joined to by id.")
  Path corpus;

  @Option(names = "--day-window", paramLabel = "DAYS",
      description = "Merge day window, for the merger and the gold rule (default: the setting merge.day-window).")
  Integer dayWindow;

  @Option(names = "--examples", defaultValue = "10", paramLabel = "N",
      description = "Wrong and missed merges to print per split with --details (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(names = "--details", description = "Also print the first wrong and missed merges of each split.")
  boolean details;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    for (Path p : new Path[] {gold, corpus}) {
      if (!Files.exists(p)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), p + ": no such file or folder");
      }
    }
    if (examples < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--examples must be at least 0, was " + examples);
    }
    VigilSettings settings = Wiring.settings(spec, dictionaryOptions, analysisOptions, null, null);
    MergeConfig config;
    try {
      config = dayWindow == null ? settings.mergeConfig() : new MergeConfig(dayWindow, settings.mergeConfig().maxKm());
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Map<String, Article> articles = new LinkedHashMap<>();
    int[] rejected = {0};
    Wiring.reader().read(corpus, a -> articles.putIfAbsent(a.id(), a), r -> {
      rejected[0]++;
      System.err.println("vigil: corpus: rejected " + r);
    });
    GoldSet set = Evaluation.readGold(java.util.List.of(gold)).withCorpus(articles);
    set.skipped().forEach(p -> System.err.println("vigil: skipped " + p));
    set.warnings().forEach(p -> System.err.println("vigil: warning " + p));
    VigilEngine engine = Wiring.engine(settings);
    Progress progress = new Progress(System.err, "coding");
    long[] done = {0, 0};
    MergeReport report = MergeEvaluation.run(set, article -> {
      var events = engine.code(article);
      done[0]++;
      done[1] += events.size();
      progress.update(done[0], done[1], 0);
      return events;
    }, new MentionMerger(config), config.dayWindow(), examples);
    progress.done();
    System.out.println(json ? report.toJson() : report.toText());
    if (details) {
      System.out.println(report.examplesText());
    }
    return rejected[0] == 0 && set.skipped().isEmpty() ? Main.OK : Main.SOME_REJECTED;
  }
}
