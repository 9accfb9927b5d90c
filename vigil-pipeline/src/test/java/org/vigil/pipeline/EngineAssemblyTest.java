package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing but {@code vigil-pipeline} assembles the engine (issue 10): no other module's sources
 * construct the annotator, the coder or the locator. A module's own tests may construct the
 * class that module defines (the coder's unit tests build coders); the apps' tests may not.
 */
final class EngineAssemblyTest {
  /** The engine's parts, with the module that defines each. */
  private static final Pattern CONSTRUCTION =
      Pattern.compile("new\\s+(CoreNlpAnnotator|DictionaryEventCoder|GazetteerLocator)\\s*\\(");
  private static final java.util.Map<String, String> DEFINED_IN = java.util.Map.of(
      "CoreNlpAnnotator", "vigil-nlp", "DictionaryEventCoder", "vigil-coding", "GazetteerLocator", "vigil-geo");

  @Test
  void onlyThePipelineModuleConstructsTheAnnotatorTheCoderOrTheLocator() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> modules;
    try (Stream<Path> s = Files.list(root)) {
      modules = s.filter(p -> p.getFileName().toString().startsWith("vigil-") && Files.isDirectory(p.resolve("src")))
          .sorted().toList();
    }
    assertThat(modules).extracting(p -> p.getFileName().toString())
        .contains("vigil-core", "vigil-coding", "vigil-nlp", "vigil-geo", "vigil-pipeline", "vigil-cli", "vigil-eval");
    List<String> offences = new ArrayList<>();
    int scanned = 0;
    for (Path module : modules) {
      String name = module.getFileName().toString();
      if (name.equals("vigil-pipeline")) {
        continue;
      }
      for (Path file : javaFiles(module.resolve("src"))) {
        scanned++;
        boolean test = module.resolve("src").relativize(file).startsWith("test");
        Matcher m = CONSTRUCTION.matcher(Files.readString(file));
        while (m.find()) {
          if (test && DEFINED_IN.get(m.group(1)).equals(name)) {
            continue; // a module's unit tests of its own class
          }
          offences.add(root.relativize(file) + ": new " + m.group(1));
        }
      }
    }
    assertThat(scanned).as("Java files scanned").isGreaterThan(200);
    assertThat(offences).as("engine parts built outside vigil-pipeline (ask EngineFactory)").isEmpty();
  }

  @Test
  void theScanSeesAConstructionWhereThereIsOne() {
    assertThat(CONSTRUCTION.matcher("var c = new DictionaryEventCoder(d, locator);").find()).isTrue();
    assertThat(CONSTRUCTION.matcher("var c = new DictionaryEventCoder (d);").find()).isTrue();
    assertThat(CONSTRUCTION.matcher("DictionaryEventCoder c = engine.coder();").find()).isFalse();
  }

  private static List<Path> javaFiles(Path src) {
    try (Stream<Path> s = Files.walk(src)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
