package org.vigil.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How right event merging is on article gold (issue 13; docs/ACCURACY.md, "Merging events of many
 * articles"): pair precision and recall per split, and what the merged events look like. Immutable.
 *
 * @param dayWindow the merger's day window, also the gold rule's
 * @param articles articles coded
 * @param predicted non-negated events predicted
 * @param matched predictions matched to a gold event of their article
 * @param mergedEvents merged events the merger made of all predictions
 * @param multiArticle merged events with mentions from more than one article
 * @param maxArticles most articles of one merged event
 * @param mentions the merged events' mentions (copies in one story once), summed
 * @param sources the merged events' distinct sources, summed
 * @param splits per split (dev, heldout, all): the pair scores
 */
public record MergeReport(int dayWindow, int articles, int predicted, int matched, int mergedEvents,
    int multiArticle, int maxArticles, long mentions, long sources, Map<String, Split> splits) {

  public MergeReport {
    if (dayWindow < 0) {
      throw new IllegalArgumentException("merge report day window must be at least 0, was " + dayWindow);
    }
    splits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(splits));
  }

  /**
   * One split's figures.
   *
   * @param articles articles in the split
   * @param goldPairs gold pairs of one real event from different articles of the split, matched or not
   * @param pairs the pairs of matched predictions
   */
  public record Split(int articles, long goldPairs, Pairs pairs) {
    public Split {
      Objects.requireNonNull(pairs, "pairs");
    }
  }

  /**
   * Pairs of matched predictions from two different articles.
   *
   * @param merged pairs the merger put in one merged event
   * @param mergedRight of those, pairs whose gold events are one real event
   * @param same pairs whose gold events are one real event
   * @param sameMerged of those, pairs the merger put together (equals {@code mergedRight})
   * @param wrongExamples the first wrong merges, described
   * @param missedExamples the first missed merges, described
   * @param missedWhy missed merges by why the merger left them apart ({@code MergePairs.whyApart})
   */
  public record Pairs(long merged, long mergedRight, long same, long sameMerged, List<String> wrongExamples,
      List<String> missedExamples, Map<String, Long> missedWhy) {
    public Pairs {
      if (mergedRight > merged || sameMerged > same || merged < 0 || same < 0 || mergedRight < 0) {
        throw new IllegalArgumentException("merge pairs must count right pairs among all, was " + mergedRight + " of "
            + merged + " merged and " + sameMerged + " of " + same + " same");
      }
      wrongExamples = List.copyOf(wrongExamples);
      missedExamples = List.copyOf(missedExamples);
      missedWhy = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(missedWhy));
    }

    /** Merged pairs that are one real event; 1 when none were merged. */
    public double precision() {
      return merged == 0 ? 1 : (double) mergedRight / merged;
    }

    /** Same-event pairs merged; 1 when there are none. */
    public double recall() {
      return same == 0 ? 1 : (double) sameMerged / same;
    }
  }

  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "event merging (day window %d): %d articles, %d predicted events, %d matched"
        + " to gold%n", dayWindow, articles, predicted, matched));
    out.append(String.format(Locale.ROOT, "  %d merged events, %d with mentions from more than one article (at most %d"
        + " articles), %d mentions, %d sources in all%n", mergedEvents, multiArticle, maxArticles, mentions, sources));
    splits.forEach((name, s) -> out.append(String.format(Locale.ROOT,
        "  %-8s %3d articles, %4d gold same-event pairs; matched pairs: precision %.3f (%d of %d merged),"
            + " recall %.3f (%d of %d same-event)%n", name, s.articles(), s.goldPairs(), s.pairs().precision(),
        s.pairs().mergedRight(), s.pairs().merged(), s.pairs().recall(), s.pairs().sameMerged(), s.pairs().same())
        + (s.pairs().missedWhy().isEmpty() ? "" : "           missed, why apart: " + s.pairs().missedWhy() + "\n")));
    return out.toString();
  }

  /** The examples of wrong and missed merges of each split. */
  public String examplesText() {
    StringBuilder out = new StringBuilder();
    splits.forEach((name, s) -> {
      out.append(name).append(": wrong merges\n");
      s.pairs().wrongExamples().forEach(e -> out.append("  ").append(e).append('\n'));
      out.append(name).append(": missed merges\n");
      s.pairs().missedExamples().forEach(e -> out.append("  ").append(e).append('\n'));
    });
    return out.toString();
  }

  public String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("day_window", dayWindow);
    root.put("articles", articles);
    root.put("predicted", predicted);
    root.put("matched", matched);
    root.put("merged_events", mergedEvents);
    root.put("multi_article_events", multiArticle);
    root.put("max_articles", maxArticles);
    root.put("mentions", mentions);
    root.put("sources", sources);
    ObjectNode all = root.putObject("splits");
    splits.forEach((name, s) -> {
      ObjectNode n = all.putObject(name);
      n.put("articles", s.articles());
      n.put("gold_same_event_pairs", s.goldPairs());
      n.put("merged_pairs", s.pairs().merged());
      n.put("merged_pairs_right", s.pairs().mergedRight());
      n.put("same_event_pairs", s.pairs().same());
      n.put("same_event_pairs_merged", s.pairs().sameMerged());
      n.put("pair_precision", round(s.pairs().precision()));
      n.put("pair_recall", round(s.pairs().recall()));
      ObjectNode why = n.putObject("missed_why");
      s.pairs().missedWhy().forEach(why::put);
    });
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the merge report as JSON", e);
    }
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

}
