package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

final class ArticleReaderProperties {
  /** Fragments of real records shuffled together, to reach deeper than random bytes do. */
  private static final List<String> PIECES = List.of(
      "{", "}", "\"date\": ", "\"published\": ", "\"text\": ", "\"id\": ", "\"title\": ",
      "\"2021-07-09\"", "\"2021-13-45\"", "\"2021-07-09T10:00:00Z\"", ", ", "\n", "\r\n", " ",
      "date 2021-07-09\n", "date ", "\"" + Outcome.ENGLISH + "\"", Outcome.ENGLISH, "null",
      "[", "]", "42", "\"\"", "\\u0000", "\uFEFF", "\u0416\u0416", "\u0000");

  private final ArticleReader reader = new ArticleReader(new IngestConfig(4096));
  @TempDir
  private Path dir;

  @Test
  void anyBytesAsASeedFileYieldArticlesOrRejectionsNeverAnException() {
    Seeded.forEachCase(300, 0xA271_0001L,
        g -> assertYieldsSomething(Files.write(dir.resolve("any.txt"), g.bytes(0, 600))));
  }

  @Test
  void anyBytesAsAJsonLinesFileYieldArticlesOrRejectionsNeverAnException() {
    Seeded.forEachCase(300, 0xA271_0002L,
        g -> assertYieldsSomething(Files.write(dir.resolve("any.jsonl"), g.bytes(0, 600))));
  }

  @Test
  void nearlyValidInputYieldsArticlesOrRejectionsNeverAnException() {
    Seeded.forEachCase(300, 0xA271_0003L, g -> {
      String content = nearlyValid(g);
      assertYieldsSomething(Files.writeString(dir.resolve("near.jsonl"), content));
      assertYieldsSomething(Files.writeString(dir.resolve("near.txt"), content));
      Outcome o = new Outcome();
      reader.read(new ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "stdin", o.articles::add, o.rejections::add);
      assertThat(o.articles.size() + o.rejections.size()).isPositive();
    });
  }

  /** Up to 30 pieces end to end. */
  private static String nearlyValid(Gen g) {
    return String.join("", g.listOf(0, 30, () -> g.pick(PIECES)));
  }

  private void assertYieldsSomething(Path file) {
    Outcome o = Outcome.read(reader, file);
    assertThat(o.articles.size() + o.rejections.size()).isPositive();
    assertThat(o.summary).isEqualTo(new ReadSummary(o.articles.size(), o.rejections.size()));
  }
}
