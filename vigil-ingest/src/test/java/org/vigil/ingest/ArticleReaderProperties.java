package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

final class ArticleReaderProperties {
  private final ArticleReader reader = new ArticleReader(new IngestConfig(4096));
  private Path dir;

  @BeforeProperty
  void createFolder() throws IOException {
    dir = Files.createTempDirectory("vigil-ingest-props");
  }

  @AfterProperty
  void deleteFolder() throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Property(tries = 300)
  void anyBytesAsASeedFileYieldArticlesOrRejectionsNeverAnException(
      @ForAll @Size(max = 600) byte[] bytes) throws IOException {
    assertYieldsSomething(Files.write(dir.resolve("any.txt"), bytes));
  }

  @Property(tries = 300)
  void anyBytesAsAJsonLinesFileYieldArticlesOrRejectionsNeverAnException(
      @ForAll @Size(max = 600) byte[] bytes) throws IOException {
    assertYieldsSomething(Files.write(dir.resolve("any.jsonl"), bytes));
  }

  @Property(tries = 300)
  void nearlyValidInputYieldsArticlesOrRejectionsNeverAnException(
      @ForAll("nearlyValid") String content) throws IOException {
    assertYieldsSomething(Files.writeString(dir.resolve("near.jsonl"), content));
    assertYieldsSomething(Files.writeString(dir.resolve("near.txt"), content));
    Outcome o = new Outcome();
    reader.read(new ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "stdin", o.articles::add, o.rejections::add);
    assertThat(o.articles.size() + o.rejections.size()).isPositive();
  }

  /** Fragments of real records shuffled together, to reach deeper than random bytes do. */
  @Provide
  Arbitrary<String> nearlyValid() {
    Arbitrary<String> pieces = Arbitraries.of(
        "{", "}", "\"date\": ", "\"published\": ", "\"text\": ", "\"id\": ", "\"title\": ",
        "\"2021-07-09\"", "\"2021-13-45\"", "\"2021-07-09T10:00:00Z\"", ", ", "\n", "\r\n", " ",
        "date 2021-07-09\n", "date ", "\"" + Outcome.ENGLISH + "\"", Outcome.ENGLISH, "null",
        "[", "]", "42", "\"\"", "\\u0000", "\uFEFF", "\u0416\u0416", "\u0000");
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  private void assertYieldsSomething(Path file) {
    Outcome o = Outcome.read(reader, file);
    assertThat(o.articles.size() + o.rejections.size()).isPositive();
    assertThat(o.summary).isEqualTo(new ReadSummary(o.articles.size(), o.rejections.size()));
  }
}
