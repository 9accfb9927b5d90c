package org.vigil.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Finds the new and changed seed and JSON Lines files of a folder (and its sub-folders) by
 * polling: each scan lists the files with their size and modification time. On the first scan
 * every file is ready; after that a new or changed file is ready once a scan finds it unchanged
 * since the scan before, so a file still being written is not read half-way (it is read one
 * interval after it stops growing). Polling rather than a {@code WatchService}: it sees the same
 * on every file system (network and container mounts drop watch events) and runs on the
 * scheduler's clock. Hidden files and folders (names starting with {@code .}) are ignored, as
 * {@code ArticleReader} ignores them. Not thread-safe: one scan at a time.
 */
final class FolderWatch {

  /** What a scan saw of a file. */
  private record Seen(long size, long modified) {}

  private final Path folder;
  /** Files already handed out, as they were then. */
  private final Map<Path, Seen> done = new HashMap<>();
  /** Files seen new or changed at the last scan, not yet handed out. */
  private Map<Path, Seen> pending = new HashMap<>();
  private boolean first = true;

  FolderWatch(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  /**
   * The files ready to read, in path order.
   *
   * @throws IOException when the folder cannot be listed
   */
  List<Path> scan() throws IOException {
    Map<Path, Seen> now = new HashMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!readable(file)) {
          continue;
        }
        try {
          BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
          if (a.isRegularFile()) {
            now.put(file, new Seen(a.size(), a.lastModifiedTime().toMillis()));
          }
        } catch (IOException e) {
          // gone between listing and looking: the next scan will not list it
        }
      }
    }
    List<Path> ready = new ArrayList<>();
    Map<Path, Seen> nextPending = new HashMap<>();
    for (Map.Entry<Path, Seen> e : now.entrySet()) {
      Seen seen = e.getValue();
      if (seen.equals(done.get(e.getKey()))) {
        continue;
      }
      if (first || seen.equals(pending.get(e.getKey()))) {
        ready.add(e.getKey());
        done.put(e.getKey(), seen);
      } else {
        nextPending.put(e.getKey(), seen);
      }
    }
    done.keySet().retainAll(now.keySet());
    pending = nextPending;
    first = false;
    ready.sort(null);
    return ready;
  }

  private boolean readable(Path file) {
    for (Path part : folder.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson");
  }
}
