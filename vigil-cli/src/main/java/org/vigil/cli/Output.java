package org.vigil.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.vigil.pipeline.IngestJob;

/**
 * Standard output that does not fail silently (issue 12). Each {@link #write} is one write of
 * whole lines (an article's events), so a reader never sees half a record from a write that
 * succeeded; a write that fails ends the run: {@link Closed} when the reader has gone (a closed
 * pipe: {@code vigil code ... | head -1}), {@link Failed} otherwise (a full disk). Unlike
 * {@link java.io.PrintStream}, which keeps its errors to itself until {@link
 * java.io.PrintStream#checkError} is asked, it says which error it was. Not thread-safe.
 */
final class Output {
  /**
   * The exit code of a run whose standard output was closed by its reader: 141, as for a process
   * ended by SIGPIPE (128 + 13), which is what {@code cat} or {@code grep} give in the same place,
   * so a pipeline under {@code set -o pipefail} treats Vigil as it treats them.
   */
  static final int CLOSED_PIPE = 141;

  /** The reader of standard output has gone: the run stops at once, quietly. */
  static final class Closed extends IngestJob.Stop {
    private static final long serialVersionUID = 1L;

    Closed(IOException cause) {
      super("standard output was closed by its reader", cause);
    }
  }

  /** Standard output cannot be written (a full disk, a device error): the run stops with exit 3. */
  static final class Failed extends IngestJob.Stop {
    private static final long serialVersionUID = 1L;

    Failed(IOException cause) {
      super("cannot write to standard output: " + (cause.getMessage() == null ? cause : cause.getMessage()), cause);
    }
  }

  private final OutputStream out;
  private long bytes;

  Output(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Standard output, unbuffered: each {@link #write} is one write to the file descriptor. */
  static Output stdout() {
    return new Output(stdoutStream());
  }

  /**
   * Standard output as a stream, unbuffered, for writers that buffer themselves (exports); its
   * {@link IOException}s tell a closed pipe ({@link #closedPipe}) from a full disk.
   */
  static OutputStream stdoutStream() {
    // tests that capture System.out set this; the commands write to the descriptor itself, where
    // a closed pipe and a full disk can be told apart
    if (Boolean.getBoolean(SYSTEM_OUT)) {
      return System.out;
    }
    return new FileOutputStream(FileDescriptor.out);
  }

  /** The system property that sends standard output through {@code System.out} (for tests). */
  static final String SYSTEM_OUT = "vigil.output.system-out";

  /**
   * Writes {@code text} (whole lines) in one write.
   *
   * @throws Closed when the reader has closed its end
   * @throws Failed when the write fails for another reason
   */
  void write(String text) {
    if (text.isEmpty()) {
      return;
    }
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    try {
      out.write(b);
      out.flush();
      bytes += b.length;
    } catch (IOException e) {
      throw closedPipe(e) ? new Closed(e) : new Failed(e);
    }
  }

  /** Bytes written. */
  long bytes() {
    return bytes;
  }

  /** Whether {@code e} says the reading end of a pipe or socket was closed (EPIPE). */
  static boolean closedPipe(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("broken pipe") || m.contains("epipe") || m.contains("pipe is being closed")
          || m.contains("pipe has been ended") || m.contains("connection reset")) {
        return true;
      }
    }
    return false;
  }
}
