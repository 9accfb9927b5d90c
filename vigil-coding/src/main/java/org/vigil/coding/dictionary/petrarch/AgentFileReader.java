package org.vigil.coding.dictionary.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.coding.dictionary.DictionaryFormatException;
import org.vigil.coding.dictionary.Sector;

/**
 * Reads a PETRARCH agent dictionary: substitution sets ({@code !PERSON! = MAN, MEN, WOMAN}) and
 * agents ({@code ANTI_RIOT_POLICE {} [~COP]}, plural forms in braces, {@code {}} for none), into
 * Vigil sectors, one per agent code. Not thread-safe: one reader per load.
 */
final class AgentFileReader {
  private static final Pattern SUBSTITUTION = Pattern.compile("!([A-Z0-9_]+)!\\s*=\\s*(.+)");
  private static final Pattern MACRO = Pattern.compile("!([A-Z0-9_]+)!");
  private static final Pattern AGENT_CODE = Pattern.compile("~?[A-Za-z0-9]{2,}~?");

  private final Map<String, List<String>> substitutions = new LinkedHashMap<>();
  private final Map<String, Set<String>> nounsByCode = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  List<String> warnings() {
    return warnings;
  }

  void read(String file, String text) {
    for (PetrarchLines.Line l : PetrarchLines.of(text)) {
      String s = l.text().strip();
      if (s.isEmpty()) {
        continue;
      }
      int n = l.number();
      Matcher sub = SUBSTITUTION.matcher(s);
      if (sub.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : sub.group(2).split(",")) {
          if (!v.isBlank()) {
            values.add(v.strip());
          }
        }
        if (values.isEmpty()) {
          throw new DictionaryFormatException(file, n, "substitution !" + sub.group(1) + "! has no values");
        }
        substitutions.put(sub.group(1), values);
        continue;
      }
      if (s.matches(".*\\[\\s*~?[A-Za-z0-9]+~?\\s*}\\s*")) {
        // Phoenix's "[~ENV}": a brace typed for the bracket.
        warnings.add(file + ":" + n + ": code closed with '}' instead of ']'");
        s = s.substring(0, s.lastIndexOf('}')) + "]";
      }
      if (s.indexOf('[') < 0 && s.indexOf(']') < 0 && s.indexOf('{') < 0 && s.matches("[A-Za-z0-9_'.!-]+")) {
        // Phoenix's "ISLAMIC_EXTREMIST" alone on its line: an agent without a code codes nothing.
        warnings.add(file + ":" + n + ": agent '" + s + "' has no code; ignored");
        continue;
      }
      int open = s.lastIndexOf('[');
      int close = s.lastIndexOf(']');
      if (open < 0 || close < open || !s.substring(close + 1).isBlank()) {
        throw new DictionaryFormatException(file, n, "agent line needs a code: 'AGENT {plurals} [~CODE]', was '" + s + "'");
      }
      String code = s.substring(open + 1, close).replace(" ", "");
      if (!AGENT_CODE.matcher(code).matches()) {
        throw new DictionaryFormatException(file, n, "bad agent code '" + s.substring(open + 1, close).strip() + "'");
      }
      boolean prefix = false;
      if (code.startsWith("~")) {
        code = code.substring(1);
      } else if (code.endsWith("~")) {
        // A prefix agent (MSF [NGO~] -> NGOARN): its code goes before the actor's.
        code = code.substring(0, code.length() - 1);
        prefix = true;
      }
      code = code.toUpperCase(Locale.ROOT) + (prefix ? "~" : "");
      String head = s.substring(0, open);
      List<String> plurals = null;
      int brace = head.indexOf('{');
      if (brace >= 0) {
        int end = head.indexOf('}', brace);
        if (end < 0) {
          throw new DictionaryFormatException(file, n, "unclosed '{'");
        }
        plurals = new ArrayList<>();
        for (String p : head.substring(brace + 1, end).strip().split("\\s+")) {
          if (!p.isEmpty()) {
            plurals.add(phrase(file, n, p));
          }
        }
        head = head.substring(0, brace) + head.substring(end + 1);
      }
      if (head.indexOf('}') >= 0 || head.indexOf(']') >= 0 || head.isBlank()) {
        throw new DictionaryFormatException(file, n, "agent line needs a phrase before its code");
      }
      Set<String> nouns = nounsByCode.computeIfAbsent(code, k -> new LinkedHashSet<>());
      for (String form : expand(file, n, head.strip())) {
        String phrase = phrase(file, n, form);
        nouns.add(phrase);
        if (plurals == null) {
          nouns.add(plural(phrase));
        }
      }
      if (plurals != null) {
        nouns.addAll(plurals);
      }
    }
  }

  /** Replaces each {@code !NAME!} by each of its values. */
  private List<String> expand(String file, int line, String s) {
    Matcher m = MACRO.matcher(s);
    if (!m.find()) {
      return List.of(s);
    }
    List<String> values = substitutions.get(m.group(1));
    if (values == null) {
      throw new DictionaryFormatException(file, line, "undefined substitution !" + m.group(1) + "!");
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(expand(file, line, s.substring(0, m.start()) + v + s.substring(m.end())));
    }
    return out;
  }

  private static String phrase(String file, int line, String raw) {
    String s = raw.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (s.isEmpty() || s.chars().anyMatch(c -> "[]{}!~".indexOf(c) >= 0)) {
      throw new DictionaryFormatException(file, line, "bad agent phrase '" + raw + "'");
    }
    return s;
  }

  /** The regular English plural of a phrase's last word, as PETRARCH forms it. */
  static String plural(String phrase) {
    int sp = phrase.lastIndexOf(' ');
    String head = phrase.substring(0, sp + 1);
    String w = phrase.substring(sp + 1);
    String p;
    if (w.endsWith("men") || w.endsWith("people")) {
      p = w;
    } else if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      p = w.substring(0, w.length() - 1) + "ies";
    } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      p = w + "es";
    } else if (w.endsWith("man")) {
      p = w.substring(0, w.length() - 3) + "men";
    } else {
      p = w + "s";
    }
    return head + p;
  }

  /** One sector per agent code, its nouns in dictionary order. */
  List<Sector> sectors() {
    List<Sector> out = new ArrayList<>();
    nounsByCode.forEach((key, nouns) -> {
      boolean prefix = key.endsWith("~");
      String code = prefix ? key.substring(0, key.length() - 1) : key;
      out.add(new Sector(code, "PETRARCH " + (prefix ? "prefix " : "") + "agent " + code, List.copyOf(nouns), List.of(), prefix));
    });
    return out;
  }
}
