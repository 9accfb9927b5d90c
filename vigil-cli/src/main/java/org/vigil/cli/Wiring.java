package org.vigil.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.merge.MentionMerger;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventMerger;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.ingest.Rejection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.pipeline.EngineFactory;
import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns the command line's options into the settings ({@link VigilSettings}: file, environment,
 * flags) and asks {@link EngineFactory} for the engine they name: the CLI never assembles one itself. Not thread-safe; used from main.
 */
final class Wiring {
  private Wiring() {}

  /**
   * The settings in force (docs/configuration.md): the defaults, the settings file ({@code
   * --config}, {@code $VIGIL_CONFIG} or {@code ./vigil.yaml}), the environment, then the flags
   * given here, each null when the command has no such flag or it was not given.
   */
  static VigilSettings settings(CommandSpec spec, DictionaryOptions dictionaries, AnalysisOptions analysis,
      Integer threads, Path db) {
    Map<String, String> flags = new LinkedHashMap<>();
    if (dictionaries != null && dictionaries.dictionaries != null) {
      flags.put("engine.dictionaries", dictionaries.dictionaries.toString());
    }
    if (dictionaries != null && dictionaries.format != null) {
      flags.put("engine.dictionary-format", dictionaries.format);
    }
    if (analysis != null && analysis.fullPipeline) {
      flags.put("engine.analysis", "full");
    }
    if (threads != null) {
      if (threads < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
      }
      flags.put("threads", threads.toString());
    }
    if (db != null) {
      flags.put("store.path", db.toString());
    }
    return VigilSettings.load(configFile(spec), System.getenv(), flags);
  }

  /** The settings in force with {@code flags} set on the command line, by key ({@code "server.port" -> "8081"}). */
  static VigilSettings settings(CommandSpec spec, Map<String, String> flags) {
    return VigilSettings.load(configFile(spec), System.getenv(), flags);
  }

  /** The settings file named by the global {@code --config}, on this command or any above it; else null. */
  private static Path configFile(CommandSpec spec) {
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      OptionSpec option = s.findOption("--config");
      if (option != null && option.getValue() != null) {
        return option.getValue();
      }
    }
    return null;
  }

  static VigilEngine engine(VigilSettings settings) {
    return EngineFactory.create(settings.engineConfig());
  }

  static Dictionaries dictionaries(VigilSettings settings) {
    return EngineFactory.dictionaries(settings.engineConfig());
  }

  /** The event merger the settings name (issue 13): merged events kept by the store as it is written. */
  static EventMerger merger(VigilSettings settings) {
    return new MentionMerger(settings.mergeConfig());
  }

  static ArticleReader reader() {
    return new ArticleReader(IngestConfig.defaults());
  }

  /** A reader that dates records without a date by {@code defaultDate} (null: rejects them). */
  static ArticleReader reader(java.time.LocalDate defaultDate) {
    return new ArticleReader(IngestConfig.defaults().withDefaultDate(defaultDate));
  }

  /** Reads a file, a folder, or standard input ("-") into articles and rejections. */
  static void read(String input, Consumer<Article> accepted, Consumer<Rejection> rejected) {
    if (input.equals("-")) {
      reader().read(System.in, "stdin", accepted, rejected);
    } else {
      reader().read(Path.of(input), accepted, rejected);
    }
  }

  /** Runs {@code job} on a file, a folder, or standard input ("-"). */
  static IngestJob.Summary run(IngestJob job, String input, IngestJob.Sink sink) {
    return input.equals("-") ? job.run(System.in, "stdin", sink) : job.run(Path.of(input), sink);
  }

}
