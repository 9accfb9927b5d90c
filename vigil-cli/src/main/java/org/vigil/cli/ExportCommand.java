package org.vigil.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.vigil.core.store.EventQuery;
import org.vigil.pipeline.export.ExportFormat;
import org.vigil.pipeline.export.Exporter;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil export}: writes stored events as GDELT 2.0 event rows, ICEWS-style rows, PLOVER
 * JSON Lines, CSV or Parquet (docs/EVENTS.md, "Exports"), with the filters of {@code vigil events}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export stored events as GDELT 2.0 event rows, ICEWS-style rows, PLOVER JSON Lines, CSV or Parquet (docs/EVENTS.md).")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "gdelt, icews, plover, csv or parquet.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
      description = "The file to write (replaced when complete), or - for standard output (default); parquet needs a file.")
  String out;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: the setting store.path, vigil-data/vigil.duckdb; docs/configuration.md).")
  Path db;

  @picocli.CommandLine.Mixin EventFilterOptions filters = new EventFilterOptions();

  @Option(names = "--limit", description = "At most this many events, newest first (default: all).")
  Integer limit;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ExportFormat f;
    EventQuery query;
    try {
      f = ExportFormat.parse(format);
      if (limit != null && limit < 1) {
        throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
      }
      query = filters.query(limit == null ? Integer.MAX_VALUE : limit);
    } catch (IllegalArgumentException e) {
      System.err.println("vigil export: " + e.getMessage());
      return Main.USAGE;
    }
    boolean toStdout = out.equals("-");
    if (!f.isStreamed() && toStdout) {
      System.err.println("vigil export: " + f.label() + " cannot go to standard output; name a file with --out FILE");
      return Main.USAGE;
    }
    Path database = Wiring.settings(spec, null, null, null, db).storePath();
    if (!Files.exists(database)) {
      System.err.println("vigil export: no store at " + database + " (run 'vigil ingest' first)");
      return Main.FAILURE;
    }
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(database).asReadOnly(), InstantSource.system())) {
      if (!f.isStreamed()) {
        long n = store.exportParquet(query, Path.of(out));
        System.err.println("vigil export: " + n + " events to " + out + " (" + f.label() + ")");
        return Main.OK;
      }
      Exporter exporter = f.exporter();
      if (toStdout) {
        return toStdout(store, query, exporter, Output.stdoutStream());
      }
      return toFile(store, query, f, Path.of(out));
    }
  }

  /**
   * Streams to standard output ({@code stdout}); a reader that closes the pipe ends the export at
   * once and quietly (exit 141), any other write failure with its reason (exit 3).
   */
  static int toStdout(DuckDbEventStore store, EventQuery query, Exporter exporter, OutputStream stdout) {
    try {
      write(store, query, exporter, stdout);
      return Main.OK;
    } catch (IOException e) {
      if (Output.closedPipe(e)) {
        return Output.CLOSED_PIPE;
      }
      System.err.println("vigil export: cannot write to standard output: " + e.getMessage());
      return Main.FAILURE;
    }
  }

  /** Writes to a file beside the target and moves it into place, so a failed export leaves no half file. */
  private static int toFile(DuckDbEventStore store, EventQuery query, ExportFormat f, Path file) {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      System.err.println("vigil export: cannot write " + file + ": there is no folder " + folder);
      return Main.FAILURE;
    }
    if (Files.isDirectory(target)) {
      System.err.println("vigil export: cannot write " + file + ": it is a folder");
      return Main.FAILURE;
    }
    Path partial = folder.resolve("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
    try {
      long n;
      try (OutputStream stream = Files.newOutputStream(partial)) {
        n = write(store, query, f.exporter(), stream);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.err.println("vigil export: " + n + " events to " + file + " (" + f.label() + ")");
      return Main.OK;
    } catch (IOException e) {
      System.err.println("vigil export: cannot write " + file + ": " + e.getMessage());
      return Main.FAILURE;
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        System.err.println("vigil export: cannot remove " + partial + ": " + e.getMessage());
      }
    }
  }

  /** Streams the query's rows from the store through the exporter; returns how many. */
  private static long write(DuckDbEventStore store, EventQuery query, Exporter exporter, OutputStream stream)
      throws IOException {
    try (Exporter.RowWriter writer = exporter.open(stream)) {
      return store.scan(query, writer::writeUnchecked);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
