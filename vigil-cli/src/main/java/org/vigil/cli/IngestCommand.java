package org.vigil.cli;

import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.StoreSink;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vigil.core.event.EventCoder;
import org.vigil.core.store.EventStore;
import org.vigil.ingest.Rejection;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil ingest}: codes articles and stores them with their events in the embedded store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Code articles and store them with their events in the embedded DuckDB store (idempotent by content hash).")
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", description = "A file, a folder, or - for standard input.")
  String input;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: the setting store.path, vigil-data/vigil.duckdb; docs/configuration.md).")
  Path db;

  @Option(names = "--threads", description = "Worker threads (default: the setting threads, the number of cores; docs/configuration.md).")
  Integer threads;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Summary s = ingest(input, Wiring.settings(spec, dictionaryOptions, analysisOptions, threads, db));
    System.err.printf("vigil: read %d articles: %d stored, %d already stored; %d events; %d rejected%n",
        s.stored() + s.duplicates(), s.stored(), s.duplicates(), s.events(), s.rejected());
    return s.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  /** What an ingest did. */
  record Summary(long stored, long duplicates, long events, long rejected) {}

  static Summary ingest(String input, VigilSettings settings) throws Exception {
    Path database = settings.storePath();
    // the store first: a bad --db fails before the models load; it is locked only while a batch is written
    try (DuckDbEventStore store = openForIngest(StoreConfig.of(database), System.err)) {
      VigilEngine engine = Wiring.engine(settings);
      Progress progress = new Progress(System.err, "ingesting");
      StoreSink sink = new StoreSink(store, settings.batchSize());
      IngestJob job = new IngestJob(engine::code, Wiring.reader(), settings.threads(), settings.failurePolicy(),
          new IngestJob.Listener() {
            long rejected;

            @Override
            public void rejected(String record, String reason) {
              rejected++;
              reject(store, record, reason);
              progress.update(sink.stored() + sink.duplicates(), sink.events(), rejected);
            }

            @Override
            public void coded(org.vigil.core.article.Article article, java.util.List<org.vigil.core.event.CodedEvent> events) {
              progress.update(sink.stored() + sink.duplicates(), sink.events(), rejected);
            }
          });
      IngestJob.Summary s = Wiring.run(job, input, sink);
      progress.done();
      return new Summary(sink.stored(), sink.duplicates(), sink.events(), s.rejected());
    }
  }

  /**
   * Opens the store for an ingest and runs the store check first: articles whose stored events do
   * not match those they were committed with are removed (and said), so that this ingest codes
   * them again instead of counting them as already stored.
   */
  static DuckDbEventStore openForIngest(StoreConfig config, java.io.PrintStream err) {
    DuckDbEventStore store = new DuckDbEventStore(config, InstantSource.system());
    try {
      java.util.List<DuckDbEventStore.Mismatch> removed = store.repair();
      if (!removed.isEmpty()) {
        err.println("vigil: store check: " + removed.size() + " articles were stored incompletely;"
            + " removed to be coded again:");
        for (DuckDbEventStore.Mismatch m : removed) {
          err.println("vigil:   " + m.describe());
        }
      }
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** A record that could not be read, coded or stored: counted, said, and kept as a dead letter. */
  private static void reject(EventStore store, String record, String reason) {
    System.err.println("vigil: rejected " + record + ": " + reason);
    store.reject(record, reason);
  }
}
