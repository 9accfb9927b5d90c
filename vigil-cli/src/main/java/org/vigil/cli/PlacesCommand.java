package org.vigil.cli;

import org.vigil.pipeline.EngineFactory;
import org.vigil.pipeline.PlaceJson;
import org.vigil.pipeline.PlaceTagger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.core.article.Article;
import org.vigil.core.text.Annotator;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceFinder;
import org.vigil.geo.PlaceMention;
import org.vigil.nlp.CoreNlpAnnotator;
import org.vigil.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil places}: prints the place mentions of articles, resolved, as JSON Lines. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Find and resolve the places articles name (seed files, JSON Lines, a folder, or - for standard input) "
        + "and print one JSON object per place mention.")
final class PlacesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", description = "A file, a folder, or - for standard input.")
  String input;

  @Option(names = "--unresolved", defaultValue = "true", negatable = true, fallbackValue = "true",
      description = "Print names the gazetteer could not resolve, with null place fields (default: ${DEFAULT-VALUE}).")
  boolean unresolved;

  @Override
  public Integer call() {
    PlaceTagger places = EngineFactory.places();
    ObjectMapper mapper = new ObjectMapper();
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    long[] counts = new long[3]; // articles, mentions, rejected
    java.util.function.Consumer<Article> each = article -> {
      try {
        for (PlaceMention m : places.places(article)) {
          if (m.isResolved() || unresolved) {
            out.println(mapper.writeValueAsString(PlaceJson.json(mapper, article.id(), m)));
            counts[1]++;
          }
        }
        counts[0]++;
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      } catch (RuntimeException e) {
        counts[2]++;
        System.err.println("vigil: rejected " + article.id() + ": " + e.getMessage());
      }
      out.flush();
    };
    var rejected = (java.util.function.Consumer<org.vigil.ingest.Rejection>) r -> {
      counts[2]++;
      System.err.println("vigil: rejected " + r.record() + ": " + r.reason());
    };
    var reader = Wiring.reader();
    if (input.equals("-")) {
      reader.read(System.in, "stdin", each, rejected);
    } else {
      reader.read(Path.of(input), each, rejected);
    }
    out.flush();
    System.err.println("vigil: " + counts[0] + " articles, " + counts[1] + " place mentions, " + counts[2] + " rejected");
    return counts[2] > 0 ? Main.SOME_REJECTED : Main.OK;
  }
}
