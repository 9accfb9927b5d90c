package org.vigil.eval.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Pair precision and recall of "same story" over every pair of an evaluation set, and the share of
 * copies of each kind found in their original's story. Immutable.
 *
 * @param split which articles: dev, heldout or all
 * @param config the story settings, in words
 * @param seed the seed of the copies and of the order of arrival
 * @param originals articles the set was made from
 * @param articles originals and copies
 * @param goldPairs pairs of one original's group
 * @param predictedPairs pairs put in one story
 * @param truePairs pairs both
 * @param copiesFound per copy kind (and "combined" for copies of two or more kinds): copies found
 *     in their original's story and copies made, as {@code [found, made]}
 */
public record StoryReport(String split, String config, long seed, int originals, int articles, long goldPairs,
    long predictedPairs, long truePairs, Map<String, int[]> copiesFound) {

  public StoryReport {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(config, "config");
    copiesFound = Map.copyOf(new LinkedHashMap<>(copiesFound));
  }

  /** Share of the predicted pairs that are gold; 1 when none are predicted. */
  public double precision() {
    return predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
  }

  /** Share of the gold pairs predicted; 1 when there are none. */
  public double recall() {
    return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private List<String> kinds() {
    return copiesFound.keySet().stream().sorted().toList();
  }

  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "stories (%s): %d originals, %d articles, seed %d%n", split, originals,
        articles, seed));
    out.append("  ").append(config).append('\n');
    out.append(String.format(Locale.ROOT, "  pair precision %.3f (%d of %d), recall %.3f (%d of %d), F1 %.3f%n",
        precision(), truePairs, predictedPairs, recall(), truePairs, goldPairs, f1()));
    out.append("  copies found in their original's story:\n");
    for (String kind : kinds()) {
      int[] fm = copiesFound.get(kind);
      out.append(String.format(Locale.ROOT, "    %-18s %4d of %4d  %.3f%n", kind, fm[0], fm[1],
          fm[1] == 0 ? 1.0 : (double) fm[0] / fm[1]));
    }
    return out.toString();
  }

  public String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("split", split);
    root.put("config", config);
    root.put("seed", seed);
    root.put("originals", originals);
    root.put("articles", articles);
    root.put("gold_pairs", goldPairs);
    root.put("predicted_pairs", predictedPairs);
    root.put("true_pairs", truePairs);
    root.put("precision", Math.round(precision() * 10000) / 10000.0);
    root.put("recall", Math.round(recall() * 10000) / 10000.0);
    root.put("f1", Math.round(f1() * 10000) / 10000.0);
    ObjectNode kinds = root.putObject("copies_found");
    for (String kind : kinds()) {
      ObjectNode k = kinds.putObject(kind);
      k.put("found", copiesFound.get(kind)[0]);
      k.put("made", copiesFound.get(kind)[1]);
    }
    return root.toString();
  }
}
