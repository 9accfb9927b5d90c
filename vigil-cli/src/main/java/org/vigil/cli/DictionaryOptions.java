package org.vigil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose dictionaries; mixed into every command that codes. */
final class DictionaryOptions {
  @Option(names = "--dictionaries", paramLabel = "DIR", description = "Dictionary folder or file (default: the built-in dictionaries).")
  Path dictionaries;

  @Option(names = "--dictionary-format", paramLabel = "FORMAT", defaultValue = "vigil",
      description = "Format of --dictionaries: vigil or petrarch (default: ${DEFAULT-VALUE}).")
  String format;
}
