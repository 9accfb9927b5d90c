package org.vigil.cli;

import org.vigil.eval.GazetteerGeoparser;
import org.vigil.eval.RecordEngines;
import org.vigil.pipeline.VigilEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.VigilException;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.eval.ArticleGold;
import org.vigil.eval.CalibrationLabels;
import org.vigil.learn.CalibratedConfidence;
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
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalStoriesCommand.class, EvalMergesCommand.class},
    description = "Score the coder on gold records (PETRARCH, PLOVER, geoparsing, event report or article gold JSON Lines): precision, recall, F1, PLOVER, actor and place accuracy.")
final class EvalCommand implements Callable<Integer> {
  // checked in call(), not by picocli: a required option here would be asked of `eval stories` too
  @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSON Lines file (repeatable; required).")
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

  @Option(names = "--calibration-data", paramLabel = "FILE",
      description = "Also write, for each event of an article gold record the scorer counts, the article id, 2 "
          + "(matched, source and target countries right), 1 (matched otherwise) or 0 (extra) and the calibrated confidence's features (TSV, numbers only): what "
          + "`vigil learn --calibration` trains on. Run it on the dev half with the calibration off.")
  Path calibrationData;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (gold == null || gold.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--gold=FILE'");
    }
    Runs.checkConfidence(spec, minConfidence);
    Map<String, Article> articles = new LinkedHashMap<>();
    if (corpus != null) {
      Wiring.reader().read(corpus, a -> articles.putIfAbsent(a.id(), a),
          r -> System.err.println("vigil: corpus: rejected " + r));
    }
    GoldSet set = Evaluation.readGold(gold).withCorpus(articles).split(split);
    set.skipped().forEach(p -> System.err.println("vigil: skipped " + p));
    set.warnings().forEach(p -> System.err.println("vigil: warning " + p));
    VigilEngine engine = Wiring.engine(Wiring.settings(spec, dictionaryOptions, analysisOptions, null, null));
    var recordEngines = RecordEngines.of(set, engine);
    Map<String, ArticleGold> golds = new LinkedHashMap<>();
    set.articles().forEach(a -> golds.put(a.id(), a));
    List<String> rows = new ArrayList<>();
    Progress progress = new Progress(System.err, "evaluating");
    long[] done = {0, 0};
    Report report = new Evaluation(actorMatch, InstantSource.system())
        .score(set, article -> {
          var events = recordEngines.apply(article).code(article).stream().filter(e -> e.confidence() >= minConfidence - 1e-9).toList();
          if (calibrationData != null && golds.containsKey(article.id())) {
            rows.addAll(calibrationRows(golds.get(article.id()), article, events));
          }
          done[0]++;
          done[1] += events.size();
          progress.update(done[0], done[1], 0);
          return events;
        },
            new GazetteerGeoparser(engine));
    progress.done();
    if (calibrationData != null) {
      try {
        Files.write(calibrationData, rows, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new VigilException("cannot write " + calibrationData + ": " + e.getMessage());
      }
      System.err.println("vigil: " + rows.size() + " labelled events -> " + calibrationData);
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

  /** The counted events of one article: its id, 1 or 0, and the features, tab-separated. */
  static List<String> calibrationRows(ArticleGold gold, Article article,
      List<CodedEvent> events) {
    int[] labels = CalibrationLabels.of(gold, events);
    List<double[]> xs = CalibratedConfidence.features(article.text(), events);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (labels[i] >= 0) {
        StringBuilder row = new StringBuilder(article.id()).append('\t').append(labels[i]);
        for (double v : xs.get(i)) {
          row.append('\t').append(v);
        }
        out.add(row.toString());
      }
    }
    return out;
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
