package org.vigil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose dictionaries; mixed into every command that codes. */
final class DictionaryOptions {
  @Option(names = "--dictionaries", paramLabel = "DIR", description = "Dictionary folder or file (default: the setting engine.dictionaries, the built-in dictionaries).")
  Path dictionaries;

  @Option(names = "--dictionary-format", paramLabel = "FORMAT",
      description = "Format of --dictionaries: vigil or petrarch (default: the setting engine.dictionary-format, vigil).")
  String format;
}
