package org.vigil.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * What an article says about where it is: the countries it names (by name or demonym) and the
 * first-level regions it names (by name or US state abbreviation). Resolution prefers places in
 * them. Built once per article; not thread-safe.
 */
final class PlaceContext {
  static final double COUNTRY_BONUS = 1.5;
  static final double REGION_BONUS = 3.0;
  private final Map<String, Double> countries = new HashMap<>();
  private final Map<String, Double> regions = new HashMap<>();

  void country(String iso3, double weight) {
    if (iso3 != null) {
      countries.merge(iso3, weight, Double::sum);
    }
  }

  void region(Region region, double weight) {
    regions.merge(region.key(), weight, Double::sum);
    country(region.country(), weight / 2);
  }

  /**
   * This context less what {@code own} holds: the context in which a mention that contributed
   * {@code own} is resolved, so that a name is not its own evidence ("Tripoli" naming Libya's
   * Tripoli District must not pull "Tripoli" towards Libya).
   */
  PlaceContext without(PlaceContext own) {
    if (own == null || own.countries.isEmpty() && own.regions.isEmpty()) {
      return this;
    }
    PlaceContext out = new PlaceContext();
    out.countries.putAll(countries);
    out.regions.putAll(regions);
    own.countries.forEach((k, w) -> out.countries.computeIfPresent(k, (key, v) -> v - w > 1e-9 ? v - w : null));
    own.regions.forEach((k, w) -> out.regions.computeIfPresent(k, (key, v) -> v - w > 1e-9 ? v - w : null));
    return out;
  }

  /** Bonus for a place in this country: 1.5 for one mention, up to 2.5 for many. */
  double countryBonus(String iso3) {
    Double w = countries.get(iso3);
    return w == null ? 0 : COUNTRY_BONUS * Math.min(1, w) + Math.min(1.0, 0.25 * Math.max(0, w - 1));
  }

  double regionBonus(String key) {
    Double w = key == null ? null : regions.get(key);
    return w == null ? 0 : REGION_BONUS * Math.min(1, w);
  }

  double weight(String iso3) {
    return countries.getOrDefault(iso3, 0.0);
  }

  /** The most named country that borders {@code country}, or null. */
  String likeliestNeighbour(Country country, Set<String> exclude) {
    String best = null;
    double bestWeight = 0;
    for (Entry<String, Double> e : countries.entrySet()) {
      if (country.neighbours().contains(e.getKey()) && !exclude.contains(e.getKey())
          && (e.getValue() > bestWeight || e.getValue() == bestWeight && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestWeight = e.getValue();
      }
    }
    return best;
  }

  List<String> countries() {
    return List.copyOf(countries.keySet());
  }
}
