package org.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command line: code, ingest, events, eval, dict, demo, serve, settings. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads dated news and codes who did what to whom, when and where (CAMEO and PLOVER), with evidence.",
    subcommands = {
      CodeCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      ExportCommand.class,
      EvalCommand.class,
      DictCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      AnnotateCommand.class,
      PlacesCommand.class,
      BenchCommand.class,
      SettingsCommand.class,
      StoreCommand.class,
      MonitorCommand.class,
      SourcesCommand.class,
      CorrectionsCommand.class,
      LearnCommand.class,
      StreamCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record was coded",
      "1:some records were rejected (the rest were coded)",
      "2:bad arguments",
      "3:failure (dictionary, store or analysis could not start; out of memory; standard output could not be written)",
      "141:standard output was closed by its reader (as for SIGPIPE: vigil code ... | head -1)"
    })
public final class Main implements Runnable {
  static final int OK = 0;
  static final int SOME_REJECTED = 1;
  static final int USAGE = 2;
  static final int FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "The settings file (default: $VIGIL_CONFIG, else ./vigil.yaml if present; docs/configuration.md).")
  java.nio.file.Path config;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof org.vigil.pipeline.RejectedRecordException) {
        // the record was already reported as rejected; say why the run stopped there
        line.getErr().println("vigil: stopped at the first rejected record (failure-policy = fail)");
      } else {
        line.getErr().println("vigil: " + org.vigil.core.text.Visible.of(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      }
      if (System.getenv("VIGIL_DEBUG") != null) {
        ex.printStackTrace(line.getErr());
      }
      return FAILURE;
    });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      // outside a coding run (loading the models, reading the store): say so, and what raises the heap
      System.err.println("vigil: " + Runs.outOfMemory(null));
      return FAILURE;
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"vigil " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
