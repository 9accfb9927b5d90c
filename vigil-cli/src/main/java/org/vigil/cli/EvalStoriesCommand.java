package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.article.Article;
import org.vigil.eval.ArticleSplit;
import org.vigil.eval.story.StoryEvaluation;
import org.vigil.eval.story.StoryReport;
import org.vigil.ingest.story.StoryConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil eval stories}: pair precision and recall of story detection on articles and known copies. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Score near-duplicate story detection: the corpus articles with copies made by seeded"
        + " transformations (trimmed, re-headlined, reordered, a sentence changed/added/removed, a wire dateline,"
        + " combinations); pair precision and recall of 'same story' over all pairs (docs/ACCURACY.md).")
final class EvalStoriesCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "Articles (a file or folder, read as vigil code reads them), e.g. ../shared/corpus/voa-stories.jsonl.")
  Path corpus;

  @Option(names = "--split", defaultValue = "all", paramLabel = "dev|heldout|all",
      converter = EvalCommand.SplitConverter.class,
      description = "Which articles: dev (SHA-256 of the id starts with an even byte), heldout (odd) or all (default: ${DEFAULT-VALUE}).")
  ArticleSplit split;

  @Option(names = "--seed", defaultValue = "13", paramLabel = "N",
      description = "Seed of the copies and of the order of arrival (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--copies", defaultValue = "10", paramLabel = "N",
      description = "Copies per article: one of each of the 7 kinds, then combinations (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = "--jaccard", paramLabel = "X", description = "Least Jaccard similarity of one story (default: StoryConfig's).")
  Double jaccard;

  @Option(names = "--containment", paramLabel = "X", description = "Least containment of a trimmed copy (default: StoryConfig's).")
  Double containment;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.exists(corpus)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--corpus " + corpus + ": no such file or folder");
    }
    if (copies < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--copies must be at least 0, was " + copies);
    }
    StoryConfig config = StoryConfig.defaults();
    try {
      config = config.withThresholds(jaccard == null ? config.jaccard() : jaccard,
          containment == null ? config.containment() : containment);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Article> articles = new ArrayList<>();
    int[] rejected = {0};
    Wiring.reader().read(corpus, articles::add, r -> {
      rejected[0]++;
      System.err.println("vigil: corpus: rejected " + r);
    });
    StoryReport report = StoryEvaluation.run(articles, split, config, seed, copies);
    System.out.println(json ? report.toJson() : report.toText());
    return rejected[0] == 0 ? Main.OK : Main.SOME_REJECTED;
  }
}
