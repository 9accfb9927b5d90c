package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil code --default-date}: records without a date take it; bad dates stay rejected. */
final class DefaultDateTest {
  @TempDir Path dir;

  private static final LocalDate DEFAULT = LocalDate.of(2024, 2, 29);
  private final ArticleReader reader = new ArticleReader(IngestConfig.defaults().withDefaultDate(DEFAULT));

  @Test
  void aSeedFileWithoutADateLineIsAllTextDatedByTheDefault() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), Outcome.ENGLISH + "\n");
    Outcome o = Outcome.read(reader, file);
    assertThat(o.rejections).isEmpty();
    assertThat(o.articles).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(DEFAULT);
      assertThat(a.text()).isEqualTo(Outcome.ENGLISH);
    });
  }

  @Test
  void aSeedFileWithItsOwnDateKeepsIt() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "date 2021-07-09\n" + Outcome.ENGLISH);
    assertThat(Outcome.read(reader, file).articles).singleElement()
        .satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2021, 7, 9)));
  }

  @Test
  void aJsonLineWithoutADateTakesTheDefaultButAnUnreadableDateIsStillRejected() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"1\",\"text\":\"" + Outcome.ENGLISH + "\"}\n"
            + "{\"id\":\"2\",\"date\":\"someday\",\"text\":\"" + Outcome.ENGLISH + "\"}\n");
    Outcome o = Outcome.read(reader, file);
    assertThat(o.articles).singleElement().satisfies(a -> assertThat(a.date()).isEqualTo(DEFAULT));
    assertThat(o.rejections).extracting(Rejection::reason).containsExactly("unparseable date 'someday'");
  }

  @Test
  void withoutADefaultTheSameFilesAreRejected() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), Outcome.ENGLISH + "\n");
    assertThat(Outcome.read(file).reason()).startsWith("missing date: the first line must be 'date YYYY-MM-DD', was ");
  }
}
