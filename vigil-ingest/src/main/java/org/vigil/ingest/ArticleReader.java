package org.vigil.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.vigil.core.article.Article;

/**
 * Reads articles from a file, a folder or a stream, handing each article or rejection to a
 * consumer as soon as it is read, so inputs of any size stream through in bounded memory.
 *
 * <p>Two formats are read:
 *
 * <ul>
 *   <li><b>Seed</b> ({@code *.txt}): a first line {@code date YYYY-MM-DD}, then the text. One file
 *       is one article, with an empty title, the content hash as id and the file name as source.
 *   <li><b>JSON Lines</b> ({@code *.jsonl}, {@code *.json}, {@code *.ndjson}): one object per line
 *       with {@code id}, {@code date} or {@code published}, {@code title}, {@code text},
 *       {@code url}, {@code source}. Dates may be {@code 2021-07-09}, ISO date-times with an
 *       offset or {@code Z}, or {@code 2021-07-09 14:03:00}; the date part is used. The id
 *       defaults to the content hash, the source to the file name.
 * </ul>
 *
 * A file of another extension, and a stream, is sniffed: JSON Lines when its first non-blank
 * character is <code>{</code> or {@code [}, seed otherwise.
 *
 * <p>Every input record ends as an article or as a {@link Rejection} naming it and saying why:
 * an empty or binary file (NUL bytes, invalid UTF-8), a missing or unparseable date, a missing or
 * blank text, a malformed JSON line, a text that is not English (Vigil codes English) or one over
 * {@link IngestConfig#maxTextBytes()}, a JSON-escaped half of a surrogate pair. A bad line of a
 * JSON Lines file does not stop the lines after it; a file whose first 20 lines are all bad is
 * not JSON Lines and is rejected once, with how many of its lines are bad and the first. Exceptions thrown by the consumers propagate unchanged and end the read.
 *
 * <p>Instances are immutable and thread-safe; each call reads on the calling thread.
 */
public final class ArticleReader {

  /** How far a stream is scanned for its first non-blank character. */
  private static final int SNIFF_LIMIT = 64 * 1024;

  private final SeedFormat seed;
  private final JsonLinesFormat jsonLines;

  /** A reader with the given limits. */
  public ArticleReader(IngestConfig config) {
    Objects.requireNonNull(config, "config");
    this.seed = new SeedFormat(config.maxTextBytes(), config.defaultDate());
    this.jsonLines = new JsonLinesFormat(config.maxTextBytes(), config.defaultDate());
  }

  /**
   * Reads a file, or every {@code *.txt}, {@code *.jsonl}, {@code *.json} and {@code *.ndjson}
   * file under a folder, recursively, in path order. Other files and hidden files and folders
   * (names starting with {@code .}) in a folder are ignored; a broken symbolic link to a file it would
   * read is rejected with its target. Records are named by the path as
   * given ({@code input/sub/a.jsonl:3}); seed articles take the file name as source.
   *
   * @param input a file or a folder
   * @param accepted receives each article, in input order
   * @param rejected receives each rejection, in input order; a file that cannot be read is one
   * @return how many of each were delivered
   * @throws SourceUnavailableException when {@code input} does not exist or cannot be listed
   */
  public ReadSummary read(
      Path input, Consumer<? super Article> accepted, Consumer<? super Rejection> rejected) {
    Objects.requireNonNull(input, "input");
    Delivery out = new Delivery(
        Objects.requireNonNull(accepted, "accepted"), Objects.requireNonNull(rejected, "rejected"));
    if (Files.isDirectory(input)) {
      for (Map.Entry<Path, String> entry : list(input).entrySet()) {
        if (entry.getValue() == null) {
          readFile(entry.getKey(), out);
        } else {
          out.reject(entry.getKey().toString(), entry.getValue());
        }
      }
    } else if (Files.exists(input)) {
      readFile(input, out);
    } else {
      throw new SourceUnavailableException("no such file or folder: " + input);
    }
    return out.summary();
  }

