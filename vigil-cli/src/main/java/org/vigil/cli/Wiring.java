package org.vigil.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.article.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.ingest.Rejection;
import org.vigil.pipeline.EngineConfig;
import org.vigil.pipeline.EngineFactory;
import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.VigilEngine;

/**
 * Turns the command line's options into the engine's config and asks {@link EngineFactory} for
 * the engine: the CLI never assembles one itself. Not thread-safe; used from main.
 */
final class Wiring {
  private Wiring() {}

  static EngineConfig config(DictionaryOptions dictionaries, AnalysisOptions analysis) {
    EngineConfig config = EngineConfig.defaults();
    if (dictionaries != null && dictionaries.dictionaries != null) {
      config = config.withDictionaries(dictionaries.dictionaries, EngineConfig.DictionaryFormat.of(dictionaries.format));
    } else if (dictionaries != null && EngineConfig.DictionaryFormat.of(dictionaries.format) != EngineConfig.DictionaryFormat.VIGIL) {
      throw new IllegalArgumentException("--dictionary-format " + dictionaries.format + " needs --dictionaries");
    }
    if (analysis != null && analysis.fullPipeline) {
      config = config.withAnalysis(EngineConfig.Analysis.FULL);
    }
    return config;
  }

  static VigilEngine engine(DictionaryOptions dictionaries, AnalysisOptions analysis) {
    return EngineFactory.create(config(dictionaries, analysis));
  }

  static Dictionaries dictionaries(DictionaryOptions options) {
    return EngineFactory.dictionaries(config(options, null));
  }

  static ArticleReader reader() {
    return new ArticleReader(IngestConfig.defaults());
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

  static int threads(Integer requested) {
    if (requested != null) {
      return requested;
    }
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  static Path defaultDatabase() {
    String env = System.getenv("VIGIL_DB");
    return Path.of(env == null || env.isBlank() ? "vigil-data/vigil.duckdb" : env);
  }
}
