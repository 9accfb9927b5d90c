package org.vigil.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vigil.testkit.Seeded.Gen;

final class SeededTest {

  /** What a case draws: its seed and a few values of each kind. */
  private static String draw(Gen g) {
    return g.seed() + " " + g.between(-5, 5) + " " + g.string("abc", 0, 6) + " " + g.pick("x", "y", "z") + " "
        + g.listOf(0, 3, g::bool) + " " + g.weighted(1, 2, 3) + " " + g.bytes(0, 4).length;
  }

  private static List<String> cases(int n, long seed) {
    List<String> drawn = new ArrayList<>();
    Seeded.run(n, seed, null, g -> drawn.add(draw(g)));
    return drawn;
  }

  @Test
  void runsAsManyCasesAsAskedEachWithItsOwnSeed() {
    List<Long> seeds = new ArrayList<>();
    Seeded.run(50, 7, null, g -> seeds.add(g.seed()));

    assertThat(seeds).hasSize(50).doesNotHaveDuplicates();
  }

  @Test
  void theSameSeedGivesTheSameCases() {
    assertThat(cases(100, 42)).isEqualTo(cases(100, 42));
    assertThat(cases(100, 42)).isNotEqualTo(cases(100, 43));
  }

  @Test
  void aFailingCaseNamesItsSeedAndHowToRerunIt() {
    List<Long> seeds = new ArrayList<>();
    AssertionError e = catchThrowableOfType(AssertionError.class, () -> Seeded.run(1000, 1, null, g -> {
      seeds.add(g.seed());
      assertThat(g.between(0, 9)).as("a digit").isNotEqualTo(3);
    }));

    long failing = seeds.getLast();
    assertThat(e).hasMessageStartingWith("case " + seeds.size() + " of 1000 failed, seed " + failing + ".")
        .hasMessageContaining("-Dtest=SeededTest#aFailingCaseNamesItsSeedAndHowToRerunIt")
        .hasMessageContaining("-Dvigil.seed=" + failing)
        .hasMessageContaining("a digit")
        .cause().isInstanceOf(AssertionError.class);
  }

  @Test
  void anExceptionFailsTheCaseToo() {
    assertThatThrownBy(() -> Seeded.run(3, 1, null, g -> {
      throw new java.io.IOException("disk full");
    })).isInstanceOf(AssertionError.class).hasMessageStartingWith("case 1 of 3 failed, seed ")
        .hasMessageContaining("java.io.IOException: disk full");
  }

  @Test
  void theSeedPropertyRunsOnlyThatCaseAndReproducesIt() {
    List<String> all = cases(20, 99);
    String tenth = all.get(9);
    String seed = tenth.substring(0, tenth.indexOf(' '));

    List<String> rerun = new ArrayList<>();
    Seeded.run(20, 99, seed, g -> rerun.add(draw(g)));

    assertThat(rerun).containsExactly(tenth);
    assertThat(Seeded.parseSeed("0x10")).isEqualTo(16);
    assertThat(Seeded.parseSeed("0xFFFFFFFFFFFFFFFF")).isEqualTo(-1);
    assertThatThrownBy(() -> Seeded.parseSeed("ten")).hasMessageContaining("vigil.seed");
  }

  @Test
  void valuesStayWithinTheirBounds() {
    Set<Integer> ints = new TreeSet<>();
    Set<Integer> weighted = new TreeSet<>();
    Seeded.run(500, 3, null, g -> {
      ints.add(g.between(2, 4));
      weighted.add(g.weighted(0, 5, 1));
      assertThat(g.string("ab", 1, 3)).hasSizeBetween(1, 3).matches("[ab]+");
      String s = g.string("😀é", 2, 2);
      assertThat(s.codePointCount(0, s.length())).isEqualTo(2);
      assertThat(g.listOf(1, 2, () -> "x")).hasSizeBetween(1, 2);
      assertThat(g.bytes(0, 600)).hasSizeLessThanOrEqualTo(600);
    });

    assertThat(ints).containsExactly(2, 3, 4);
    assertThat(weighted).containsExactly(1, 2);
  }
}
