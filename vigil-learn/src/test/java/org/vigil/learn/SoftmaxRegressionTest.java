package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testkit.Seeded;

final class SoftmaxRegressionTest {
  private static final List<String> CLASSES = List.of("east", "north", "west");

  /** Three clouds of points around (3, 0), (0, 3) and (-3, 0), with noise. */
  private static List<double[]> points(Seeded.Gen g, int n, int[] labels) {
    double[][] centres = {{3, 0}, {0, 3}, {-3, 0}};
    List<double[]> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int c = g.between(0, 2);
      labels[i] = c;
      xs.add(new double[] {centres[c][0] + g.random().nextGaussian(), centres[c][1] + g.random().nextGaussian()});
    }
    return xs;
  }

  private static byte[] bytes(SoftmaxRegression m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void learnsSeparableCloudsFarAboveChance() {
    Seeded.forEachCase(5, 0x1EA2_0001L, g -> {
      int[] ys = new int[300];
      List<double[]> xs = points(g, 300, ys);
      SoftmaxRegression m = SoftmaxRegression.train(xs, ys, CLASSES, SoftmaxRegression.Options.defaults(g.nextLong()));
      int[] test = new int[200];
      List<double[]> unseen = points(g, 200, test);
      int right = 0;
      for (int i = 0; i < unseen.size(); i++) {
        right += m.predict(unseen.get(i)) == test[i] ? 1 : 0;
      }
      assertThat(right / 200.0).isGreaterThan(0.9); // chance is 1/3
      double[] p = m.probabilities(new double[] {0, 4});
      assertThat(p[1]).isGreaterThan(0.8);
      assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    });
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherWeights() throws IOException {
    Seeded.Gen g = new Seeded.Gen(42);
    int[] ys = new int[120];
    List<double[]> xs = points(g, 120, ys);
    byte[] a = bytes(SoftmaxRegression.train(xs, ys, CLASSES, SoftmaxRegression.Options.defaults(7)));
    byte[] b = bytes(SoftmaxRegression.train(xs, ys, CLASSES, SoftmaxRegression.Options.defaults(7)));
    byte[] c = bytes(SoftmaxRegression.train(xs, ys, CLASSES, SoftmaxRegression.Options.defaults(8)));
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void writtenWeightsReadBackToTheSameModel() throws IOException {
    Seeded.Gen g = new Seeded.Gen(3);
    int[] ys = new int[60];
    List<double[]> xs = points(g, 60, ys);
    SoftmaxRegression m = SoftmaxRegression.train(xs, ys, CLASSES, SoftmaxRegression.Options.defaults(1));
    SoftmaxRegression back = SoftmaxRegression.read(new ByteArrayInputStream(bytes(m)));
    assertThat(back.classes()).isEqualTo(CLASSES);
    assertThat(back.dimension()).isEqualTo(2);
    assertThat(back.probabilities(new double[] {1, -2})).containsExactly(m.probabilities(new double[] {1, -2}));
  }

  @Test
  void badInputIsRefusedWithItsReason() {
    assertThatThrownBy(() -> SoftmaxRegression.read(new ByteArrayInputStream(new byte[] {0, 3, 'a', 'b', 'c'})))
        .isInstanceOf(IOException.class)
        .hasMessage("not a softmax regression model: header 'abc', expected 'vigil-softmax-1'");
    assertThatThrownBy(() -> SoftmaxRegression.train(List.of(new double[] {1}), new int[] {0}, List.of("a"),
        SoftmaxRegression.Options.defaults(1)))
        .hasMessage("a softmax regression needs at least two distinct classes, got [a]");
    assertThatThrownBy(() -> SoftmaxRegression.train(List.of(new double[] {1}, new double[] {1, 2}), new int[] {0, 1},
        List.of("a", "b"), SoftmaxRegression.Options.defaults(1)))
        .hasMessage("example 1 has 2 features, not 1");
    assertThatThrownBy(() -> SoftmaxRegression.train(List.of(new double[] {1}), new int[] {2}, List.of("a", "b"),
        SoftmaxRegression.Options.defaults(1)))
        .hasMessage("example 0 has class 2, not in 0..1");
    assertThatThrownBy(() -> new SoftmaxRegression.Options(1, 0, 0.5, 0, 1))
        .hasMessage("bad training options 0 epochs, rate 0.5, l2 0.0, batch 1: need epochs and batch >= 1, rate > 0, l2 >= 0");
  }
}
