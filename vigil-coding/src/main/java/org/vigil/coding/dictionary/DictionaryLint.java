package org.vigil.coding.dictionary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a loaded dictionary set for mistakes that load cleanly: names written twice, a noun
 * claimed by two sectors, overlapping date ranges for one person's role or one office, codes
 * that name no CAMEO event or no actor, and patterns that can never fire. Each finding names the
 * file and line it is about where the dictionary records them. Stateless.
 */
public final class DictionaryLint {

  /**
   * One finding. {@code error} findings fail {@code vigil dict lint}; warnings are reported.
   *
   * @param error true for an error
   * @param where {@code file:line} where known, otherwise the record it is about
   * @param message what is wrong
   * @param check which check found it (one of {@link #CHECKS})
   */
  public record Finding(boolean error, String where, String message, String check) {
    public Finding(boolean error, String where, String message) {
      this(error, where, message, "");
    }

    @Override
    public String toString() {
      return where + ": " + (error ? "error: " : "warning: ") + message + (check.isEmpty() ? "" : " [" + check + "]");
    }
  }

  /** The checks, in the order they run. */
  public static final List<String> CHECKS = List.of(
      "duplicate-name", "ambiguous-name", "duplicate-person", "sector-noun", "overlapping-role",
      "overlapping-office", "vacant-office", "unknown-cameo-code", "unknown-actor-code", "unreachable-pattern", "split-word");

  /**
   * Offices one person holds at a time: two people in the same office (same code and title) on
   * the same day are a mistake. Deputies, ministers without portfolio and the like are not here.
   */
  private static final Set<String> SINGLE_HOLDER_TITLES = Set.of(
      "president", "prime minister", "chancellor", "supreme leader", "king", "queen", "emir", "sultan",
      "minister of foreign affairs", "foreign minister", "foreign secretary", "secretary of state",
      "minister of defence", "minister of defense", "defence minister", "defense minister",
      "minister of national defence", "minister of national defense", "secretary of defense",
      "secretary of state for defence", "minister of the interior", "interior minister",
      "secretary-general", "secretary general", "chief of the general staff");

  private DictionaryLint() {}

  public static List<Finding> check(Dictionaries d) {
    return check(d, null);
  }

  /**
   * As {@link #check(Dictionaries)}, and with {@code tokenizer} (the analysis pipeline's, which
   * core does not have): pattern words the tokenizer splits ("cease-fire" into cease, -, fire)
   * never reach the grammar as one lemma, so a pattern can never see them.
   */
  public static List<Finding> check(Dictionaries d, java.util.function.Function<String, List<String>> tokenizer) {
    List<Finding> out = new ArrayList<>();
    duplicateNames(d.actors(), out);
    ambiguousNames(d.actors(), out);
    duplicatePeople(d.actors(), out);
    sectorNouns(d.actors(), out);
    overlappingRoles(d.actors(), out);
    overlappingOffices(d.actors(), out);
    vacantOffices(d.actors(), out);
    unknownCameoCodes(d, out);
    unknownActorCodes(d.actors(), out);
    unreachablePatterns(d, out);
    if (tokenizer != null) {
      splitWords(d, tokenizer, out);
    }
    return out;
  }

  /** One finding per pattern word the tokenizer splits, at the first pattern that uses it. */
  private static void splitWords(Dictionaries d, java.util.function.Function<String, List<String>> tokenizer, List<Finding> out) {
    Map<String, List<VerbPattern>> users = new LinkedHashMap<>();
    for (VerbPattern p : d.verbs().all()) {
      Set<String> words = new java.util.TreeSet<>(p.triggers());
      for (VerbPattern.Constraint c : p.constraints()) {
        words.addAll(c.words());
      }
      for (String w : words) {
        users.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
      }
    }
    users.forEach((w, patterns) -> {
      List<String> tokens = tokenizer.apply(w);
      if (tokens.size() > 1) {
        out.add(new Finding(false, patterns.get(0).origin(), "'" + w + "' is split by the tokenizer (" + String.join(" ", tokens)
            + "), so the grammar never sees it as one word; used by " + patterns.size() + " pattern"
            + (patterns.size() == 1 ? "" : "s, the first here"), "split-word"));
      }
    });
  }

  private static String where(ActorDictionary actors, Object entry) {
    String o = actors.origin(entry);
    if (o != null) {
      return o;
    }
    return entry instanceof ActorEntry e ? label(e) : entry instanceof Sector s ? "sector " + s.code() : String.valueOf(entry);
  }

