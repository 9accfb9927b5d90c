package org.vigil.core.event;

/**
 * Where an event happened.
 *
 * @param name the place's name
 * @param feature feature type ("country", "city", "border region", ...)
 * @param country ISO-3 country, or null
 * @param admin1 first-level region, or null
 * @param lat latitude, or null when unknown
 * @param lon longitude, or null when unknown
 * @param geonamesId GeoNames id, or null
 * @param from "text" when a place in the sentence gave it, "context" when the article's scene
 *     did (a place named earlier, see {@link Locator#context}), "actor" when the target's or
 *     source's country did
 * @param text the raw text it came from
 * @param confidence 0..1
 */
public record Location(
    String name,
    String feature,
    String country,
    String admin1,
    Double lat,
    Double lon,
    Long geonamesId,
    String from,
    String text,
    double confidence) {

  public Location {
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("location confidence must be in [0, 1], was " + confidence);
    }
  }
}
