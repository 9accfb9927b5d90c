package org.vigil.eval;

/**
 * A place mention the geoparser found, for scoring. Immutable and thread-safe.
 *
 * @param start character offset in the text
 * @param end character offset after it
 * @param text the mention as written
 * @param name the resolved name
 * @param featureCode GeoNames feature code ({@code PPLC}, {@code ADM1}, {@code PCLI}), or null
 * @param geonamesId GeoNames id, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param country ISO-3 code, or null
 * @param admin1 first-level region name, or null
 */
public record GeoPrediction(int start, int end, String text, String name, String featureCode, Long geonamesId, Double lat,
    Double lon, String country, String admin1) {

  public GeoPrediction {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("prediction span [" + start + ", " + end + ") is not a span");
    }
    text = text == null ? "" : text;
  }
}
