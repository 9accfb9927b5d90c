package org.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class HighlightTest {
  private static List<String> show(List<Highlight.Run> runs) {
    return runs.stream().map(r -> r.kind() + ":" + r.text()).toList();
  }

  @Test
  void theTriggerSourceAndTargetAreMarkedAndTheRestIsPlain() {
    String text = "Tajikistan asked the CSTO for help.";
    assertThat(show(Highlight.runs(text, new int[] {11, 16}, new int[] {0, 10}, new int[] {17, 25})))
        .containsExactly("SOURCE:Tajikistan", "PLAIN: ", "TRIGGER:asked", "PLAIN: ", "TARGET:the CSTO",
            "PLAIN: for help.");
  }

  @Test
  void theTriggerWinsWhereSpansOverlap() {
    assertThat(show(Highlight.runs("abcdef", new int[] {2, 4}, new int[] {0, 3}, new int[] {3, 6})))
        .containsExactly("SOURCE:ab", "TRIGGER:cd", "TARGET:ef");
  }

  @Test
  void spansOutsideTheTextAreClippedAndMissingOnesIgnored() {
    assertThat(show(Highlight.runs("abc", new int[] {1, 99}, null, new int[] {5, 2})))
        .containsExactly("PLAIN:a", "TRIGGER:bc");
    assertThat(Highlight.runs("", new int[] {0, 3}, null, null)).isEmpty();
  }

  @Test
  void theRunsPutTogetherGiveTheTextBack() {
    String text = "Kyrgyzstan and Tajikistan held talks <script>x</script> in Bishkek.";
    StringBuilder sb = new StringBuilder();
    Highlight.runs(text, new int[] {26, 36}, new int[] {0, 10}, new int[] {15, 25}).forEach(r -> sb.append(r.text()));
    assertThat(sb).hasToString(text);
  }
}
