package org.vigil.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.vigil.core.coding.DictionaryEventCoder;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.text.Annotator;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.nlp.CoreNlpAnnotator;
import org.vigil.nlp.NlpConfig;

/** Builds the parts a command needs, by hand, once per process. Not thread-safe; used from main. */
final class Wiring {
  private Wiring() {}

  static Dictionaries dictionaries(DictionaryOptions options) {
    if (options == null || options.dictionaries == null) {
      return Dictionaries.builtin();
    }
    return switch (options.format.toLowerCase(Locale.ROOT)) {
      case "vigil" -> Dictionaries.load(options.dictionaries);
      case "petrarch" -> org.vigil.core.dictionary.petrarch.PetrarchDictionaries.load(options.dictionaries).dictionaries();
      default -> throw new IllegalArgumentException(
          "unknown --dictionary-format '" + options.format + "'; expected vigil or petrarch");
    };
  }

  static EventCoder coder(Dictionaries dictionaries) {
    return new DictionaryEventCoder(dictionaries, GeoWiring.locator());
  }

  /**
   * For PETRARCH-format dictionaries, the coder each gold record asks for: a PETRARCH record's
   * {@code config} may set {@code require_dyad} and the {@code comma_*} options (issue 3), the
   * options Vigil honours. Other formats, and records without a config, get {@code coder}.
   */
  static java.util.function.Function<org.vigil.core.article.Article, EventCoder> recordCoders(
      org.vigil.eval.GoldSet gold, Dictionaries dictionaries, EventCoder coder, DictionaryOptions options) {
    if (options == null || options.dictionaries == null || !options.format.equalsIgnoreCase("petrarch")) {
      return article -> coder;
    }
    org.vigil.core.dictionary.CodingRules base = dictionaries.rules();
    java.util.Map<String, org.vigil.core.dictionary.CodingRules> rulesById = new java.util.HashMap<>();
    for (org.vigil.eval.GoldRecord r : gold.records()) {
      if (r instanceof org.vigil.eval.PetrarchGold p && !p.config().isEmpty()) {
        java.util.Map<String, String> c = p.config();
        org.vigil.core.dictionary.CommaClauses d = base.commaClauses();
        org.vigil.core.dictionary.CommaClauses commas = new org.vigil.core.dictionary.CommaClauses(
            number(c, "comma_min", d.min()), number(c, "comma_max", d.max()), number(c, "comma_bmin", d.beginMin()),
            number(c, "comma_bmax", d.beginMax()), number(c, "comma_emin", d.endMin()), number(c, "comma_emax", d.endMax()));
        boolean dyad = c.containsKey("require_dyad") ? !c.get("require_dyad").strip().equalsIgnoreCase("false") : base.requireDyad();
        rulesById.put(p.id(), base.withRequireDyad(dyad).withCommaClauses(commas));
      }
    }
    java.util.Map<org.vigil.core.dictionary.CodingRules, EventCoder> coders = new java.util.HashMap<>();
    coders.put(base, coder);
    return article -> coders.computeIfAbsent(rulesById.getOrDefault(article.id(), base),
        rules -> coder(new Dictionaries(dictionaries.actors(), dictionaries.verbs(), dictionaries.cameo(), rules)));
  }

  private static int number(java.util.Map<String, String> config, String key, int fallback) {
    String v = config.get(key);
    return v == null || !v.strip().matches("\\d+") ? fallback : Integer.parseInt(v.strip());
  }

  static Annotator annotator() {
    return new CoreNlpAnnotator(NlpConfig.defaults());
  }

  /**
   * The annotator for coding with these dictionaries: by default it parses only the sentences
   * that can hold an event (issue 5); {@code --full-pipeline} runs everything on every sentence.
   */
  static CoreNlpAnnotator annotator(Dictionaries dictionaries, AnalysisOptions options) {
    if (options != null && options.fullPipeline) {
      return new CoreNlpAnnotator(NlpConfig.defaults());
    }
    return new CoreNlpAnnotator(NlpConfig.defaults(), new EventCandidates(dictionaries));
  }

  static ArticleReader reader() {
    return new ArticleReader(IngestConfig.defaults());
  }

  /** Reads a file, a folder, or standard input ("-") into articles and rejections. */
  static void read(String input, java.util.function.Consumer<org.vigil.core.article.Article> accepted,
      java.util.function.Consumer<org.vigil.ingest.Rejection> rejected) {
    if (input.equals("-")) {
      reader().read(System.in, "stdin", accepted, rejected);
    } else {
      reader().read(Path.of(input), accepted, rejected);
    }
  }

  static int threads(Integer requested) {
    if (requested != null) {
      return requested;
    }
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  static Path defaultDatabase() {
    String env = System.getenv("VIGIL_DB");
    return Path.of(env == null || env.isBlank() ? "vigil-data/vigil.duckdb" : env);
  }
}
