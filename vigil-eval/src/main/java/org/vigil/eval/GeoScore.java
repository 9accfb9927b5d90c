package org.vigil.eval;

/**
 * Geoparsing scores of one run; a ratio is null where nothing was there to score. Definitions
 * are in {@link Evaluation}. Immutable and thread-safe.
 *
 * @param toponymRecords geoparsing records with toponyms scored
 * @param acc161km gold toponyms (with coordinates) whose overlapping predicted mention lies within
 *     161 km (100 miles) of the gold point; a toponym with no such mention counts as wrong
 * @param countryAccuracy gold toponyms whose overlapping mention is in the country of the gold
 *     point
 * @param toponymRecall gold toponyms that some predicted mention with coordinates overlaps
 * @param assertionRecords records of geoparsing assertions scored
 * @param assertionAccuracy assertions that held
 * @param assertionAccuracyUpstream assertions that held, leaving out the records the assertions'
 *     own upstream project skips
 */
public record GeoScore(int toponymRecords, Ratio acc161km, Ratio countryAccuracy, Ratio toponymRecall,
    int assertionRecords, Ratio assertionAccuracy, Ratio assertionAccuracyUpstream) {

  public GeoScore {
    if (toponymRecords < 0 || assertionRecords < 0) {
      throw new IllegalArgumentException("record counts must be >= 0, were " + toponymRecords + ", " + assertionRecords);
    }
  }
}
