package org.vigil.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.vigil.core.text.Visible;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.VigilEngine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code code} and {@code ingest} share about starting and ending a run (issue 12). Stateless. */
final class Runs {
  private Runs() {}

  /**
   * Checks, before anything is loaded, that the input exists ("-" is standard input).
   *
   * @throws CommandLine.ParameterException (exit 2) when it does not
   */
  static void checkInput(CommandSpec spec, String input) {
    if (input.equals("-")) {
      return;
    }
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      throw new CommandLine.ParameterException(spec.commandLine(), Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          ? "INPUT " + Visible.of(input) + " is a broken symbolic link"
          : "no such file or folder: " + Visible.of(input));
    }
  }

  /** Rejects a {@code --min-confidence} outside 0..1 (or not a number) as a usage error. */
  static void checkConfidence(CommandSpec spec, double minConfidence) {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--min-confidence must be between 0 and 1, was " + minConfidence);
    }
  }

  /** A rejected record, told on standard error with its control characters made visible. */
  static void tellRejected(PrintStream err, String record, String reason) {
    err.println("vigil: rejected " + Visible.of(record) + ": " + Visible.of(reason));
  }

  /**
   * Says why a run stopped before its input ended, and returns the exit code: {@link
   * Output#CLOSED_PIPE}, quietly, when standard output's reader has gone; else 3, after the
   * reason and {@code summary} (the usual last line).
   */
  static int stopped(PrintStream err, IngestJob.Stopped stopped, Runnable summary) {
    Throwable cause = stopped.getCause();
    if (cause instanceof Output.Closed) {
      return Output.CLOSED_PIPE;
    }
    if (cause instanceof CodingWorkers.OutOfMemory oom) {
      err.println("vigil: " + outOfMemory(oom.article() == null ? null : oom.article().id()));
    } else {
      err.println("vigil: " + Visible.of(stopped.getMessage()) + "; stopped");
    }
    summary.run();
    return Main.FAILURE;
  }

  /** What to say when the heap ran out: while coding {@code articleId} (or null), its size, and the setting that raises it. */
  static String outOfMemory(String articleId) {
    long mb = CodingWorkers.OutOfMemory.heapMegabytes();
    long more = Math.max(6, (mb * 2 + 1023) / 1024);
    return "out of memory" + (articleId == null ? "" : " while coding article " + Visible.of(articleId))
        + ": the Java heap is " + mb + " MB; give Vigil more with VIGIL_JAVA_OPTS=-Xmx" + more + "g"
        + " (the launcher takes a quarter of the memory, 3 to 8 GB; ./vigil --verbose says which)"
        + ", or use fewer --threads";
  }

  /** "; N sentences over M tokens not analysed" when the engine skipped any, else "". */
  static String unanalysed(VigilEngine engine) {
    return unanalysed(engine.annotator().unparsedSentences(), org.vigil.nlp.NlpConfig.defaults().maxSentenceTokens());
  }

  static String unanalysed(long n, int maxTokens) {
    return n == 0 ? "" : "; " + n + (n == 1 ? " sentence" : " sentences") + " over " + maxTokens
        + " tokens not analysed (no events from them)";
  }
}
