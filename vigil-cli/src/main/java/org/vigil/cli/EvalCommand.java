package org.vigil.cli;

import org.vigil.eval.GazetteerGeoparser;
import org.vigil.eval.RecordEngines;
import org.vigil.pipeline.VigilEngine;

import java.nio.file.Path;
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
    description = "Score the coder on gold records (PETRARCH, PLOVER or geoparsing JSON Lines): precision, recall, F1, PLOVER, actor and place accuracy.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON Lines file (repeatable).")
  List<Path> gold;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Option(names = "--details", description = "Also print each record's expected and predicted events.")
  boolean details;

  @Option(names = "--actor-match", defaultValue = "COUNTRY",
      description = "FULL (codes equal) or COUNTRY (first three letters equal; default: ${DEFAULT-VALUE}).")
  ActorMatch actorMatch;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    GoldSet set = Evaluation.readGold(gold);
    set.skipped().forEach(p -> System.err.println("vigil: skipped " + p));
    set.warnings().forEach(p -> System.err.println("vigil: warning " + p));
    VigilEngine engine = Wiring.engine(Wiring.settings(spec, dictionaryOptions, analysisOptions, null, null));
    var recordEngines = RecordEngines.of(set, engine);
    Progress progress = new Progress(System.err, "evaluating");
    long[] done = {0, 0};
    Report report = new Evaluation(actorMatch, InstantSource.system())
        .score(set, article -> {
          var events = recordEngines.apply(article).code(article);
          done[0]++;
          done[1] += events.size();
          progress.update(done[0], done[1], 0);
          return events;
        },
            new GazetteerGeoparser(engine));
    progress.done();
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
}
