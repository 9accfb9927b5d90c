package org.vigil.geo;

/**
 * Settings of place resolution. Immutable; the compact constructor rejects bad values with the
 * value in the message.
 *
 * <ul>
 *   <li>{@code borderKm} = 50: a place belongs to the border region of its country and a
 *       neighbour when a place of the neighbour lies within this many kilometres.
 *   <li>{@code untaggedMinPopulation} = 50,000: a capitalised name that the NER did not tag as a
 *       place is taken from the gazetteer only if it names a country or region, follows a
 *       locative preposition, or names a place at least this large.
 *   <li>{@code fuzzy} = true: names not found as written are looked up again allowing one typo
 *       (two in names of ten letters or more), as news misspells them ("Kyrgystan").
 * </ul>
 *
 * @param borderKm distance to the neighbour that makes a place part of a border region, in (0, 500]
 * @param untaggedMinPopulation population a place needs to be found without an NER tag or a cue
 * @param fuzzy whether to match names with a typo
 */
public record GeoConfig(double borderKm, long untaggedMinPopulation, boolean fuzzy) {

  public GeoConfig {
    if (!(borderKm > 0 && borderKm <= 500)) {
      throw new IllegalArgumentException("borderKm must be in (0, 500], was " + borderKm);
    }
    if (untaggedMinPopulation < 0) {
      throw new IllegalArgumentException("untaggedMinPopulation must be >= 0, was " + untaggedMinPopulation);
    }
  }

  /** The defaults listed above. */
  public static GeoConfig defaults() {
    return new GeoConfig(50, 50_000, true);
  }
}
