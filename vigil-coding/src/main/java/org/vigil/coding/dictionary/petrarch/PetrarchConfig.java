package org.vigil.coding.dictionary.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.DictionaryFormatException;

/**
 * A {@code PETR_config.ini}: the {@code [Dictionaries]} file names and the {@code [Options]} that
 * change coding. Immutable once read.
 *
 * @param verbFiles verb dictionaries ({@code verbfile_name})
 * @param actorFiles actor dictionaries ({@code actorfile_list}, comma separated)
 * @param agentFiles agent dictionaries ({@code agentfile_name})
 * @param discardFiles discard lists ({@code discardfile_name})
 * @param issueFiles issue files ({@code issuefile_name})
 * @param options every option, keys in lower case
 */
record PetrarchConfig(
    List<String> verbFiles,
    List<String> actorFiles,
    List<String> agentFiles,
    List<String> discardFiles,
    List<String> issueFiles,
    Map<String, String> options) {

  private static final Set<String> BOOLEAN_OPTIONS = Set.of(
      "require_dyad", "stop_on_error", "code_by_sentence", "pause_by_sentence", "pause_by_story", "write_actor_root",
      "write_actor_text", "write_event_text", "null_verbs", "null_actors");
  private static final Set<String> INTEGER_OPTIONS = Set.of(
      "new_actor_length", "comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax");

  PetrarchConfig {
    verbFiles = List.copyOf(verbFiles);
    actorFiles = List.copyOf(actorFiles);
    agentFiles = List.copyOf(agentFiles);
    discardFiles = List.copyOf(discardFiles);
    issueFiles = List.copyOf(issueFiles);
    options = Map.copyOf(options);
  }

  /** PETRARCH's defaults, for dictionaries given without a configuration. */
  static final PetrarchConfig DEFAULTS = new PetrarchConfig(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

  /** PETRARCH's {@code require_dyad}; default true. */
  boolean requireDyad() {
    return !"false".equals(options.getOrDefault("require_dyad", "true"));
  }

  /** PETRARCH's {@code new_actor_length}; default 0 (off). */
  int newActorLength() {
    return Integer.parseInt(options.getOrDefault("new_actor_length", "0"));
  }

  /** PETRARCH's {@code comma_*} options; each missing one has its default. */
  org.vigil.coding.dictionary.CommaClauses commaClauses() {
    org.vigil.coding.dictionary.CommaClauses d = org.vigil.coding.dictionary.CommaClauses.PETRARCH_DEFAULTS;
    return new org.vigil.coding.dictionary.CommaClauses(
        option("comma_min", d.min()), option("comma_max", d.max()), option("comma_bmin", d.beginMin()),
        option("comma_bmax", d.beginMax()), option("comma_emin", d.endMin()), option("comma_emax", d.endMax()));
  }

  private int option(String key, int fallback) {
    String v = options.get(key);
    return v == null ? fallback : Integer.parseInt(v);
  }

  static PetrarchConfig parse(String file, String text) {
    Map<String, List<String>> files = new LinkedHashMap<>();
    Map<String, String> options = new LinkedHashMap<>();
    String section = null;
    for (PetrarchLines.Line l : PetrarchLines.of(text)) {
      String s = l.text().strip();
      if (s.isEmpty() || s.startsWith(";")) {
        continue;
      }
      int n = l.number();
      if (s.startsWith("[")) {
        if (!s.endsWith("]") || s.length() < 3) {
          throw new DictionaryFormatException(file, n, "section header must be '[Name]', was '" + s + "'");
        }
        section = s.substring(1, s.length() - 1).strip().toLowerCase(Locale.ROOT);
        continue;
      }
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new DictionaryFormatException(file, n, "expected 'key = value', was '" + s + "'");
      }
      if (section == null) {
        throw new DictionaryFormatException(file, n, "option outside a [section]");
      }
      String key = s.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = s.substring(eq + 1).strip();
      if (section.equals("dictionaries")) {
        List<String> names = new ArrayList<>();
        for (String v : value.split(",")) {
          if (!v.isBlank()) {
            names.add(v.strip());
          }
        }
        files.put(key, names);
      } else if (section.equals("options")) {
        if (BOOLEAN_OPTIONS.contains(key)) {
          String b = value.toLowerCase(Locale.ROOT);
          if (!b.equals("true") && !b.equals("false")) {
            throw new DictionaryFormatException(file, n, key + " must be True or False, was '" + value + "'");
          }
          value = b;
        } else if (INTEGER_OPTIONS.contains(key) && !value.matches("\\d+")) {
          throw new DictionaryFormatException(file, n, key + " must be a whole number, was '" + value + "'");
        }
        options.put(key, value);
      }
    }
    return new PetrarchConfig(
        files.getOrDefault("verbfile_name", List.of()),
        files.getOrDefault("actorfile_list", List.of()),
        files.getOrDefault("agentfile_name", List.of()),
        files.getOrDefault("discardfile_name", List.of()),
        files.getOrDefault("issuefile_name", List.of()),
        options);
  }
}
