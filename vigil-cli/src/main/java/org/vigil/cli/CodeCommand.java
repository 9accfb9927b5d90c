package org.vigil.cli;

import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.EventJson;
import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.vigil.core.event.CodedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil code}: prints the coded events of articles as JSON Lines. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles (seed files, JSON Lines, a folder, or - for standard input) and print one JSON object per event.")
final class CodeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", description = "A file, a folder, or - for standard input.")
  String input;

  @Option(names = "--format", defaultValue = "json", description = "json (Vigil events) or plover (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--threads", description = "Worker threads (default: the setting threads, the number of cores; docs/configuration.md).")
  Integer threads;

  @Option(names = "--include-negated", defaultValue = "true", negatable = true, fallbackValue = "true",
      description = "Print negated events, marked \"negated\": true (default: ${DEFAULT-VALUE}).")
  boolean includeNegated;

  @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "P",
      description = "Print only events with at least this confidence, 0..1 (default: ${DEFAULT-VALUE}; docs/ACCURACY.md, \"Confidence on real news\").")
  double minConfidence;
  @Option(names = "--default-date", paramLabel = "YYYY-MM-DD",
      description = "The date of articles that give none (a seed file without a date line, a JSON line without date or published), instead of rejecting them. A date that is there but unreadable is still rejected.")
  String defaultDate;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("json") && !format.equals("plover")) {
      System.err.println("vigil code: unknown --format '" + format + "'; expected json or plover");
      return Main.USAGE;
    }
    Runs.checkConfidence(spec, minConfidence);
    if (defaultDate != null && parsedDefaultDate() == null) {
      System.err.println("vigil code: --default-date must be a date YYYY-MM-DD, was '" + defaultDate + "'");
      return Main.USAGE;
    }
    Runs.checkInput(spec, input);
    VigilSettings settings = Wiring.settings(spec, dictionaryOptions, analysisOptions, threads, null);
    VigilEngine engine = Wiring.engine(settings);
    return run(engine::code, settings, Output.stdout(), System.err, () -> Runs.unanalysed(engine));
  }

  /**
   * Codes the input and prints each article's events to {@code out} in one write. A write that
   * fails stops the run (issue 12): exit 3 with the reason and the summary, or {@link
   * Output#CLOSED_PIPE} quietly when the reader of the output has gone.
   */
  int run(CodingWorkers.ArticleCoder coder, VigilSettings settings, Output out, PrintStream err,
      java.util.function.Supplier<String> unanalysed) {
    ObjectMapper mapper = new ObjectMapper();
    EventJson json = new EventJson(mapper);
    long[] printed = {0};
    Progress progress = new Progress(err, "coding");
    IngestJob.Sink print = (article, events, rejections) -> {
      StringBuilder lines = new StringBuilder();
      long n = 0;
      for (CodedEvent e : events) {
        if ((e.negated() && !includeNegated) || e.confidence() < minConfidence - 1e-9) {
          continue;
        }
        try {
          lines.append(mapper.writeValueAsString(format.equals("plover") ? json.plover(e) : json.vigil(e))).append('\n');
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
          throw new IllegalStateException(ex);
        }
        n++;
      }
      out.write(lines.toString()); // whole lines, one write: a stop never leaves half a record
      printed[0] += n;
    };
    IngestJob job = new IngestJob(coder, Wiring.reader(parsedDefaultDate()), settings.threads(), settings.failurePolicy(),
        new IngestJob.Listener() {
          long coded;
          long rejected;

          @Override
          public void rejected(String record, String reason) {
            rejected++;
            Runs.tellRejected(err, record, reason);
          }

          @Override
          public void coded(org.vigil.core.article.Article article, java.util.List<CodedEvent> events) {
            progress.update(++coded, printed[0], rejected);
          }
        });
    IngestJob.Summary s;
    try {
      s = Wiring.run(job, input, print);
    } catch (IngestJob.Stopped stopped) {
      progress.done();
      IngestJob.Summary partial = stopped.summary();
      return Runs.stopped(err, stopped, () -> err.println("vigil: coded " + partial.coded() + " articles, "
          + printed[0] + " events, " + partial.rejected() + " rejected" + unanalysed.get() + "; stopped early"));
    }
    progress.done();
    err.println("vigil: coded " + s.coded() + " articles, " + printed[0] + " events, " + s.rejected() + " rejected"
        + unanalysed.get());
    return s.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  /** {@code --default-date} as a date; null when not given or not a date. */
  java.time.LocalDate parsedDefaultDate() {
    if (defaultDate == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(defaultDate.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
