package org.vigil.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil store}: looks after the store; {@code vigil store check} finds articles stored incompletely. */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Look after the embedded store (docs/RELIABILITY.md).",
    subcommands = {StoreCommand.Check.class})
final class StoreCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** {@code vigil store check}: articles whose stored events are not those they were committed with. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Report articles whose stored events do not match the number and ids they were committed with"
          + " (every ingest runs the same check first and codes them again), and pre-aggregates that differ from"
          + " the events. Exit code 1 when there are any.")
  static final class Check implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: the setting store.path, vigil-data/vigil.duckdb; docs/configuration.md).")
    Path db;

    @Option(names = "--repair", description = "Remove the articles found (with their events), so that the next ingest codes them again, and fill the pre-aggregates again from the events.")
    boolean repair;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path database = Wiring.settings(spec, null, null, null, db).storePath();
      if (!Files.exists(database)) {
        System.err.println("vigil store check: no store at " + database);
        return Main.FAILURE;
      }
      StoreConfig config = repair ? StoreConfig.file(database) : StoreConfig.file(database).asReadOnly();
      try (DuckDbEventStore store = new DuckDbEventStore(config)) {
        DuckDbEventStore.Check check = store.check();
        PrintStream out = System.out;
        out.printf("%s: %d articles, %d events; %d broken%s%n", database, check.articles(), check.events(),
            check.broken().size(), check.unchecked() > 0
                ? "; " + check.unchecked() + " stored before checks were kept (not checked)" : "");
        for (DuckDbEventStore.Mismatch m : check.broken()) {
          out.println("  " + m.describe());
        }
        java.util.OptionalLong drift = store.rollupDrift();
        out.println(drift.isEmpty() ? "pre-aggregates: none (a store older than schema version 6)"
            : drift.getAsLong() == 0 ? "pre-aggregates: equal to the events"
            : "pre-aggregates: " + drift.getAsLong() + " keys differ from the events");
        boolean rollupsOff = drift.isPresent() && drift.getAsLong() > 0;
        if (check.ok() && !rollupsOff) {
          return Main.OK;
        }
        if (repair) {
          if (!check.ok()) {
            List<DuckDbEventStore.Mismatch> removed = store.repair(); // fills the pre-aggregates again too
            out.printf("removed %d articles; the next ingest codes them again%n", removed.size());
          } else {
            store.rebuildRollups();
          }
          if (drift.isPresent()) {
            out.println("pre-aggregates filled again from the events");
          }
          return Main.OK;
        }
        out.println(check.ok() ? "run 'vigil store check --repair' to fill the pre-aggregates again from the events"
            : "run 'vigil store check --repair', or any 'vigil ingest' (which repairs first), to code them again");
        return Main.SOME_REJECTED;
      }
    }
  }
}
