package org.vigil.cli;

import java.io.PrintStream;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.StoreSink;
import org.vigil.core.event.EventMerger;
import org.vigil.ingest.story.StoryIndex;
import org.vigil.pipeline.VigilEngine;
import org.vigil.pipeline.VigilSettings;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
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

  @Option(names = "--to", paramLabel = "kafka://HOST:PORT/TOPIC",
      description = "Put the articles on this Kafka topic for `vigil stream` to code (docs/STREAM.md) instead of coding and storing them here.")
  String to;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Runs.checkInput(spec, input);
    if (to != null) {
      return StreamCommand.produce(spec, input, to, System.err);
    }
    VigilSettings settings = Wiring.settings(spec, dictionaryOptions, analysisOptions, threads, db);
    VigilEngine engine = Wiring.engine(settings);
    try {
      Summary s = ingest(input, settings, engine::code, System.err);
      System.err.println(line(s) + Runs.unanalysed(engine));
      return s.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
    } catch (Interrupted e) {
      return Runs.stopped(System.err, e.stopped, () -> System.err.println(line(e.summary) + Runs.unanalysed(engine)
          + "; stopped early"));
    }
  }

  private static String line(Summary s) {
    return String.format("vigil: read %d articles: %d stored, %d already stored; %d events; %d rejected",
        s.stored() + s.duplicates(), s.stored(), s.duplicates(), s.events(), s.rejected());
  }

  /** What an ingest did; {@code duplicates} counts the articles found stored, before coding or by the store. */
  record Summary(long stored, long duplicates, long events, long rejected) {}

  /** An ingest that stopped early ({@link IngestJob.Stopped}), with what it did until then. */
  static final class Interrupted extends Exception {
    private static final long serialVersionUID = 1L;
    final transient IngestJob.Stopped stopped;
    final transient Summary summary;

    Interrupted(IngestJob.Stopped stopped, Summary summary) {
      super(stopped.getMessage(), stopped);
      this.stopped = stopped;
      this.summary = summary;
    }
  }

  /**
   * Stores what {@code coder} codes of {@code input}. Articles whose content hash the store holds
   * are not coded again (issue 12: re-ingesting 89 stored stories took 43 s to store nothing).
   */
  static Summary ingest(String input, VigilSettings settings, CodingWorkers.ArticleCoder coder, PrintStream err)
      throws Exception {
    Path database = settings.storePath();
    Progress progress = new Progress(err, "ingesting");
    // the store check runs first; the store is locked only while a batch is written
    try (DuckDbEventStore store = openForIngest(StoreConfig.of(database), err, Wiring.merger(settings))) {
      // stories and merged events (issue 13): each article joins the story it copies, its events their merged events
      StoryIndex stories = new StoryIndex(settings.storyConfig());
      // the store's latest articles, so that copies of what an earlier run stored join their stories
      store.latestArticles(settings.storyConfig().windowDays()).forEach(a -> stories.remember(a.article(), a.storyId()));
      StoreSink sink = new StoreSink(store, settings.batchSize(), stories);
      long[] skipped = {0};
      IngestJob job = new IngestJob(coder, Wiring.reader(), settings.threads(), settings.failurePolicy(),
          new IngestJob.Listener() {
            long rejected;

            @Override
            public void rejected(String record, String reason) {
              rejected++;
              Runs.tellRejected(err, record, reason);
              store.reject(record, reason);
              progress.update(sink.stored() + sink.duplicates() + skipped[0], sink.events(), rejected);
            }

            @Override
            public void coded(org.vigil.core.article.Article article, java.util.List<org.vigil.core.event.CodedEvent> events) {
              progress.update(sink.stored() + sink.duplicates() + skipped[0], sink.events(), rejected);
            }

            @Override
            public void skipped(org.vigil.core.article.Article article) {
              skipped[0]++;
              progress.update(sink.stored() + sink.duplicates() + skipped[0], sink.events(), rejected);
            }
          }).skipping(a -> store.contains(a.contentHash())
              // a store written before issue 12 holds the hash of date, title and exact text
              || store.contains(a.legacyContentHash()));
      try {
        IngestJob.Summary s = Wiring.run(job, input, sink);
        progress.done();
        return new Summary(sink.stored(), sink.duplicates() + s.skipped(), sink.events(), s.rejected());
      } catch (IngestJob.Stopped stopped) {
        progress.done();
        IngestJob.Summary s = stopped.summary();
        throw new Interrupted(stopped, new Summary(sink.stored(), sink.duplicates() + s.skipped(), sink.events(),
            s.rejected()));
      }
    }
  }

  /**
   * Opens the store for an ingest and runs the store check first: articles whose stored events do
   * not match those they were committed with are removed (and said), so that this ingest codes
   * them again instead of counting them as already stored.
   */
  static DuckDbEventStore openForIngest(StoreConfig config, java.io.PrintStream err) {
    return openForIngest(config, err, null);
  }

  /** {@link #openForIngest(StoreConfig, PrintStream)}, keeping merged events with {@code merger} (null: none). */
  static DuckDbEventStore openForIngest(StoreConfig config, java.io.PrintStream err, EventMerger merger) {
    DuckDbEventStore store = new DuckDbEventStore(config, InstantSource.system(), merger);
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
}
