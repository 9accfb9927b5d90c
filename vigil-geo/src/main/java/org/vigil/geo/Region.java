package org.vigil.geo;

import java.util.List;
import java.util.Objects;

/**
 * A first-level administrative region (province, state, governorate, oblast). Immutable and
 * thread-safe.
 *
 * @param key GeoNames key: ISO-2 country code, a dot and the GeoNames admin1 code ({@code AF.03})
 * @param country ISO-3 code of its country
 * @param name its name ("Baghlan", "Homs Governorate")
 * @param names other names: without the generic word ("Homs"), AP abbreviations of US states
 *     ("Miss.")
 * @param lat latitude of the mean of its places
 * @param lon longitude of the mean of its places
 * @param population inhabitants of its places, 0 where unknown
 * @param geonamesId GeoNames id of the region (feature {@code ADM1}), or null where the gazetteer
 *     has none
 */
public record Region(
    String key, String country, String name, List<String> names, double lat, double lon, long population, Long geonamesId) {

  public Region {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
  }

  /** A region without a GeoNames id. */
  public Region(String key, String country, String name, List<String> names, double lat, double lon, long population) {
    this(key, country, name, names, lat, lon, population, null);
  }

  /** The region as a gazetteer entry. */
  public Place asPlace() {
    return new Place(geonamesId, name, "ADM1", country, key, name, lat, lon, population);
  }
}
