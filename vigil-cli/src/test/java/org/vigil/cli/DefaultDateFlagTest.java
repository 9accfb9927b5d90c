package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.VigilSettings;

/** {@code vigil code --default-date} (issue 13): undated files are coded with the date given. */
final class DefaultDateFlagTest {
  private static final String ENGLISH = "Russian troops crossed into eastern Ukraine on Thursday, officials"
      + " in Kyiv said, as the government in Moscow denied any plan to attack. The foreign ministry"
      + " said it would respond to what it called provocations near the border.";

  @TempDir Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
  private final List<Article> coded = new ArrayList<>();
  private final CodingWorkers.ArticleCoder recording = a -> {
    synchronized (coded) {
      coded.add(a);
    }
    return List.of();
  };

  private CodeCommand command(String defaultDate) throws IOException {
    CodeCommand c = new CodeCommand();
    c.input = Files.writeString(dir.resolve("undated.txt"), ENGLISH + "\n").toString();
    c.format = "json";
    c.includeNegated = true;
    c.defaultDate = defaultDate;
    return c;
  }

  private static VigilSettings oneThread() {
    return VigilSettings.load(null, Map.of(), Map.of("threads", "1"));
  }

  @Test
  void anUndatedFileIsCodedWithTheDefaultDate() throws IOException {
    int exit = command("2016-12-14").run(recording, oneThread(), new Output(new ByteArrayOutputStream()), err, () -> "");
    assertThat(exit).isEqualTo(Main.OK);
    assertThat(coded).singleElement().satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2016, 12, 14)));
  }

  @Test
  void withoutTheFlagTheUndatedFileIsRejected() throws IOException {
    int exit = command(null).run(recording, oneThread(), new Output(new ByteArrayOutputStream()), err, () -> "");
    assertThat(exit).isEqualTo(Main.SOME_REJECTED);
    assertThat(coded).isEmpty();
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("missing date");
  }

  @Test
  void aDefaultDateThatIsNoDateIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), ENGLISH);
    assertThat(Main.run("code", "--default-date", "14/12/2016", file.toString())).isEqualTo(Main.USAGE);
  }
}
