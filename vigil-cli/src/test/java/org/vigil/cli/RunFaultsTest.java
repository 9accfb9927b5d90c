package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Visible;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.VigilSettings;
import org.vigil.testkit.Events;

/** Issue 12 on the command line: out of memory, output errors, usage errors, control characters. */
final class RunFaultsTest {
  private static final String ENGLISH = "Russian troops crossed into eastern Ukraine on Thursday, officials"
      + " in Kyiv said, as the government in Moscow denied any plan to attack. The foreign ministry"
      + " said it would respond to what it called provocations near the border.";
  private static final int ARTICLES = 40;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
  private final AtomicInteger coded = new AtomicInteger();

  /** A coder that gives every article two events, counting the articles it is given. */
  private final CodingWorkers.ArticleCoder twoEvents = a -> {
    coded.incrementAndGet();
    return List.of(Events.full(a, a.id() + "-e1"), Events.full(a, a.id() + "-e2"));
  };

  private CodeCommand command() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= ARTICLES; i++) {
      lines.append("{\"id\": \"a").append(i).append("\", \"date\": \"2021-07-09\", \"text\": \"").append(ENGLISH)
          .append(" Story ").append(i).append(".\"}\n");
    }
    CodeCommand c = new CodeCommand();
    c.input = Files.writeString(dir.resolve("in.jsonl"), lines).toString();
    c.format = "json";
    c.includeNegated = true;
    return c;
  }

  private static VigilSettings oneThread() {
    return VigilSettings.load(null, Map.of(), Map.of("threads", "1"));
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  /** An output that takes {@code room} bytes, then fails as a full disk or a closed pipe does. */
  private static final class Failing extends OutputStream {
    final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    final int room;
    final String error;

    Failing(int room, String error) {
      this.room = room;
      this.error = error;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int fits = Math.max(0, Math.min(len, room - kept.size()));
      kept.write(b, off, fits); // a full disk takes what fits, then fails
      if (fits < len) {
        throw new IOException(error);
      }
    }
  }

  @Test
  void aFullDiskStopsTheRunWithExit3TheReasonAndTheSummary() throws IOException {
    Failing disk = new Failing(3000, "No space left on device");

    int exit = command().run(twoEvents, oneThread(), new Output(disk), err, () -> "");

    assertThat(exit).isEqualTo(Main.FAILURE);
    assertThat(err()).contains("vigil: cannot write to standard output: No space left on device; stopped\n")
        .containsPattern("vigil: coded [0-9]+ articles, [0-9]+ events, 0 rejected; stopped early\n");
    // the run stopped: at most the articles in flight (2 per thread) were coded after the failure
    int written = disk.kept.toString(StandardCharsets.UTF_8).split("\n", -1).length / 2;
    assertThat(coded.get()).isLessThanOrEqualTo(written + 1 + 2).isLessThan(ARTICLES);
  }

  @Test
  void aClosedPipeStopsTheRunAtOnceAndQuietlyWith141() throws IOException {
    Failing pipe = new Failing(0, "Broken pipe");

    int exit = command().run(twoEvents, oneThread(), new Output(pipe), err, () -> "");

    assertThat(exit).isEqualTo(Output.CLOSED_PIPE).isEqualTo(141);
    assertThat(err()).isEmpty();
    assertThat(coded.get()).isLessThanOrEqualTo(1 + 2);
  }

  @Test
  void eachArticlesEventsAreWrittenAsWholeLinesInOneWrite() {
    List<byte[]> writes = new java.util.ArrayList<>();
    Output out = new Output(new OutputStream() {
      @Override
      public void write(int b) {
        throw new AssertionError("byte by byte");
      }

      @Override
      public void write(byte[] b, int off, int len) {
        writes.add(java.util.Arrays.copyOfRange(b, off, off + len));
      }
    });
    out.write("{\"a\": 1}\n{\"a\": 2}\n");
    out.write("");

    assertThat(writes).hasSize(1);
    assertThat(Output.closedPipe(new IOException("Broken pipe"))).isTrue();
    assertThat(Output.closedPipe(new IOException("No space left on device"))).isFalse();
  }

  @Test
  void runningOutOfMemoryNamesTheArticleTheHeapAndTheSettingThenTheSummary() throws IOException {
    CodingWorkers.ArticleCoder starving = a -> {
      if (a.id().equals("a3")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return twoEvents.code(a);
    };
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    int exit = command().run(starving, oneThread(), new Output(stdout), err, () -> "");

    assertThat(exit).isEqualTo(Main.FAILURE);
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    assertThat(err()).contains("vigil: out of memory while coding article a3: the Java heap is " + mb + " MB;"
            + " give Vigil more with VIGIL_JAVA_OPTS=-Xmx")
        .contains("vigil: coded 2 articles, 4 events, 0 rejected; stopped early\n")
        .doesNotContain("coding worker failed");
    assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).hasSize(4);
  }

  @Test
  void aStackOverflowRejectsItsArticleAlone() throws IOException {
    CodingWorkers.ArticleCoder deep = a -> {
      if (a.id().equals("a3")) {
        throw new StackOverflowError();
      }
      return twoEvents.code(a);
    };

    int exit = command().run(deep, oneThread(), new Output(new ByteArrayOutputStream()), err, () -> "");

    assertThat(exit).isEqualTo(Main.SOME_REJECTED);
    assertThat(err()).contains("vigil: rejected a3: the analysis ran out of stack")
        .contains("vigil: coded " + (ARTICLES - 1) + " articles");
  }

  @Test
  void aMissingInputAZeroLimitAndZeroThreadsAreUsageErrors() {
    PrintStream realErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run("code", dir.resolve("missing.jsonl").toString())).isEqualTo(Main.USAGE);
      assertThat(Main.run("ingest", "--db", dir.resolve("x.duckdb").toString(), dir.resolve("missing").toString()))
          .isEqualTo(Main.USAGE);
      assertThat(Main.run("events", "--db", dir.resolve("x.duckdb").toString(), "--limit", "0")).isEqualTo(Main.USAGE);
      assertThat(Main.run("code", "--threads", "0", dir.toString())).isEqualTo(Main.USAGE);
    } finally {
      System.setErr(realErr);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("no such file or folder: " + dir.resolve("missing.jsonl"))
        .contains("--limit must be at least 1, was 0")
        .contains("--threads must be at least 1, was 0");
  }

  @Test
  void controlCharactersAreShownNotSent() {
    assertThat(Visible.of("id\u001b[2Jx")).isEqualTo("id\\e[2Jx");
    assertThat(Visible.of("a\tb\nc\rd\u0007\u007f\u009b\u202e\ud800")).isEqualTo("a\\tb\\nc\\rd\\u0007\\u007F\\u009B\\u202E\\uD800");
    assertThat(Visible.of("Caf\u00e9 \ud83d\ude00")).isEqualTo("Caf\u00e9 \ud83d\ude00");
    Runs.tellRejected(err, "in.jsonl:3 (id \u001b]0;owned\u0007)", "unparseable date '\u001b[31m'");
    assertThat(err()).isEqualTo("vigil: rejected in.jsonl:3 (id \\e]0;owned\\u0007): unparseable date '\\e[31m'\n");
  }

  @Test
  void sentencesTooLongToAnalyseAreCountedInTheSummary() {
    assertThat(Runs.unanalysed(0, 150)).isEmpty();
    assertThat(Runs.unanalysed(1, 150)).isEqualTo("; 1 sentence over 150 tokens not analysed (no events from them)");
    assertThat(Runs.unanalysed(3, 150)).startsWith("; 3 sentences over 150 tokens");
  }

  @Test
  void aFailedWriteIsNamed() {
    Output out = new Output(new Failing(0, "Input/output error"));
    assertThatThrownBy(() -> out.write("x\n")).isInstanceOf(Output.Failed.class)
        .hasMessage("cannot write to standard output: Input/output error");
  }
}
