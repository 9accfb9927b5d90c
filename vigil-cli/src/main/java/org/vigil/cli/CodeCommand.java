package org.vigil.cli;

import org.vigil.pipeline.EventJson;
import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("json") && !format.equals("plover")) {
      System.err.println("vigil code: unknown --format '" + format + "'; expected json or plover");
      return Main.USAGE;
    }
    VigilSettings settings = Wiring.settings(spec, dictionaryOptions, analysisOptions, threads, null);
    VigilEngine engine = Wiring.engine(settings);
    ObjectMapper mapper = new ObjectMapper();
    EventJson json = new EventJson(mapper);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    long[] printed = {0};
    Progress progress = new Progress(System.err, "coding");
    IngestJob.Sink print = (article, events, rejections) -> {
      StringBuilder lines = new StringBuilder();
      for (CodedEvent e : events) {
        if (e.negated() && !includeNegated) {
          continue;
        }
        try {
          lines.append(mapper.writeValueAsString(format.equals("plover") ? json.plover(e) : json.vigil(e))).append('\n');
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
          throw new IllegalStateException(ex);
        }
        printed[0]++;
      }
      out.print(lines);
      out.flush();
    };
    IngestJob job = new IngestJob(engine::code, Wiring.reader(), settings.threads(), settings.failurePolicy(),
        new IngestJob.Listener() {
          long coded;
          long rejected;

          @Override
          public void rejected(String record, String reason) {
            rejected++;
            System.err.println("vigil: rejected " + record + ": " + reason);
          }

          @Override
          public void coded(org.vigil.core.article.Article article, java.util.List<CodedEvent> events) {
            progress.update(++coded, printed[0], rejected);
          }
        });
    IngestJob.Summary s = Wiring.run(job, input, print);
    progress.done();
    out.flush();
    System.err.println("vigil: coded " + s.coded() + " articles, " + printed[0] + " events, " + s.rejected() + " rejected");
    return s.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
  }
}
