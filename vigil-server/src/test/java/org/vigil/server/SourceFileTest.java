package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.source.SourceSpec;

final class SourceFileTest {

  @Test
  void whatIsWrittenIsReadBackAndNoTemporaryFileStays(@TempDir Path dir) throws Exception {
    SourceFile file = new SourceFile(dir.resolve("sources.json"));
    assertThat(file.read()).isEmpty();
    List<SourceSpec> specs = List.of(
        new SourceSpec("gazette", SourceSpec.Kind.RSS, "https://gazette.example/rss.xml", Duration.ofMinutes(15), "Gazette"),
        new SourceSpec("drop", SourceSpec.Kind.FOLDER, dir.resolve("drop").toString(), Duration.ofSeconds(90), ""));
    file.write(specs);
    assertThat(file.read()).isEqualTo(specs);
    file.write(specs.subList(1, 2));
    assertThat(file.read()).isEqualTo(specs.subList(1, 2));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sources.json");
    }
  }

  @Test
  void aBrokenFileIsNamedWithItsEntry(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("sources.json");
    SourceFile file = new SourceFile(path);
    Files.writeString(path, "{\"sources\": [{\"id\": \"ok\", \"kind\": \"rss\", \"url\": \"https://a.example/f\","
        + " \"interval\": \"PT1H\", \"name\": \"\"}, {\"id\": \"bad\", \"kind\": \"rss\", \"interval\": \"PT1H\"}]}");
    assertThatThrownBy(file::read).isInstanceOf(IllegalStateException.class)
        .hasMessage("sources file " + path + ": entry 2: url is missing or not a string");
    Files.writeString(path, "[]");
    assertThatThrownBy(file::read).hasMessage("sources file " + path + " must be {\"sources\": [...]}");
  }
}
