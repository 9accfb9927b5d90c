package org.vigil.pipeline;

import java.util.List;
import org.vigil.core.event.CodedEvent;
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

  /**
   * The events asserted, each as "CAMEO SOURCE -> TARGET" ("-" for none): what the coder's
   * integration tests compare.
   */
  static List<String> keys(List<CodedEvent> events) {
    return events.stream().filter(e -> !e.negated())
        .map(e -> e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code())).toList();
  }

  static ArticleReader reader() {
    return new ArticleReader(IngestConfig.defaults());
  }
}
