package org.vigil.cli;

import picocli.CommandLine.Option;

/** The options that choose how articles are analysed; mixed into every command that codes. */
final class AnalysisOptions {
  @Option(names = "--full-pipeline",
      description = "Run every CoreNLP annotator on every sentence, as before issue 5, instead of parsing only the sentences that can hold an event (slower, same events on the gold sets); sets engine.analysis = full.")
  boolean fullPipeline;
}
