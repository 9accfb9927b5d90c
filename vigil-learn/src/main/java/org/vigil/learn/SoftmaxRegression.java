package org.vigil.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A multinomial logistic regression: one weight vector and bias per class, softmax over their
 * scores. {@link #train} fits it by mini-batch gradient descent on the cross-entropy with an L2
 * penalty, visiting the examples in an order drawn from the seed, so that one seed and one data
 * set always give the same weights, to the bit. Immutable; thread-safe.
 */
public final class SoftmaxRegression {
  static final String MAGIC = "vigil-softmax-1";

  private final List<String> classes;
  private final double[][] weights; // [class][dimension + 1], the bias last

  private SoftmaxRegression(List<String> classes, double[][] weights) {
    this.classes = List.copyOf(classes);
    this.weights = weights;
  }

  /**
   * How training runs.
   *
   * @param seed draws the order the examples are visited in
   * @param epochs passes over the data, at least 1
   * @param rate the step size, positive
   * @param l2 the weight of the L2 penalty, at least 0
   * @param batch examples per step, at least 1
   */
  public record Options(long seed, int epochs, double rate, double l2, int batch) {
    public Options {
      if (epochs < 1 || batch < 1 || !(rate > 0) || !(l2 >= 0)) {
        throw new IllegalArgumentException("bad training options " + epochs + " epochs, rate " + rate + ", l2 " + l2
            + ", batch " + batch + ": need epochs and batch >= 1, rate > 0, l2 >= 0");
      }
    }

    /** The options the built-in model is trained with, with this seed. */
    public static Options defaults(long seed) {
      return new Options(seed, 60, 0.5, 1e-4, 16);
    }
  }

  /**
   * Fits a model.
   *
   * @param xs the examples' feature vectors, all of one length
   * @param ys each example's class, an index into {@code classes}
   * @param classes the class names, at least two, distinct
   */
  public static SoftmaxRegression train(List<double[]> xs, int[] ys, List<String> classes, Options options) {
    Objects.requireNonNull(options, "options");
    if (classes.size() < 2 || classes.stream().distinct().count() != classes.size()) {
      throw new IllegalArgumentException("a softmax regression needs at least two distinct classes, got " + classes);
    }
    if (xs.isEmpty() || xs.size() != ys.length) {
      throw new IllegalArgumentException("need one class per example and at least one example, got " + xs.size()
          + " examples and " + ys.length + " classes");
    }
    int d = xs.get(0).length;
    for (int i = 0; i < xs.size(); i++) {
      if (xs.get(i).length != d) {
        throw new IllegalArgumentException("example " + i + " has " + xs.get(i).length + " features, not " + d);
      }
      if (ys[i] < 0 || ys[i] >= classes.size()) {
        throw new IllegalArgumentException("example " + i + " has class " + ys[i] + ", not in 0.." + (classes.size() - 1));
      }
    }
    int k = classes.size();
    double[][] w = new double[k][d + 1];
    int[] order = new int[xs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(options.seed());
    double[][] grad = new double[k][d + 1];
    double[] p = new double[k];
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double rate = options.rate() / (1 + 0.05 * epoch);
      for (int from = 0; from < order.length; from += options.batch()) {
        int to = Math.min(order.length, from + options.batch());
        for (double[] g : grad) {
          java.util.Arrays.fill(g, 0);
        }
        for (int b = from; b < to; b++) {
          double[] x = xs.get(order[b]);
          softmax(w, x, p);
          p[ys[order[b]]] -= 1;
          for (int c = 0; c < k; c++) {
            double pc = p[c];
            double[] gc = grad[c];
            for (int f = 0; f < d; f++) {
              gc[f] += pc * x[f];
            }
            gc[d] += pc;
          }
        }
        double n = to - from;
        for (int c = 0; c < k; c++) {
          for (int f = 0; f <= d; f++) {
            double penalty = f < d ? options.l2() * w[c][f] : 0;
            w[c][f] -= rate * (grad[c][f] / n + penalty);
          }
        }
      }
    }
    return new SoftmaxRegression(classes, w);
  }

  private static void softmax(double[][] w, double[] x, double[] out) {
    int d = x.length;
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = w[c][d];
      for (int f = 0; f < d; f++) {
        s += w[c][f] * x[f];
      }
      out[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < w.length; c++) {
      out[c] = Math.exp(out[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < w.length; c++) {
      out[c] /= sum;
    }
  }

  /** The class names, in the order of {@link #probabilities}. */
  public List<String> classes() {
    return classes;
  }

  /** The number of features an example has. */
  public int dimension() {
    return weights[0].length - 1;
  }

  /** The probability of each class for {@code x}, in the order of {@link #classes()}. */
  public double[] probabilities(double[] x) {
    if (x.length != dimension()) {
      throw new IllegalArgumentException("expected " + dimension() + " features, got " + x.length);
    }
    double[] p = new double[classes.size()];
    softmax(weights, x, p);
    return p;
  }

  /** The index of the most probable class for {@code x}. */
  public int predict(double[] x) {
    double[] p = probabilities(x);
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }

  /** Writes the weights: a header, the class names, the dimension, then every weight as a double. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(MAGIC);
    data.writeInt(classes.size());
    for (String c : classes) {
      data.writeUTF(c);
    }
    data.writeInt(dimension());
    for (double[] row : weights) {
      for (double v : row) {
        data.writeDouble(v);
      }
    }
    data.flush();
  }

  /** Reads what {@link #write} wrote. */
  public static SoftmaxRegression read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    String magic = data.readUTF();
    if (!magic.equals(MAGIC)) {
      throw new IOException("not a softmax regression model: header '" + magic + "', expected '" + MAGIC + "'");
    }
    int k = data.readInt();
    if (k < 2 || k > 10_000) {
      throw new IOException("softmax regression model with " + k + " classes");
    }
    List<String> classes = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      classes.add(data.readUTF());
    }
    int d = data.readInt();
    if (d < 1 || d > 1_000_000) {
      throw new IOException("softmax regression model with " + d + " features");
    }
    double[][] w = new double[k][d + 1];
    for (int c = 0; c < k; c++) {
      for (int f = 0; f <= d; f++) {
        w[c][f] = data.readDouble();
      }
    }
    return new SoftmaxRegression(classes, w);
  }
}
