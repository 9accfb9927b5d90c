package org.vigil.coding.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.VerbPattern.Constraint;

/**
 * Reads Vigil-format dictionary text (see {@code docs/DICTIONARIES.md}) into entries. Not
 * thread-safe: one reader per load. Every error is a {@link DictionaryFormatException} naming the
 * file and line.
 */
final class VigilDictionaryReader {
  private static final Set<String> KINDS = Set.of("country", "org", "group", "sector", "person", "verb", "code", "set");
  private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
      "country", Set.of("alias", "adjective", "demonym", "capital", "metonym", "status", "iso2", "centroid"),
      "org", Set.of("alias", "adjective", "kind", "sector", "member", "parent"),
      "group", Set.of("alias", "adjective", "country", "sector", "valid", "ignore"),
      "sector", Set.of("noun", "role"),
      "person", Set.of("alias", "role"));

  final List<ActorEntry> actors = new ArrayList<>();
  final List<Sector> sectors = new ArrayList<>();
  final Map<String, CameoCode> codes = new LinkedHashMap<>();
  final List<PendingPattern> patterns = new ArrayList<>();
  final Map<String, Set<String>> sets = new HashMap<>();
  private final Set<String> actorCodes = new HashSet<>();
  /** Where each actor entry, role and sector was written ({@code file:line}), by identity. */
  final Map<Object, String> origins = new java.util.IdentityHashMap<>();

  /** A pattern read before every file (and so every CAMEO code and set) is known. */
  record PendingPattern(String code, String text, String file, int line) {}

  /** A record being read: its header and attribute lines. */
  private record Attr(String key, String value, int line) {}

  /** Reads one file's text. */
  void read(String file, String text) {
    String[] lines = text.split("\r?\n", -1);
    String kind = null;
    String header = null;
    int headerLine = 0;
    List<Attr> attrs = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String raw = stripComment(lines[i]);
      if (raw.isBlank()) {
        continue;
      }
      if (raw.indexOf('\t') >= 0) {
        throw new DictionaryFormatException(file, lineNo, "tab character; indent attributes with two spaces");
      }
      if (raw.charAt(0) != ' ') {
        if (kind != null) {
          finish(file, kind, header, headerLine, attrs);
        }
        int sp = raw.indexOf(' ');
        kind = sp < 0 ? raw : raw.substring(0, sp);
        header = sp < 0 ? "" : raw.substring(sp + 1).trim();
        headerLine = lineNo;
        attrs = new ArrayList<>();
        if (!KINDS.contains(kind)) {
          throw new DictionaryFormatException(file, lineNo, "unknown record kind '" + kind + "'; expected one of " + new java.util.TreeSet<>(KINDS));
        }
        if (kind.equals("code") || kind.equals("set")) {
          finish(file, kind, header, headerLine, attrs);
          kind = null;
        }
        continue;
      }
      if (!raw.startsWith("  ") || raw.startsWith("   ")) {
        throw new DictionaryFormatException(file, lineNo, "attribute lines are indented by exactly two spaces");
      }
      if (kind == null) {
        throw new DictionaryFormatException(file, lineNo, "attribute outside a record");
      }
      String body = raw.substring(2).trim();
      if (kind.equals("verb")) {
        attrs.add(new Attr("pattern", body, lineNo));
        continue;
      }
      int sp = body.indexOf(' ');
      String key = sp < 0 ? body : body.substring(0, sp);
      String value = sp < 0 ? "" : body.substring(sp + 1).trim();
      if (!ATTRIBUTES.get(kind).contains(key)) {
        throw new DictionaryFormatException(file, lineNo, "unknown attribute '" + key + "' for " + kind + "; expected one of " + new java.util.TreeSet<>(ATTRIBUTES.get(kind)));
      }
      if (value.isEmpty() && !key.equals("ignore")) {
        throw new DictionaryFormatException(file, lineNo, "attribute '" + key + "' needs a value");
      }
      attrs.add(new Attr(key, value, lineNo));
    }
    if (kind != null) {
      finish(file, kind, header, headerLine, attrs);
    }
  }

  private static String stripComment(String line) {
    if (line.startsWith("#")) {
      return "";
    }
    int hash = line.indexOf(" #");
    String s = hash < 0 ? line : line.substring(0, hash);
    return s.stripTrailing();
  }

  private void finish(String file, String kind, String header, int line, List<Attr> attrs) {
    try {
      switch (kind) {
        case "country" -> country(file, header, line, attrs);
        case "org" -> organisation(file, header, line, attrs);
        case "group" -> group(file, header, line, attrs);
        case "sector" -> sector(file, header, line, attrs);
        case "person" -> person(header, attrs, file, line);
        case "code" -> code(file, header, line);
        case "set" -> set(file, header, line);
        case "verb" -> verb(file, header, line, attrs);
        default -> throw new IllegalStateException(kind);
      }
    } catch (IllegalArgumentException e) {
      throw new DictionaryFormatException(file, line, e.getMessage());
    }
  }

  private static String[] codeAndName(String file, String header, int line, String kind) {
    int sp = header.indexOf(' ');
    if (header.isEmpty() || sp < 0) {
      throw new DictionaryFormatException(file, line, kind + " record needs a code and a name: '" + kind + " CODE Name'");
    }
    String code = header.substring(0, sp);
    if (!code.matches("[A-Z0-9]{3,}")) {
      throw new DictionaryFormatException(file, line, "actor code must be 3 or more capital letters or digits, was '" + code + "'");
    }
    return new String[] {code, header.substring(sp + 1).trim()};
  }

  private void uniqueCode(String file, int line, String code) {
    if (!actorCodes.add(code)) {
      throw new DictionaryFormatException(file, line, "duplicate actor code " + code);
    }
  }

  private static List<String> values(List<Attr> attrs, String key) {
    return attrs.stream().filter(a -> a.key().equals(key)).map(Attr::value).toList();
  }

  private static String single(String file, List<Attr> attrs, String key) {
    List<Attr> found = attrs.stream().filter(a -> a.key().equals(key)).toList();
    if (found.size() > 1) {
      throw new DictionaryFormatException(file, found.get(1).line(), "attribute '" + key + "' given twice");
    }
    return found.isEmpty() ? null : found.get(0).value();
  }

  private void country(String file, String header, int line, List<Attr> attrs) {
    String[] cn = codeAndName(file, header, line, "country");
    uniqueCode(file, line, cn[0]);
    add(new ActorEntry.Country(cn[0], cn[1], values(attrs, "alias"), values(attrs, "adjective"),
        values(attrs, "demonym"), values(attrs, "capital"), values(attrs, "metonym"), single(file, attrs, "status")), file, line);
  }

  private void organisation(String file, String header, int line, List<Attr> attrs) {
    String[] cn = codeAndName(file, header, line, "org");
    uniqueCode(file, line, cn[0]);
    List<ActorEntry.Membership> members = new ArrayList<>();
    for (Attr a : attrs) {
      if (a.key().equals("member")) {
        String[] parts = a.value().split("\\s+");
        if (parts.length != 2 || !parts[0].matches("[A-Z]{3}")) {
          throw new DictionaryFormatException(file, a.line(), "member needs 'ISO3 FROM..TO', was '" + a.value() + "'");
        }
        members.add(new ActorEntry.Membership(parts[0], range(file, a.line(), parts[1])));
      }
    }
    String sector = single(file, attrs, "sector");
    add(new ActorEntry.Organisation(cn[0], cn[1], values(attrs, "alias"), values(attrs, "adjective"),
        single(file, attrs, "kind"), sector == null ? "IGO" : sector, members, single(file, attrs, "parent")), file, line);
  }

  private void group(String file, String header, int line, List<Attr> attrs) {
    String[] cn = codeAndName(file, header, line, "group");
    uniqueCode(file, line, cn[0]);
    String valid = single(file, attrs, "valid");
    DateRange range = valid == null ? DateRange.ALWAYS : range(file, line, valid);
    boolean ignore = attrs.stream().anyMatch(a -> a.key().equals("ignore"));
    add(new ActorEntry.Group(cn[0], cn[1], values(attrs, "alias"), values(attrs, "adjective"),
        values(attrs, "country"), single(file, attrs, "sector"), range, ignore), file, line);
  }

  private void sector(String file, String header, int line, List<Attr> attrs) {
    String[] parts = header.split("\\s+", 2);
    if (header.isEmpty() || !parts[0].matches("[A-Z]{3}")) {
      throw new DictionaryFormatException(file, line, "sector needs a three-letter code: 'sector MIL Military'");
    }
    Sector sector = new Sector(parts[0], parts.length > 1 ? parts[1] : "", values(attrs, "noun"), values(attrs, "role"));
    sectors.add(sector);
    origins.put(sector, file + ":" + line);
  }

  private void person(String header, List<Attr> attrs, String file, int line) {
    List<ActorEntry.Role> roles = new ArrayList<>();
    for (Attr a : attrs) {
      if (a.key().equals("role")) {
        String[] parts = a.value().split("\\s+", 3);
        if (parts.length < 2 || !parts[0].matches("[A-Z0-9]{3,}")) {
          throw new DictionaryFormatException(file, a.line(), "role needs 'CODE FROM..TO Title', was '" + a.value() + "'");
        }
        ActorEntry.Role role = new ActorEntry.Role(parts[0], range(file, a.line(), parts[1]), parts.length > 2 ? parts[2] : "");
        roles.add(role);
        origins.put(role, file + ":" + a.line());
      }
    }
    if (header.isBlank()) {
      throw new IllegalArgumentException("person record needs a name");
    }
    add(new ActorEntry.Person(header, values(attrs, "alias"), roles), file, line);
  }

  private void add(ActorEntry entry, String file, int line) {
    actors.add(entry);
    origins.put(entry, file + ":" + line);
  }

  private static DateRange range(String file, int line, String text) {
    try {
      return DateRange.parse(text);
    } catch (IllegalArgumentException e) {
      throw new DictionaryFormatException(file, line, e.getMessage());
    }
  }

  private void code(String file, String header, int line) {
    String[] p = header.split("\\s+", 5);
    if (p.length < 4) {
      throw new DictionaryFormatException(file, line, "code line needs 'code CODE GOLDSTEIN PLOVER_EVENT PLOVER_MODE Description'");
    }
    double goldstein;
    try {
      goldstein = Double.parseDouble(p[1]);
    } catch (NumberFormatException e) {
      throw new DictionaryFormatException(file, line, "Goldstein value is not a number: '" + p[1] + "'");
    }
    if (!p[2].matches("[A-Z_]+")) {
      throw new DictionaryFormatException(file, line, "PLOVER event must be upper case, was '" + p[2] + "'");
    }
    // CameoCode also admits PETRARCH's codes outside CAMEO (issue 3); Vigil's own catalogue stays strict.
    if (!p[0].matches("\\d{2,4}")) {
      throw new DictionaryFormatException(file, line, "CAMEO code must be 2 to 4 digits, was '" + p[0] + "'");
    }
    if (Integer.parseInt(p[0].substring(0, 2)) > 20) {
      throw new DictionaryFormatException(file, line, "CAMEO root must be 01..20, was " + p[0]);
    }
    if (codes.containsKey(p[0])) {
      throw new DictionaryFormatException(file, line, "duplicate CAMEO code " + p[0]);
    }
    codes.put(p[0], new CameoCode(p[0], goldstein, p[2], p[3].equals("-") ? null : p[3], p.length > 4 ? p[4] : ""));
  }

  private void set(String file, String header, int line) {
    String[] p = header.split("\\s+");
    if (p.length < 2 || !p[0].matches("[A-Z][A-Z0-9_]*")) {
      throw new DictionaryFormatException(file, line, "set line needs 'set NAME word ...' with an upper-case NAME");
    }
    Set<String> words = new LinkedHashSet<>();
    for (int i = 1; i < p.length; i++) {
      words.add(p[i].toLowerCase(Locale.ROOT));
    }
    sets.put(p[0], words);
  }

  private void verb(String file, String header, int line, List<Attr> attrs) {
    String code = header.split("\\s+", 2)[0];
    if (!code.matches("\\d{2,4}") && !code.equals(VerbPattern.NO_EVENT)) {
      throw new DictionaryFormatException(file, line, "verb header needs a CAMEO code or --- (no event):"
          + " 'verb 0233 Description', was '" + header + "'");
    }
    for (Attr a : attrs) {
      patterns.add(new PendingPattern(code, a.value(), file, a.line()));
    }
  }

  /** Turns the pending patterns into verb patterns, now that all codes and sets are known. */
  List<VerbPattern> resolvePatterns() {
    List<VerbPattern> out = new ArrayList<>();
    for (PendingPattern p : patterns) {
      if (!codes.isEmpty() && !p.code().equals(VerbPattern.NO_EVENT) && !codes.containsKey(p.code())) {
        throw new DictionaryFormatException(p.file(), p.line(), "unknown CAMEO code " + p.code());
      }
      out.add(parsePattern(p));
    }
    return out;
  }

  private VerbPattern parsePattern(PendingPattern p) {
    String[] parts = p.text().trim().split("\\s+");
    String trigger = parts[0];
    VerbPattern.TriggerPos pos = VerbPattern.TriggerPos.VERB;
    if (trigger.endsWith("/n")) {
      pos = VerbPattern.TriggerPos.NOUN;
      trigger = trigger.substring(0, trigger.length() - 2);
    } else if (trigger.endsWith("/a")) {
      pos = VerbPattern.TriggerPos.ADJECTIVE;
      trigger = trigger.substring(0, trigger.length() - 2);
    }
    Set<String> triggers = words(p, trigger);
    List<Constraint> constraints = new ArrayList<>();
    String target = null;
    for (int i = 1; i < parts.length; i++) {
      String c = parts[i];
      if (c.startsWith("target:")) {
        target = c.substring(7);
        if (!target.matches("obj|iobj|none|\\+[a-z_]+|xcomp\\.obj|xcomp\\.\\+[a-z_]+")) {
          throw new DictionaryFormatException(p.file(), p.line(), "unknown target slot '" + target + "'");
        }
      } else if (c.startsWith("+")) {
        int colon = c.indexOf(':');
        String prep = colon < 0 ? c.substring(1) : c.substring(1, colon);
        if (!prep.matches("[a-z_]+")) {
          throw new DictionaryFormatException(p.file(), p.line(), "bad preposition in '" + c + "'");
        }
        constraints.add(new Constraint(Constraint.Kind.OBLIQUE, prep, colon < 0 ? Set.of() : words(p, c.substring(colon + 1))));
      } else if (c.startsWith("obj:")) {
        constraints.add(new Constraint(Constraint.Kind.OBJECT, null, words(p, c.substring(4))));
      } else if (c.startsWith("prt:")) {
        constraints.add(new Constraint(Constraint.Kind.PARTICLE, null, words(p, c.substring(4))));
      } else if (c.startsWith("xcomp:")) {
        constraints.add(new Constraint(Constraint.Kind.XCOMP, null, words(p, c.substring(6))));
      } else {
        throw new DictionaryFormatException(p.file(), p.line(), "unknown constraint '" + c + "'; expected prt:, obj:, +P, xcomp: or target:");
      }
    }
    return new VerbPattern(p.code(), triggers, pos, constraints, target, p.text().trim(), p.file() + ":" + p.line());
  }

  private Set<String> words(PendingPattern p, String spec) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : spec.split("\\|")) {
      if (w.isEmpty()) {
        throw new DictionaryFormatException(p.file(), p.line(), "empty word in '" + spec + "'");
      }
      if (w.startsWith("&")) {
        Set<String> set = sets.get(w.substring(1));
        if (set == null) {
          throw new DictionaryFormatException(p.file(), p.line(), "undefined word set " + w);
        }
        out.addAll(set);
      } else if (w.equals("-")) {
        continue;
      } else if (!w.matches("[a-z][a-z'_.-]*")) {
        throw new DictionaryFormatException(p.file(), p.line(), "bad word '" + w + "' (lower-case lemmas only)");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** Checks references between records once every file is read. */
  void checkReferences() {
    Set<String> countries = new HashSet<>();
    for (ActorEntry e : actors) {
      if (e instanceof ActorEntry.Country c) {
        countries.add(c.code());
      }
    }
    for (ActorEntry e : actors) {
      if (e instanceof ActorEntry.Organisation o) {
        for (ActorEntry.Membership m : o.members()) {
          if (!countries.isEmpty() && !countries.contains(m.country())) {
            throw new IllegalArgumentException("organisation " + o.code() + " has unknown member country " + m.country());
          }
        }
      }
    }
  }

}
