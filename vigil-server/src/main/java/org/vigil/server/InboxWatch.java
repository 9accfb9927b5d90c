package org.vigil.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;

/**
 * Watches the inbox folder: every article file put there (seed {@code *.txt} or JSON Lines, as
 * {@code vigil ingest} reads them) is read and its articles handed to the intake, its rejected
 * records to {@code rejected}; a file changed since is read again. Files stay where they are: the intake skips articles already stored (by
 * content hash), so a restart reads the inbox again at the cost of hashing it. Polls every
 * {@code every} on one daemon thread (cheaper and steadier across file systems than a watch
 * service); a file the intake cannot take now (its queue is full) is read again at the next poll.
 * Thread-safe.
 */
final class InboxWatch implements AutoCloseable {
  private static final List<String> EXTENSIONS = List.of(".txt", ".jsonl", ".json", ".ndjson");

  /** A file changed this recently may still be being written. */
  private static final Duration SETTLE = Duration.ofMillis(500);

  private record Seen(long modified, long size) {}

  private final Path folder;
  private final ArticleIntake intake;
  private final java.util.function.BiConsumer<String, String> rejected;
  private final PrintStream log;
  private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());
  private final Map<Path, Seen> seen = new HashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "vigil-inbox");
    t.setDaemon(true);
    return t;
  });

  /** @param rejected takes a record that cannot be read, with its reason (a dead letter) */
  InboxWatch(Path folder, ArticleIntake intake, java.util.function.BiConsumer<String, String> rejected, PrintStream log) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.intake = Objects.requireNonNull(intake, "intake");
    this.rejected = Objects.requireNonNull(rejected, "rejected");
    this.log = log;
  }

  /** Creates the folder when missing and starts polling it. */
  InboxWatch start(Duration every) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the inbox " + folder + ": " + e.getMessage(), e);
    }
    timer.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      // a failed poll is retried at the next; the reason is told once per poll
      say("vigil: inbox " + folder + ": " + e.getMessage());
    }
  }

  /** Reads the files that are new or changed since the last poll; returns how many articles it handed over. */
  synchronized int poll() {
    int handed = 0;
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(InboxWatch::isArticleFile).sorted().toList()) {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Seen now = new Seen(a.lastModifiedTime().toMillis(), a.size());
        if (now.equals(seen.get(file)) || System.currentTimeMillis() - now.modified() < SETTLE.toMillis()) {
          continue; // read already, or maybe still being written: the next poll sees it settled
        }
        int[] count = {0};
        boolean[] full = {false};
        reader.read(file, article -> {
          if (intake.submit(article)) {
            count[0]++;
          } else {
            full[0] = true;
          }
        }, rejection -> rejected.accept(rejection.record(), rejection.reason()));
        handed += count[0];
        if (!full[0]) {
          seen.put(file, now);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the inbox: " + e.getMessage(), e);
    }
    return handed;
  }

  private static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p) && !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private void say(String line) {
    if (log != null) {
      log.println(line);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
