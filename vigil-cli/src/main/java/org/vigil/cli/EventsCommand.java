package org.vigil.cli;

import org.vigil.pipeline.EventJson;

import org.vigil.pipeline.EventTable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;

import org.vigil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil events}: queries the store. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Query stored events, newest first;"
    + " with --merged, merged events (one event, many mentions) with their counts; with --stories, stories of copies.")
final class EventsCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: the setting store.path, vigil-data/vigil.duckdb; docs/configuration.md).")
  Path db;

  @picocli.CommandLine.Mixin EventFilterOptions filters = new EventFilterOptions();

  @Option(names = "--limit", defaultValue = "100", description = "At most this many events (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--merged", description = "Merged events instead of mentions: the same event reported by several"
      + " articles once, with NumMentions, NumSources and NumArticles (a story's copies counted once), newest first;"
      + " the filters apply to each merged event's canonical mention.")
  boolean merged;

  @Option(names = "--merged-id", paramLabel = "ID", description = "One merged event with all its mentions.")
  String mergedId;

  @Option(names = "--stories", description = "Stories of two or more articles (copies of one another), latest first.")
  boolean stories;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
    }
    Path database = Wiring.settings(spec, null, null, null, db).storePath();
    if (!Files.exists(database)) {
      System.err.println("vigil events: no store at " + database + " (run 'vigil ingest' first)");
      return Main.FAILURE;
    }
    if (!format.equals("table") && !format.equals("json")) {
      System.err.println("vigil events: unknown --format '" + format + "'; expected table or json");
      return Main.USAGE;
    }
    if ((merged ? 1 : 0) + (mergedId != null ? 1 : 0) + (stories ? 1 : 0) > 1) {
      System.err.println("vigil events: give one of --merged, --merged-id and --stories");
      return Main.USAGE;
    }
    if (merged || mergedId != null || stories) {
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(database).asReadOnly(), InstantSource.system())) {
        return printMerged(store, Output.stdout());
      }
    }
    try (EventStore store = new DuckDbEventStore(StoreConfig.file(database).asReadOnly(), InstantSource.system())) {
      List<CodedEvent> events = store.query(filters.query(limit));
      try {
        print(events, format, Output.stdout());
      } catch (Output.Closed e) {
        return Output.CLOSED_PIPE;
      } catch (Output.Failed e) {
        System.err.println("vigil events: " + e.getMessage());
        return Main.FAILURE;
      }
    }
    return Main.OK;
  }

  /** Prints merged events, one merged event or stories (issue 13) as the options ask. */
  private int printMerged(DuckDbEventStore store, Output out) throws Exception {
    StringBuilder text = new StringBuilder();
    boolean json = format.equals("json");
    if (mergedId != null) {
      var one = store.mergedEvent(mergedId);
      if (one.isEmpty()) {
        System.err.println("vigil events: no merged event " + mergedId);
        return Main.SOME_REJECTED;
      }
      text.append(json ? MergedOutput.json(one.get()) + "\n" : MergedOutput.detail(one.get()));
    } else if (stories) {
      var found = store.stories(2, limit);
      if (json) {
        found.forEach(s -> text.append(MergedOutput.json(s)).append('\n'));
      } else {
        text.append(MergedOutput.stories(found));
      }
    } else {
      var found = store.mergedEvents(filters.query(limit));
      if (json) {
        found.forEach(m -> text.append(MergedOutput.json(m)).append('\n'));
      } else {
        text.append(MergedOutput.table(found));
      }
    }
    try {
      out.write(text.toString());
    } catch (Output.Closed e) {
      return Output.CLOSED_PIPE;
    } catch (Output.Failed e) {
      System.err.println("vigil events: " + e.getMessage());
      return Main.FAILURE;
    }
    return Main.OK;
  }

  static void print(List<CodedEvent> events, String format) throws Exception {
    print(events, format, Output.stdout());
  }

  /**
   * Prints the events, a line at a time; a failed write throws ({@link Output.Closed}, {@link
   * Output.Failed}). The table shows control characters as escapes; JSON escapes them itself.
   */
  static void print(List<CodedEvent> events, String format, Output out) throws Exception {
    if (format.equals("json")) {
      ObjectMapper mapper = new ObjectMapper();
      EventJson json = new EventJson(mapper);
      StringBuilder lines = new StringBuilder();
      for (CodedEvent e : events) {
        lines.append(mapper.writeValueAsString(json.vigil(e))).append('\n');
        if (lines.length() > 64 * 1024) {
          out.write(lines.toString());
          lines.setLength(0);
        }
      }
      out.write(lines.toString());
    } else {
      out.write(EventTable.render(events));
    }
  }
}
