package org.vigil.coding.dictionary.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.DateRange;
import org.vigil.coding.dictionary.DictionaryFormatException;

/**
 * Reads a PETRARCH actor dictionary: a name line ({@code ARNOR [ARN]}), {@code +alias} lines, and
 * code blocks on the name line or on lines of their own, optionally date-bounded
 * ({@code [RUSGOV 991231-080507]}, {@code [HOB <950601]}, {@code [HOBREB >990816]}). Not
 * thread-safe: one reader per load.
 */
final class ActorFileReader {
  private static final Pattern CODE_BLOCK = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Za-z0-9]{3,}(/[A-Za-z0-9]{3,})*|---|\\+\\+\\+|###");
  /** Code prefixes of actors that belong to no one country. */
  private static final List<String> STATELESS = List.of("IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "INT");

  /** The status of the country entries a compound code ({@code [FRO/BIL/SAM]}) makes. */
  static final String COMPOUND = ActorEntry.Country.COMPOUND_STATUS;

  private final List<ActorEntry> entries = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** The entry being read. */
  private static final class Pending {
    final String file;
    final int line;
    final List<String> names = new ArrayList<>();
    final List<ActorEntry.Role> codes = new ArrayList<>();
    boolean sawBadDate;

    Pending(String file, int line) {
      this.file = file;
      this.line = line;
    }
  }

  List<ActorEntry> entries() {
    return entries;
  }

  List<String> warnings() {
    return warnings;
  }

  void read(String file, String text) {
    Pending cur = null;
    for (PetrarchLines.Line l : PetrarchLines.of(text)) {
      String s = l.text().strip();
      if (s.isEmpty()) {
        continue;
      }
      int n = l.number();
      if (s.startsWith("+")) {
        if (cur == null) {
          throw new DictionaryFormatException(file, n, "alias '" + s + "' before any actor");
        }
        if (s.indexOf(']') >= 0 && s.indexOf('[') < 0) {
          // Phoenix's "+FAEROYENE]_": a stray bracket in an alias; PETRARCH reads it as a name no text has.
          warnings.add(file + ":" + n + ": stray ']' in alias '" + s + "'; the alias is ignored");
          continue;
        }
        String rest = codes(file, n, s.substring(1), cur);
        cur.names.add(name(file, n, rest));
      } else if (s.startsWith("[")) {
        if (cur == null) {
          throw new DictionaryFormatException(file, n, "code block before any actor");
        }
        codes(file, n, s, cur);
      } else {
        // A name line while the entry still waits for its codes is another name of it.
        if (cur == null || !cur.codes.isEmpty()) {
          finish(cur);
          cur = new Pending(file, n);
        }
        String rest = codes(file, n, s, cur);
        cur.names.add(name(file, n, rest));
      }
    }
    finish(cur);
  }

  /** Reads the code blocks of a line into the entry; returns the line without them. */
  private String codes(String file, int line, String s, Pending cur) {
    if (s.indexOf('[') < 0) {
      if (s.indexOf(']') >= 0) {
        throw new DictionaryFormatException(file, line, "']' without '['");
      }
      return s;
    }
    Matcher m = CODE_BLOCK.matcher(s);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      rest.append(s, last, m.start());
      last = m.end();
      try {
        cur.codes.add(role(file, line, m.group(1)));
      } catch (ImpossibleDate e) {
        // Phoenix has a few (9008223, 20151131): PETRARCH drops them too.
        warnings.add(file + ":" + line + ": " + e.getMessage() + "; the code block is ignored");
        cur.sawBadDate = true;
      }
    }
    rest.append(s.substring(last));
    if (rest.indexOf("[") >= 0 || rest.indexOf("]") >= 0) {
      throw new DictionaryFormatException(file, line, "unbalanced '[' or ']'");
    }
    // Text after the last code block is a note, as PETRARCH reads it ("[MNCMED] Newspapers/Magazines").
    return s.substring(0, s.indexOf('['));
  }

  private ActorEntry.Role role(String file, int line, String block) {
    String s = block.strip();
    if (s.isEmpty()) {
      throw new DictionaryFormatException(file, line, "empty code block '[]'");
    }
    int sp = 0;
    while (sp < s.length() && !Character.isWhitespace(s.charAt(sp)) && s.charAt(sp) != '<' && s.charAt(sp) != '>') {
      sp++;
    }
    String code = s.substring(0, sp);
    String dates = s.substring(sp).strip();
    if (!ACTOR_CODE.matcher(code).matches()) {
      throw new DictionaryFormatException(file, line, "bad actor code '" + code + "'");
    }
    code = code.toUpperCase(Locale.ROOT);
    if (code.contains("/") && (!dates.isEmpty() || !code.matches("[A-Z]{3}(/[A-Z]{3})+"))) {
      warnings.add(file + ":" + line + ": compound code " + code + " is read as its first code");
      code = code.substring(0, code.indexOf('/'));
    }
    return new ActorEntry.Role(code, dates.isEmpty() ? DateRange.ALWAYS : range(file, line, dates), "");
  }

  /** {@code <D} (before D), {@code >D} (after D) or {@code D-D}, with D as YYMMDD or YYYYMMDD. */
  static DateRange range(String file, int line, String spec) {
    String s = spec.replace(" ", "");
    try {
      if (s.startsWith("<")) {
        return new DateRange(null, date(file, line, s.substring(1)).minusDays(1));
      }
      if (s.startsWith(">")) {
        return new DateRange(date(file, line, s.substring(1)).plusDays(1), null);
      }
      int dash = s.indexOf('-');
      if (dash < 0 && s.matches("\\d+")) {
        throw new ImpossibleDate("date restriction '" + spec + "' has one date and no '<', '>' or '-'");
      }
      if (dash < 0) {
        throw new DictionaryFormatException(file, line, "date restriction must be <DATE, >DATE or DATE-DATE, was '" + spec + "'");
      }
      LocalDate from = date(file, line, s.substring(0, dash));
      LocalDate to = date(file, line, s.substring(dash + 1));
      if (to.isBefore(from)) {
        throw new ImpossibleDate("date range ends (" + to + ") before it starts (" + from + ")");
      }
      return new DateRange(from, to);
    } catch (IllegalArgumentException e) {
      throw new DictionaryFormatException(file, line, e.getMessage());
    }
  }

  /**
   * A PETRARCH date: six digits are YYMMDD (years below 30 in the 2000s), more are YYYYMMDD, as
   * PETRARCH reads them (a seven-digit 2004017 is 2004-01-07).
   */
  static LocalDate date(String file, int line, String d) {
    if (d.matches("\\d+") && !d.matches("\\d{6,8}")) {
      throw new ImpossibleDate("date '" + d + "' has " + d.length() + " digits");
    }
    if (!d.matches("\\d{6,8}")) {
      throw new DictionaryFormatException(file, line, "date must be YYMMDD or YYYYMMDD, was '" + d + "'");
    }
    try {
      if (d.length() == 6) {
        int yy = Integer.parseInt(d.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4)));
      }
      return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)));
    } catch (DateTimeException e) {
      throw new ImpossibleDate("not a date: '" + d + "'");
    }
  }

  /** Digits in date form that name no day (month 22). */
  static final class ImpossibleDate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ImpossibleDate(String message) {
      super(message, null, false, false);
    }
  }

  /** A name as Vigil matches it: words separated by spaces; capitals kept only for short abbreviations. */
  static String name(String file, int line, String raw) {
    String s = raw.replace('_', ' ').strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      throw new DictionaryFormatException(file, line, "actor line needs a name");
    }
    if (s.startsWith("+")) {
      throw new DictionaryFormatException(file, line, "bad name '" + raw.strip() + "'");
    }
    long letters = s.chars().filter(Character::isLetter).count();
    // PETRARCH writes every name in capitals; Vigil reads an all-capital name of up to five
    // letters as an abbreviation that must be written so ("US", not "us"): keep that for three.
    if (letters <= 3 && s.indexOf(' ') < 0) {
      return s.toUpperCase(Locale.ROOT);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private void finish(Pending p) {
    if (p == null) {
      return;
    }
    if (p.codes.isEmpty() && p.sawBadDate) {
      return;
    }
    if (p.codes.isEmpty()) {
      throw new DictionaryFormatException(p.file, p.line, "actor '" + p.names.get(0) + "' has no code");
    }
    String name = p.names.get(0);
    List<String> aliases = p.names.subList(1, p.names.size());
    List<ActorEntry.Role> dated = p.codes.stream().filter(r -> !r.range().equals(DateRange.ALWAYS)).toList();
    if (dated.isEmpty() && p.codes.size() == 1 && p.codes.get(0).code().contains("/")) {
      // THE_SHIRE [FRO/BIL/SAM]: one country entry per code, marked so the coder codes each.
      for (String code : p.codes.get(0).code().split("/")) {
        entries.add(new ActorEntry.Country(code, name, aliases, List.of(), List.of(), List.of(), List.of(), COMPOUND));
      }
      return;
    }
    if (dated.isEmpty() && p.codes.size() == 1) {
      String code = p.codes.get(0).code();
      if (code.equals("---") || code.equals("+++") || code.equals("###")) {
        entries.add(new ActorEntry.Group(code, name, aliases, List.of(), List.of(), null, DateRange.ALWAYS, true));
      } else if (code.matches("[A-Z]{3}")) {
        entries.add(new ActorEntry.Country(code, name, aliases, List.of(), List.of(), List.of(), List.of(), null));
      } else {
        boolean stateless = STATELESS.stream().anyMatch(code::startsWith) || !code.matches("[A-Z]{3}.*");
        String sector = code.length() >= 6 ? code.substring(3, 6) : null;
        entries.add(new ActorEntry.Group(code, name, aliases, List.of(), stateless ? List.of() : List.of(code.substring(0, 3)),
            sector, DateRange.ALWAYS, false));
      }
      return;
    }
    // Date-bounded codes: a person-like entry whose code depends on the day. Undated codes are
    // the defaults, used when no dated one holds, so they go last (ActorEntry.Person.roleOn).
    List<ActorEntry.Role> roles = new ArrayList<>(dated);
    p.codes.stream().filter(r -> r.range().equals(DateRange.ALWAYS)).forEach(roles::add);
    entries.add(new ActorEntry.Person(name, aliases, roles));
  }
}
