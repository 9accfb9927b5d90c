package org.vigil.geo;

import java.util.List;
import java.util.Objects;

/**
 * The region along the land border of two neighbouring countries: the gazetteer's places of each
 * country that lie within a set distance of a place of the other. Immutable and thread-safe.
 *
 * @param a ISO-3 code of one country (the alphabetically first)
 * @param b ISO-3 code of the other
 * @param name "Afghanistan–Tajikistan border"
 * @param lat latitude of the mean of its places (or of the two countries' nearest places)
 * @param lon longitude of that point
 * @param sideA places of {@code a} near {@code b}
 * @param sideB places of {@code b} near {@code a}
 */
public record BorderRegion(String a, String b, String name, double lat, double lon, List<Place> sideA, List<Place> sideB) {

  public BorderRegion {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("border countries must be distinct and in order, were " + a + ", " + b);
    }
    Objects.requireNonNull(name, "name");
    sideA = List.copyOf(sideA);
    sideB = List.copyOf(sideB);
  }

  /** Its id: the two ISO-3 codes joined by an en dash ("AFG–TJK"). */
  public String id() {
    return a + "–" + b;
  }

  /** The region as a gazetteer entry on the side of {@code country} (one of the two). */
  public Place asPlace(String country) {
    if (!country.equals(a) && !country.equals(b)) {
      throw new IllegalArgumentException(country + " is not a side of the " + id() + " border");
    }
    return new Place(null, name, "BORDER", country, null, null, lat, lon, 0);
  }
}
