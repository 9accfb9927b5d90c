package org.vigil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil settings}: every setting in force and where it came from. */
@Command(name = "settings", mixinStandardHelpOptions = true,
    description = "Print every setting in force with where it came from (default, settings file:line, environment "
        + "variable or flag), after the same flags the other commands take; docs/configuration.md lists the keys.")
final class SettingsCommand implements Callable<Integer> {
  @Option(names = "--threads", description = "Worker threads (the setting threads).")
  Integer threads;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (the setting store.path).")
  Path db;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    System.out.print(Wiring.settings(spec, dictionaryOptions, analysisOptions, threads, db).describe());
    return Main.OK;
  }
}
