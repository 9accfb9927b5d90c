package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.testkit.Events;

/** The calibrated confidence: bounds, monotonicity, ranking of made-up events, and that it changes only confidences. */
final class CalibratedConfidenceTest {
  private static final SoftmaxRegression MODEL = CalibratedConfidence.builtin();

  @Test
  void theBuiltInModelHasTheFeaturesAndClasses() {
    assertThat(MODEL.classes()).isEqualTo(CalibratedConfidence.CLASSES);
    assertThat(MODEL.dimension()).isEqualTo(CalibratedConfidence.FEATURES.size());
  }

  @Test
  void seededRandomFeaturesGiveBoundedConfidencesThatNeverFallAsTheHandScoreRises() {
    SplittableRandom random = new SplittableRandom(16);
    for (int n = 0; n < 500; n++) {
      double[] x = new double[CalibratedConfidence.FEATURES.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextInt(3) == 0 ? random.nextDouble() : random.nextInt(2);
      }
      double previous = 0;
      for (double hand = 0.05; hand <= 0.951; hand += 0.05) {
        x[0] = hand;
        double c = CalibratedConfidence.confidence(MODEL, x);
        assertThat(c).isBetween(0.05, 0.95);
        assertThat(Math.round(c * 100)).isEqualTo(Math.round(c * 100.0)); // two places
        assertThat(c).as("sample %d, hand %.2f", n, hand).isGreaterThanOrEqualTo(previous);
        previous = c;
      }
    }
  }

  /** A made-up event with the given sides' words, pattern and date, in sentence {@code s}. */
  private static CodedEvent event(String id, String sourceText, String targetCode, String targetText, String pattern,
      boolean datedInText, double hand) {
    var a = Events.article("a1", Events.DAY);
    CodedEvent base = Events.event(a, id).negated(false).modality(Modality.ASSERTED).confidence(hand)
        .cameo("190", 4, -10).plover("ASSAULT").build();
    ActorRef source = new ActorRef("ARNMIL", "ARN", "MIL", "Arnor army", sourceText, 0, sourceText.length(),
        List.of(), List.of());
    ActorRef target = targetCode == null ? null
        : new ActorRef(targetCode, targetCode.substring(0, 3), "", "", targetText, 40, 40 + targetText.length(),
            List.of(), List.of());
    EventDate date = datedInText
        ? new EventDate(Events.DAY.minusDays(2), Events.DAY.minusDays(2), DateGranularity.DAY, true, "on Wednesday",
            "2021-07-07")
        : EventDate.ofArticle(Events.DAY);
    return new CodedEvent(base.articleId(), id, date, source, target, base.cameo(), base.cameoRoot(),
        base.quadClass(), base.goldstein(), base.plover(), false, Modality.ASSERTED, null,
        new Evidence(1, "The Arnor army shelled positions of the Gondor militia on Wednesday, officials said.",
            new int[] {15, 22}, new int[] {0, 14}, target == null ? null : new int[] {40, 53}, pattern, List.of()),
        hand, List.of());
  }

  @Test
  void aNamedDyadCodedByAVerbRanksAboveAPronounWithNoTargetFromTheLearnedModel() {
    CodedEvent named = event("e1", "The Arnor army", "GONREB", "Gondor militia", "shell (builtin/verbs.txt:10)",
        true, 0.75);
    CodedEvent vague = event("e2", "they", null, null, "learned ASSAULT 0.55 (learned)", false, 0.5);
    double a = CalibratedConfidence.confidence(MODEL, CalibratedConfidence.features(null, List.of(named)).get(0));
    double b = CalibratedConfidence.confidence(MODEL, CalibratedConfidence.features(null, List.of(vague)).get(0));
    assertThat(a).isGreaterThan(b);
  }

  @Test
  void theDecoratorKeepsTheEventsAndTheirOrderAndSetsOnlyTheConfidence() {
    List<CodedEvent> coded = List.of(
        event("e1", "The Arnor army", "GONREB", "Gondor militia", "shell (builtin/verbs.txt:10)", true, 0.75),
        event("e2", "they", null, null, "learned ASSAULT 0.55 (learned)", false, 0.5));
    AnnotatedArticle article = LearnedCheckTest.article("First sentence here.",
        "The Arnor army shelled positions of the Gondor militia on Wednesday, officials said.");
    List<CodedEvent> out = new CalibratedConfidence(x -> coded, MODEL).code(article);
    assertThat(out).hasSize(2);
    for (int i = 0; i < coded.size(); i++) {
      assertThat(out.get(i).withConfidence(coded.get(i).confidence())).isEqualTo(coded.get(i));
      assertThat(out.get(i).confidence()).isBetween(0.05, 0.95);
    }
  }

  @Test
  void aModelOfOtherFeaturesIsRefused() {
    SoftmaxRegression other = SoftmaxRegression.train(List.of(new double[] {0}, new double[] {1}), new int[] {0, 1},
        CalibratedConfidence.CLASSES, SoftmaxRegression.Options.defaults(1));
    assertThatThrownBy(() -> new CalibratedConfidence(x -> List.of(), other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a confidence model");
  }

  @Test
  void trainingOnTheSameRowsWithTheSameSeedGivesTheSameBytes() throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    List<double[]> xs = new ArrayList<>();
    int[] ys = new int[120];
    for (int n = 0; n < ys.length; n++) {
      double[] x = new double[CalibratedConfidence.FEATURES.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextInt(2);
      }
      xs.add(x);
      ys[n] = x[0] + x[1] + random.nextDouble() > 1.2 ? 1 : 0;
    }
    SoftmaxRegression.Options options = new SoftmaxRegression.Options(7, 200, 0.3, 1e-3, 16);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    SoftmaxRegression.train(xs, ys, CalibratedConfidence.CLASSES, options).write(first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    SoftmaxRegression.train(xs, ys, CalibratedConfidence.CLASSES, options).write(second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    ByteArrayOutputStream otherSeed = new ByteArrayOutputStream();
    SoftmaxRegression.train(xs, ys, CalibratedConfidence.CLASSES, new SoftmaxRegression.Options(8, 200, 0.3, 1e-3, 16))
        .write(otherSeed);
    assertThat(otherSeed.toByteArray()).isNotEqualTo(first.toByteArray());
  }
}
