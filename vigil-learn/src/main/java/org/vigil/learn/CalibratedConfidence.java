package org.vigil.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventCoder;
import org.vigil.core.event.Modality;
import org.vigil.core.text.AnnotatedArticle;

/**
 * The coder's events with a calibrated confidence (issue 11, round 16): a two-class logistic
 * regression over features each event has when it is coded (the coder's own hand-set score, the
 * kind of pattern that fired, how its source and target were named, whether its date is written,
 * its modality, how busy and how long its sentence is, ...) gives the probability that a careful
 * coder would code the event too; that probability, bounded to 0.05..0.95 and rounded to two
 * places, replaces the confidence. The weights were fitted on the VOA dev half's events labelled
 * matched or extra by the article scorer ({@code vigil learn --calibration}, see docs/ACCURACY.md).
 * It runs last and changes only confidences: the same events come out, in the same order.
 * Thread-safe when the coder it wraps is.
 */
public final class CalibratedConfidence implements EventCoder {
  /** The built-in weights, trained by {@code scripts/train-calibration.sh}. */
  public static final String BUILTIN = "/org/vigil/learn/confidence-v1.bin";
  /** The model's classes: an event the scorer leaves unmatched, and one it matches. */
  public static final List<String> CLASSES = List.of("extra", "matched");
  /** The features, in the order of {@link #features}. */
  public static final List<String> FEATURES = List.of("hand", "verbs", "object-constrained", "noun", "rule",
      "learned", "no-target", "same-country", "source-pronoun", "target-pronoun", "source-description",
      "target-description", "target-possessive", "date-from-text", "date-day", "asserted", "events-in-sentence",
      "lead-sentence", "sentence-position", "sentence-length", "quote", "placed-by-text", "dyad-repeated",
      "verbal-conflict", "material-conflict", "material-cooperation");

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her",
      "their", "its", "our", "him", "them", "us");
  private static volatile SoftmaxRegression builtin;

  private final EventCoder coder;
  private final SoftmaxRegression model;

  public CalibratedConfidence(EventCoder coder, SoftmaxRegression model) {
    this.coder = Objects.requireNonNull(coder, "coder");
    this.model = Objects.requireNonNull(model, "model");
    if (!model.classes().equals(CLASSES) || model.dimension() != FEATURES.size()) {
      throw new IllegalArgumentException("not a confidence model: classes " + model.classes() + ", "
          + model.dimension() + " features; expected " + CLASSES + " and " + FEATURES.size());
    }
  }

  /** The built-in weights, read once. */
  public static SoftmaxRegression builtin() {
    SoftmaxRegression m = builtin;
    if (m == null) {
      try (InputStream in = CalibratedConfidence.class.getResourceAsStream(BUILTIN)) {
        if (in == null) {
          throw new IllegalStateException(BUILTIN + " is not on the class path");
        }
        m = SoftmaxRegression.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUILTIN, e);
      }
      builtin = m;
    }
    return m;
  }

  @Override
  public List<CodedEvent> code(AnnotatedArticle article) {
    List<CodedEvent> events = coder.code(article);
    if (events.isEmpty()) {
      return events;
    }
    List<double[]> xs = features(article.article().text(), events);
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      out.add(events.get(i).withConfidence(confidence(model, xs.get(i))));
    }
    return out;
  }

  /** The model's probability that the event is matched, bounded to 0.05..0.95 and rounded to two places. */
  public static double confidence(SoftmaxRegression model, double[] x) {
    double p = model.probabilities(x)[1];
    return Math.round(Math.max(0.05, Math.min(0.95, p)) * 100) / 100.0;
  }

  /**
   * Each event's features, in the order of {@link #FEATURES}, each in 0..1.
   *
   * @param text the article's text, which the evidence's offsets point into; null when unknown
   * @param events all the events the coder gave for the article, in its order
   */
  public static List<double[]> features(String text, List<CodedEvent> events) {
    Map<Integer, Integer> perSentence = new HashMap<>();
    Map<String, Integer> perDyad = new HashMap<>();
    for (CodedEvent e : events) {
      perSentence.merge(e.evidence().sentenceIndex(), 1, Integer::sum);
      perDyad.merge(dyad(e), 1, Integer::sum);
    }
    List<double[]> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      String pattern = e.evidence().pattern();
      boolean learned = pattern.contains("learned");
      boolean rule = !learned && pattern.contains("(rule:");
      String sentence = e.evidence().sentence();
      int words = sentence.isBlank() ? 0 : sentence.strip().split("\\s+").length;
      String source = e.source().text().strip();
      String target = e.target() == null ? "" : e.target().text().strip();
      int[] span = e.evidence().targetSpan();
      boolean possessive = text != null && span != null && span[1] >= 0 && span[1] + 2 <= text.length()
          && (text.startsWith("'s", span[1]) || text.startsWith("\u2019s", span[1]));
      int index = e.evidence().sentenceIndex();
      out.add(new double[] {
          e.confidence(),
          flag(pattern.contains("builtin/verbs.txt")),
          flag(pattern.contains("obj:")),
          flag(pattern.contains("/n")),
          flag(rule),
          flag(learned),
          flag(e.target() == null),
          flag(e.target() != null && Objects.equals(country(e.source().country()), country(e.target().country()))),
          flag(PRONOUNS.contains(source.toLowerCase(Locale.ROOT))),
          flag(PRONOUNS.contains(target.toLowerCase(Locale.ROOT))),
          flag(description(source)),
          flag(description(target)),
          flag(possessive),
          flag(e.date().fromText()),
          flag(e.date().granularity() == DateGranularity.DAY),
          flag(e.modality() == Modality.ASSERTED && !e.negated()),
          Math.min(4, perSentence.get(index) - 1) / 4.0,
          flag(index == 0),
          Math.min(30, index) / 30.0,
          Math.min(60, words) / 60.0,
          flag(sentence.indexOf('"') >= 0 || sentence.indexOf('\u201c') >= 0 || sentence.indexOf('\u201d') >= 0),
          flag(e.location() != null && "text".equals(e.location().from())),
          Math.min(3, perDyad.get(dyad(e)) - 1) / 3.0,
          flag(e.quadClass() == 3),
          flag(e.quadClass() == 4),
          flag(e.quadClass() == 2)});
    }
    return out;
  }

  /** An event's type and its sides' countries: what the scorer counts once. */
  private static String dyad(CodedEvent e) {
    return e.plover().event() + "|" + country(e.source().code()) + "|"
        + (e.target() == null ? "-" : country(e.target().code()));
  }

  private static String country(String code) {
    return code == null ? "" : code.substring(0, Math.min(3, code.length()));
  }

  /** Words that describe rather than name: a mention starting in lower case ("the country's army"). */
  private static boolean description(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && !PRONOUNS.contains(text.toLowerCase(Locale.ROOT));
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }
}
