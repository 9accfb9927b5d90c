package org.vigil.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A geoparsing gold record: a text and the place names in it with their coordinates, scored
 * against a {@link Geoparser} (accuracy within 161 km, right country). Immutable and thread-safe.
 *
 * @param id non-blank record id
 * @param date article date ({@link GoldRecord#DEFAULT_DATE} when the record gives none)
 * @param text the text, non-blank
 * @param toponyms the place names, possibly empty
 * @param origin {@code file:line} it was read from
 */
public record GeoGold(String id, LocalDate date, String text, List<Toponym> toponyms, String origin)
    implements GoldRecord {

  public GeoGold {
    Checks.nonBlank(id, "id");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(text, "text");
    toponyms = toponyms == null ? List.of() : List.copyOf(toponyms);
    origin = origin == null ? "" : origin;
  }

  /**
   * A place name in the text.
   *
   * @param start character offset of the phrase in the text
   * @param end character offset after it; {@code end >= start}
   * @param phrase the phrase as written
   * @param lat latitude in degrees, or null when the gold gives none
   * @param lon longitude in degrees, or null when the gold gives none
   */
  public record Toponym(int start, int end, String phrase, Double lat, Double lon) {

    public Toponym {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("toponym span [" + start + ", " + end + ") is not a span");
      }
      phrase = phrase == null ? "" : phrase;
      if (lat != null && (lat < -90 || lat > 90)) {
        throw new IllegalArgumentException("latitude must be in [-90, 90], was " + lat);
      }
      if (lon != null && (lon < -180 || lon > 180)) {
        throw new IllegalArgumentException("longitude must be in [-180, 180], was " + lon);
      }
    }
  }
}
