package org.vigil.eval.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;
import org.vigil.eval.ArticleSplit;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.ingest.story.StoryIndex;

/**
 * Scores {@link StoryIndex} on articles and known copies of them (issue 13): the articles of one
 * split (SHA-256 of the id, {@link ArticleSplit}), each with copies made by seeded transformations
 * ({@link CopyKind}), all dated within the window so that only similarity separates them, fed to a
 * fresh index in a seeded random order (a copy may come before its original). Every pair of the
 * set is scored: one original's articles are one story, any two others (many on the same
 * conflicts) are not. Stateless.
 */
public final class StoryEvaluation {
  /** Copies per original: one of each kind, then three combinations. */
  public static final int DEFAULT_COPIES = CopyKind.values().length + 3;

  private static final LocalDate BASE = LocalDate.of(2025, 1, 6);

  private StoryEvaluation() {}

  /**
   * Builds the set from the articles of {@code split} and scores it.
   *
   * @throws IllegalArgumentException when {@code copies} is negative or no article is in the split
   */
  public static StoryReport run(List<Article> corpus, ArticleSplit split, StoryConfig config, long seed, int copies) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(config, "config");
    if (copies < 0) {
      throw new IllegalArgumentException("copies must be at least 0, was " + copies);
    }
    List<Article> originals = corpus.stream().filter(a -> split.includes(a.id())).toList();
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("no article of the corpus is in the " + split.name().toLowerCase() + " split");
    }
    List<StoryCopies.Labelled> set = new ArrayList<>(StoryCopies.of(originals, copies, seed, BASE));
    Collections.shuffle(set, new Random(seed));
    StoryIndex index = new StoryIndex(config);
    Map<String, String> storyOf = new HashMap<>();
    for (StoryCopies.Labelled l : set) {
      StoryAssignment a = index.add(l.article());
      storyOf.put(l.article().id(), a.storyId());
    }
    return score(set, storyOf, split.name().toLowerCase(), config.describe(), seed, originals.size());
  }

  static StoryReport score(List<StoryCopies.Labelled> set, Map<String, String> storyOf, String split, String config,
      long seed, int originals) {
    Map<String, Long> perGroup = new HashMap<>();
    Map<String, Long> perStory = new HashMap<>();
    Map<String, Long> perCell = new HashMap<>();
    Map<String, String> storyOfOriginal = new HashMap<>();
    for (StoryCopies.Labelled l : set) {
      String story = storyOf.get(l.article().id());
      perGroup.merge(l.group(), 1L, Long::sum);
      perStory.merge(story, 1L, Long::sum);
      perCell.merge(l.group() + '\u0000' + story, 1L, Long::sum);
      if (l.isOriginal()) {
        storyOfOriginal.put(l.group(), story);
      }
    }
    Map<String, int[]> found = new HashMap<>();
    for (StoryCopies.Labelled l : set) {
      if (l.isOriginal()) {
        continue;
      }
      String kind = l.kinds().size() == 1 ? l.kinds().iterator().next().label() : "combined";
      int[] fm = found.computeIfAbsent(kind, k -> new int[2]);
      fm[1]++;
      if (storyOf.get(l.article().id()).equals(storyOfOriginal.get(l.group()))) {
        fm[0]++;
      }
    }
    return new StoryReport(split, config, seed, originals, set.size(), pairs(perGroup), pairs(perStory),
        pairs(perCell), found);
  }

  private static long pairs(Map<String, Long> sizes) {
    long n = 0;
    for (long s : sizes.values()) {
      n += s * (s - 1) / 2;
    }
    return n;
  }
}
