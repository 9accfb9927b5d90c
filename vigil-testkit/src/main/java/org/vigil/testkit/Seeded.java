package org.vigil.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Seeded random tests without a property-testing library: {@link #forEachCase} runs a test body
 * on a number of cases, each with its own {@link Gen} seeded from the test's seed, and a failing
 * case names its seed and how to rerun only that case ({@code -Dvigil.seed=...}).
 *
 * <pre>{@code
 * Seeded.forEachCase(500, 0x5EED_0001L, g -> {
 *   String text = String.join("\n", g.listOf(0, 14, () -> g.pick(PIECES)));
 *   assertThat(parse(text)).isNotNull();
 * });
 * }</pre>
 */
public final class Seeded {
  /** The system property that, when set, runs only the case of that seed (decimal, or hex after 0x). */
  public static final String SEED_PROPERTY = "vigil.seed";

  private Seeded() {}

  /** A test body, given one case's generator; it may throw, and fails the case if it does. */
  @FunctionalInterface
  public interface Case {
    void run(Gen g) throws Exception;
  }

  /**
   * Runs {@code body} on {@code cases} cases, the n-th with the n-th seed drawn from {@code seed}
   * (so the same seed gives the same cases), or, when the system property {@value #SEED_PROPERTY}
   * is set, on the one case of that seed. The first failing case stops the run with an
   * {@link AssertionError} naming its seed and the command that reruns it alone.
   */
  public static void forEachCase(int cases, long seed, Case body) {
    run(cases, seed, System.getProperty(SEED_PROPERTY), body);
  }

  /** {@link #forEachCase}, with the value of {@value #SEED_PROPERTY} given, not read (for tests). */
  static void run(int cases, long seed, String only, Case body) {
    if (cases < 1) {
      throw new IllegalArgumentException("cases must be at least 1: " + cases);
    }
    StackWalker.StackFrame caller = caller();
    if (only != null && !only.isBlank()) {
      long caseSeed = parseSeed(only.strip());
      runOne(body, caseSeed, "the case of " + SEED_PROPERTY + "=" + only.strip(), caller);
      return;
    }
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int i = 1; i <= cases; i++) {
      runOne(body, seeds.nextLong(), "case " + i + " of " + cases, caller);
    }
  }

  private static void runOne(Case body, long caseSeed, String which, StackWalker.StackFrame caller) {
    try {
      body.run(new Gen(caseSeed));
    } catch (Exception | AssertionError e) {
      String test = caller == null ? "the test" : simpleName(caller.getClassName()) + "#" + caller.getMethodName();
      throw new AssertionError(which + " failed, seed " + caseSeed + ". Rerun only this case: -Dtest=" + test
          + " -D" + SEED_PROPERTY + "=" + caseSeed + "\n" + e, e);
    }
  }

  static long parseSeed(String s) {
    try {
      return s.startsWith("0x") || s.startsWith("0X") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " is not a seed (a long, or hex after 0x): " + s, e);
    }
  }

  /** The test that asked for the cases: the first method, not a lambda, of the first class outside this one. */
  private static StackWalker.StackFrame caller() {
    return StackWalker.getInstance().walk(s -> {
      List<StackWalker.StackFrame> frames =
          s.filter(f -> !f.getClassName().equals(Seeded.class.getName())).limit(64).toList();
      if (frames.isEmpty()) {
        return null;
      }
      String test = frames.getFirst().getClassName();
      return frames.stream().filter(f -> f.getClassName().equals(test) && !f.getMethodName().startsWith("lambda$"))
          .findFirst().orElse(frames.getFirst());
    });
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** One case's source of values: all of them drawn from its seed, so the seed reproduces the case. */
  public static final class Gen {
    private final long seed;
    private final SplittableRandom random;

    public Gen(long seed) {
      this.seed = seed;
      this.random = new SplittableRandom(seed);
    }

    /** The seed of this case. */
    public long seed() {
      return seed;
    }

    /** The underlying generator, for code that takes a {@link RandomGenerator}. */
    public RandomGenerator random() {
      return random;
    }

    /** An int from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
      if (min > max) {
        throw new IllegalArgumentException(min + " > " + max);
      }
      return random.nextInt(min, max + 1);
    }

    public boolean bool() {
      return random.nextBoolean();
    }

    public long nextLong() {
      return random.nextLong();
    }

    /** One of {@code items}, each equally likely. */
    public <T> T pick(List<? extends T> items) {
      if (items.isEmpty()) {
        throw new IllegalArgumentException("nothing to pick from");
      }
      return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, each equally likely. */
    @SafeVarargs
    public final <T> T pick(T... items) {
      return pick(List.of(items));
    }

    /** An index into {@code weights}, index i with probability weights[i] / sum(weights). */
    public int weighted(int... weights) {
      int total = 0;
      for (int w : weights) {
        if (w < 0) {
          throw new IllegalArgumentException("negative weight: " + w);
        }
        total += w;
      }
      if (total == 0) {
        throw new IllegalArgumentException("no weight");
      }
      int r = random.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) {
          return i;
        }
      }
      throw new AssertionError("unreachable");
    }

    /** A value of one of {@code sources}, each equally likely. */
    @SafeVarargs
    public final <T> T oneOf(Supplier<? extends T>... sources) {
      return sources[random.nextInt(sources.length)].get();
    }

    /** A list of {@code min} to {@code max} (both included) values of {@code element}. */
    public <T> List<T> listOf(int min, int max, Supplier<? extends T> element) {
      int n = between(min, max);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.get());
      }
      return out;
    }

    /** A string of {@code min} to {@code max} (both included) code points of {@code alphabet}. */
    public String string(String alphabet, int min, int max) {
      int[] points = alphabet.codePoints().toArray();
      if (points.length == 0) {
        throw new IllegalArgumentException("empty alphabet");
      }
      int n = between(min, max);
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(points[random.nextInt(points.length)]);
      }
      return sb.toString();
    }

    /** The letters {@code from} to {@code to} (both included) as an alphabet for {@link #string}. */
    public static String range(char from, char to) {
      StringBuilder sb = new StringBuilder();
      for (char c = from; c <= to; c++) {
        sb.append(c);
      }
      return sb.toString();
    }

    /** {@code min} to {@code max} (both included) random bytes. */
    public byte[] bytes(int min, int max) {
      byte[] b = new byte[between(min, max)];
      random.nextBytes(b);
      return b;
    }
  }
}
