package org.vigil.coding.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verb patterns indexed by trigger lemma, most specific first, and the dictionary's named word sets
 * ({@code set SANCTION ...}). Immutable and thread-safe.
 */
public final class VerbDictionary {
  private final Map<String, List<VerbPattern>> byLemma;
  private final List<VerbPattern> all;
  private final Map<String, Set<String>> sets;

  VerbDictionary(List<VerbPattern> patterns) {
    this(patterns, Map.of());
  }

  VerbDictionary(List<VerbPattern> patterns, Map<String, Set<String>> sets) {
    this.all = List.copyOf(patterns);
    Map<String, Set<String>> named = new HashMap<>();
    sets.forEach((k, v) -> named.put(k, Set.copyOf(v)));
    this.sets = Map.copyOf(named);
    Map<String, List<VerbPattern>> index = new HashMap<>();
    for (VerbPattern p : patterns) {
      for (String t : p.triggers()) {
        index.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
      }
    }
    // Most specific first; the sort is stable, so ties keep dictionary order.
    Map<String, List<VerbPattern>> sorted = new HashMap<>();
    index.forEach((k, v) -> {
      List<VerbPattern> copy = new ArrayList<>(v);
      copy.sort(Comparator.comparingInt(VerbPattern::specificity).reversed());
      sorted.put(k, List.copyOf(copy));
    });
    // a hash map, not Map.copyOf: most words are no trigger, and a hash map answers a miss from its table
    // (issue 5); only read
    this.byLemma = sorted;
  }

  /** Patterns whose trigger is this lemma, most specific first; empty when none. */
  public List<VerbPattern> forLemma(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }

  /** Every pattern in dictionary order. */
  public List<VerbPattern> all() {
    return all;
  }

  /** The words of the dictionary's set of this name, lower-case; empty when it has none. */
  public Set<String> set(String name) {
    return sets.getOrDefault(name, Set.of());
  }

  public boolean hasTrigger(String lemma) {
    return byLemma.containsKey(lemma);
  }
}
