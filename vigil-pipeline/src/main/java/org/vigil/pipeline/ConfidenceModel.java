package org.vigil.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.core.event.CodedEvent;

/**
 * The confidence model (issue 11): a logistic regression over {@link ConfidenceFeatures} that
 * gives each event the probability that a careful human coder codes it too, trained on the dev
 * half of the VOA article gold by {@code scripts/train-confidence.sh} (fixed seed; the model file
 * is versioned with the code). It replaces the coder's rule-based confidence, which it reads as
 * one of its features. Immutable and thread-safe.
 */
public final class ConfidenceModel {
  /** The built-in model's resource. */
  static final String RESOURCE = "confidence-model.json";

  private final double[] weights;
  private final String description;

  /**
   * A model with one weight per {@link ConfidenceFeatures#NAMES}.
   *
   * @throws IllegalArgumentException when the weights do not fit the features
   */
  public ConfidenceModel(double[] weights, String description) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length != ConfidenceFeatures.NAMES.size()) {
      throw new IllegalArgumentException("confidence model has " + weights.length + " weights; the features are "
          + ConfidenceFeatures.NAMES.size());
    }
    this.weights = weights.clone();
    this.description = Objects.requireNonNull(description, "description");
  }

  /** The built-in model. */
  public static ConfidenceModel builtin() {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the built-in confidence model " + RESOURCE + " is missing from the classpath");
      }
      return parse(new ObjectMapper().readTree(in), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in confidence model", e);
    }
  }

  /**
   * A model from its JSON ({@code features}: names, {@code weights}: numbers in the same order).
   *
   * @throws IllegalArgumentException when the names are not {@link ConfidenceFeatures#NAMES}, naming the first
   *     that differs
   */
  static ConfidenceModel parse(JsonNode json, String where) {
    JsonNode names = json.path("features");
    JsonNode values = json.path("weights");
    List<String> expected = ConfidenceFeatures.NAMES;
    if (names.size() != expected.size() || values.size() != expected.size()) {
      throw new IllegalArgumentException(where + ": the model has " + names.size() + " features and " + values.size()
          + " weights; this version computes " + expected.size() + " features: retrain it (scripts/train-confidence.sh)");
    }
    double[] w = new double[expected.size()];
    for (int i = 0; i < w.length; i++) {
      if (!expected.get(i).equals(names.get(i).asText())) {
        throw new IllegalArgumentException(where + ": feature " + i + " is '" + names.get(i).asText() + "', expected '"
            + expected.get(i) + "': retrain it (scripts/train-confidence.sh)");
      }
      w[i] = values.get(i).asDouble();
    }
    return new ConfidenceModel(w, json.path("trained_on").asText(where));
  }

  /** The probability that an event with these features is right. */
  public double probability(double[] features) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The article's events, each with the model's confidence: the probability, rounded to two
   * decimals and kept within 0.05..0.95 as the coder's own confidences are.
   */
  public List<CodedEvent> rescore(List<CodedEvent> articleEvents) {
    List<double[]> features = ConfidenceFeatures.of(articleEvents);
    List<CodedEvent> out = new ArrayList<>(articleEvents.size());
    for (int i = 0; i < articleEvents.size(); i++) {
      double p = Math.round(probability(features.get(i)) * 100) / 100.0;
      out.add(articleEvents.get(i).withConfidence(Math.max(0.05, Math.min(0.95, p))));
    }
    return out;
  }

  /** What it was trained on, from its file. */
  public String description() {
    return description;
  }
}
