package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;

final class SeedFileTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void seedFileBecomesOneArticleIdentifiedByItsContentHash() throws IOException {
    Path file = write("tajikistan.txt", "date 2021-07-09\n" + Outcome.ENGLISH + "\n");

    Outcome o = Outcome.read(file);

    Article expected = Article.of(LocalDate.of(2021, 7, 9), "", Outcome.ENGLISH);
    assertThat(o.rejections).isEmpty();
    assertThat(o.articles).containsExactly(new Article(
        expected.id(), LocalDate.of(2021, 7, 9), "", Outcome.ENGLISH, "", "tajikistan.txt"));
    assertThat(o.articles.get(0).id()).isEqualTo(o.articles.get(0).contentHash());
    assertThat(o.summary).isEqualTo(new ReadSummary(1, 0));
  }

  @Test
  void byteOrderMarkCarriageReturnsAndBlankLinesAroundTheDateAreTolerated() throws IOException {
    Path file = write("a.txt", "\uFEFF\r\n  date 2021-07-09  \r\n\r\n" + Outcome.ENGLISH + "\r\n\r\n");

    Outcome o = Outcome.read(file);

    assertThat(o.articles).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(LocalDate.of(2021, 7, 9));
      assertThat(a.text()).isEqualTo(Outcome.ENGLISH);
    });
  }

  @Test
  void textMayStartOnTheDateLine() throws IOException {
    Path file = write("inline.txt", " date 2021-07-08 The bloc met on Thursday.\n\nIt said more.\n");

    Outcome o = Outcome.read(file);

    assertThat(o.rejections).isEmpty();
    assertThat(o.articles).singleElement().satisfies(a -> {
      assertThat(a.date()).isEqualTo(LocalDate.of(2021, 7, 8));
      assertThat(a.text()).isEqualTo("The bloc met on Thursday.\n\nIt said more.");
    });
  }

  @Test
  void sameTextInTwoFilesGetsTheSameId() throws IOException {
    Outcome a = Outcome.read(write("a.txt", "date 2021-07-09\n" + Outcome.ENGLISH));
    Outcome b = Outcome.read(write("b.txt", "date 2021-07-09\n\n" + Outcome.ENGLISH + "\n"));

    assertThat(a.articles.get(0).id()).isEqualTo(b.articles.get(0).id());
  }

  @Nested
  final class Rejected {

    @Test
    void emptyFile() throws IOException {
      Path file = write("empty.txt", "");

      Outcome o = Outcome.read(file);

      assertThat(o.rejections).containsExactly(new Rejection(file.toString(), "empty file"));
    }

    @Test
    void fileOfOnlyWhiteSpace() throws IOException {
      assertThat(Outcome.read(write("blank.txt", " \n\t\n")).reason())
          .isEqualTo("empty file (only white space)");
    }

    @Test
    void binaryFileWithNulBytes() throws IOException {
      Path file = Files.write(dir.resolve("image.txt"), new byte[] {'d', 'a', 't', 'e', 0, 1, 2});

      assertThat(Outcome.read(file).reason()).isEqualTo("binary file (NUL byte at offset 4)");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
      byte[] latin1 = ("date 2021-07-09\nCaf\u00e9 " + Outcome.ENGLISH).getBytes(StandardCharsets.ISO_8859_1);
      Path file = Files.write(dir.resolve("latin1.txt"), latin1);

      assertThat(Outcome.read(file).reason()).isEqualTo("not UTF-8 text (invalid byte at offset 19)");
    }

    @Test
    void missingDateLine() throws IOException {
      assertThat(Outcome.read(write("nodate.txt", Outcome.ENGLISH)).reason())
          .isEqualTo("missing date: the first line must be 'date YYYY-MM-DD', was "
              + "'Russian troops crossed into eastern Ukraine on Thursday, ...'");
    }

    @Test
    void unparseableDateNamesTheValue() throws IOException {
      assertThat(Outcome.read(write("bad.txt", "date 2021-13-45\n" + Outcome.ENGLISH)).reason())
          .isEqualTo("unparseable date '2021-13-45'");
    }

    @Test
    void dateLineWithoutText() throws IOException {
      assertThat(Outcome.read(write("short.txt", "date 2021-07-09\n \n")).reason())
          .isEqualTo("missing text: nothing follows the date line");
    }

    @Test
    void textInAnotherLanguage() throws IOException {
      String russian = "Российские войска вошли на восток Украины в четверг, заявили официальные"
          + " лица в Киеве.";

      assertThat(Outcome.read(write("ru.txt", "date 2021-07-09\n" + russian)).reason())
          .isEqualTo("not English (0% of letters are ASCII)");
    }

    @Test
    void textOverTheLimitNamesItsSize() throws IOException {
      ArticleReader reader = new ArticleReader(new IngestConfig(100));
      String text = Outcome.ENGLISH; // 226 bytes

      Outcome o = Outcome.read(reader, write("big.txt", "date 2021-07-09\n" + text));

      assertThat(o.reason()).isEqualTo("text is 226 bytes, over the limit of 100 bytes");
    }

    @Test
    void fileFarOverTheLimitIsRejectedWithoutReadingItIntoMemory() throws IOException {
      ArticleReader reader = new ArticleReader(new IngestConfig(10));
      String huge = "date 2021-07-09\n" + "word ".repeat(20_000);

      Outcome o = Outcome.read(reader, write("huge.txt", huge));

      assertThat(o.reason()).isEqualTo("file is 100,016 bytes, over the limit of 10 bytes");
    }

    @Test
    void textAtTheLimitIsAccepted() throws IOException {
      long size = Outcome.ENGLISH.getBytes(StandardCharsets.UTF_8).length;
      ArticleReader reader = new ArticleReader(new IngestConfig(size));

      Outcome o = Outcome.read(reader, write("edge.txt", "date 2021-07-09\n" + Outcome.ENGLISH));

      assertThat(o.articles).hasSize(1);
    }
  }
}
