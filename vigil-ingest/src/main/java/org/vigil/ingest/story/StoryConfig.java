package org.vigil.ingest.story;

import java.util.Locale;

/**
 * How {@link StoryIndex} finds copies. Immutable; checks itself.
 *
 * <p>Two articles are one story when they are at most {@code windowDays} apart and either the
 * Jaccard similarity of their word-shingle sets is at least {@code jaccard}, or the smaller set is
 * contained in the larger to at least {@code containment} (a trimmed copy: its last paragraphs cut)
 * and has at least {@code minShingles} shingles. Candidates come from LSH: {@code hashes} MinHash
 * values in {@code bands} bands of {@code hashes / bands} rows; a pair of Jaccard similarity s
 * shares a band with probability 1 - (1 - s^rows)^bands (rows 3, bands 96: 0.93 at s = 0.3,
 * 0.99999 at 0.5, 0.09 at 0.1), and only a shared band leads to the exact comparison.
 *
 * @param shingleWords words per shingle, 1..10
 * @param hashes MinHash signature length, a multiple of {@code bands}
 * @param bands LSH bands
 * @param jaccard least Jaccard similarity of one story, (0, 1]
 * @param containment least share of the smaller article's shingles found in the other, (0, 1]
 * @param minShingles least shingles of the smaller article for containment to count
 * @param windowDays articles further apart than this (by publication date) are never one story
 * @param seed seeds the MinHash family, so that signatures are the same on every run
 */
public record StoryConfig(int shingleWords, int hashes, int bands, double jaccard, double containment,
    int minShingles, int windowDays, long seed) {

  public StoryConfig {
    if (shingleWords < 1 || shingleWords > 10) {
      throw new IllegalArgumentException("story shingle words must be 1..10, was " + shingleWords);
    }
    if (bands < 1 || hashes < bands || hashes % bands != 0) {
      throw new IllegalArgumentException("story hashes (" + hashes + ") must be a positive multiple of the bands ("
          + bands + ")");
    }
    if (!(jaccard > 0 && jaccard <= 1)) {
      throw new IllegalArgumentException("story jaccard threshold must be in (0, 1], was " + jaccard);
    }
    if (!(containment > 0 && containment <= 1)) {
      throw new IllegalArgumentException("story containment threshold must be in (0, 1], was " + containment);
    }
    if (minShingles < 1) {
      throw new IllegalArgumentException("story min shingles must be at least 1, was " + minShingles);
    }
    if (windowDays < 0) {
      throw new IllegalArgumentException("story window must be at least 0 days, was " + windowDays);
    }
  }

  /** The defaults (docs/ACCURACY.md, "Stories (near duplicates)", shows how they were chosen). */
  public static StoryConfig defaults() {
    return new StoryConfig(4, 288, 96, 0.4, 0.7, 20, 3, 0x5709_1E5L);
  }

  /** The same with another window. */
  public StoryConfig withWindowDays(int days) {
    return new StoryConfig(shingleWords, hashes, bands, jaccard, containment, minShingles, days, seed);
  }

  /** The same with other thresholds. */
  public StoryConfig withThresholds(double jaccard, double containment) {
    return new StoryConfig(shingleWords, hashes, bands, jaccard, containment, minShingles, windowDays, seed);
  }

  /** In words, for logs and reports. */
  public String describe() {
    return String.format(Locale.ROOT, "%d-word shingles, MinHash %d in %d bands, Jaccard >= %.2f or containment >= %.2f"
        + " (>= %d shingles), window %d days", shingleWords, hashes, bands, jaccard, containment, minShingles,
        windowDays);
  }
}
