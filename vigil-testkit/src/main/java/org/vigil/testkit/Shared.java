package org.vigil.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The team's shared data ({@code ../shared}: the model article, gold sets, other coders'
 * dictionaries), read in place and never copied into the project. Tests that need it call {@link
 * #file}: where it is absent they are skipped, with the path they looked for; but where the
 * system property {@code vigil.shared.required} (or {@code VIGIL_SHARED_REQUIRED}) is {@code true} (as {@code .ci/run} sets it when
 * {@code ../shared} is there), absence is a failure, so a test cannot skip silently because a
 * path went wrong (issue 10). Stateless.
 */
public final class Shared {
  /** The system property that turns a missing shared file from a skip into a failure. */
  public static final String REQUIRED = "vigil.shared.required";

  private Shared() {}

  /**
   * The shared folder: {@code $VIGIL_SHARED} (or the system property {@code vigil.shared}) if
   * set, else {@code ../shared} beside the working directory (surefire runs in the module folder)
   * or beside its parent (an IDE runs in the root).
   */
  public static Optional<Path> root() {
    String named = System.getProperty("vigil.shared", System.getenv("VIGIL_SHARED"));
    if (named != null && !named.isBlank()) {
      Path p = Path.of(named);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    Path here = Path.of("").toAbsolutePath();
    return Stream.of(here, here.getParent())
        .filter(java.util.Objects::nonNull)
        .map(base -> base.resolve(Path.of("..", "shared")).normalize())
        .filter(p -> Files.isRegularFile(p.resolve("README.md")))
        .findFirst();
  }

  /**
   * Whether a missing shared file fails the test instead of skipping it: the system property
   * {@code vigil.shared.required} or the environment variable {@code VIGIL_SHARED_REQUIRED} is
   * {@code true}.
   */
  public static boolean required() {
    return Boolean.getBoolean(REQUIRED) || "true".equalsIgnoreCase(System.getenv("VIGIL_SHARED_REQUIRED"));
  }

  /**
   * The shared file or folder at {@code relative} (e.g. {@code eval/plover/gsr-dev.jsonl}).
   * Aborts the test (a skip) where it is absent, or fails it when {@link #required()}.
   */
  public static Path file(String relative) {
    Optional<Path> root = root();
    Path found = root.map(r -> r.resolve(relative)).filter(Files::exists).orElse(null);
    if (found == null) {
      String why = root.isEmpty()
          ? "../shared is absent (looked beside " + Path.of("").toAbsolutePath() + " and its parent)"
          : root.get().resolve(relative) + " is absent";
      if (required()) {
        throw new AssertionError(why + ", and " + REQUIRED + " is true");
      }
      Assumptions.abort(why);
    }
    return found;
  }
}
