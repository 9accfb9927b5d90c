package org.vigil.ingest.story;

import info.debatty.java.lsh.MinHash;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;

/**
 * Groups articles into stories as they arrive (issue 13): an article is a copy of an earlier one
 * when it has the same content hash (an exact duplicate), or when it is a near duplicate — a wire
 * copy, a light rewrite, a new headline over the same text, its paragraphs reordered or its last
 * ones cut — found by MinHash and LSH bands over word {@linkplain Shingles shingles} and confirmed
 * by the actual Jaccard similarity (or containment) of the two shingle sets, as
 * {@link StoryConfig} sets out. Articles more than {@link StoryConfig#windowDays()} apart are never
 * one story.
 *
 * <p>MinHash signatures come from java-lsh's {@link MinHash} (a seeded family of
 * {@code (a·x + b) mod (2^31 - 1)} hash functions, the same on every run for one seed); the LSH
 * bands are kept here, as a map from band hash to the articles in it, because java-lsh's
 * {@code LSHMinHash} hashes only boolean vectors and cannot forget an article.
 *
 * <p>Incremental and bounded: {@link #add} keeps an article until it is more than the window older
 * than the newest article seen, then forgets it (an article that arrives later than that starts a
 * story of its own). Thread-safe: shingles and signatures are computed outside the lock, the look-up
 * and insertion of one article are atomic, so concurrent adds of copies put them in one story.
 */
public final class StoryIndex {

  private final StoryConfig config;
  private final MinHash minHash;
  private final int rows;

  // all guarded by this
  private final Map<String, Entry> byHash = new HashMap<>();
  private final Map<Long, List<Entry>> buckets = new HashMap<>();
  private final TreeMap<LocalDate, List<Entry>> byDate = new TreeMap<>();
  private LocalDate newest;
  private int size;

  private record Entry(String articleId, String storyId, String contentHash, LocalDate date, int[] shingles,
      long[] bands) {}

  public StoryIndex(StoryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.minHash = new MinHash(config.hashes(), Integer.MAX_VALUE, config.seed());
    this.rows = config.hashes() / config.bands();
  }

  public StoryConfig config() {
    return config;
  }

  /**
   * Assigns the article to a story: the story of the earlier article (within the window) it is the
   * most similar copy of, else a new story named by its content hash; then remembers it. An article
   * added twice (same content hash) is an exact duplicate of its first add.
   */
  public StoryAssignment add(Article article) {
    Objects.requireNonNull(article, "article");
    String hash = article.contentHash();
    int[] shingles = Shingles.of(article, config.shingleWords());
    long[] bands = bands(shingles);
    synchronized (this) {
      Entry same = byHash.get(hash);
      if (same != null && withinWindow(same.date, article.date())) {
        return new StoryAssignment(article.id(), same.storyId, false, same.articleId, 1.0);
      }
      Entry best = null;
      double bestJaccard = -1;
      Set<Entry> seen = new LinkedHashSet<>();
      for (long band : bands) {
        for (Entry candidate : buckets.getOrDefault(band, List.of())) {
          if (!seen.add(candidate) || !withinWindow(candidate.date, article.date())) {
            continue;
          }
          double jaccard = Shingles.jaccard(shingles, candidate.shingles);
          if (isCopy(shingles, candidate.shingles, jaccard) && jaccard > bestJaccard) {
            best = candidate;
            bestJaccard = jaccard;
          }
        }
      }
      StoryAssignment assignment = best == null
          ? StoryAssignment.alone(article)
          : new StoryAssignment(article.id(), best.storyId, false, best.articleId, bestJaccard);
      remember(new Entry(article.id(), assignment.storyId(), hash, article.date(), shingles, bands));
      return assignment;
    }
  }

  /**
   * Remembers an article stored earlier in {@code storyId} without assigning it, so that copies of
   * it in this run join its story (a new run's index learns the store's latest articles so).
   */
  public void remember(Article article, String storyId) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(storyId, "storyId");
    int[] shingles = Shingles.of(article, config.shingleWords());
    long[] bands = bands(shingles);
    synchronized (this) {
      remember(new Entry(article.id(), storyId, article.contentHash(), article.date(), shingles, bands));
    }
  }

  /** Whether two shingle sets of this Jaccard similarity are one story's. */
  private boolean isCopy(int[] a, int[] b, double jaccard) {
    if (jaccard >= config.jaccard()) {
      return true;
    }
    return Math.min(a.length, b.length) >= config.minShingles() && Shingles.containment(a, b) >= config.containment();
  }

  private boolean withinWindow(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b)) <= config.windowDays();
  }

  /** One hash per band of the article's MinHash signature; an empty text has no bands. */
  private long[] bands(int[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    Set<Integer> set = new java.util.HashSet<>(shingles.length * 2);
    for (int s : shingles) {
      set.add(s);
    }
    int[] signature = minHash.signature(set);
    long[] bands = new long[config.bands()];
    for (int b = 0; b < bands.length; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < rows; r++) {
        h = (h ^ signature[b * rows + r]) * 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
      }
      bands[b] = h;
    }
    return bands;
  }

  private void remember(Entry entry) {
    byHash.putIfAbsent(entry.contentHash, entry);
    for (long band : entry.bands) {
      buckets.computeIfAbsent(band, k -> new ArrayList<>(2)).add(entry);
    }
    byDate.computeIfAbsent(entry.date, k -> new ArrayList<>()).add(entry);
    size++;
    if (newest == null || entry.date.isAfter(newest)) {
      newest = entry.date;
      evictBefore(newest.minusDays(config.windowDays()));
    }
  }

  /**
   * Forgets the articles published before {@code day}; returns how many. {@link #add} calls it
   * with the newest date seen minus the window.
   */
  public synchronized int evictBefore(LocalDate day) {
    int evicted = 0;
    while (!byDate.isEmpty() && byDate.firstKey().isBefore(day)) {
      for (Entry e : byDate.pollFirstEntry().getValue()) {
        byHash.remove(e.contentHash, e);
        for (long band : e.bands) {
          List<Entry> in = buckets.get(band);
          if (in != null) {
            in.remove(e);
            if (in.isEmpty()) {
              buckets.remove(band);
            }
          }
        }
        evicted++;
      }
    }
    size -= evicted;
    return evicted;
  }

  /** Articles remembered now (those not yet evicted). */
  public synchronized int size() {
    return size;
  }
}
