package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;

/** Issue 12: the duplicate check, files that are not JSON Lines, lone surrogates, broken links. */
final class ReaderFaultsTest {
  @TempDir
  Path dir;

  private static final String TEXT = Outcome.ENGLISH + "\n\nThe talks resume on Monday in Geneva.";

  private Article seed(String name, String content) throws IOException {
    Outcome o = Outcome.read(Files.writeString(dir.resolve(name), content));
    assertThat(o.rejections).isEmpty();
    return o.articles.getFirst();
  }

  @Test
  void crlfExtraSpacesAndUnicodeFormsGiveTheSameHashAndTheTextIsKeptAsItCame() throws IOException {
    Article plain = seed("a.txt", "date 2021-07-09\n" + TEXT + "\n");
    Article crlf = seed("b.txt", ("date 2021-07-09\n" + TEXT + "\n").replace("\n", "\r\n"));
    Article spaced = seed("c.txt", "date 2021-07-09\n" + TEXT.replace("officials", "officials ").replace(". ", ".  ") + "\n");
    Article nbsp = seed("d.txt", "date 2021-07-09\n" + TEXT.replace("Kyiv said", "Kyiv\u00a0said") + "\n");

    assertThat(crlf.contentHash()).isEqualTo(plain.contentHash());
    assertThat(spaced.contentHash()).isEqualTo(plain.contentHash());
    assertThat(nbsp.contentHash()).isEqualTo(plain.contentHash());
    // the id of an article without one is its hash: the same article, the same id
    assertThat(crlf.id()).isEqualTo(plain.id());
    assertThat(crlf.text()).contains("\r\n");
    assertThat(spaced.text()).contains("officials  in");
  }

  @Test
  void aCorrectedTitleIsTheSameArticleAnotherTextOrDateIsNot() {
    java.time.LocalDate day = java.time.LocalDate.of(2021, 7, 9);
    Article a = new Article("x", day, "Troops cross into Ukrane", TEXT, "", "");
    Article titled = new Article("x", day, "Troops cross into Ukraine", TEXT, "", "");
    Article composed = new Article("x", day, "", TEXT.replace("Moscow", "Mosc\u00f3w"), "", "");
    Article decomposed = new Article("x", day, "", TEXT.replace("Moscow", "Mosco\u0301w"), "", "");
    Article other = new Article("x", day, "", TEXT.replace("Thursday", "Friday"), "", "");
    Article later = new Article("x", day.plusDays(1), "", TEXT, "", "");

    assertThat(titled.contentHash()).isEqualTo(a.contentHash());
    assertThat(decomposed.contentHash()).isEqualTo(composed.contentHash());
    assertThat(other.contentHash()).isNotEqualTo(a.contentHash());
    assertThat(later.contentHash()).isNotEqualTo(a.contentHash());
    assertThat(Article.of(day, "one title", TEXT).id()).isEqualTo(Article.of(day, "another", TEXT).id());
  }

  @Test
  void randomBytesNamedJsonlAreRejectedOnceWithTheCountOfBadLinesAndTheFirst() throws IOException {
    byte[] noise = new byte[2 * 1024 * 1024];
    new Random(12).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      if (noise[i] == 0) {
        noise[i] = 1; // no NUL: that is the binary-file check's case
      }
    }
    Path file = Files.write(dir.resolve("noise.jsonl"), noise);

    Outcome o = Outcome.read(file);

    assertThat(o.articles).isEmpty();
    assertThat(o.rejections).hasSize(1);
    assertThat(o.rejections.getFirst().record()).isEqualTo(file.toString());
    assertThat(o.reason()).matches("not JSON Lines: [0-9,]{5,} bad lines, the first " + java.util.regex.Pattern.quote(file + ":1")
        + ": .+");
  }

  @Test
  void aFewBadLinesBeforeGoodOnesAreStillRejectedOneByOne() throws IOException {
    String good = "{\"date\": \"2021-07-09\", \"text\": \"" + Outcome.ENGLISH + "\"}\n";
    Path file = Files.writeString(dir.resolve("some.jsonl"), "nope\n".repeat(JsonLinesFormat.NOT_JSON_LINES_AFTER - 1)
        + good + "nope\n".repeat(30));

    Outcome o = Outcome.read(file);

    assertThat(o.articles).hasSize(1);
    assertThat(o.rejections).hasSize(JsonLinesFormat.NOT_JSON_LINES_AFTER - 1 + 30);
    assertThat(o.rejections.getFirst().record()).isEqualTo(file + ":1");
  }

  @Test
  void aFileThatStartsBadIsRejectedOnceButItsGoodLinesAreStillRead() throws IOException {
    String good = "{\"date\": \"2021-07-09\", \"text\": \"" + Outcome.ENGLISH + "\"}\n";
    Path file = Files.writeString(dir.resolve("mixed.jsonl"), "nope\n".repeat(25) + good + "nope\n".repeat(5));

    Outcome o = Outcome.read(file);

    assertThat(o.articles).hasSize(1);
    assertThat(o.rejections).singleElement().satisfies(r -> assertThat(r.reason())
        .startsWith("not JSON Lines: 30 bad lines (and 1 good ones, read), the first " + file + ":1: malformed JSON"));
  }

  @Test
  void aLoneSurrogateIsRejectedNamingTheField() throws IOException {
    Path file = Files.writeString(dir.resolve("s.jsonl"),
        "{\"date\": \"2021-07-09\", \"title\": \"ok\", \"text\": \"" + Outcome.ENGLISH + " \\ud83d end\"}\n"
            + "{\"date\": \"2021-07-09\", \"title\": \"\\ud83d\\ude00\", \"text\": \"" + Outcome.ENGLISH + "\"}\n");

    Outcome o = Outcome.read(file);

    assertThat(o.rejections).singleElement().satisfies(r -> {
      assertThat(r.record()).isEqualTo(file + ":1");
      assertThat(r.reason()).startsWith("'text' holds half of a UTF-16 surrogate pair (\\uD83D at character");
    });
    assertThat(o.articles).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("\ud83d\ude00"));
  }

  @Test
  void aBrokenSymbolicLinkInAFolderIsRejectedWithItsTarget() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), "date 2021-07-09\n" + TEXT, StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(folder.resolve("b.txt"), dir.resolve("gone.txt"));
    Files.createSymbolicLink(folder.resolve("c.png"), dir.resolve("gone.png"));

    Outcome o = Outcome.read(folder);

    assertThat(o.articles).hasSize(1);
    assertThat(o.rejections).singleElement().satisfies(r -> {
      assertThat(r.record()).isEqualTo(link.toString());
      assertThat(r.reason()).isEqualTo("broken symbolic link to " + dir.resolve("gone.txt") + ": no such file");
    });
  }
}
