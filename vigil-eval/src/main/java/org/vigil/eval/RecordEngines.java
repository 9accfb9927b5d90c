package org.vigil.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.coding.dictionary.CommaClauses;
import org.vigil.core.article.Article;
import org.vigil.pipeline.EngineConfig;
import org.vigil.pipeline.VigilEngine;

/**
 * The engine each gold record asks for. A PETRARCH record's {@code config} may set {@code
 * require_dyad} and the {@code comma_*} options (issue 3), the options Vigil honours; with
 * PETRARCH-format dictionaries such a record is coded with those rules (the analysis is shared).
 * Other formats, and records without a config, get the engine as it is. Not thread-safe.
 */
public final class RecordEngines {
  private RecordEngines() {}

  /** For each article of {@code gold}, by id, the engine to code it with. */
  public static Function<Article, VigilEngine> of(GoldSet gold, VigilEngine engine) {
    if (engine.config().dictionaryFormat() != EngineConfig.DictionaryFormat.PETRARCH) {
      return article -> engine;
    }
    CodingRules base = engine.dictionaries().rules();
    Map<String, CodingRules> rulesById = new HashMap<>();
    for (GoldRecord r : gold.records()) {
      if (r instanceof PetrarchGold p && !p.config().isEmpty()) {
        rulesById.put(p.id(), rules(base, p.config()));
      }
    }
    Map<CodingRules, VigilEngine> engines = new HashMap<>();
    engines.put(base, engine);
    return article -> engines.computeIfAbsent(rulesById.getOrDefault(article.id(), base), engine::withRules);
  }

  /** {@code base} with the options a PETRARCH config sets; the others as they are. */
  static CodingRules rules(CodingRules base, Map<String, String> config) {
    CommaClauses d = base.commaClauses();
    CommaClauses commas = new CommaClauses(
        number(config, "comma_min", d.min()), number(config, "comma_max", d.max()),
        number(config, "comma_bmin", d.beginMin()), number(config, "comma_bmax", d.beginMax()),
        number(config, "comma_emin", d.endMin()), number(config, "comma_emax", d.endMax()));
    boolean dyad = config.containsKey("require_dyad")
        ? !config.get("require_dyad").strip().equalsIgnoreCase("false")
        : base.requireDyad();
    return base.withRequireDyad(dyad).withCommaClauses(commas);
  }

  private static int number(Map<String, String> config, String key, int fallback) {
    String v = config.get(key);
    return v == null || !v.strip().matches("\\d+") ? fallback : Integer.parseInt(v.strip());
  }
}
