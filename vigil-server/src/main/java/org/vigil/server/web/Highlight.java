package org.vigil.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article's text cut into runs for the event page, each plain or marked as the event's
 * trigger, source or target from the mentions' character offsets ({@code [begin, end)} in the
 * article). Where spans overlap, the trigger wins over the source and the source over the target;
 * spans outside the text are clipped, empty or reversed ones ignored. The runs are text: the
 * template escapes them. Stateless.
 */
final class Highlight {
  private Highlight() {}

  /** What a run is. */
  enum Kind {
    PLAIN(""), TARGET("target"), SOURCE("source"), TRIGGER("trigger");

    private final String css;

    Kind(String css) {
      this.css = css;
    }

    /** The CSS class of the run's mark ({@code trigger}, {@code source}, {@code target}), "" when plain. */
    String css() {
      return css;
    }
  }

  /** One run of text. */
  record Run(String text, Kind kind) {
    Run {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
    }

    boolean marked() {
      return kind != Kind.PLAIN;
    }
  }

  /**
   * The runs of {@code text}.
   *
   * @param trigger the trigger's {@code [begin, end)}, or null
   * @param source the source's, or null
   * @param target the target's, or null
   */
  static List<Run> runs(String text, int[] trigger, int[] source, int[] target) {
    Kind[] kinds = new Kind[text.length()];
    java.util.Arrays.fill(kinds, Kind.PLAIN);
    mark(kinds, target, Kind.TARGET);
    mark(kinds, source, Kind.SOURCE);
    mark(kinds, trigger, Kind.TRIGGER);
    List<Run> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || kinds[i] != kinds[start]) {
        out.add(new Run(text.substring(start, i), kinds[start]));
        start = i;
      }
    }
    return out;
  }

  private static void mark(Kind[] kinds, int[] span, Kind kind) {
    if (span == null || span.length != 2) {
      return;
    }
    int begin = Math.max(0, span[0]);
    int end = Math.min(kinds.length, span[1]);
    for (int i = begin; i < end; i++) {
      kinds[i] = kind;
    }
  }
}
