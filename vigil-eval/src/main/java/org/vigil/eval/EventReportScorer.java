package org.vigil.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Location;
import org.vigil.geo.Gazetteer;

/**
 * Scores the date and place of the coder's top event on event reports. Accumulates over records;
 * one instance per scoring run, not thread-safe.
 */
final class EventReportScorer {
  static final double NEAR_KM = 50;
  private final java.util.function.Supplier<Gazetteer> gazetteer;
  private int records;
  private long found;
  private long exact;
  private long start;
  private long covers;
  private long countryRecords;
  private long countryRight;
  private long admin1Records;
  private long admin1Right;
  private long pointRecords;
  private long near;
  private long within161;
  private long typeRecords;
  private long typeRight;

  /** A scorer that compares first-level regions through the shipped gazetteer's names. */
  EventReportScorer() {
    this(() -> Shipped.GAZETTEER);
  }

  /** A scorer that compares first-level regions through {@code gazetteer}'s names. */
  EventReportScorer(java.util.function.Supplier<Gazetteer> gazetteer) {
    this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** The shipped gazetteer, read on the first admin1 compared through it (holder idiom). */
  private static final class Shipped {
    static final Gazetteer GAZETTEER = Gazetteer.load();
  }

  /** Scores one record; {@code predicted} holds the non-negated events only. */
  RecordDetail add(EventReportGold gold, List<CodedEvent> predicted, String error) {
    records++;
    List<String> expected = new ArrayList<>();
    expected.add("date " + range(gold.eventDate(), gold.eventDateEnd()));
    expected.add("place " + (gold.location() == null ? "" : gold.location() + ", ") + nullToDash(gold.admin1()) + ", "
        + nullToDash(gold.country()) + (gold.lat() == null ? "" : String.format(Locale.ROOT, " (%.4f, %.4f)", gold.lat(), gold.lon())));
    List<String> guessed = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    CodedEvent top = PloverScorer.top(predicted);
    if (gold.plover() != null) {
      // over every record with a type: no event is the wrong type (issue 11)
      typeRecords++;
      expected.add("type " + gold.plover());
      if (top != null && top.plover() != null && top.plover().event() != null
          && PloverTypes.normalise(top.plover().event()).equals(PloverTypes.normalise(gold.plover()))) {
        typeRight++;
        matched.add("type");
      }
    }
    if (top != null) {
      guessed.add("type " + (top.plover() == null ? "-" : top.plover().event()) + " (" + top.cameo() + ")");
    }
    if (top == null) {
      return new RecordDetail(gold.id(), "event-report", expected, guessed, matched, error);
    }
    found++;
    EventDate d = top.date();
    guessed.add("date " + range(d.date(), d.end()) + " " + d.granularity().label() + " from " + d.from()
        + (d.text().isEmpty() ? "" : " \"" + d.text() + "\" " + d.timex()));
    if (d.date().equals(gold.eventDate()) && d.end().equals(gold.eventDateEnd())) {
      exact++;
      matched.add("date exact");
    }
    if (d.date().equals(gold.eventDate())) {
      start++;
      if (!matched.contains("date exact")) {
        matched.add("date first day");
      }
    }
    if (!gold.eventDate().isBefore(d.date()) && !gold.eventDate().isAfter(d.end())) {
      covers++;
    }
    Location l = top.location();
    guessed.add(l == null ? "place none" : "place " + l.name() + " (" + l.feature() + ", from " + l.from() + "), "
        + nullToDash(l.admin1()) + ", " + nullToDash(l.country())
        + (l.lat() == null ? "" : String.format(Locale.ROOT, " (%.4f, %.4f)", l.lat(), l.lon())));
    if (gold.country() != null) {
      countryRecords++;
      if (l != null && gold.country().equalsIgnoreCase(l.country() == null ? "" : l.country())) {
        countryRight++;
        matched.add("country");
      }
    }
    if (gold.admin1() != null) {
      admin1Records++;
      if (l != null && sameRegion(gazetteer.get(), gold.country(), gold.admin1(), l.admin1())) {
        admin1Right++;
        matched.add("admin1");
      }
    }
    if (gold.lat() != null) {
      pointRecords++;
      if (l != null && l.lat() != null && l.lon() != null) {
        double km = GeoScorer.km(gold.lat(), gold.lon(), l.lat(), l.lon());
        if (km <= NEAR_KM) {
          near++;
        }
        if (km <= GeoScorer.ACCURATE_KM) {
          within161++;
        }
        matched.add(String.format(Locale.ROOT, "place %.0f km away", km));
      }
    }
    return new RecordDetail(gold.id(), "event-report", expected, guessed, matched, error);
  }

  /** The scores, or null when no event report was scored. */
  EventReportScore score() {
    return records == 0 ? null : new EventReportScore(records, Ratio.ofOrNull(found, records),
        Ratio.ofOrNull(exact, found), Ratio.ofOrNull(start, found), Ratio.ofOrNull(covers, found),
        Ratio.ofOrNull(countryRight, countryRecords), Ratio.ofOrNull(admin1Right, admin1Records),
        Ratio.ofOrNull(near, pointRecords), Ratio.ofOrNull(within161, pointRecords), Ratio.ofOrNull(typeRight, typeRecords));
  }

  private static String range(LocalDate first, LocalDate last) {
    return first.equals(last) ? first.toString() : first + "/" + last;
  }

  private static String nullToDash(String s) {
    return s == null ? "-" : s;
  }

  /**
   * Whether two first-level region names name the same region: equal once diacritics, case,
   * punctuation and a generic word ("Province", "Governorate", "State", ...) are left out, or one
   * contains the other ("Homs" and "Homs (Hims)").
   */
  static boolean sameRegion(String gold, String predicted) {
    if (predicted == null) {
      return false;
    }
    String a = regionKey(gold);
    String b = regionKey(predicted);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.equals(b) || (Math.min(a.length(), b.length()) >= 4 && (a.contains(b) || b.contains(a)));
  }

  /**
   * Whether two first-level region names name the same region of {@code country}: {@link
   * #sameRegion(String, String)} on any pair of the names the gazetteer gives the regions they
   * name. Both sides are widened alike: a name stands for the regions of the country one of whose
   * names it matches ("North Kivu" for Nord-Kivu, whose alternate name it is), or, where it
   * matches none, the one region whose name is one letter away ("Banadir" for Banaadir) -- not
   * where it names a region itself ("Ogun" is not Osun).
   *
   * @param country ISO-3 code of the gold country, or null (then names are compared as written)
   */
  static boolean sameRegion(Gazetteer gazetteer, String country, String gold, String predicted) {
    if (predicted == null) {
      return false;
    }
    if (sameRegion(gold, predicted)) {
      return true;
    }
    if (gazetteer == null || country == null) {
      return false;
    }
    List<String> a = names(gazetteer, country, gold);
    List<String> b = names(gazetteer, country, predicted);
    for (String x : a) {
      for (String y : b) {
        if (sameRegion(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code name} and every name of the regions of {@code country} it names (see {@link #sameRegion}). */
  private static List<String> names(Gazetteer gazetteer, String country, String name) {
    String key = regionKey(name);
    List<String> out = new ArrayList<>(List.of(name));
    if (key.length() < 4) {
      return out;
    }
    List<org.vigil.geo.Region> exact = new ArrayList<>();
    List<org.vigil.geo.Region> near = new ArrayList<>();
    for (org.vigil.geo.Region r : gazetteer.regions()) {
      if (!r.country().equalsIgnoreCase(country)) {
        continue;
      }
      List<String> all = new ArrayList<>(r.names());
      all.add(r.name());
      if (all.stream().map(EventReportScorer::regionKey).anyMatch(key::equals)) {
        exact.add(r);
      } else if (all.stream().map(EventReportScorer::regionKey).anyMatch(k -> oneEditApart(key, k))) {
        near.add(r);
      }
    }
    List<org.vigil.geo.Region> named = !exact.isEmpty() ? exact : near.size() == 1 ? near : List.of();
    for (org.vigil.geo.Region r : named) {
      out.add(r.name());
      r.names().stream().filter(n -> !n.endsWith(".")).forEach(out::add);
    }
    return out;
  }

  /** Whether one letter inserted, deleted or replaced makes {@code a} of {@code b} (keys of 5 or more letters). */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile(
      "\\b(province|governorate|region|state|oblast|district|department|county|prefecture|division|"
          + "municipality|territory|emirate|canton|voivodeship|of|the)\\b");

  private static String regionKey(String name) {
    String s = Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return GENERIC.matcher(s).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
