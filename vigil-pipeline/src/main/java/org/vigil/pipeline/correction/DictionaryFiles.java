package org.vigil.pipeline.correction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.VigilException;
import org.vigil.pipeline.EngineConfig;

/**
 * The text of the Vigil-format dictionary files in force, by file name, and the prefix their
 * origins ({@code file:line}) carry: what a suggested line is linted in. PETRARCH dictionaries
 * have none (their suggestions are not linted). Immutable.
 *
 * @param prefix what precedes a file name in an origin ({@code builtin/}, or the folder's path and a separator)
 * @param texts file name to its text; empty when the files cannot be linted
 */
public record DictionaryFiles(String prefix, Map<String, String> texts) {

  public DictionaryFiles {
    texts = Map.copyOf(texts);
  }

  /** The files of {@code config}'s dictionaries: the built-in ones, a Vigil folder or file, or none. */
  public static DictionaryFiles of(EngineConfig config) {
    if (config.dictionaries() == null) {
      return builtin();
    }
    if (config.dictionaryFormat() != EngineConfig.DictionaryFormat.VIGIL) {
      return new DictionaryFiles("", Map.of());
    }
    return folder(config.dictionaries());
  }

  /** The built-in dictionaries. */
  public static DictionaryFiles builtin() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : Dictionaries.BUILTIN_FILES) {
      try (InputStream in = Dictionaries.class.getResourceAsStream(Dictionaries.BUILTIN_ROOT + name)) {
        if (in != null) {
          texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new DictionaryFiles("builtin/", texts);
  }

  /** The {@code *.txt} files of a folder (or one file), as {@link Dictionaries#load} reads them. */
  public static DictionaryFiles folder(Path path) {
    Map<String, String> texts = new LinkedHashMap<>();
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.list(path)) {
          for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
            texts.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
          }
        }
        return new DictionaryFiles(path + java.io.File.separator, texts);
      }
      texts.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
      Path parent = path.getParent();
      return new DictionaryFiles(parent == null ? "" : parent + java.io.File.separator, texts);
    } catch (IOException e) {
      throw new VigilException("cannot read dictionaries at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Whether the files can be linted. */
  public boolean lintable() {
    return !texts.isEmpty();
  }

  /** The file name and line of an origin {@code PREFIXfile:line}, or null when it is not one of these files. */
  Where where(String origin) {
    if (origin == null || !origin.startsWith(prefix)) {
      return null;
    }
    String rest = origin.substring(prefix.length());
    int colon = rest.lastIndexOf(':');
    if (colon < 0) {
      return null;
    }
    String file = rest.substring(0, colon);
    try {
      int line = Integer.parseInt(rest.substring(colon + 1));
      return texts.containsKey(file) ? new Where(file, line) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A line of one of the files. */
  record Where(String file, int line) {}
}
