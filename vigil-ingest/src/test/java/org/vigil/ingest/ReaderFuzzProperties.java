package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/**
 * A fault test that stays (issue 12): 10,000 inputs per reader (seed files, JSON Lines, folders),
 * each a valid record mutated (cut short, random bytes, bad UTF-8, huge fields, nesting, nulls,
 * lone surrogates, CRs). No exception escapes, every record ends as an article or a rejection, and
 * every rejection names its record: the file, or the file and line.
 */
final class ReaderFuzzProperties {
  private static final int CASES = 10_000;
  private static final int LIMIT = 4096;
  private static final String SEED = "date 2021-07-09\n" + Outcome.ENGLISH + "\n";
  private static final String LINE = "{\"id\": \"a1\", \"date\": \"2021-07-09\", \"title\": \"Troops cross\", \"text\": \""
      + Outcome.ENGLISH + "\", \"url\": \"https://example.org/a1\", \"source\": \"wire\"}";
  private static final List<String> VALUES = List.of("null", "[]", "{}", "[[[[[[[[1]]]]]]]]", "{\"a\": {\"b\": {\"c\": []}}}",
      "42", "true", "\"\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"\\u001b[31mred\"", "-1e999", "\"2021-02-30\"");
  private static final List<String> FIELDS = List.of("id", "date", "published", "title", "text", "url", "source");

  private final ArticleReader reader = new ArticleReader(new IngestConfig(LIMIT));
  @TempDir
  Path dir;

  @Test
  void seedFiles() {
    Path file = dir.resolve("case.txt");
    Seeded.forEachCase(CASES, 0x12F0_0001L, g -> {
      Files.write(file, mutate(g, SEED.getBytes(StandardCharsets.UTF_8)));
      check(file, 1, r -> r.record().equals(file.toString()));
    });
  }

  @Test
  void jsonLinesFiles() {
    Path file = dir.resolve("case.jsonl");
    Seeded.forEachCase(CASES, 0x12F0_0002L, g -> {
      Files.write(file, jsonLines(g));
      check(file, 1, r -> r.record().equals(file.toString()) || r.record().matches(
          java.util.regex.Pattern.quote(file + ":") + "[0-9]+( \\(id .*\\))?"));
    });
  }

  @Test
  void folders() throws IOException {
    Seeded.forEachCase(CASES / 10, 0x12F0_0003L, g -> {
      Path folder = dir.resolve("f" + g.seed());
      Files.createDirectories(folder.resolve("sub"));
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        Path f = folder.resolve((i % 3 == 0 ? "sub/" : "") + "n" + i + g.pick(".txt", ".jsonl", ".json", ".ndjson", ".TXT"));
        Files.write(f, f.toString().contains(".txt") || f.toString().contains(".TXT")
            ? mutate(g, SEED.getBytes(StandardCharsets.UTF_8)) : jsonLines(g));
        files.add(f);
      }
      if (g.bool()) {
        Files.createSymbolicLink(folder.resolve("broken.jsonl"), folder.resolve("nowhere.jsonl"));
      }
      check(folder, files.size(), r -> files.stream().anyMatch(f -> r.record().equals(f.toString())
          || r.record().startsWith(f + ":")) || r.record().equals(folder.resolve("broken.jsonl").toString()));
      try (Stream<Path> all = Files.walk(folder)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    });
  }

  private void check(Path input, int atLeast, java.util.function.Predicate<Rejection> namesItsRecord) {
    Outcome o = Outcome.read(reader, input);
    assertThat(o.articles.size() + o.rejections.size()).isGreaterThanOrEqualTo(atLeast);
    assertThat(o.summary).isEqualTo(new ReadSummary(o.articles.size(), o.rejections.size()));
    for (Rejection r : o.rejections) {
      assertThat(namesItsRecord).as("%s names its record", r).accepts(r);
      assertThat(r.reason()).isNotBlank();
    }
    o.articles.forEach(a -> {
      assertThat(a.text()).isNotBlank();
      assertThat(JsonLinesFormat.loneSurrogate(a.text() + a.title() + a.id() + a.url() + a.source())).isEqualTo(-1);
    });
  }

  /** One to six lines, most of them mutated records. */
  private static byte[] jsonLines(Gen g) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int n = g.between(1, 6);
    for (int i = 0; i < n; i++) {
      String line = g.weighted(1, 3) == 0 ? LINE : field(g, LINE);
      out.writeBytes(g.weighted(1, 2) == 0 ? line.getBytes(StandardCharsets.UTF_8) : mutate(g, line.getBytes(StandardCharsets.UTF_8)));
      out.writeBytes(g.pick("\n", "\r\n", "\n\n", "").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** The record with one field given another value: null, nested, huge, escaped nonsense, or dropped. */
  private static String field(Gen g, String line) {
    String name = g.pick(FIELDS);
    String value = switch (g.between(0, 3)) {
      case 0 -> g.pick(VALUES);
      case 1 -> "\"" + "x".repeat(g.between(LIMIT - 10, LIMIT * 3)) + "\"";
      case 2 -> "[".repeat(g.between(1, 2000)) + "]".repeat(g.between(0, 2000));
      default -> "\"" + Outcome.ENGLISH.repeat(g.between(1, 12)) + "\"";
    };
    String replaced = line.replaceFirst("\"" + name + "\": (\"[^\"]*\")", java.util.regex.Matcher.quoteReplacement("\"" + name + "\": " + value));
    return replaced.equals(line) ? line.replace("{", "{\"" + name + "\": " + value + ", ") : replaced;
  }

  /** One to three mutations: cut short, random bytes over or into it, bad UTF-8, a BOM, CRs, NULs. */
  private static byte[] mutate(Gen g, byte[] valid) {
    byte[] b = valid;
    for (int m = g.between(1, 3); m > 0; m--) {
      int at = b.length == 0 ? 0 : g.between(0, b.length);
      byte[] insert = switch (g.between(0, 6)) {
        case 0 -> {
          b = java.util.Arrays.copyOf(b, at); // truncated
          yield new byte[0];
        }
        case 1 -> g.bytes(1, 40);
        case 2 -> g.pick(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF});
        case 3 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        case 4 -> g.pick("\r", "\n", "\u0000", "\u001b[2J", "\u2028", "\\", "\"", "{", "}").getBytes(StandardCharsets.UTF_8);
        case 5 -> "x".repeat(g.between(LIMIT, LIMIT * 3)).getBytes(StandardCharsets.UTF_8);
        default -> {
          if (b.length > 0) {
            b = b.clone();
            b[g.between(0, b.length - 1)] = (byte) g.between(-128, 127); // one byte changed
          }
          yield new byte[0];
        }
      };
      if (insert.length > 0) {
        at = Math.min(at, b.length);
        byte[] n = new byte[b.length + insert.length];
        System.arraycopy(b, 0, n, 0, at);
        System.arraycopy(insert, 0, n, at, insert.length);
        System.arraycopy(b, at, n, at + insert.length, b.length - at);
        b = n;
      }
    }
    return b;
  }
}
