package org.vigil.cli;

import org.vigil.eval.GazetteerGeoparser;
import org.vigil.eval.RecordEngines;
import org.vigil.pipeline.ConfidenceFeatures;
import org.vigil.pipeline.EngineConfig;
import org.vigil.pipeline.EngineFactory;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;
import org.vigil.core.event.CodedEvent;
import org.vigil.eval.ConfidenceTraining;
import org.vigil.eval.ScoredPrediction;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.article.Article;
import org.vigil.eval.ArticleSplit;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.event.EventCoder;
import org.vigil.core.text.Annotator;
import org.vigil.eval.ActorMatch;
import org.vigil.eval.Evaluation;
import org.vigil.eval.GoldSet;
import org.vigil.eval.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil eval}: scores the coder on gold records. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the coder on gold records (PETRARCH, PLOVER, geoparsing, event report or article gold JSON Lines): precision, recall, F1, PLOVER, actor and place accuracy.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON Lines file (repeatable).")
  List<Path> gold;

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "Articles (a file or folder, read as vigil code reads them) whose texts article gold (records with \"events\") is joined to by id.")
  Path corpus;

  @Option(names = "--split", defaultValue = "all", paramLabel = "dev|heldout|all",
      converter = SplitConverter.class,
      description = "Which half of the article gold to score: dev (SHA-256 of the id starts with an even byte), heldout (odd) or all (default: ${DEFAULT-VALUE}).")
  ArticleSplit split;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Option(names = "--details", description = "Also print each record's expected and predicted events.")
  boolean details;

  @Option(names = "--actor-match", defaultValue = "COUNTRY",
      description = "FULL (codes equal) or COUNTRY (first three letters equal; default: ${DEFAULT-VALUE}).")
  ActorMatch actorMatch;

  @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "P",
      description = "Score only the events with at least this confidence, 0..1 (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--train-confidence", paramLabel = "FILE",
      description = "Also train the confidence model on the scored predictions (coded with the rules' confidence) and write it to FILE (scripts/train-confidence.sh).")
  Path trainConfidence;

  @Option(names = "--seed", defaultValue = "11", description = "Seed of the confidence model's cross-validation folds (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Runs.checkConfidence(spec, minConfidence);
    Map<String, Article> articles = new LinkedHashMap<>();
    if (corpus != null) {
      Wiring.reader().read(corpus, a -> articles.putIfAbsent(a.id(), a),
          r -> System.err.println("vigil: corpus: rejected " + r));
    }
    GoldSet set = Evaluation.readGold(gold).withCorpus(articles).split(split);
    set.skipped().forEach(p -> System.err.println("vigil: skipped " + p));
    set.warnings().forEach(p -> System.err.println("vigil: warning " + p));
    VigilSettings settings = Wiring.settings(spec, dictionaryOptions, analysisOptions, null, null);
    // the model is trained from the rules' confidence, which it reads as one of its features
    VigilEngine engine = trainConfidence == null ? Wiring.engine(settings)
        : EngineFactory.create(settings.engineConfig().withConfidence(EngineConfig.Confidence.RULES));
    var recordEngines = RecordEngines.of(set, engine);
    ConfidenceTraining training = new ConfidenceTraining(seed);
    Map<CodedEvent, double[]> features = new java.util.IdentityHashMap<>();
    Progress progress = new Progress(System.err, "evaluating");
    long[] done = {0, 0};
    ScoredPrediction.Listener listener = p -> {
      double[] f = features.get(p.event());
      if (f != null) {
        training.add(new ConfidenceTraining.Example(p.recordId(), f, p.matched()));
      }
    };
    Report report = new Evaluation(actorMatch, InstantSource.system(), listener)
        .score(set, article -> {
          var all = recordEngines.apply(article).code(article);
          if (trainConfidence != null) {
            List<double[]> f = ConfidenceFeatures.of(all);
            for (int i = 0; i < all.size(); i++) {
              features.put(all.get(i), f.get(i));
            }
          }
          var events = all.stream().filter(e -> e.confidence() >= minConfidence - 1e-9).toList();
          done[0]++;
          done[1] += events.size();
          progress.update(done[0], done[1], 0);
          return events;
        },
            new GazetteerGeoparser(engine));
    progress.done();
    if (trainConfidence != null) {
      train(training, set);
    }
    if (json) {
      System.out.println(report.toJson());
    } else {
      System.out.println(report.toText());
    }
    if (details) {
      System.out.println(report.detailsText());
    }
    return set.skipped().isEmpty() && report.errors() == 0 ? Main.OK : Main.SOME_REJECTED;
  }

  private void train(ConfidenceTraining training, GoldSet set) {
    ConfidenceTraining.Result r = training.train();
    String trainedOn = "VOA-style article gold " + gold.stream().map(p -> p.getFileName().toString()).toList()
        + ", split " + split.name().toLowerCase(Locale.ROOT) + ", " + training.size() + " scored predictions";
    try {
      Path parent = trainConfidence.toAbsolutePath().getParent();
      if (parent != null) {
        java.nio.file.Files.createDirectories(parent);
      }
      java.nio.file.Files.writeString(trainConfidence, training.modelJson(r, trainedOn));
    } catch (java.io.IOException e) {
      throw new org.vigil.core.VigilException("cannot write the confidence model to " + trainConfidence + ": "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
    System.err.printf(Locale.ROOT, "vigil: confidence model: %d examples, lambda %s, cross-validated log loss %.4f;"
        + " at probability >= 0.8: %d events, %d right%n", training.size(), r.lambda(), r.cvLogLoss(), r.cvHigh()[0],
        r.cvHigh()[1]);
    for (int b = 0; b < r.cvBins().length; b++) {
      System.err.printf(Locale.ROOT, "vigil:   p %.1f-%.1f: %d events, %d right%n", b / 10.0, (b + 1) / 10.0,
          r.cvBins()[b][0], r.cvBins()[b][1]);
    }
    System.err.println("vigil: wrote " + trainConfidence);
  }

  /** {@code dev}, {@code heldout} or {@code all}, in any case. */
  static final class SplitConverter implements picocli.CommandLine.ITypeConverter<ArticleSplit> {
    @Override
    public ArticleSplit convert(String value) {
      try {
        return ArticleSplit.valueOf(value.strip().toUpperCase(Locale.ROOT).replace("-", ""));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("expected dev, heldout or all, was " + value);
      }
    }
  }
}
