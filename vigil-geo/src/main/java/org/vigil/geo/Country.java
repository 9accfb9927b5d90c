package org.vigil.geo;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A country of the gazetteer. Immutable and thread-safe.
 *
 * @param iso2 ISO 3166-1 alpha-2 code
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name common English name
 * @param names other names ("Republic of Tajikistan", "Britain")
 * @param demonyms English adjectives and names of its people ("Tajik", "Afghan")
 * @param lat latitude of a central point
 * @param lon longitude of a central point
 * @param neighbours ISO-3 codes of the countries it shares a land border with
 * @param capital name of its capital, may be empty
 */
public record Country(
    String iso2, String iso3, String name, List<String> names, List<String> demonyms, double lat, double lon,
    Set<String> neighbours, String capital) {

  public Country {
    if (iso2 == null || iso2.length() != 2) {
      throw new IllegalArgumentException("iso2 must have two letters, was " + iso2);
    }
    if (iso3 == null || iso3.length() != 3) {
      throw new IllegalArgumentException("iso3 must have three letters, was " + iso3);
    }
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    neighbours = Set.copyOf(neighbours);
    capital = capital == null ? "" : capital;
  }

  /** The country as a gazetteer entry. */
  public Place asPlace() {
    return new Place(null, name, "PCLI", iso3, null, null, lat, lon, 0);
  }
}
