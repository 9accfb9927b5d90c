package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.pipeline.EngineConfig;
import org.vigil.pipeline.VigilSettings;
import picocli.CommandLine;

/** The global {@code --config} works before or after the command; the command's flags override the file. */
final class SettingsFlagsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theSettingsFileIsReadWhereverConfigIsGivenAndFlagsOverrideIt(boolean beforeTheCommand) throws IOException {
    Path file = dir.resolve("vigil.yaml");
    Files.writeString(file, "engine:\n  analysis: full\nthreads: 3\nstore:\n  batch-size: 4\n");
    CommandLine cl = new CommandLine(new Main());
    CommandLine.ParseResult parsed = beforeTheCommand
        ? cl.parseArgs("--config", file.toString(), "code", "--threads", "5", "in.jsonl")
        : cl.parseArgs("code", "--config", file.toString(), "--threads", "5", "in.jsonl");
    CodeCommand code = (CodeCommand) parsed.subcommand().commandSpec().userObject();

    VigilSettings settings = Wiring.settings(code.spec, code.dictionaryOptions, code.analysisOptions, code.threads, null);

    assertThat(settings.file()).contains(file);
    assertThat(settings.engineConfig().analysis()).isEqualTo(EngineConfig.Analysis.FULL);
    assertThat(settings.batchSize()).isEqualTo(4);
    assertThat(settings.threads()).isEqualTo(5);
    assertThat(settings.source("threads")).isEqualTo("flag --threads");
  }
}
