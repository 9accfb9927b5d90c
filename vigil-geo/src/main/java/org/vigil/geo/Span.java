package org.vigil.geo;

/**
 * A stretch of a sentence that may name a place. Package-private value.
 *
 * @param tokenBegin first token of the mention as written (with its admin word)
 * @param tokenEnd token after it
 * @param nameBegin first token of the name itself
 * @param nameEnd token after the name ("Arghistan" in "Arghistan district")
 * @param level what the text says it is, or {@link Level#ANY}
 * @param tagged whether the NER tagged it as a location
 * @param cued whether a locative preposition or an admin word introduces it
 */
record Span(int tokenBegin, int tokenEnd, int nameBegin, int nameEnd, Level level, boolean tagged, boolean cued) {

  /** What kind of place the words around a name say it is. */
  enum Level {
    ANY,
    /** city, town, village */
    PLACE,
    /** province, governorate, region, oblast, state */
    REGION,
    /** district, county, municipality */
    DISTRICT,
    /** a continent or world region ("Central Asia"): kept, never resolved to a place */
    WORLD,
    /** a building or body whose name is no town ("the White House"), placed at its seat ({@link Seats}) */
    SEAT
  }

  Span withLevel(Level l) {
    return new Span(tokenBegin, tokenEnd, nameBegin, nameEnd, l, tagged, true);
  }
}
