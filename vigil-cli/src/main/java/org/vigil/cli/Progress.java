package org.vigil.cli;

import java.io.PrintStream;

/** A one-line progress counter on standard error, shown only when it is a terminal. Not thread-safe. */
final class Progress {
  private final PrintStream err;
  private final boolean enabled;
  private final String what;
  private long lastPrint;

  Progress(PrintStream err, String what) {
    this.err = err;
    this.what = what;
    this.enabled = System.console() != null && System.getenv("VIGIL_NO_PROGRESS") == null;
  }

  void update(long done, long events, long rejected) {
    long now = System.nanoTime();
    if (!enabled || now - lastPrint < 200_000_000L) {
      return;
    }
    lastPrint = now;
    err.print("\r" + what + ": " + done + " articles, " + events + " events, " + rejected + " rejected ");
    err.flush();
  }

  void done() {
    if (enabled) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