  /**
   * Reads a stream, such as standard input, sniffing its format. The stream is read to its end
   * and not closed.
   *
   * @param input the bytes
   * @param name names the stream in rejections ({@code stdin:4}) and is the articles' default
   *     source
   * @param accepted receives each article, in input order
   * @param rejected receives each rejection, in input order
   * @return how many of each were delivered
   */
  public ReadSummary read(
      InputStream input,
      String name,
      Consumer<? super Article> accepted,
      Consumer<? super Rejection> rejected) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("stream name must not be blank");
    }
    Delivery out = new Delivery(
        Objects.requireNonNull(accepted, "accepted"), Objects.requireNonNull(rejected, "rejected"));
    try {
      readSniffed(input, name, name, out);
    } catch (IOException e) {
      out.reject(name, "cannot read: " + e.getMessage());
    }
    return out.summary();
  }

  /**
   * Why {@code text} cannot be coded, whatever source it came from (over {@link
   * IngestConfig#maxTextBytes()}, not English), or empty when it can. The live sources ({@code
   * org.vigil.ingest.source}) check their texts with it.
   */
  public static java.util.Optional<String> textProblem(String text, IngestConfig config) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(config, "config");
    return java.util.Optional.ofNullable(TextChecks.problem(text, config.maxTextBytes()));
  }

  private void readFile(Path file, Delivery out) {
    String record = file.toString();
    Path fileName = file.getFileName();
    String source = fileName == null ? record : fileName.toString();
    try (InputStream in = Files.newInputStream(file)) {
      switch (Kind.of(file)) {
        case SEED -> seed.read(in, record, source, out);
        case JSON_LINES -> jsonLines.read(in, record, source, out);
        case UNKNOWN -> readSniffed(in, record, source, out);
      }
    } catch (IOException e) {
      out.reject(record, "cannot read: " + e.getMessage());
    }
  }

  private void readSniffed(InputStream raw, String record, String source, Delivery out)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, SNIFF_LIMIT);
    in.mark(SNIFF_LIMIT + 16);
    int first = firstNonBlank(in);
    in.reset();
    if (first == '{' || first == '[') {
      jsonLines.read(in, record, source, out);
    } else {
      seed.read(in, record, source, out);
    }
  }

  /** The first byte after a byte-order mark and white space, within the sniff limit; or -1. */
  private static int firstNonBlank(InputStream in) throws IOException {
    int b = in.read();
    if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
      b = in.read();
    }
    for (int i = 0; i < SNIFF_LIMIT && (b == ' ' || b == '\t' || b == '\n' || b == '\r'); i++) {
      b = in.read();
    }
    return b;
  }

  /** The readable files under {@code folder} in path order, each with null or why it failed. */
  private static Map<Path, String> list(Path folder) {
    Map<Path, String> files = new TreeMap<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file) && Kind.of(file) != Kind.UNKNOWN) {
                files.put(file, null);
              } else if (attrs.isSymbolicLink() && !isHidden(file)) {
                // followed links arrive here only when their target cannot be reached
                String broken = brokenLink(file);
                if (broken != null) {
                  files.put(file, broken);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(file)) {
                files.put(file, "cannot read: " + e);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new SourceUnavailableException("cannot list folder " + folder + ": " + e.getMessage(), e);
    }
    return files;
  }

  /**
   * Why a link that {@link Files#walkFileTree} could not follow is not read, when it names (or
   * points to) a file Vigil would read; else null.
   */
  private static String brokenLink(Path link) {
    Path target;
    try {
      target = Files.readSymbolicLink(link);
    } catch (IOException | UnsupportedOperationException e) {
      return "cannot read symbolic link: " + e.getMessage();
    }
    if (Kind.of(link) == Kind.UNKNOWN && Kind.of(target) == Kind.UNKNOWN) {
      return null;
    }
    Path resolved = link.resolveSibling(target);
    return "broken symbolic link to " + target + ": "
        + (Files.exists(resolved, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "cannot follow it" : "no such file");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The format a file's extension promises. */
  private enum Kind {
    SEED, JSON_LINES, UNKNOWN;

    static Kind of(Path file) {
      Path name = file.getFileName();
      String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
      if (n.endsWith(".txt")) {
        return SEED;
      }
      if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
        return JSON_LINES;
      }
      return UNKNOWN;
    }
  }
}
