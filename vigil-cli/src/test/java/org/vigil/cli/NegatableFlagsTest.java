package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Flags that are on by default: naming one keeps it on, its {@code --no-} form turns it off.
 * (picocli turns a negatable option that defaults to true off when it is named, unless it has a
 * fallback value: {@code --include-negated} used to hide negated events.)
 */
final class NegatableFlagsTest {

  @ParameterizedTest
  @CsvSource({"'', true", "--include-negated, true", "--no-include-negated, false"})
  void includeNegated(String flag, boolean expected) {
    CodeCommand code = new CodeCommand();
    new CommandLine(code).parseArgs(args(flag, "in.jsonl"));
    assertThat(code.includeNegated).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'', true", "--unresolved, true", "--no-unresolved, false"})
  void unresolved(String flag, boolean expected) {
    PlacesCommand places = new PlacesCommand();
    new CommandLine(places).parseArgs(args(flag, "in.txt"));
    assertThat(places.unresolved).isEqualTo(expected);
  }

  private static String[] args(String flag, String input) {
    return flag.isEmpty() ? new String[] {input} : new String[] {flag, input};
  }
}
