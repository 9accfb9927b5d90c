package org.vigil.pipeline.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.correction.Correction;
import org.vigil.core.correction.OriginalCoding;

/**
 * Dictionary changes derived from corrections (issue 14, item 7), each with its evidence (the
 * correction ids) and the lines to write in our dictionary format (docs/DICTIONARIES.md), linted in
 * place by {@link SuggestionLint}:
 *
 * <ul>
 *   <li>{@code actor}: a wrong verdict gives another code for an actor the dictionaries do not
 *       know by the words written, or know as another actor: an {@code alias} line under the
 *       record of the corrected code, or a new {@code group} record for a code of a new group;
 *   <li>{@code verb-pattern}: at least {@value #MIN_EVIDENCE} corrections give the same other CAMEO
 *       code for events of the same verb pattern: the pattern moved under the corrected code;
 *   <li>{@code no-event}: at least {@value #MIN_EVIDENCE} corrections say a pattern's events are
 *       no events: the pattern moved under {@code verb ---} (it then codes nothing), to be
 *       restricted or removed.
 * </ul>
 *
 * Thread-safe: it keeps only the linter's findings on the dictionaries as they are, found at the first call.
 */
public final class DictionarySuggestions {
  /** Corrections of one pattern it takes to suggest changing the pattern. */
  public static final int MIN_EVIDENCE = 2;

  /** A pattern as events carry it: its text, then its origin in parentheses. */
  private static final Pattern PATTERN = Pattern.compile("^(.*\\S)\\s+\\(([^()]+:\\d+)\\)$");

  /**
   * One suggested change.
   *
   * @param kind {@code actor}, {@code verb-pattern} or {@code no-event}
   * @param text the words it is about: the actor as written, or the pattern's triggers as written
   * @param current what the dictionaries give now: an actor code ({@code -} for none), or the CAMEO
   *     code and pattern with its origin
   * @param suggested the corrected code, or {@code no event}
   * @param evidence the ids of the corrections it rests on, oldest first
   * @param dictionaryLine the record header and line(s) to write, in our format
   * @param where where to write them: under the record at {@code file:line}, or at the end of a file
   * @param lint the linter's findings about the lines, in place ({@code file:line: error|warning:
   *     message [check]}); empty when clean; one line saying why when they could not be linted
   */
  public record Suggestion(String kind, String text, String current, String suggested, List<String> evidence,
      String dictionaryLine, String where, List<String> lint) {
    public Suggestion {
      Objects.requireNonNull(kind, "kind");
      evidence = List.copyOf(evidence);
      lint = List.copyOf(lint);
    }

    Suggestion withLint(List<String> value) {
      return new Suggestion(kind, text, current, suggested, evidence, dictionaryLine, where, value);
    }
  }

  /** An edit of the dictionary files that a suggestion makes, for the linter. */
  record Edit(String file, int afterLine, List<String> lines, int commentOut) {}

  private final Dictionaries dictionaries;
  private final DictionaryFiles files;
  private final CorrectionCheck codes;
  // the linter's findings on the dictionaries as they are, found once (guarded by this)
  private Set<String> baseline;

