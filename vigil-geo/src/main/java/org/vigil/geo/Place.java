package org.vigil.geo;

import java.util.Objects;

/**
 * An entry of the gazetteer: a populated place, a first-level region, a country, or a border
 * region between two countries. Immutable and thread-safe.
 *
 * @param geonamesId GeoNames id, or null (countries, border regions and some regions have none here)
 * @param name the name the gazetteer gives it
 * @param featureCode GeoNames feature code ({@code PPL}, {@code PPLC}, {@code PPLA}, ...), or
 *     {@code PCLI} for a country, {@code ADM1} for a first-level region, {@code ADM2} for a
 *     district known only by its seat, {@code BORDER} for a border region, {@code LOC} for a
 *     name the gazetteer lacks, placed at the container the text gave ("Tin Can Island, Lagos")
 * @param country ISO-3 code of its country (for a border region: the side the text places it on)
 * @param admin1Key GeoNames first-level key ({@code AF.03}), or null
 * @param admin1 name of its first-level region, or null where the gazetteer has none
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param population inhabitants, 0 where unknown
 */
public record Place(
    Long geonamesId,
    String name,
    String featureCode,
    String country,
    String admin1Key,
    String admin1,
    double lat,
    double lon,
    long population) {

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(featureCode, "featureCode");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("bad coordinates " + lat + ", " + lon + " for " + name);
    }
    if (population < 0) {
      throw new IllegalArgumentException("population must be >= 0, was " + population + " for " + name);
    }
  }

  /** Whether it is a populated place (GeoNames feature class P: {@code PPL*}, {@code STLMT}). */
  public boolean isPopulated() {
    return featureCode.startsWith("PPL") || featureCode.equals("STLMT");
  }

  /**
   * A feature type in words: {@code country}, {@code region}, {@code district},
   * {@code border region}, {@code place} (a name placed at its container), {@code capital},
   * {@code city} (100,000 or more inhabitants) or {@code town}.
   */
  public String kind() {
    return switch (featureCode) {
      case "PCLI" -> "country";
      case "ADM1" -> "region";
      case "ADM2" -> "district";
      case "BORDER" -> "border region";
      case "LOC" -> "place";
      case "PPLC" -> "capital";
      default -> population >= 100_000 ? "city" : "town";
    };
  }

  /** This place with another feature code and name, for a district known by its seat. */
  Place asDistrict(String districtName) {
    return new Place(null, districtName, "ADM2", country, admin1Key, admin1, lat, lon, 0);
  }
}
