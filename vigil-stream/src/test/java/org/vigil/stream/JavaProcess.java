package org.vigil.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A Java main class run as a separate process on the test classpath (for the broker and the
 * stream instances of the *IT tests), its output in a log file. Torn down whatever happens: {@link
 * #close} destroys it, and a shutdown hook destroys every one still alive if the test JVM exits
 * first; {@link #kill} is {@code kill -9}. Not thread-safe.
 */
final class JavaProcess implements AutoCloseable {
  private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly), "kill-children"));
  }

  private final Process process;
  private final Path log;
  private final Writer stdin;

  private JavaProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    ALIVE.add(process);
  }

  /** Starts {@code main} with {@code heap} (such as {@code 512m}) and {@code args}, output to {@code log}. */
  static JavaProcess start(String heap, Path log, String main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main);
    command.addAll(List.of(args));
    try {
      Files.createDirectories(log.getParent());
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      return new JavaProcess(p, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + main, e);
    }
  }

  Path log() {
    return log;
  }

  /** Empties the log, so that {@link #awaitLog} sees only what comes next. */
  void clearLog() {
    try {
      Files.writeString(log, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Writes one line to the process's standard input. */
  void tell(String line) {
    try {
      stdin.write(line + "\n");
      stdin.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tell process " + pid() + " '" + line + "'", e);
    }
  }

  /** Waits until the log holds a line containing {@code text}; fails naming the log's tail if not in time. */
  void awaitLog(String text, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!logContains(text)) {
      if (!process.isAlive()) {
        throw new AssertionError("process " + pid() + " ended (exit " + process.exitValue() + ") before '" + text
            + "'; its log ends:\n" + tail());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no '" + text + "' from process " + pid() + " within " + timeout + "; its log ends:\n"
            + tail());
      }
      Thread.sleep(200);
    }
  }

  boolean logContains(String text) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
      return r.lines().anyMatch(l -> l.contains(text));
    } catch (IOException e) {
      return false;
    }
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Waits for the process to end by itself; its exit code, or fails naming the log's tail. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("process " + pid() + " did not end within " + timeout + "; its log ends:\n" + tail());
    }
    ALIVE.remove(process);
    return process.exitValue();
  }

  /** {@code kill -9}: no shutdown hooks, no commits. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    ALIVE.remove(process);
  }

  /** Asks the process to stop (SIGTERM), waits up to {@code grace}, then kills it. */
  void stop(Duration grace) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    ALIVE.remove(process);
  }

  @Override
  public void close() {
    try {
      stop(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