  public DictionarySuggestions(Dictionaries dictionaries, DictionaryFiles files) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.files = Objects.requireNonNull(files, "files");
    this.codes = new CorrectionCheck(dictionaries);
  }

  /** The suggestions of {@code corrections} (oldest first), actors first, then patterns; each linted. */
  public List<Suggestion> suggest(List<Correction> corrections) {
    List<Draft> drafts = new ArrayList<>();
    actors(corrections, drafts);
    patterns(corrections, drafts);
    List<List<String>> lint = new SuggestionLint(files, this::baseline).lint(drafts.stream().map(Draft::edits).toList(),
        drafts.stream().map(d -> d.mentions).toList());
    List<Suggestion> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      out.add(drafts.get(i).suggestion.withLint(lint.get(i)));
    }
    return out;
  }

  private synchronized Set<String> baseline() {
    if (baseline == null) {
      baseline = SuggestionLint.baseline(files);
    }
    return baseline;
  }

  /** A suggestion before linting, with its edits and the words a finding about it would name. */
  private record Draft(Suggestion suggestion, List<Edit> edits, Set<String> mentions) {}

  private void actors(List<Correction> corrections, List<Draft> out) {
    // by actor words (any case) and corrected code
    Map<String, List<Correction>> groups = new LinkedHashMap<>();
    Map<String, String[]> what = new LinkedHashMap<>();
    for (Correction c : corrections) {
      if (c.coding() == null) {
        continue;
      }
      OriginalCoding o = c.original();
      side(c, o.sourceText(), o.source(), c.coding().source(), groups, what);
      side(c, o.targetText(), o.target(), c.coding().target(), groups, what);
    }
    groups.forEach((key, list) -> {
      String[] w = what.get(key);
      out.add(actor(w[0], w[1], w[2], list.stream().map(Correction::id).distinct().toList()));
    });
  }

  private void side(Correction c, String written, String was, String corrected, Map<String, List<Correction>> groups,
      Map<String, String[]> what) {
    if (corrected == null || corrected.equals(was)) {
      return;
    }
    String text = words(written);
    if (text.isEmpty()) {
      return;
    }
    List<ActorDictionary.Hit> hits = dictionaries.actors().lookup(text);
    for (ActorDictionary.Hit h : hits) {
      if (h.sector() == null && corrected.equals(code(h.entry()))) {
        return; // the dictionaries know these words as the corrected actor: the coder erred elsewhere
      }
    }
    String key = text.toLowerCase(Locale.ROOT) + "\t" + corrected;
    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    what.putIfAbsent(key, new String[] {text, hits.isEmpty() ? (was == null ? "-" : was) : hitCodes(hits), corrected});
  }

  /** The words of an actor mention without a leading article ("the CSTO" is written CSTO). */
  private static String words(String written) {
    String t = written == null ? "" : written.strip().replaceAll("\\s+", " ");
    return t.replaceFirst("^(?i:the|a|an)\\s+", "");
  }

  private static String hitCodes(List<ActorDictionary.Hit> hits) {
    Set<String> codes = new LinkedHashSet<>();
    for (ActorDictionary.Hit h : hits) {
      codes.add(h.sector() != null ? "sector " + h.sector().code() : code(h.entry()));
    }
    return String.join(" ", codes);
  }

  private static String code(ActorEntry e) {
    return switch (e) {
      case ActorEntry.Country c -> c.code();
      case ActorEntry.Organisation o -> o.code();
      case ActorEntry.Group g -> g.code();
      case ActorEntry.Person p -> p.roles().isEmpty() ? p.name() : p.roles().get(p.roles().size() - 1).code();
    };
  }

  private Draft actor(String text, String current, String corrected, List<String> evidence) {
    ActorEntry entry = dictionaries.actors().byCode(corrected);
    Set<String> mentions = Set.of(text.toLowerCase(Locale.ROOT), corrected.toLowerCase(Locale.ROOT));
    if (entry != null && !(entry instanceof ActorEntry.Person)) {
      String header = header(entry);
      String origin = dictionaries.actors().origin(entry);
      DictionaryFiles.Where at = files.where(origin);
      List<Edit> edits = at == null ? List.of() : List.of(new Edit(at.file(), at.line(), List.of("  alias " + text), 0));
      return new Draft(new Suggestion("actor", text, current, corrected, evidence, header + "\n  alias " + text,
          origin == null ? header : origin, List.of()), edits, mentions);
    }
    // a new record: a group of our scheme, or a body of a known actor named like a group (IRGC style)
    String home = corrected.substring(0, 3);
    String sector = corrected.length() >= 6 && codes.isSector(corrected.substring(3, 6)) ? corrected.substring(3, 6) : null;
    List<String> lines = new ArrayList<>();
    lines.add("group " + corrected + " " + text);
    if (codes.isCountry(home)) {
      lines.add("  country " + home);
    }
    if (sector != null) {
      lines.add("  sector " + sector);
    }
    String file = files.texts().containsKey("groups.txt") ? "groups.txt" : files.texts().keySet().stream()
        .reduce((a, b) -> b).orElse("groups.txt");
    return new Draft(new Suggestion("actor", text, current, corrected, evidence, String.join("\n", lines),
        files.prefix() + file + " (a new record at the end)", List.of()),
        files.lintable() ? List.of(new Edit(file, Integer.MAX_VALUE, lines, 0)) : List.of(), mentions);
  }

  private static String header(ActorEntry e) {
    return switch (e) {
      case ActorEntry.Country c -> "country " + c.code() + " " + c.name();
      case ActorEntry.Organisation o -> "org " + o.code() + " " + o.name();
      case ActorEntry.Group g -> "group " + g.code() + " " + g.name();
      case ActorEntry.Person p -> "person " + p.name();
    };
  }

  private void patterns(List<Correction> corrections, List<Draft> out) {
    Map<String, List<Correction>> recoded = new LinkedHashMap<>();
    Map<String, List<Correction>> noEvent = new LinkedHashMap<>();
    for (Correction c : corrections) {
      String pattern = c.original().pattern();
      if (pattern.isBlank()) {
        continue;
      }
      if (c.noEvent()) {
        noEvent.computeIfAbsent(pattern, k -> new ArrayList<>()).add(c);
      } else if (c.coding() != null && !c.coding().cameo().equals(c.original().cameo())) {
        recoded.computeIfAbsent(pattern + "\t" + c.coding().cameo(), k -> new ArrayList<>()).add(c);
      }
    }
    recoded.forEach((key, list) -> {
      if (list.size() >= MIN_EVIDENCE) {
        String code = key.substring(key.lastIndexOf('\t') + 1);
        String description = dictionaries.cameo().find(code).map(CameoCode::description).orElse("?");
        out.add(pattern("verb-pattern", list, code, "verb " + code + " " + description));
      }
    });
    noEvent.forEach((pattern, list) -> {
      if (list.size() >= MIN_EVIDENCE) {
        out.add(pattern("no-event", list, "no event", "verb --- No event: restricted after corrections"));
      }
    });
  }

  private Draft pattern(String kind, List<Correction> list, String suggested, String header) {
    OriginalCoding first = list.get(0).original();
    Matcher m = PATTERN.matcher(first.pattern());
    String text = m.matches() ? m.group(1) : first.pattern();
    String origin = m.matches() ? m.group(2) : null;
    Set<String> triggers = new LinkedHashSet<>();
    list.forEach(c -> triggers.add(c.original().trigger().isEmpty() ? "?" : c.original().trigger()));
    List<String> evidence = list.stream().map(Correction::id).distinct().toList();
    String line = "  " + text;
    DictionaryFiles.Where at = files.where(origin);
    List<Edit> edits = at == null ? List.of()
        : List.of(new Edit(at.file(), at.line(), List.of(), 1), new Edit(at.file(), Integer.MAX_VALUE,
            List.of(header, line), 0));
    Suggestion s = new Suggestion(kind, String.join(", ", triggers), first.cameo() + " " + first.pattern(), suggested,
        evidence, header + "\n" + line, origin == null ? "(the pattern's origin is unknown)"
        : origin + " (moved from there)", List.of());
    return new Draft(s, edits, Set.of(text.toLowerCase(Locale.ROOT)));
  }
}
