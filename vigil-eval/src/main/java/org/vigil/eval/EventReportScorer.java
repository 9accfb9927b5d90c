package org.vigil.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Location;

/**
 * Scores the date and place of the coder's top event on event reports. Accumulates over records;
 * one instance per scoring run, not thread-safe.
 */
final class EventReportScorer {
  static final double NEAR_KM = 50;
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
      if (l != null && sameRegion(gold.admin1(), l.admin1())) {
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

  private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile(
      "\\b(province|governorate|region|state|oblast|district|department|county|prefecture|division|"
          + "municipality|territory|emirate|canton|voivodeship|of|the)\\b");

  private static String regionKey(String name) {
    String s = Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return GENERIC.matcher(s).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
