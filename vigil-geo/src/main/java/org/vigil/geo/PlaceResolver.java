package org.vigil.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Chooses among the gazetteer entries a name matches. Each candidate gets a score: its size
 * (log10 of the population; countries 9, regions their population less 0.5), its rank (capital
 * +1, region seat +0.5, district seat +0.25), +1 when the name is its main name rather than an
 * alternate name ("Oklahoma" is the state, not Oklahoma City), the context
 * bonuses (+1.5..2.5 for a country the article names, +3 for a region it names), and +3 or -3
 * when the admin word written next to it agrees or not ("Homs Governorate" is a region). A
 * container written after it ("Prague, Oklahoma") keeps only the candidates inside it; a region or
 * country no town shares its name with, written after it with none inside, leaves none. The
 * confidence is the best candidate's share of {@code exp(2 * score)} over all candidates.
 * Stateless.
 */
final class PlaceResolver {
  /** How sure a resolution with typos is, relative to one without. */
  static final double FUZZY_FACTOR = 0.7;
  /** For a name that is the entry's own name, not one of its alternate names. */
  static final double MAIN_NAME_BONUS = 1.0;

  private PlaceResolver() {}

  /** A resolution: the place, its confidence, how many candidates there were. */
  record Resolution(Place place, double confidence, int candidates, boolean approximate) {}

  static Resolution resolve(String name, List<Place> candidates, Span.Level level, Place container, PlaceContext ctx,
      boolean fuzzy) {
    return resolve(name, candidates, level, container, false, ctx, fuzzy);
  }

  /**
   * As {@link #resolve(String, List, Span.Level, Place, PlaceContext, boolean)}; with {@code strict}
   * the container is surely one (a region or country whose name no town shares, not the next name
   * of a list), and a name none of whose readings lies in it resolves to nothing, for the caller to
   * place in the container.
   */
  static Resolution resolve(String name, List<Place> candidates, Span.Level level, Place container, boolean strict,
      PlaceContext ctx, boolean fuzzy) {
    List<Place> cands = new ArrayList<>(new LinkedHashSet<>(candidates));
    if (container != null) {
      List<Place> inside = cands.stream().filter(p -> inside(p, container)).toList();
      if (!inside.isEmpty()) {
        cands = new ArrayList<>(inside);
      } else if (strict) {
        // "Masisi territory, North Kivu": no entry of the name lies in the region or country written
        // after it, so the name is one the gazetteer lacks, placed in that container by the caller
        return null;
      }
    }
    if (cands.isEmpty()) {
      return null;
    }
    String key = Names.key(name);
    double[] scores = new double[cands.size()];
    int best = 0;
    for (int i = 0; i < cands.size(); i++) {
      scores[i] = score(cands.get(i), key, level, ctx);
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(2 * (s - scores[best]));
    }
    double confidence = 1 / sum;
    if (container != null && inside(cands.get(best), container)) {
      confidence = Math.max(confidence, 0.9);
    }
    if (fuzzy) {
      confidence *= FUZZY_FACTOR;
    }
    Place place = cands.get(best);
    boolean approximate = false;
    if (level == Span.Level.DISTRICT && place.isPopulated()) {
      place = place.asDistrict(name + " district");
      approximate = true;
    }
    return new Resolution(place, Math.round(Math.min(0.99, confidence) * 1000) / 1000.0, cands.size(), approximate);
  }

  static double score(Place p, String key, Span.Level level, PlaceContext ctx) {
    double s;
    switch (p.featureCode()) {
      case "PCLI" -> s = 9;
      case "ADM1" -> s = Math.log10(p.population() + 10) - 0.5;
      default -> s = Math.log10(p.population() + 10) + switch (p.featureCode()) {
        case "PPLC" -> 1.0;
        case "PPLA" -> 0.5;
        case "PPLA2" -> 0.25;
        default -> 0.0;
      };
    }
    if (Names.key(p.name()).equals(key)) {
      s += MAIN_NAME_BONUS;
    }
    s += ctx.countryBonus(p.country());
    if (!p.featureCode().equals("PCLI")) {
      s += ctx.regionBonus(p.admin1Key());
    }
    boolean region = p.featureCode().equals("ADM1");
    boolean populated = p.isPopulated();
    s += switch (level) {
      case ANY -> 0;
      case REGION -> region ? 3 : -3;
      case PLACE -> populated ? 2 : -3;
      case DISTRICT -> populated ? (p.featureCode().equals("PPLA2") || p.featureCode().equals("PPLA3") ? 1.5 : 0.5) : -3;
      case WORLD -> -9;
      case SEAT -> 0;
    };
    return s;
  }

  /** Whether {@code p} lies in {@code container}: its country, its region, or within 50 km of it. */
  static boolean inside(Place p, Place container) {
    if (p == container || !p.country().equals(container.country())) {
      return false;
    }
    return switch (container.featureCode()) {
      case "PCLI" -> true;
      case "ADM1" -> container.admin1Key() != null && container.admin1Key().equals(p.admin1Key());
      default -> container.admin1Key() != null && container.admin1Key().equals(p.admin1Key())
          || Names.km(p.lat(), p.lon(), container.lat(), container.lon()) <= 50;
    };
  }
}
