package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;

final class InputsTest {
  static final String SEED = "date 2021-07-09\n" + Outcome.ENGLISH;

  @TempDir Path dir;

  private static String jsonLine(String id) {
    return "{\"id\": \"" + id + "\", \"date\": \"2021-07-09\", \"text\": \"" + Outcome.ENGLISH + "\"}\n";
  }

  @Test
  void folderIsReadRecursivelyInPathOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/deeper"));
    Files.writeString(dir.resolve("b/deeper/z.jsonl"), jsonLine("z"));
    Files.writeString(dir.resolve("b/a.json"), jsonLine("ba"));
    Files.writeString(dir.resolve("a.txt"), SEED.replace("2021-07-09", "2021-07-01"));
    Files.writeString(dir.resolve("c.ndjson"), jsonLine("c"));

    Outcome o = Outcome.read(dir);

    assertThat(o.articles).extracting(Article::source)
        .containsExactly("a.txt", "a.json", "z.jsonl", "c.ndjson");
    assertThat(o.articles).extracting(Article::id).endsWith("ba", "z", "c");
  }

  @Test
  void folderIgnoresOtherExtensionsAndHiddenFiles() throws IOException {
    Files.writeString(dir.resolve("README.md"), "# notes");
    Files.writeString(dir.resolve(".hidden.txt"), "junk");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/x.txt"), "junk");
    Files.writeString(dir.resolve("ok.txt"), SEED);

    Outcome o = Outcome.read(dir);

    assertThat(o.rejections).isEmpty();
    assertThat(o.articles).extracting(Article::source).containsExactly("ok.txt");
  }

  @Test
  void oneBadFileInAFolderDoesNotStopTheOthers() throws IOException {
    Files.writeString(dir.resolve("1.txt"), SEED);
    Files.writeString(dir.resolve("2.txt"), "");
    Files.writeString(dir.resolve("3.jsonl"), jsonLine("three"));

    Outcome o = Outcome.read(dir);

    assertThat(o.articles).extracting(Article::source).containsExactly("1.txt", "3.jsonl");
    assertThat(o.rejections).containsExactly(
        new Rejection(dir.resolve("2.txt").toString(), "empty file"));
    assertThat(o.summary).isEqualTo(new ReadSummary(2, 1));
  }

  @Test
  void fileOfUnknownExtensionIsSniffed() throws IOException {
    Path seed = Files.writeString(dir.resolve("article"), SEED);
    Path lines = Files.writeString(dir.resolve("feed.data"), "\n  " + jsonLine("j"));

    assertThat(Outcome.read(seed).articles).hasSize(1);
    assertThat(Outcome.read(lines).articles).extracting(Article::id).containsExactly("j");
  }

  @Test
  void standardInputIsSniffedAsJsonLines() {
    Outcome o = Outcome.stream("\uFEFF\n" + jsonLine("s1") + jsonLine("s2"), "stdin");

    assertThat(o.articles).extracting(Article::id).containsExactly("s1", "s2");
    assertThat(o.articles).extracting(Article::source).containsOnly("stdin");
  }

  @Test
  void standardInputIsSniffedAsSeed() {
    Outcome o = Outcome.stream("\n" + SEED, "stdin");

    assertThat(o.articles).singleElement().extracting(Article::source).isEqualTo("stdin");
  }

  @Test
  void badLineOnStandardInputIsNamedByLine() {
    Outcome o = Outcome.stream(jsonLine("s1") + "{oops\n", "stdin");

    assertThat(o.rejections).extracting(Rejection::record).containsExactly("stdin:2");
  }

  @Test
  void emptyStandardInputIsRejected() {
    assertThat(Outcome.stream("", "stdin").rejections)
        .containsExactly(new Rejection("stdin", "empty file"));
  }

  @Test
  void missingInputThrowsNamingThePath() {
    Path missing = dir.resolve("nope");
    ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    assertThatThrownBy(() -> reader.read(missing, a -> {}, r -> {}))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage("no such file or folder: " + missing);
  }

  @Test
  void configRejectsANonPositiveLimitNamingIt() {
    assertThatThrownBy(() -> new IngestConfig(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTextBytes must be in [1, 268435456], was 0");
  }

  @Test
  void defaultLimitIsFiveMebibytes() {
    assertThat(IngestConfig.defaults().maxTextBytes()).isEqualTo(5L * 1024 * 1024);
  }
}
