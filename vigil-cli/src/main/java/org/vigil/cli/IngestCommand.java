package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vigil.core.coding.EventCoder;
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

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: $VIGIL_DB or vigil-data/vigil.duckdb).")
  Path db;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @Override
  public Integer call() throws Exception {
    Summary s = ingest(input, db == null ? Wiring.defaultDatabase() : db, threads, dictionaryOptions, analysisOptions);
    System.err.printf("vigil: read %d articles: %d stored, %d already stored; %d events; %d rejected%n",
        s.stored + s.duplicates, s.stored, s.duplicates, s.events, s.rejected);
    return s.rejected > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  /** What an ingest did. */
  static final class Summary {
    long stored;
    long duplicates;
    long events;
    long rejected;
  }

  static Summary ingest(String input, Path database, Integer threads, DictionaryOptions dictionaryOptions,
      AnalysisOptions analysisOptions) throws Exception {
    if (database.getParent() != null) {
      Files.createDirectories(database.getParent());
    }
    var dictionaries = Wiring.dictionaries(dictionaryOptions);
    EventCoder coder = Wiring.coder(dictionaries);
    Summary s = new Summary();
    Progress progress = new Progress(System.err, "ingesting");
    try (EventStore store = new DuckDbEventStore(StoreConfig.file(database), InstantSource.system());
        StoreBatcher batcher = new StoreBatcher(store, StoreBatcher.DEFAULT_SIZE, (coded, o) -> {
          if (o.failed()) {
            reject(s, store, o.article().id(), o.failure().getMessage());
          } else if (o.stored()) {
            s.stored++;
            s.events += coded.events().size();
          } else {
            s.duplicates++;
          }
          progress.update(s.stored + s.duplicates, s.events, s.rejected);
        });
        CodingPipeline pipeline = new CodingPipeline(Wiring.annotator(dictionaries, analysisOptions), coder, Wiring.threads(threads), r -> {
          if (r.failure() != null) {
            reject(s, store, r.article().id(), r.failure().getMessage());
          } else {
            batcher.add(r.article(), r.events());
          }
        })) {
      Consumer<Rejection> rejected = rej -> reject(s, store, rej.record(), rej.reason());
      Wiring.read(input, pipeline::submit, rejected);
      pipeline.finish();
      batcher.flush();
    }
    progress.done();
    return s;
  }

  /** A record that could not be read, coded or stored: counted, said, and kept as a dead letter. */
  private static void reject(Summary s, EventStore store, String record, String reason) {
    s.rejected++;
    System.err.println("vigil: rejected " + record + ": " + reason);
    store.reject(record, reason);
  }
}
