package org.vigil.coding.dictionary.petrarch;

import org.vigil.core.event.EventCoder;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.VigilException;
import org.vigil.coding.dictionary.CameoCatalog;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.coding.dictionary.Dialect;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.DictionaryFormatException;
import org.vigil.coding.dictionary.VerbPattern;

/**
 * Loads PETRARCH/TABARI-format dictionaries into Vigil's model: verb patterns become
 * {@link VerbPattern}s, actors countries, groups or date-bounded persons, agents sectors, and the
 * options of {@code PETR_config.ini} that change coding become {@link CodingRules}. The CAMEO
 * catalogue is Vigil's built-in one, plus every code the verb dictionary uses that it lacks.
 * See {@code docs/PETRARCH.md}. Stateless and thread-safe.
 *
 * <pre>{@code
 * PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(Path.of("dictionaries/phoenix"));
 * loaded.warnings().forEach(System.err::println);
 * // an engine that codes with them: EngineFactory.create(EngineConfig.defaults()
 * //     .withDictionaries(folder, EngineConfig.DictionaryFormat.PETRARCH)) in vigil-pipeline
 * }</pre>
 */
public final class PetrarchDictionaries {
  /** The configuration file a dictionary folder names its files in. */
  public static final String CONFIG_FILE = "PETR_config.ini";

  private PetrarchDictionaries() {}

  /** What one PETRARCH text is. */
  public enum Kind { CONFIG, VERBS, ACTORS, AGENTS, DISCARDS, ISSUES }

  /**
   * One dictionary text and the name errors give for it.
   *
   * @param kind what the text holds
   * @param file the name errors give ("PETR.Validate.verbs.txt")
   * @param text the content
   */
  public record Text(Kind kind, String file, String text) {
    public Text {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Loaded dictionaries and what the loader noticed without failing.
   *
   * @param dictionaries the dictionaries, ready for the coder
   * @param warnings lines read in a reduced way ("code '+++' is not a CAMEO code; the line is
   *     ignored"), as {@code file:line: what}, and options that are not honoured
   * @param issues the number of issue phrases read (checked, not used in coding)
   */
  public record Loaded(Dictionaries dictionaries, List<String> warnings, int issues) {
    public Loaded {
      Objects.requireNonNull(dictionaries, "dictionaries");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Loads the dictionaries a folder's {@code PETR_config.ini} names (or the one a path to such a
   * file names), from that folder.
   *
   * @throws DictionaryFormatException naming file and line of the first malformed line
   * @throws VigilException when a file cannot be read
   */
  public static Loaded load(Path path) {
    Objects.requireNonNull(path, "path");
    Path config = Files.isDirectory(path) ? path.resolve(CONFIG_FILE) : path;
    Path folder = config.toAbsolutePath().getParent();
    if (!Files.isRegularFile(config)) {
      throw new VigilException("no " + CONFIG_FILE + " at " + path + ": a PETRARCH dictionary folder names its files there");
    }
    PetrarchConfig cfg = PetrarchConfig.parse(config.toString(), readText(config));
    List<Text> texts = new ArrayList<>();
    texts.add(new Text(Kind.CONFIG, config.toString(), readText(config)));
    add(texts, Kind.VERBS, folder, cfg.verbFiles(), config);
    add(texts, Kind.ACTORS, folder, cfg.actorFiles(), config);
    add(texts, Kind.AGENTS, folder, cfg.agentFiles(), config);
    add(texts, Kind.DISCARDS, folder, cfg.discardFiles(), config);
    add(texts, Kind.ISSUES, folder, cfg.issueFiles(), config);
    return read(texts);
  }

  private static void add(List<Text> texts, Kind kind, Path folder, List<String> names, Path config) {
    for (String name : names) {
      Path p = folder.resolve(name);
      if (!Files.isRegularFile(p)) {
        throw new VigilException(config + " names " + name + ", which is not in " + folder);
      }
      texts.add(new Text(kind, p.toString(), readText(p)));
    }
  }

  private static String readText(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      try {
        // TABARI-era files are often Latin-1.
        return Files.readString(p, StandardCharsets.ISO_8859_1);
      } catch (IOException e2) {
        throw new VigilException("cannot read dictionary " + p + ": " + e2.getMessage(), e2);
      }
    } catch (IOException e) {
      throw new VigilException("cannot read dictionary " + p + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads dictionary texts: at most one {@link Kind#CONFIG} (its file names are not followed;
   * only its options count), any number of each other kind.
   *
   * @throws DictionaryFormatException naming file and line of the first malformed line
   */
  public static Loaded read(List<Text> texts) {
    PetrarchConfig config = PetrarchConfig.DEFAULTS;
    VerbFileReader verbs = new VerbFileReader();
    ActorFileReader actors = new ActorFileReader();
    AgentFileReader agents = new AgentFileReader();
    DiscardFileReader discards = new DiscardFileReader();
    IssueFileReader issues = new IssueFileReader();
    for (Text t : texts) {
      switch (t.kind()) {
        case CONFIG -> config = PetrarchConfig.parse(t.file(), t.text());
        case VERBS -> verbs.read(t.file(), t.text());
        case ACTORS -> actors.read(t.file(), t.text());
        case AGENTS -> agents.read(t.file(), t.text());
        case DISCARDS -> discards.read(t.file(), t.text());
        case ISSUES -> issues.read(t.file(), t.text());
      }
    }
    List<VerbPattern> patterns = verbs.patterns();
    List<String> warnings = new ArrayList<>(verbs.warnings());
    warnings.addAll(actors.warnings());
    warnings.addAll(agents.warnings());
    warnings.addAll(issues.warnings);
    if (config.newActorLength() > 0) {
      warnings.add("new_actor_length = " + config.newActorLength() + " is not supported: unknown noun phrases are never coded as new actors");
    }
    CodingRules rules = CodingRules.builder()
        .dialect(Dialect.PETRARCH)
        .requireDyad(config.requireDyad())
        .commaClauses(config.commaClauses())
        .sentenceDiscards(discards.sentence)
        .storyDiscards(discards.story)
        .transformations(verbs.transformations())
        .issueTags(issues.compiled())
        .build();
    Dictionaries dictionaries = Dictionaries.of(actors.entries(), agents.sectors(), patterns, catalogue(patterns), rules);
    return new Loaded(dictionaries, warnings, issues.issues.size());
  }

  /** Vigil's CAMEO catalogue plus the codes the patterns use that it lacks (PETRARCH test codes). */
  private static List<CameoCode> catalogue(List<VerbPattern> patterns) {
    CameoCatalog builtin = Dictionaries.builtinCameo();
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    builtin.all().forEach(c -> codes.put(c.code(), c));
    for (VerbPattern p : patterns) {
      for (String code : new String[] {p.code(), p.reverseCode()}) {
        if (code == null || code.equals(VerbPattern.NO_EVENT) || codes.containsKey(code)) {
          continue;
        }
        CameoCode parent = builtin.findOrParent(code).orElse(null);
        codes.put(code, parent == null
            ? new CameoCode(code, 0.0, "OTHER", null, "code of a PETRARCH dictionary, outside CAMEO")
            : new CameoCode(code, parent.goldstein(), parent.ploverEvent(), parent.ploverMode(),
                "code of a PETRARCH dictionary, under " + parent.code()));
      }
    }
    return List.copyOf(codes.values());
  }
}
