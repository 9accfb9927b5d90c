package org.vigil.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Trains the type model: embeds every example's sentence and trigger, then fits the regression
 * with a fixed seed. The classes are the labels present, in alphabetical order, so the weights
 * file does not depend on the order the examples come in other than through the seed.
 */
public final class Trainer {
  private Trainer() {}

  /** The regression over {@code encoder}'s embeddings of {@code examples}. */
  public static SoftmaxRegression train(List<TrainingExample> examples, SentenceEncoder encoder,
      SoftmaxRegression.Options options) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training examples");
    }
    List<String> classes = new ArrayList<>(new TreeSet<>(examples.stream().map(TrainingExample::label).toList()));
    List<String> texts = new ArrayList<>();
    for (TrainingExample e : examples) {
      texts.add(e.sentence());
      texts.add(TypeModel.trigger(e.trigger()));
    }
    List<float[]> vectors = encoder.encode(texts);
    List<double[]> xs = new ArrayList<>();
    int[] ys = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      xs.add(TypeModel.features(vectors.get(2 * i), vectors.get(2 * i + 1)));
      ys[i] = classes.indexOf(examples.get(i).label());
    }
    return SoftmaxRegression.train(xs, ys, classes, options);
  }
}
