package org.vigil.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import org.vigil.pipeline.ConfidenceFeatures;

/**
 * Trains the confidence model (issue 11): an L2-regularised logistic regression from the features
 * of scored predictions ({@link org.vigil.pipeline.ConfidenceFeatures}) to whether a careful human
 * coder coded them too. The strength of the regularisation is chosen by cross-validation over
 * folds of whole articles (so no article is both trained and tested on), assigned with a fixed
 * seed; the fit itself is plain gradient descent from zero, so the same examples and seed give the
 * same model, bit for bit. Not thread-safe; one instance per training run.
 */
public final class ConfidenceTraining {
  /** The regularisation strengths tried. */
  static final double[] LAMBDAS = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0};
  static final int FOLDS = 5;
  private static final int ITERATIONS = 4000;
  private static final double RATE = 0.5;

  /** One training example: its article, its features, and whether it was right. */
  public record Example(String article, double[] features, boolean right) {
    public Example {
      Objects.requireNonNull(article, "article");
      features = features.clone();
      if (features.length != ConfidenceFeatures.NAMES.size()) {
        throw new IllegalArgumentException("example has " + features.length + " features, expected "
            + ConfidenceFeatures.NAMES.size());
      }
    }
  }

  /**
   * The trained model and how it did in cross-validation.
   *
   * @param weights one per feature
   * @param lambda the regularisation chosen
   * @param cvLogLoss mean log loss of the held-out folds at {@code lambda}
   * @param cvHigh held-out-fold predictions with probability at least 0.8: how many, how many right
   * @param cvBins held-out-fold predictions by probability bin (0.1 wide): [events, right] each
   */
  public record Result(double[] weights, double lambda, double cvLogLoss, long[] cvHigh, long[][] cvBins) {}

  private final List<Example> examples = new ArrayList<>();
  private final long seed;

  public ConfidenceTraining(long seed) {
    this.seed = seed;
  }

  public void add(Example example) {
    examples.add(Objects.requireNonNull(example, "example"));
  }

  public int size() {
    return examples.size();
  }

  /** Trains on every example after choosing the regularisation by cross-validation. */
  public Result train() {
    if (examples.isEmpty()) {
      throw new IllegalStateException("no examples to train the confidence model on");
    }
    Map<String, Integer> fold = folds();
    double bestLambda = LAMBDAS[0];
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double lambda : LAMBDAS) {
      double loss = crossValidate(fold, lambda, null, null);
      if (loss < bestLoss - 1e-12) {
        bestLoss = loss;
        bestLambda = lambda;
      }
    }
    long[] high = new long[2];
    long[][] bins = new long[10][2];
    crossValidate(fold, bestLambda, high, bins);
    return new Result(fit(examples, bestLambda), bestLambda, bestLoss, high, bins);
  }

  /** Articles in a seeded random order, dealt round the folds. */
  private Map<String, Integer> folds() {
    List<String> articles = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::article).toList()));
    Collections.shuffle(articles, new Random(seed));
    Map<String, Integer> fold = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      fold.put(articles.get(i), i % FOLDS);
    }
    return fold;
  }

  private double crossValidate(Map<String, Integer> fold, double lambda, long[] high, long[][] bins) {
    double loss = 0;
    int n = 0;
    for (int f = 0; f < FOLDS; f++) {
      int k = f;
      List<Example> train = examples.stream().filter(e -> fold.get(e.article()) != k).toList();
      List<Example> test = examples.stream().filter(e -> fold.get(e.article()) == k).toList();
      if (train.isEmpty() || test.isEmpty()) {
        continue;
      }
      double[] w = fit(train, lambda);
      for (Example e : test) {
        double p = Math.min(1 - 1e-9, Math.max(1e-9, probability(w, e.features())));
        loss -= e.right() ? Math.log(p) : Math.log(1 - p);
        n++;
        if (high != null) {
          if (p >= 0.8) {
            high[0]++;
            high[1] += e.right() ? 1 : 0;
          }
          int b = Math.min(9, (int) (p * 10));
          bins[b][0]++;
          bins[b][1] += e.right() ? 1 : 0;
        }
      }
    }
    return n == 0 ? Double.POSITIVE_INFINITY : loss / n;
  }

  /** Gradient descent on the mean log loss plus lambda/2 |w|^2 (the bias is not regularised). */
  static double[] fit(List<Example> data, double lambda) {
    int d = ConfidenceFeatures.NAMES.size();
    double[] w = new double[d];
    double[] grad = new double[d];
    for (int it = 0; it < ITERATIONS; it++) {
      java.util.Arrays.fill(grad, 0);
      for (Example e : data) {
        double err = probability(w, e.features()) - (e.right() ? 1 : 0);
        double[] x = e.features();
        for (int j = 0; j < d; j++) {
          grad[j] += err * x[j];
        }
      }
      for (int j = 0; j < d; j++) {
        grad[j] = grad[j] / data.size() + (j == 0 ? 0 : lambda * w[j]);
        w[j] -= RATE * grad[j];
      }
    }
    return w;
  }

  static double probability(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The model file: features, weights, and how it was made. */
  public String modelJson(Result r, String trainedOn) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("model", "logistic regression, L2, cross-validated (docs/ACCURACY.md, \"Confidence on real news\")");
    root.put("trained_on", trainedOn);
    root.put("seed", seed);
    root.put("examples", examples.size());
    root.put("right", examples.stream().filter(Example::right).count());
    root.put("lambda", r.lambda());
    root.put("cv_log_loss", Math.round(r.cvLogLoss() * 10000) / 10000.0);
    ArrayNode names = root.putArray("features");
    ConfidenceFeatures.NAMES.forEach(names::add);
    ArrayNode weights = root.putArray("weights");
    for (double w : r.weights()) {
      weights.add(Math.round(w * 1_000_000) / 1_000_000.0);
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
