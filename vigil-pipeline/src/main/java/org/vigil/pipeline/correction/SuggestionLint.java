package org.vigil.pipeline.correction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.DictionaryFormatException;
import org.vigil.coding.dictionary.DictionaryLint;

/**
 * Lints suggested dictionary lines in place: the dictionary files are written to a temporary
 * folder with every suggestion's edits made (lines inserted under their record or at the end of a
 * file, a moved pattern's old line commented out), loaded as {@code vigil dict lint} loads them and
 * checked. A finding the unedited files do not give (line numbers aside) belongs to the suggestion
 * whose line it is about, or whose words it names. A suggestion whose lines do not load gets the
 * loader's error and is left out of the rest. Not thread-safe; one per call.
 */
final class SuggestionLint {
  private final DictionaryFiles files;
  private final java.util.function.Supplier<Set<String>> baseline;

  /** {@code baseline}: the findings of the unedited files ({@link #baseline(DictionaryFiles)}), asked for when needed. */
  SuggestionLint(DictionaryFiles files, java.util.function.Supplier<Set<String>> baseline) {
    this.files = files;
    this.baseline = baseline;
  }

  /** The findings of the unedited files, each without its line numbers. */
  static Set<String> baseline(DictionaryFiles files) {
    Set<String> keys = new HashSet<>();
    if (!files.lintable()) {
      return keys;
    }
    Path dir = tempDir();
    try {
      new SuggestionLint(files, Set::of).write(dir, Map.of(), new HashMap<>());
      for (DictionaryLint.Finding f : DictionaryLint.check(Dictionaries.load(dir))) {
        keys.add(key(f, dir));
      }
    } finally {
      delete(dir);
    }
    return keys;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("vigil-suggestions");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder to lint suggestions in: " + e.getMessage(), e);
    }
  }

  /** The findings of each suggestion, by the suggestions' edits and the words a finding about each would name. */
  List<List<String>> lint(List<List<DictionarySuggestions.Edit>> edits, List<Set<String>> mentions) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      out.add(new ArrayList<>());
    }
    if (!files.lintable()) {
      out.forEach(l -> l.add("not linted: the dictionaries in force are not in Vigil's format"));
      return out;
    }
    Set<Integer> active = new HashSet<>();
    for (int i = 0; i < edits.size(); i++) {
      if (edits.get(i).isEmpty()) {
        out.get(i).add("not linted: where it goes in the dictionaries is unknown");
      } else {
        active.add(i);
      }
    }
    if (active.isEmpty()) {
      return out;
    }
    Set<String> before = baseline.get();
    Path dir = tempDir();
    try {
      while (!active.isEmpty()) {
        Map<String, Map<Integer, Integer>> owners = new HashMap<>();
        Map<Integer, List<DictionarySuggestions.Edit>> chosen = new HashMap<>();
        active.forEach(i -> chosen.put(i, edits.get(i)));
        write(dir, chosen, owners);
        Dictionaries edited;
        try {
          edited = Dictionaries.load(dir);
        } catch (DictionaryFormatException e) {
          String file = Path.of(e.file()).getFileName().toString();
          Integer owner = owners.getOrDefault(file, Map.of()).get(e.line());
          String message = files.prefix() + file + ":" + e.line() + ": error: " + reason(e);
          if (owner == null || !active.contains(owner)) {
            active.forEach(i -> out.get(i).add(message));
            break;
          }
          out.get(owner).add(message);
          active.remove(owner);
          continue;
        }
        for (DictionaryLint.Finding f : DictionaryLint.check(edited)) {
          if (before.contains(key(f, dir))) {
            continue;
          }
          String shown = f.toString().replace(dir + java.io.File.separator, files.prefix());
          Integer owner = ownerOf(f.where(), dir, owners);
          if (owner != null && active.contains(owner)) {
            out.get(owner).add(shown);
            continue;
          }
          String message = f.message().toLowerCase(Locale.ROOT);
          for (int i : active) {
            if (mentions.get(i).stream().anyMatch(message::contains)) {
              out.get(i).add(shown);
            }
          }
        }
        break;
      }
    } finally {
      delete(dir);
    }
    return out;
  }

  private static String reason(DictionaryFormatException e) {
    String m = String.valueOf(e.getMessage());
    String head = e.file() + ":" + e.line() + ": ";
    return m.startsWith(head) ? m.substring(head.length()) : m;
  }

  /** The suggestion that wrote the line a finding is about, or null. */
  private static Integer ownerOf(String where, Path dir, Map<String, Map<Integer, Integer>> owners) {
    String w = where.replace(dir + java.io.File.separator, "");
    int colon = w.lastIndexOf(':');
    if (colon < 0) {
      return null;
    }
    try {
      return owners.getOrDefault(w.substring(0, colon), Map.of()).get(Integer.parseInt(w.substring(colon + 1)));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A finding with its file's place and every line number left out: edits move lines. */
  private static String key(DictionaryLint.Finding f, Path dir) {
    String where = f.where().replace(dir + java.io.File.separator, "").replaceAll(":\\d+$", "");
    return f.check() + "|" + where + "|" + f.message().replaceAll("(\\.txt):\\d+", "$1");
  }

  /**
   * Writes the files with the edits made, each inserted or commented-out line marked with its
   * suggestion, and records in {@code owners} which suggestion wrote which line of which file.
   */
  private void write(Path dir, Map<Integer, List<DictionarySuggestions.Edit>> edits,
      Map<String, Map<Integer, Integer>> owners) {
    for (Map.Entry<String, String> file : files.texts().entrySet()) {
      String name = file.getKey();
      List<String> lines = file.getValue().lines().toList();
      Map<Integer, List<String>> after = new HashMap<>();
      Map<Integer, List<Integer>> afterOwners = new HashMap<>();
      Map<Integer, Integer> commented = new HashMap<>();
      edits.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        for (DictionarySuggestions.Edit edit : e.getValue()) {
          if (!edit.file().equals(name)) {
            continue;
          }
          if (edit.commentOut() > 0) {
            commented.put(edit.afterLine(), e.getKey());
            continue;
          }
          int at = Math.min(edit.afterLine(), lines.size());
          for (String l : edit.lines()) {
            after.computeIfAbsent(at, k -> new ArrayList<>()).add(l + "  # suggestion " + (e.getKey() + 1));
            afterOwners.computeIfAbsent(at, k -> new ArrayList<>()).add(e.getKey());
          }
        }
      });
      List<String> written = new ArrayList<>();
      Map<Integer, Integer> own = new HashMap<>();
      for (int i = 0; i <= lines.size(); i++) {
        if (i > 0) {
          Integer by = commented.get(i);
          if (by != null) {
            written.add("# moved by suggestion " + (by + 1) + ": " + lines.get(i - 1).strip());
            own.put(written.size(), by);
          } else {
            written.add(lines.get(i - 1));
          }
        }
        List<String> inserted = after.getOrDefault(i, List.of());
        for (int k = 0; k < inserted.size(); k++) {
          written.add(inserted.get(k));
          own.put(written.size(), afterOwners.get(i).get(k));
        }
      }
      owners.put(name, own);
      try {
        Files.writeString(dir.resolve(name), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + name + " to lint suggestions: " + e.getMessage(), e);
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless; the lint's answer stands
    }
  }
}
