package org.vigil.coding.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.vigil.core.VigilException;

/**
 * The dictionaries a coder runs with: actors, verb patterns, the CAMEO catalogue and the coding
 * rules the dictionaries were written for. Immutable and thread-safe.
 */
public record Dictionaries(ActorDictionary actors, VerbDictionary verbs, CameoCatalog cameo, CodingRules rules) {

  /** The built-in dictionary files, in load order. */
  public static final List<String> BUILTIN_FILES = List.of(
      "cameo.txt", "sectors.txt", "collectives.txt", "countries.txt", "organisations.txt", "groups.txt", "people.txt", "verbs.txt");

  /** Where the built-in files are, as a class-path resource folder. */
  public static final String BUILTIN_ROOT = "/org/vigil/coding/dictionary/builtin/";

  public Dictionaries {
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(verbs, "verbs");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(rules, "rules");
  }

  /** Dictionaries coded by Vigil's own rules ({@link CodingRules#VIGIL}). */
  public Dictionaries(ActorDictionary actors, VerbDictionary verbs, CameoCatalog cameo) {
    this(actors, verbs, cameo, CodingRules.VIGIL);
  }

  /** Vigil's built-in CAMEO catalogue alone, without loading the actor dictionaries. */
  public static CameoCatalog builtinCameo() {
    VigilDictionaryReader reader = new VigilDictionaryReader();
    try (InputStream in = Dictionaries.class.getResourceAsStream(BUILTIN_ROOT + "cameo.txt")) {
      if (in != null) {
        reader.read("builtin/cameo.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CameoCatalog(reader.codes);
  }

  /**
   * Dictionaries built from entries read elsewhere (another dictionary format, a test).
   *
   * @param actors actor entries, in dictionary order
   * @param sectors sectors and roles
   * @param patterns verb patterns, in dictionary order
   * @param codes the CAMEO catalogue
   * @param rules how the dictionaries are meant to be coded
   */
  public static Dictionaries of(List<ActorEntry> actors, List<Sector> sectors, List<VerbPattern> patterns,
      java.util.Collection<CameoCode> codes, CodingRules rules) {
    java.util.Map<String, CameoCode> byCode = new java.util.LinkedHashMap<>();
    for (CameoCode c : codes) {
      byCode.putIfAbsent(c.code(), c);
    }
    return new Dictionaries(new ActorDictionary(actors, sectors), new VerbDictionary(patterns), new CameoCatalog(byCode), rules);
  }

  /** Vigil's own dictionaries, shipped in this jar. */
  public static Dictionaries builtin() {
    VigilDictionaryReader reader = new VigilDictionaryReader();
    for (String name : BUILTIN_FILES) {
      try (InputStream in = Dictionaries.class.getResourceAsStream(BUILTIN_ROOT + name)) {
        if (in == null) {
          continue;
        }
        reader.read("builtin/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return build(reader, "builtin");
  }

  /**
   * Vigil-format dictionaries from every {@code *.txt} file of a folder (or one file), read in
   * name order. Where the folder has no {@code cameo.txt}, the built-in CAMEO catalogue is used.
   *
   * @throws DictionaryFormatException naming file and line of the first bad line
   */
  public static Dictionaries load(Path path) {
    VigilDictionaryReader reader = new VigilDictionaryReader();
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      } catch (IOException e) {
        throw new VigilException("cannot list dictionary folder " + path + ": " + e.getMessage(), e);
      }
    } else if (Files.isRegularFile(path)) {
      files = List.of(path);
    } else {
      throw new VigilException("no dictionary file or folder at " + path);
    }
    boolean hasCatalog = files.stream().anyMatch(p -> p.getFileName().toString().equals("cameo.txt"));
    if (!hasCatalog) {
      try (InputStream in = Dictionaries.class.getResourceAsStream(BUILTIN_ROOT + "cameo.txt")) {
        if (in != null) {
          reader.read("builtin/cameo.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // The catalogue first, so verb headers can be checked against it.
    List<Path> ordered = Stream.concat(
        files.stream().filter(p -> p.getFileName().toString().equals("cameo.txt")),
        files.stream().filter(p -> !p.getFileName().toString().equals("cameo.txt"))).toList();
    for (Path p : ordered) {
      String text;
      try {
        text = Files.readString(p, StandardCharsets.UTF_8);
      } catch (java.nio.charset.MalformedInputException e) {
        throw new DictionaryFormatException(p.toString(), 1, "not UTF-8 text");
      } catch (IOException e) {
        throw new VigilException("cannot read dictionary " + p + ": " + e.getMessage(), e);
      }
      reader.read(p.toString(), text);
    }
    return build(reader, path.toString());
  }

  /** Vigil-format dictionaries from text, for tests: one "file" named {@code name}. */
  public static Dictionaries parse(String name, String text) {
    VigilDictionaryReader reader = new VigilDictionaryReader();
    reader.read(name, text);
    return build(reader, name);
  }

  private static Dictionaries build(VigilDictionaryReader reader, String where) {
    try {
      reader.checkReferences();
    } catch (IllegalArgumentException e) {
      throw new VigilException(where + ": " + e.getMessage(), e);
    }
    List<VerbPattern> patterns = reader.resolvePatterns();
    return new Dictionaries(
        new ActorDictionary(reader.actors, reader.sectors, reader.origins),
        new VerbDictionary(patterns, reader.sets),
        new CameoCatalog(reader.codes));
  }
}
