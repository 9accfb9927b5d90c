package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.vigil.core.coding.EventCoder;
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

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--include-negated", defaultValue = "true", negatable = true, fallbackValue = "true",
      description = "Print negated events, marked \"negated\": true (default: ${DEFAULT-VALUE}).")
  boolean includeNegated;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @Override
  public Integer call() throws Exception {
    if (!format.equals("json") && !format.equals("plover")) {
      System.err.println("vigil code: unknown --format '" + format + "'; expected json or plover");
      return Main.USAGE;
    }
    var dictionaries = Wiring.dictionaries(dictionaryOptions);
    EventCoder coder = Wiring.coder(dictionaries);
    ObjectMapper mapper = new ObjectMapper();
    EventJson json = new EventJson(mapper);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    long[] counts = new long[3]; // articles, events, rejected
    Progress progress = new Progress(System.err, "coding");
    try (CodingPipeline pipeline = new CodingPipeline(Wiring.annotator(dictionaries, analysisOptions), coder, Wiring.threads(threads), r -> {
      if (r.failure() != null) {
        counts[2]++;
        System.err.println("vigil: rejected " + r.article().id() + ": " + r.failure().getMessage());
        return;
      }
      counts[0]++;
      for (CodedEvent e : r.events()) {
        if (e.negated() && !includeNegated) {
          continue;
        }
        try {
          out.println(mapper.writeValueAsString(format.equals("plover") ? json.plover(e) : json.vigil(e)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
          throw new IllegalStateException(ex);
        }
        counts[1]++;
      }
      out.flush();
      progress.update(counts[0], counts[1], counts[2]);
    })) {
      var rejected = (java.util.function.Consumer<org.vigil.ingest.Rejection>) rej -> {
        counts[2]++;
        System.err.println("vigil: rejected " + rej.record() + ": " + rej.reason());
      };
      Wiring.read(input, pipeline::submit, rejected);
      pipeline.finish();
    }
    progress.done();
    out.flush();
    System.err.println("vigil: coded " + counts[0] + " articles, " + counts[1] + " events, " + counts[2] + " rejected");
    return counts[2] > 0 ? Main.SOME_REJECTED : Main.OK;
  }
}
