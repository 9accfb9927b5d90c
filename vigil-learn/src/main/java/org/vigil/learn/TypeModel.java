package org.vigil.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How much a sentence and its trigger look like each PLOVER type: the regression over the
 * sentence's embedding beside the trigger's. Thread-safe.
 */
public final class TypeModel {
  /** The class of a trigger that codes no PLOVER event (a statement, a comment, a non-political sense). */
  public static final String NONE = "NONE";
  /** The built-in weights, trained by {@code scripts/train-learned.sh} (see docs/ACCURACY.md). */
  public static final String BUILTIN = "/org/vigil/learn/plover-types-v1.bin";
  /**
   * The speech model's weights (issue 11, round 13): the sentence alone (an empty trigger), classes
   * ACCUSE, REQUEST and NONE, trained by {@code scripts/train-speech.sh}.
   */
  public static final String SPEECH = "/org/vigil/learn/speech-judgements-v1.bin";
  /** Triggers longer than this are cut: the verb phrase, not a clause. */
  static final int MAX_TRIGGER = 60;

  private final SentenceEncoder encoder;
  private final SoftmaxRegression regression;

  public TypeModel(SentenceEncoder encoder, SoftmaxRegression regression) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.regression = Objects.requireNonNull(regression, "regression");
    if (regression.dimension() != 2 * encoder.dimension()) {
      throw new IllegalArgumentException("model of " + regression.dimension() + " features for an encoder of "
          + encoder.dimension() + " dimensions; expected twice the encoder's");
    }
  }

  /** The built-in weights over all-MiniLM-L6-v2. */
  public static TypeModel builtin() {
    return resource(BUILTIN);
  }

  /** The speech model's built-in weights over all-MiniLM-L6-v2. */
  public static TypeModel speech() {
    return resource(SPEECH);
  }

  private static TypeModel resource(String name) {
    try (InputStream in = TypeModel.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the learned check's weights " + name + " are not on the class path");
      }
      return new TypeModel(MiniLmEncoder.shared(), SoftmaxRegression.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the learned check's weights " + name, e);
    }
  }

  /** The class names, in the order of {@link #score}'s arrays. */
  public List<String> classes() {
    return regression.classes();
  }

  /** A sentence and its trigger words. */
  public record Query(String sentence, String trigger) {
    public Query {
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(trigger, "trigger");
    }
  }

  /** The class probabilities of each query, in order; the texts are embedded in one batch. */
  public List<double[]> score(List<Query> queries) {
    if (queries.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(queries.size() * 2);
    for (Query q : queries) {
      texts.add(q.sentence());
      texts.add(trigger(q.trigger()));
    }
    List<float[]> vectors = encoder.encode(texts);
    List<double[]> out = new ArrayList<>(queries.size());
    for (int i = 0; i < queries.size(); i++) {
      out.add(regression.probabilities(features(vectors.get(2 * i), vectors.get(2 * i + 1))));
    }
    return out;
  }

  /** The probability of class {@code label} in {@code probabilities}, 0 for a class the model does not know. */
  public double probability(double[] probabilities, String label) {
    int i = regression.classes().indexOf(label);
    return i < 0 ? 0 : probabilities[i];
  }

  static String trigger(String words) {
    String t = words.strip().replaceAll("\\s+", " ");
    return t.length() > MAX_TRIGGER ? t.substring(0, MAX_TRIGGER) : t;
  }

  static double[] features(float[] sentence, float[] trigger) {
    double[] x = new double[sentence.length + trigger.length];
    for (int i = 0; i < sentence.length; i++) {
      x[i] = sentence[i];
    }
    for (int i = 0; i < trigger.length; i++) {
      x[sentence.length + i] = trigger[i];
    }
    return x;
  }
}
