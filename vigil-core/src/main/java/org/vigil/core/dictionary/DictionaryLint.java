package org.vigil.core.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a loaded dictionary set for mistakes that load cleanly: a name claimed by two actors,
 * a noun claimed by two sectors, overlapping roles, patterns that can never fire. Stateless.
 */
public final class DictionaryLint {

  /** One finding. {@code error} findings fail {@code vigil dict lint}; warnings are reported. */
  public record Finding(boolean error, String where, String message) {
    @Override
    public String toString() {
      return (error ? "error: " : "warning: ") + where + ": " + message;
    }
  }

  private DictionaryLint() {}

  public static List<Finding> check(Dictionaries d) {
    List<Finding> out = new ArrayList<>();
    ambiguousNames(d.actors(), out);
    sectorNouns(d.actors(), out);
    overlappingRoles(d.actors(), out);
    unreachablePatterns(d, out);
    return out;
  }

  private static void ambiguousNames(ActorDictionary actors, List<Finding> out) {
    Map<String, Set<String>> owners = new HashMap<>();
    for (ActorEntry e : actors.entries()) {
      for (String name : names(e)) {
        owners.computeIfAbsent(ActorDictionary.key(name), k -> new LinkedHashSet<>()).add(label(e));
      }
    }
    owners.forEach((name, who) -> {
      if (who.size() > 1) {
        out.add(new Finding(false, "'" + name + "'", "names " + who.size() + " actors: " + String.join(", ", who)));
      }
    });
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
    Map<String, String> owner = new HashMap<>();
    for (Sector s : actors.sectors()) {
      List<String> words = new ArrayList<>(s.nouns());
      words.addAll(s.roles());
      for (String w : words) {
        String prev = owner.putIfAbsent(ActorDictionary.key(w), s.code());
        if (prev != null && !prev.equals(s.code())) {
          out.add(new Finding(true, "sector " + s.code(), "'" + w + "' is already a noun of sector " + prev));
        }
      }
    }
  }

  private static void overlappingRoles(ActorDictionary actors, List<Finding> out) {
    for (ActorEntry e : actors.entries()) {
      if (e instanceof ActorEntry.Person p) {
        List<ActorEntry.Role> roles = p.roles();
        for (int i = 0; i < roles.size(); i++) {
          for (int j = i + 1; j < roles.size(); j++) {
            ActorEntry.Role a = roles.get(i);
            ActorEntry.Role b = roles.get(j);
            if (a.code().equals(b.code()) && a.title().equals(b.title()) && a.range().overlaps(b.range())) {
              out.add(new Finding(true, "person " + p.name(), "roles " + a.code() + " " + a.range() + " and " + b.range() + " overlap"));
            }
          }
        }
      }
    }
  }

  private static void unreachablePatterns(Dictionaries d, List<Finding> out) {
    Map<String, VerbPattern> seen = new HashMap<>();
    for (VerbPattern p : d.verbs().all()) {
      String key = new java.util.TreeSet<>(p.triggers()) + "/" + p.pos() + "/" + p.constraints() + "/" + p.targetSlot();
      VerbPattern first = seen.putIfAbsent(key, p);
      if (first != null) {
        boolean sameCode = first.code().equals(p.code());
        out.add(new Finding(!sameCode, p.origin(), "pattern '" + p.text() + "' (" + p.code() + ") can never fire: "
            + first.origin() + " has the same trigger and constraints (" + first.code() + ")"));
      }
    }
    for (VerbPattern p : d.verbs().all()) {
      if (!d.cameo().contains(p.code())) {
        out.add(new Finding(true, p.origin(), "unknown CAMEO code " + p.code()));
      }
    }
  }
}
