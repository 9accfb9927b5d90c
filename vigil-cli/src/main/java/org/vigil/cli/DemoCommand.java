package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil demo}: codes the project's sample articles into the store and shows the events. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Code the sample articles (samples/) into the embedded store and show their events.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--samples", defaultValue = "samples", description = "Folder of articles (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: the setting store.path, vigil-data/vigil.duckdb; docs/configuration.md).")
  Path db;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(samples)) {
      System.err.println("vigil demo: no sample folder at " + samples.toAbsolutePath());
      return Main.FAILURE;
    }
    org.vigil.pipeline.VigilSettings settings = Wiring.settings(spec, null, null, null, db);
    Path database = settings.storePath();
    System.err.println("vigil: coding " + samples + " into " + database + " (loading CoreNLP takes 15-25 s) ...");
    org.vigil.pipeline.VigilEngine engine = Wiring.engine(settings);
    IngestCommand.Summary s;
    try {
      s = IngestCommand.ingest(samples.toString(), settings, engine::code, System.err);
    } catch (IngestCommand.Interrupted e) {
      return Runs.stopped(System.err, e.stopped, () -> { });
    }
    System.err.printf("vigil: %d articles stored, %d already stored, %d events, %d rejected%n",
        s.stored(), s.duplicates(), s.events(), s.rejected());
    try (EventStore store = new DuckDbEventStore(StoreConfig.of(database), InstantSource.system())) {
      System.err.printf("vigil: the store holds %d articles and %d events; the newest:%n", store.articleCount(), store.eventCount());
      EventsCommand.print(store.query(EventQuery.all(50)), "table");
    }
    System.err.println("vigil: query more with ./vigil events --country TJK, ./vigil events --code 02 --format json");
    return s.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
  }
}
