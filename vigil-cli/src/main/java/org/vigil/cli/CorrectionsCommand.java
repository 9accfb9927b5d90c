package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.correction.Correction;
import org.vigil.core.store.EventQuery;
import org.vigil.pipeline.VigilSettings;
import org.vigil.pipeline.correction.DictionaryFiles;
import org.vigil.pipeline.correction.DictionarySuggestions;
import org.vigil.pipeline.correction.GoldExport;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.store.StoreReads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigil corrections export|suggest}: the analysts' corrections of the store (issue 14) as
 * article gold for {@code vigil eval --gold}, and the dictionary changes they suggest.
 */
@Command(name = "corrections", mixinStandardHelpOptions = true,
    description = "Analysts' corrections of stored events: export them as gold records, or list the dictionary"
        + " changes they suggest (docs/CORRECTIONS.md).",
    subcommands = {CorrectionsCommand.Export.class, CorrectionsCommand.Suggest.class})
final class CorrectionsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** The store read-only, or null (with the reason said) when there is none. */
  static DuckDbEventStore open(Path database, String command) {
    if (!Files.exists(database)) {
      System.err.println("vigil corrections " + command + ": no store at " + database + " (run 'vigil ingest' or"
          + " 'vigil serve' first)");
      return null;
    }
    return new DuckDbEventStore(StoreConfig.file(database).asReadOnly());
  }

  /** {@code vigil corrections export --gold FILE}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write every corrected article as an article gold record (JSON Lines), as vigil eval --gold reads"
          + " it; the file is written whole or not at all.")
  static final class Export implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file to write; - for"
        + " standard output.")
    String gold;

    @Option(names = "--reviewed-only", description = "Only the events an analyst judged; without it, each corrected"
        + " article's other events are written as coded (noted \"not reviewed\").")
    boolean reviewedOnly;

    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: the setting store.path,"
        + " vigil-data/vigil.duckdb; docs/configuration.md).")
    Path db;

    @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      VigilSettings settings = Wiring.settings(spec, dictionaryOptions, null, null, db);
      try (DuckDbEventStore store = open(settings.storePath(), "export")) {
        if (store == null) {
          return Main.FAILURE;
        }
        StoreReads reads = new StoreReads(store);
        GoldExport export = new GoldExport(Wiring.dictionaries(settings).cameo(), reviewedOnly);
        if (gold.equals("-")) {
          Writer out = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8);
          export.write(store, reads::article, id -> events(store, id), out);
          return Main.OK;
        }
        Path target = Path.of(gold).toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        int records;
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
          records = export.write(store, reads::article, id -> events(store, id), out);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(partial);
          throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("vigil corrections export: " + records + " corrected article" + (records == 1 ? "" : "s")
            + " written to " + target + "; score them with: vigil eval --gold " + gold);
        return Main.OK;
      }
    }
  }

  static List<org.vigil.core.event.CodedEvent> events(DuckDbEventStore store, String articleId) {
    return store.query(EventQuery.builder().articleId(articleId).limit(10_000).build());
  }

  /** {@code vigil corrections suggest}. */
  @Command(name = "suggest", mixinStandardHelpOptions = true,
      description = "List the dictionary changes the corrections suggest, each with its evidence (correction ids), the"
          + " lines to write and what vigil dict lint says of them in place.")
  static final class Suggest implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: the setting store.path,"
        + " vigil-data/vigil.duckdb; docs/configuration.md).")
    Path db;

    @Option(names = "--json", description = "One JSON object: {\"suggestions\": [...]}, as GET /corrections/suggestions.")
    boolean json;

    @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      VigilSettings settings = Wiring.settings(spec, dictionaryOptions, null, null, db);
      List<Correction> all = new ArrayList<>();
      try (DuckDbEventStore store = open(settings.storePath(), "suggest")) {
        if (store == null) {
          return Main.FAILURE;
        }
        store.eachCorrection(all::add);
      }
      List<DictionarySuggestions.Suggestion> list = new DictionarySuggestions(Wiring.dictionaries(settings),
          DictionaryFiles.of(settings.engineConfig())).suggest(all);
      PrintStream out = System.out;
      if (json) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode body = mapper.createObjectNode();
        ArrayNode array = body.putArray("suggestions");
        for (DictionarySuggestions.Suggestion s : list) {
          ObjectNode o = array.addObject();
          o.put("kind", s.kind()).put("text", s.text()).put("current", s.current()).put("suggested", s.suggested());
          s.evidence().forEach(o.putArray("evidence")::add);
          o.put("dictionary_line", s.dictionaryLine()).put("where", s.where());
          s.lint().forEach(o.putArray("lint")::add);
        }
        out.println(mapper.writeValueAsString(body));
        return Main.OK;
      }
      if (list.isEmpty()) {
        out.println("no suggestions from " + all.size() + " correction" + (all.size() == 1 ? "" : "s"));
        return Main.OK;
      }
      for (DictionarySuggestions.Suggestion s : list) {
        out.printf("%s '%s': %s -> %s (evidence: %s)%n", s.kind(), s.text(), s.current(), s.suggested(),
            String.join(", ", s.evidence()));
        out.println("  write at " + s.where() + ":");
        s.dictionaryLine().lines().forEach(l -> out.println("    " + l));
        out.println(s.lint().isEmpty() ? "  lint: clean" : "  lint:");
        s.lint().forEach(l -> out.println("    " + l));
      }
      return Main.OK;
    }
  }
}
