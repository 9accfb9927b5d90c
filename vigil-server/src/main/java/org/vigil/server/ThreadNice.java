package org.vigil.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The Linux nice value of the calling thread: read from {@code /proc/thread-self/stat}, raised with
 * the system's {@code renice} on the thread's id (issue 13, round 9). On Linux the nice value
 * belongs to a thread and a thread started later inherits its creator's, so the intake's thread,
 * reniced once, codes every article (CoreNLP on the coding threads it starts) at a lower CPU
 * priority than the API's reads: the kernel gives a read the core first and the coder the rest,
 * instead of the reads waiting in the {@link QueryGate} while the coder holds the cores. Raising
 * one's own nice needs no privilege. Where there is no {@code /proc/thread-self} or no {@code
 * renice} (not Linux) nothing changes and {@link #lower} says so.
 */
final class ThreadNice {
  private static final Path SELF = Path.of("/proc/thread-self");

  private ThreadNice() {}

  /**
   * Sets the calling thread's nice value to {@code nice} (0..19; a value below the thread's own is
   * not asked for: lowering it needs privilege).
   *
   * @return null when the thread's nice value is now {@code nice}, otherwise why not
   */
  static String lower(int nice) {
    if (nice < 0 || nice > 19) {
      throw new IllegalArgumentException("a nice value to lower to must be 0..19, was " + nice);
    }
    try {
      int now = current();
      if (now >= nice) {
        return now == nice ? null : "the thread's nice value is " + now + " already";
      }
      String tid = Files.readSymbolicLink(SELF).getFileName().toString();
      Process p = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", tid)
          .redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroy();
        return "renice did not answer in 10 s";
      }
      int after = current();
      return after == nice ? null : "renice left the thread at " + after + " (" + said + ")";
    } catch (IOException | UnsupportedOperationException e) {
      return "cannot renice a thread here: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /**
   * The calling thread's nice value (field 19 of {@code /proc/thread-self/stat}).
   *
   * @throws IOException when there is no such file (not Linux)
   */
  static int current() throws IOException {
    String stat = Files.readString(SELF.resolve("stat"));
    // the command name (field 2) is in parentheses and may hold spaces: count after its end
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Integer.parseInt(after[19 - 3]);
  }
}
