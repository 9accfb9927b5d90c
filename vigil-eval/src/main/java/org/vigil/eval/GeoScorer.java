package org.vigil.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.vigil.core.article.Article;

/** Scores geoparsing records (toponyms and assertions) against a {@link Geoparser}. Not thread-safe. */
final class GeoScorer {
  static final double ACCURATE_KM = 161;
  private final Geoparser geoparser;
  private int toponymRecords;
  private long toponyms;
  private long found;
  private long within;
  private long countryRight;
  private int assertionRecords;
  private long assertions;
  private long held;
  private long upstreamAssertions;
  private long upstreamHeld;

  GeoScorer(Geoparser geoparser) {
    this.geoparser = geoparser;
  }

  RecordDetail add(GeoGold gold) {
    toponymRecords++;
    List<String> expected = new ArrayList<>();
    List<String> predictedLines = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    List<GeoPrediction> predicted;
    String error = null;
    try {
      predicted = geoparser.places(gold.toArticle());
    } catch (RuntimeException e) {
      predicted = List.of();
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    for (GeoPrediction p : predicted) {
      predictedLines.add(p.text() + " [" + p.start() + ", " + p.end() + ") -> " + p.name() + " " + p.country()
          + (p.lat() == null ? "" : String.format(Locale.ROOT, " (%.3f, %.3f)", p.lat(), p.lon())));
    }
    for (GeoGold.Toponym t : gold.toponyms()) {
      if (t.lat() == null || t.lon() == null) {
        continue;
      }
      toponyms++;
      expected.add(String.format(Locale.ROOT, "%s [%d, %d) (%.3f, %.3f)", t.phrase(), t.start(), t.end(), t.lat(), t.lon()));
      GeoPrediction best = null;
      int bestOverlap = 0;
      for (GeoPrediction p : predicted) {
        int overlap = Math.min(p.end(), t.end()) - Math.max(p.start(), t.start());
        if (p.lat() != null && p.lon() != null && overlap > bestOverlap) {
          best = p;
          bestOverlap = overlap;
        }
      }
      if (best == null) {
        continue;
      }
      found++;
      double km = km(t.lat(), t.lon(), best.lat(), best.lon());
      boolean near = km <= ACCURATE_KM;
      if (near) {
        within++;
      }
      String country = geoparser.countryAt(t.lat(), t.lon());
      boolean rightCountry = country != null && country.equals(best.country());
      if (rightCountry) {
        countryRight++;
      }
      matched.add(String.format(Locale.ROOT, "%s: %.0f km%s%s", t.phrase(), km, near ? " (within 161 km)" : "",
          rightCountry ? ", country right" : ", country " + best.country() + " not " + country));
    }
    return new RecordDetail(gold.id(), "geo", expected, predictedLines, matched, error);
  }

  RecordDetail add(MordecaiGold gold) {
    assertionRecords++;
    Article article = gold.toArticle();
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    String error = null;
    Lazy<List<GeoPrediction>> places = new Lazy<>(() -> geoparser.places(article));
    Lazy<String> eventLocation = new Lazy<>(() -> geoparser.eventLocation(article, gold.eventCategory()));
    for (MordecaiGold.Assertion a : gold.asserts()) {
      String value;
      try {
        value = value(a.path(), places, eventLocation);
      } catch (RuntimeException e) {
        value = null;
        error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      }
      boolean ok = value != null && normalise(value).equals(normalise(a.expected()));
      assertions++;
      if (!gold.skippedUpstream()) {
        upstreamAssertions++;
      }
      if (ok) {
        held++;
        if (!gold.skippedUpstream()) {
          upstreamHeld++;
        }
        matched.add(a.path());
      }
      expected.add(a.path() + " = " + a.expected());
      actual.add(a.path() + " = " + value);
    }
    if (error == null) {
      try {
        for (GeoPrediction p : places.get()) {
          actual.add("  " + p.text() + " [" + p.start() + ", " + p.end() + ") -> " + p.name() + " " + p.featureCode() + " "
              + p.country() + " " + p.admin1() + " " + p.geonamesId());
        }
      } catch (RuntimeException e) {
        error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      }
    }
    return new RecordDetail(gold.id(), "geo-assert", expected, actual, matched, error);
  }

  private static String value(String path, Lazy<List<GeoPrediction>> places, Lazy<String> eventLocation) {
    if (path.equals("event_location_raw")) {
      return eventLocation.get();
    }
    if (path.equals("geolocated_ents")) {
      List<String> texts = places.get().stream().map(p -> "\"" + p.text() + "\"").toList();
      return "[" + String.join(",", texts) + "]";
    }
    if (!path.startsWith("geolocated_ents[")) {
      throw new IllegalArgumentException("unknown assertion path " + path);
    }
    int close = path.indexOf(']');
    int index = Integer.parseInt(path.substring("geolocated_ents[".length(), close));
    String field = path.substring(close + 2);
    List<GeoPrediction> ps = places.get();
    int i = index < 0 ? ps.size() + index : index;
    if (i < 0 || i >= ps.size()) {
      return null;
    }
    GeoPrediction p = ps.get(i);
    return switch (field) {
      case "geonameid" -> p.geonamesId() == null ? null : p.geonamesId().toString();
      case "feature_code" -> p.featureCode();
      case "country_code3" -> p.country();
      case "admin1_name" -> p.admin1();
      case "search_name" -> p.text();
      case "name" -> p.name();
      default -> throw new IllegalArgumentException("unknown field " + field + " in assertion path " + path);
    };
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("[.,;:]+$", "").toLowerCase(Locale.ROOT);
  }

  GeoScore score() {
    return new GeoScore(toponymRecords, Ratio.ofOrNull(within, toponyms), Ratio.ofOrNull(countryRight, toponyms),
        Ratio.ofOrNull(found, toponyms), assertionRecords, Ratio.ofOrNull(held, assertions),
        Ratio.ofOrNull(upstreamHeld, upstreamAssertions));
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = Math.PI / 180;
    double a = Math.pow(Math.sin((lat2 - lat1) * r / 2), 2)
        + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.pow(Math.sin((lon2 - lon1) * r / 2), 2);
    return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** A value computed on first use. */
  private static final class Lazy<T> {
    private final Supplier<T> supplier;
    private T value;
    private boolean done;

    Lazy(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      if (!done) {
        value = supplier.get();
        done = true;
      }
      return value;
    }
  }
}
