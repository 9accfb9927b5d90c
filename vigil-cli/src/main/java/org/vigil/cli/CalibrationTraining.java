package org.vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.vigil.core.VigilException;
import org.vigil.learn.CalibratedConfidence;
import org.vigil.learn.SoftmaxRegression;

/**
 * The calibrated confidence's training (issue 11, round 16): reads the rows {@code vigil eval
 * --calibration-data} wrote for the VOA dev half (article, matched 1 or extra 0, features), fits the
 * two-class regression with a fixed seed, or cross-validates it by article and prints the
 * calibration table, the events at 0.8 or more and the Brier score before (the hand-set score) and
 * after.
 */
final class CalibrationTraining {
  /** One labelled event: 2 matched with both sides right, 1 matched, 0 extra ({@code CalibrationLabels}). */
  record Row(String article, int label, double[] x) {
    /** Whether the scorer matched it: what the evaluation's calibration counts as right. */
    int matched() {
      return label >= 1 ? 1 : 0;
    }
  }

  private CalibrationTraining() {}

  /** The training options: the features are 0..1, few, and the data a few hundred events. */
  static SoftmaxRegression.Options options(long seed) {
    return new SoftmaxRegression.Options(seed, 200, 0.3, 1e-3, 16);
  }

  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2 + CalibratedConfidence.FEATURES.size()) {
        throw new VigilException(file + ":" + n + ": expected article, label and "
            + CalibratedConfidence.FEATURES.size() + " features; got " + f.length + " fields");
      }
      double[] x = new double[f.length - 2];
      for (int i = 0; i < x.length; i++) {
        x[i] = Double.parseDouble(f[i + 2]);
      }
      rows.add(new Row(f[0], Integer.parseInt(f[1]), x));
    }
    if (rows.isEmpty()) {
      throw new VigilException(file + ": no labelled events");
    }
    return rows;
  }

  /**
   * The model over {@code rows}: the positive class is a matched event, or with {@code whole} only
   * one matched with both sides right.
   */
  static SoftmaxRegression train(List<Row> rows, long seed, boolean whole) {
    List<double[]> xs = rows.stream().map(Row::x).toList();
    int[] ys = rows.stream().mapToInt(r -> r.label() >= (whole ? 2 : 1) ? 1 : 0).toArray();
    return SoftmaxRegression.train(xs, ys, CalibratedConfidence.CLASSES, options(seed));
  }

  /** Cross-validates by article and prints before and after. */
  static void crossValidate(List<Row> rows, int folds, long seed, boolean whole) {
    List<String> articles = new ArrayList<>(rows.stream().map(Row::article).distinct().sorted().toList());
    java.util.Collections.shuffle(articles, new Random(seed));
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      fold.put(articles.get(i), i % folds);
    }
    double[] after = new double[rows.size()];
    for (int f = 0; f < folds; f++) {
      List<Row> train = new ArrayList<>();
      for (Row r : rows) {
        if (fold.get(r.article()) != f) {
          train.add(r);
        }
      }
      SoftmaxRegression model = train(train, seed, whole);
      for (int i = 0; i < rows.size(); i++) {
        if (fold.get(rows.get(i).article()) == f) {
          after[i] = CalibratedConfidence.confidence(model, rows.get(i).x());
        }
      }
    }
    double[] before = rows.stream().mapToDouble(r -> r.x()[0]).toArray();
    System.out.printf("cross-validated over %d dev events, %d articles, %d folds, seed %d, positive: %s; right: matched%n",
        rows.size(), articles.size(), folds, seed, whole ? "matched with both sides right" : "matched");
    print("before (hand-set)", rows, before);
    print("after (calibrated)", rows, after);
    SoftmaxRegression all = train(rows, seed, whole);
    System.out.println("weights of the model trained on all rows (matched minus extra):");
    double[] probe = new double[CalibratedConfidence.FEATURES.size()];
    double base = logit(all.probabilities(probe)[1]);
    for (int i = 0; i < probe.length; i++) {
      probe[i] = 1;
      System.out.printf(Locale.ROOT, "  %-22s %+.3f%n", CalibratedConfidence.FEATURES.get(i),
          logit(all.probabilities(probe)[1]) - base);
      probe[i] = 0;
    }
    System.out.printf(Locale.ROOT, "  %-22s %+.3f%n", "bias", base);
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /** The calibration table, the events at 0.8 or more, the precision of the top 30 % and the Brier score. */
  static void print(String title, List<Row> rows, double[] confidence) {
    double[] edges = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
    System.out.println(title);
    for (int b = 0; b + 1 < edges.length; b++) {
      int n = 0;
      int right = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (confidence[i] >= edges[b] - 1e-9 && confidence[i] < edges[b + 1] - 1e-9) {
          n++;
          right += rows.get(i).matched();
        }
      }
      System.out.printf(Locale.ROOT, "  %.1f-%.1f  %4d  %4d  %s%n", edges[b], Math.min(1, edges[b + 1]), n, right,
          n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", right / (double) n));
    }
    int n = 0;
    int right = 0;
    double brier = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (confidence[i] >= 0.8 - 1e-9) {
        n++;
        right += rows.get(i).matched();
      }
      brier += Math.pow(confidence[i] - rows.get(i).matched(), 2);
    }
    Integer[] order = new Integer[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(confidence[b], confidence[a]));
    StringBuilder tops = new StringBuilder();
    for (double share : new double[] {0.1, 0.2, 0.3}) {
      int top = (int) Math.round(share * rows.size());
      int topRight = 0;
      for (int i = 0; i < top; i++) {
        topRight += rows.get(order[i]).matched();
      }
      tops.append(String.format(Locale.ROOT, "  top %.0f%% (%d) %.3f", share * 100, top, topRight / (double) top));
    }
    System.out.printf(Locale.ROOT, "  >= 0.8   %4d  %4d  %s %s  Brier (matched) %.4f%n", n, right,
        n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", right / (double) n), tops, brier / rows.size());
  }
}
