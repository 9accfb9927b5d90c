package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.article.Article;

final class JsonLinesTest {
  static final String TEXT = Outcome.ENGLISH;

  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    return Files.writeString(dir.resolve("feed.jsonl"), String.join("\n", lines) + "\n");
  }

  private static String line(String fields) {
    return "{" + fields + ", \"text\": \"" + TEXT + "\"}";
  }

  @Test
  void everyFieldIsRead() throws IOException {
    Path file = write("{\"id\": \"rt-1\", \"date\": \"2021-07-09\", \"title\": \" Troops \","
        + " \"text\": \"" + TEXT + "\", \"url\": \"https://example.org/1\", \"source\": \"Wire\"}");

    Outcome o = Outcome.read(file);

    assertThat(o.articles).containsExactly(new Article("rt-1", LocalDate.of(2021, 7, 9),
        "Troops", TEXT, "https://example.org/1", "Wire"));
  }

  @Test
  void idDefaultsToTheContentHashAndSourceToTheFileName() throws IOException {
    Path file = write(line("\"date\": \"2021-07-09\", \"title\": \"Troops\""));

    Article article = Outcome.read(file).articles.get(0);

    assertThat(article.id()).isEqualTo(article.contentHash());
    assertThat(article.source()).isEqualTo("feed.jsonl");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"date\": \"2021-07-09\"",
      "\"published\": \"2021-07-09T23:30:00Z\"",
      "\"published\": \"2021-07-09T23:30:00+05:00\"",
      "\"date\": \"2021-07-09T23:30:00.123-04:00\"",
      "\"date\": \"2021-07-09 23:30:00\"",
      "\"date\": \"2021-07-09T23:30\""})
  void dateIsTheDatePartAsWritten(String date) throws IOException {
    assertThat(Outcome.read(write(line(date))).articles)
        .extracting(Article::date)
        .containsExactly(LocalDate.of(2021, 7, 9));
  }

  @Test
  void blankLinesAreSkippedAndLinesAreNumberedInTheFile() throws IOException {
    Path file = write(line("\"id\": \"a\", \"date\": \"2021-07-09\""), "", "  ",
        "{\"id\": \"b\", \"date\": \"2021-07-09\"}");

    Outcome o = Outcome.read(file);

    assertThat(o.articles).extracting(Article::id).containsExactly("a");
    assertThat(o.rejections).containsExactly(
        new Rejection(file + ":4 (id b)", "missing text: no 'text' field"));
  }

  @Test
  void aLargeFileStreamsArticleByArticle() throws IOException {
    Path file = dir.resolve("many.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 20_000; i++) {
        out.write((line("\"id\": \"n" + i + "\", \"date\": \"2021-07-09\"") + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    long[] seen = {0};

    ReadSummary summary = new ArticleReader(IngestConfig.defaults())
        .read(file, a -> seen[0]++, r -> { throw new AssertionError(r); });

    assertThat(summary).isEqualTo(new ReadSummary(20_000, 0));
    assertThat(seen[0]).isEqualTo(20_000);
  }

  @Nested
  final class Rejected {

    @Test
    void malformedLineIsRejectedAndTheRestOfTheFileGoesOn() throws IOException {
      Path file = write(line("\"id\": \"a\", \"date\": \"2021-07-09\""),
          "{\"id\": \"b\", \"date\": ",
          line("\"id\": \"c\", \"date\": \"2021-07-10\""));

      Outcome o = Outcome.read(file);

      assertThat(o.articles).extracting(Article::id).containsExactly("a", "c");
      assertThat(o.rejections).singleElement().satisfies(r -> {
        assertThat(r.record()).isEqualTo(file + ":2");
        assertThat(r.reason()).startsWith("malformed JSON at column ");
      });
    }

    @Test
    void emptyFile() throws IOException {
      Path file = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");

      assertThat(Outcome.read(file).rejections)
          .containsExactly(new Rejection(file.toString(), "empty file"));
    }

    @Test
    void missingDate() throws IOException {
      Path file = write(line("\"id\": \"x\""));

      assertThat(Outcome.read(file).rejections).containsExactly(
          new Rejection(file + ":1 (id x)", "missing date: no 'date' or 'published' field"));
    }

    @Test
    void unparseableDateNamesTheValue() throws IOException {
      assertThat(Outcome.read(write(line("\"date\": \"2021-13-45\""))).reason())
          .isEqualTo("unparseable date '2021-13-45'");
    }

    @Test
    void numericDateIsUnparseable() throws IOException {
      assertThat(Outcome.read(write(line("\"date\": 20210709"))).reason())
          .isEqualTo("unparseable date '20210709'");
    }

    @Test
    void blankText() throws IOException {
      assertThat(Outcome.read(write("{\"date\": \"2021-07-09\", \"text\": \" \\n \"}")).reason())
          .isEqualTo("blank text");
    }

    @Test
    void nullText() throws IOException {
      assertThat(Outcome.read(write("{\"date\": \"2021-07-09\", \"text\": null}")).reason())
          .isEqualTo("missing text: no 'text' field");
    }

    @Test
    void fieldOfTheWrongType() throws IOException {
      assertThat(Outcome.read(write(line("\"date\": \"2021-07-09\", \"title\": [1]"))).reason())
          .isEqualTo("'title' must be a string, was an array");
    }

    @Test
    void lineThatIsNotAnObject() throws IOException {
      assertThat(Outcome.read(write(line("\"date\": \"2021-07-09\""), "42")).rejections)
          .extracting(Rejection::reason)
          .containsExactly("not a JSON object but number");
    }

    @Test
    void twoObjectsOnOneLine() throws IOException {
      String one = line("\"date\": \"2021-07-09\"");

      assertThat(Outcome.read(write(one + " " + one)).reason())
          .startsWith("malformed JSON at column ");
    }

    @Test
    void jsonArrayFileIsRejectedAsAWhole() throws IOException {
      Path file = Files.writeString(dir.resolve("array.json"),
          "[\n" + line("\"date\": \"2021-07-09\"") + "\n]\n");

      assertThat(Outcome.read(file).rejections).containsExactly(new Rejection(
          file.toString(), "a JSON array, not JSON Lines: write one object per line"));
    }

    @Test
    void binaryFileIsRejectedOnceNotLineByLine() throws IOException {
      Path file = Files.write(dir.resolve("blob.json"), new byte[] {'{', 0, 0, '\n', 1, 0, '\n'});

      assertThat(Outcome.read(file).rejections).containsExactly(
          new Rejection(file.toString(), "binary file (NUL byte in line 1)"));
    }

    @Test
    void lineThatIsNotUtf8() throws IOException {
      Path file = dir.resolve("mixed.jsonl");
      byte[] bad = "{\"date\": \"2021-07-09\", \"title\": \"Caf\u00e9\"}\n"
          .getBytes(StandardCharsets.ISO_8859_1);
      Files.write(file, (line("\"id\": \"ok\", \"date\": \"2021-07-09\"") + "\n")
          .getBytes(StandardCharsets.UTF_8));
      Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);

      Outcome o = Outcome.read(file);

      assertThat(o.articles).extracting(Article::id).containsExactly("ok");
      assertThat(o.rejections).extracting(Rejection::record, Rejection::reason)
          .containsExactly(tuple(file + ":2", "not UTF-8 (invalid byte at column 37)"));
    }

    @Test
    void textInAnotherLanguage() throws IOException {
      String french = "Les troupes russes sont entr\u00e9es dans l'est de l'Ukraine jeudi, ont"
          + " d\u00e9clar\u00e9 des responsables \u00e0 Kiev, alors que le gouvernement de Moscou a"
          + " d\u00e9menti tout projet d'attaque.";

      assertThat(Outcome.read(write("{\"id\": \"fr\", \"date\": \"2021-07-09\", \"text\": \""
          + french + "\"}")).rejections)
          .extracting(Rejection::reason)
          .singleElement()
          .asString()
          .startsWith("not English (0% common English words in ");
    }

    @Test
    void textOverTheLimitNamesItsSize() throws IOException {
      ArticleReader reader = new ArticleReader(new IngestConfig(200));

      assertThat(Outcome.read(reader, write(line("\"date\": \"2021-07-09\""))).reason())
          .isEqualTo("text is 226 bytes, over the limit of 200 bytes");
    }

    @Test
    void lineFarOverTheLimitIsRejectedByItsLength() throws IOException {
      ArticleReader reader = new ArticleReader(new IngestConfig(1));
      String huge = "{\"date\": \"2021-07-09\", \"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
      Path file = write(huge, line("\"id\": \"next\", \"date\": \"2021-07-09\""));

      Outcome o = Outcome.read(reader, file);

      assertThat(o.rejections).extracting(Rejection::record, Rejection::reason).containsExactly(
          tuple(file + ":1", "line is 2,097,186 bytes, over the limit of 1,048,582 bytes for one"
              + " record (text limit 1 bytes)"),
          tuple(file + ":2 (id next)", "text is 226 bytes, over the limit of 1 bytes"));
    }
  }
}