  /**
   * The same name written twice in one record (an alias repeating the name or another alias,
   * ignoring case). Spellings that differ in diacritics only are not duplicates: both are written
   * so that the record reads as news writes it.
   */
  private static void duplicateNames(ActorDictionary actors, List<Finding> out) {
    for (ActorEntry e : actors.entries()) {
      Set<String> seen = new HashSet<>();
      Set<String> reported = new HashSet<>();
      for (String name : names(e)) {
        String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!seen.add(key) && reported.add(key)) {
          out.add(new Finding(false, where(actors, e), label(e) + " writes '" + name + "' twice", "duplicate-name"));
        }
      }
    }
  }

  /** One name for several actors: the resolver must guess. */
  private static void ambiguousNames(ActorDictionary actors, List<Finding> out) {
    Map<String, List<ActorEntry>> owners = new LinkedHashMap<>();
    for (ActorEntry e : actors.entries()) {
      for (String name : new LinkedHashSet<>(names(e).stream().map(ActorDictionary::key).toList())) {
        List<ActorEntry> who = owners.computeIfAbsent(name, k -> new ArrayList<>());
        if (who.stream().noneMatch(x -> x == e)) {
          who.add(e);
        }
      }
    }
    owners.forEach((name, who) -> {
      if (who.size() > 1) {
        List<String> others = who.subList(0, who.size() - 1).stream().map(x -> label(x) + " (" + where(actors, x) + ")").toList();
        ActorEntry last = who.get(who.size() - 1);
        out.add(new Finding(false, where(actors, last), "'" + name + "' names " + label(last) + " and also "
            + String.join(", ", others), "ambiguous-name"));
      }
    });
  }

  private static void duplicatePeople(ActorDictionary actors, List<Finding> out) {
    Map<String, ActorEntry.Person> first = new HashMap<>();
    for (ActorEntry e : actors.entries()) {
      if (e instanceof ActorEntry.Person p) {
        ActorEntry.Person prev = first.putIfAbsent(ActorDictionary.key(p.name()), p);
        if (prev != null) {
          out.add(new Finding(true, where(actors, p), "person " + p.name() + " is written twice; first at "
              + where(actors, prev) + " (merge the roles into one record)", "duplicate-person"));
        }
      }
    }
  }

  private static List<String> names(ActorEntry e) {
    List<String> n = new ArrayList<>();
    n.add(e.name());
    switch (e) {
      case ActorEntry.Country c -> {
        n.addAll(c.aliases());
        n.addAll(c.capitals());
      }
      case ActorEntry.Organisation o -> n.addAll(o.aliases());
      case ActorEntry.Group g -> n.addAll(g.aliases());
      case ActorEntry.Person p -> n.addAll(p.aliases());
    }
    return n;
  }

  private static String label(ActorEntry e) {
    return switch (e) {
      case ActorEntry.Country c -> "country " + c.code();
      case ActorEntry.Organisation o -> "org " + o.code();
      case ActorEntry.Group g -> "group " + g.code();
      case ActorEntry.Person p -> "person " + p.name();
    };
  }

  private static void sectorNouns(ActorDictionary actors, List<Finding> out) {
    Map<String, Sector> owner = new HashMap<>();
    for (Sector s : actors.sectors()) {
      List<String> words = new ArrayList<>(s.nouns());
      words.addAll(s.roles());
      for (String w : words) {
        Sector prev = owner.putIfAbsent(ActorDictionary.key(w), s);
        if (prev != null && !prev.code().equals(s.code())) {
          out.add(new Finding(true, where(actors, s), "'" + w + "' is already a noun of sector " + prev.code()
              + " (" + where(actors, prev) + ")", "sector-noun"));
        }
      }
    }
  }

  /** One person holding the same role (code and title) twice over overlapping dates. */
  private static void overlappingRoles(ActorDictionary actors, List<Finding> out) {
    for (ActorEntry e : actors.entries()) {
      if (e instanceof ActorEntry.Person p) {
        List<ActorEntry.Role> roles = p.roles();
        for (int i = 0; i < roles.size(); i++) {
          for (int j = i + 1; j < roles.size(); j++) {
            ActorEntry.Role a = roles.get(i);
            ActorEntry.Role b = roles.get(j);
            if (a.code().equals(b.code()) && a.title().equalsIgnoreCase(b.title()) && a.range().overlaps(b.range())) {
              out.add(new Finding(true, where(actors, b), p.name() + ": role " + b.code() + " " + b.range() + " "
                  + b.title() + " overlaps " + a.range() + " at " + where(actors, a), "overlapping-role"));
            }
          }
        }
      }
    }
  }

  /** A person holding a role, gathered by office. */
  private record Holding(ActorEntry.Person person, ActorEntry.Role role) {}

  /** The roles whose title (in lower case) is one of {@code titles}, by office: code and title. */
  private static Map<String, List<Holding>> holdings(ActorDictionary actors, Set<String> titles) {
    Map<String, List<Holding>> holders = new LinkedHashMap<>();
    for (ActorEntry e : actors.entries()) {
      if (e instanceof ActorEntry.Person p) {
        for (ActorEntry.Role r : p.roles()) {
          String title = r.title().toLowerCase(Locale.ROOT).strip();
          if (titles.contains(title)) {
            holders.computeIfAbsent(r.code() + " " + title, k -> new ArrayList<>()).add(new Holding(p, r));
          }
        }
      }
    }
    return holders;
  }

  /**
   * Two people in one single-holder office (same code and title) on the same day. A handover on
   * one day (one term ends the day the next begins) is allowed.
   */
  private static void overlappingOffices(ActorDictionary actors, List<Finding> out) {
    holdings(actors, SINGLE_HOLDER_TITLES).forEach((office, list) -> {
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          ActorEntry.Person pa = list.get(i).person();
          ActorEntry.Person pb = list.get(j).person();
          ActorEntry.Role a = list.get(i).role();
          ActorEntry.Role b = list.get(j).role();
          if (pa != pb && overlapMoreThanADay(a.range(), b.range())) {
            out.add(new Finding(false, where(actors, b), pb.name() + " (" + b.range() + ") and " + pa.name() + " ("
                + a.range() + ", " + where(actors, a) + ") both hold " + b.code() + " " + b.title(), "overlapping-office"));
          }
        }
      }
    });
  }

  /** Heads of state and government: a country without one for months is a gap in the dictionary. */
  private static final Set<String> HEAD_TITLES = Set.of("president", "prime minister", "chancellor");

  /** The first year a vacancy is reported: the dictionary's office holders are complete from then on. */
  static final int VACANCIES_FROM = 2000;

  /** A stretch longer than this between two holders of one office is a vacancy. */
  private static final int VACANCY_DAYS = 90;

  /**
   * A head-of-state or head-of-government office (same code and title) listed before and after a
   * stretch of more than {@value #VACANCY_DAYS} days, since {@link #VACANCIES_FROM}, that nobody listed
   * holds: a missing office holder, so a surname of those years resolves to nothing (issue 11, point
   * 10). Interim and acting holders under another title make a warning that is no error.
   */
  private static void vacantOffices(ActorDictionary actors, List<Finding> out) {
    LocalDate since = LocalDate.of(VACANCIES_FROM, 1, 1);
    holdings(actors, HEAD_TITLES).forEach((office, all) -> {
      List<Holding> list = new ArrayList<>(all.stream()
          .filter(x -> !x.role().code().startsWith("IGO") && x.role().range().from() != null).toList());
      list.sort(java.util.Comparator.comparing(x -> x.role().range().from()));
      LocalDate covered = null;
      ActorEntry.Person last = null;
      for (Holding x : list) {
        ActorEntry.Role r = x.role();
        LocalDate from = r.range().from();
        if (covered != null && from.isAfter(since) && ChronoUnit.DAYS.between(covered, from) > VACANCY_DAYS) {
          out.add(new Finding(false, where(actors, x.person()), "no " + r.code() + " " + r.title() + " listed from "
              + covered + " (" + last.name() + ") to " + from + " (" + x.person().name() + ")", "vacant-office"));
        }
        LocalDate to = r.range().to() == null ? LocalDate.MAX : r.range().to();
        if (covered == null || to.isAfter(covered)) {
          covered = to;
          last = x.person();
        }
      }
    });
  }

  private static boolean overlapMoreThanADay(DateRange a, DateRange b) {
    if (!a.overlaps(b)) {
      return false;
    }
    // Inclusive ranges that share only their boundary day: a handover.
    return !(a.to() != null && a.to().equals(b.from())) && !(b.to() != null && b.to().equals(a.from()));
  }

  private static void unknownCameoCodes(Dictionaries d, List<Finding> out) {
    for (VerbPattern p : d.verbs().all()) {
      if (!p.code().equals(VerbPattern.NO_EVENT) && !d.cameo().contains(p.code())) {
        out.add(new Finding(true, p.origin(), "unknown CAMEO code " + p.code() + " in pattern '" + p.text() + "'", "unknown-cameo-code"));
      }
      if (p.reverseCode() != null && !d.cameo().contains(p.reverseCode())) {
        out.add(new Finding(true, p.origin(), "unknown CAMEO code " + p.reverseCode() + " (reverse) in pattern '" + p.text() + "'",
            "unknown-cameo-code"));
      }
    }
  }

  /**
   * Codes that name no actor: a role whose code is neither an actor's code nor a country code with
   * a known sector after it, a group's unknown home country, an organisation's unknown parent.
   */
  private static void unknownActorCodes(ActorDictionary actors, List<Finding> out) {
    Set<String> countries = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (ActorEntry e : actors.entries()) {
      switch (e) {
        case ActorEntry.Country c -> {
          countries.add(c.code());
          codes.add(c.code());
        }
        case ActorEntry.Organisation o -> codes.add(o.code());
        case ActorEntry.Group g -> codes.add(g.code());
        case ActorEntry.Person p -> { }
      }
    }
    if (countries.isEmpty()) {
      return; // a partial dictionary (an extra file on top of the built-in ones) cannot be checked alone
    }
    Set<String> sectors = new HashSet<>();
    actors.sectors().forEach(s -> sectors.add(s.code()));
    for (ActorEntry e : actors.entries()) {
      switch (e) {
        case ActorEntry.Person p -> {
          for (ActorEntry.Role r : p.roles()) {
            if (!knownActorCode(r.code(), codes, countries, sectors)) {
              out.add(new Finding(true, where(actors, r), p.name() + ": role code " + r.code()
                  + " is no actor code and no country code followed by a sector", "unknown-actor-code"));
            }
          }
        }
        case ActorEntry.Group g -> {
          for (String c : g.countries()) {
            if (!countries.contains(c) && !codes.contains(c)) {
              out.add(new Finding(true, where(actors, g), label(g) + ": unknown country " + c, "unknown-actor-code"));
            }
          }
        }
        case ActorEntry.Organisation o -> {
          if (o.parent() != null && !codes.contains(o.parent())) {
            out.add(new Finding(true, where(actors, o), label(o) + ": unknown parent " + o.parent(), "unknown-actor-code"));
          }
        }
        case ActorEntry.Country c -> { }
      }
    }
  }

  private static boolean knownActorCode(String code, Set<String> codes, Set<String> countries, Set<String> sectors) {
    if (codes.contains(code)) {
      return true;
    }
    for (String actor : codes) {
      if (code.startsWith(actor)) {
        String rest = code.substring(actor.length());
        if (rest.length() % 3 == 0 && !rest.isEmpty()) {
          boolean all = true;
          for (int i = 0; i < rest.length(); i += 3) {
            all &= sectors.contains(rest.substring(i, i + 3));
          }
          if (all && countries.contains(actor) || all && codes.contains(actor)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Patterns that can never fire for a trigger: an earlier pattern, at least as specific, with the
   * same trigger, source and target slots and constraints that hold whenever this one's hold
   * (identical ones, or the same constraint with more words). The coder tries the most specific
   * pattern first and the first written among equals, so this one is never reached.
   */
  private static void unreachablePatterns(Dictionaries d, List<Finding> out) {
    Set<String> reported = new HashSet<>();
    for (VerbPattern p : d.verbs().all()) {
      List<String> shadowedTriggers = new ArrayList<>();
      VerbPattern by = null;
      for (String t : new java.util.TreeSet<>(p.triggers())) {
        for (VerbPattern q : d.verbs().forLemma(t)) {
          if (q == p) {
            break; // forLemma is in the coder's order: only patterns before p can shadow it
          }
          if (covers(q, p)) {
            shadowedTriggers.add(t);
            by = q;
            break;
          }
        }
      }
      if (by != null && reported.add(p.origin() + p.text())) {
        boolean sameCode = by.code().equals(p.code());
        boolean allTriggers = shadowedTriggers.size() == p.triggers().size();
        out.add(new Finding(!sameCode, p.origin(), "pattern '" + p.text() + "' (" + p.code() + ") "
            + (allTriggers ? "can never fire" : "can never fire for " + String.join(", ", shadowedTriggers))
            + ": " + by.origin() + " '" + by.text() + "' (" + by.code() + ") matches first wherever it matches",
            "unreachable-pattern"));
      }
    }
  }

  /** True when {@code q} matches wherever {@code p} does. */
  static boolean covers(VerbPattern q, VerbPattern p) {
    if (q.pos() != p.pos() || !java.util.Objects.equals(q.targetSlot(), p.targetSlot())
        || !java.util.Objects.equals(q.sourceSlot(), p.sourceSlot())) {
      return false;
    }
    for (VerbPattern.Constraint qc : q.constraints()) {
      boolean implied = false;
      for (VerbPattern.Constraint pc : p.constraints()) {
        if (qc.kind() == pc.kind() && java.util.Objects.equals(qc.preposition(), pc.preposition())
            && qc.sequence().equals(pc.sequence())
            && (qc.words().isEmpty() || (!pc.words().isEmpty() && qc.words().containsAll(pc.words())))) {
          implied = true;
          break;
        }
      }
      if (!implied) {
        return false;
      }
    }
    return true;
  }
}
