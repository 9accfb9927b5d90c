package org.vigil.pipeline;

import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;

/** The engines the integration tests share, built once per JVM as the commands build them. */
final class Engines {
  /** The default engine: built-in dictionaries, selective analysis, the gazetteer. */
  static final VigilEngine SELECTIVE = EngineFactory.create();

  private static VigilEngine full;

  private Engines() {}

  /** The same with every annotator on every sentence. */
  static synchronized VigilEngine full() {
    if (full == null) {
      full = EngineFactory.create(EngineConfig.defaults().withAnalysis(EngineConfig.Analysis.FULL));
    }
    return full;
  }

  static ArticleReader reader() {
    return new ArticleReader(IngestConfig.defaults());
  }
}
