package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.nlp.Chunks.Chunk;

final class ChunksTest {

  @Test
  void shortTextIsOneChunk() {
    assertThat(Chunks.split("Troops fled.", 100)).containsExactly(new Chunk(0, 12));
  }

  @Test
  void cutsFallAfterTheLastBlankLineThatFits() {
    String text = "a".repeat(60) + "\n\n" + "b".repeat(20) + "\n\n" + "c".repeat(50);

    List<Chunk> chunks = Chunks.split(text, 100);

    assertThat(chunks).containsExactly(new Chunk(0, 84), new Chunk(84, text.length()));
  }

  @Test
  void withoutBlankLinesCutsFallAfterALineBreak() {
    String text = "a".repeat(70) + "\n" + "b".repeat(70);

    assertThat(Chunks.split(text, 100)).containsExactly(new Chunk(0, 71), new Chunk(71, 141));
  }

  @Test
  void withoutLineBreaksCutsFallAfterASentenceEnd() {
    String text = "word ".repeat(12) + "end. " + "word ".repeat(20);

    assertThat(Chunks.split(text, 100).get(0)).isEqualTo(new Chunk(0, 65));
  }

  @Test
  void withoutAnyBoundaryCutsFallAtTheLimitButNeverInsideASurrogatePair() {
    String text = "a".repeat(99) + "😀" + "a".repeat(50);

    assertThat(Chunks.split(text, 100).get(0)).isEqualTo(new Chunk(0, 99));
  }

  @Test
  void chunksCoverTheTextInOrder() {
    String text = "Troops moved along the river.\nThey fled.\n\n".repeat(500);

    List<Chunk> chunks = Chunks.split(text, 1_000);

    assertThat(chunks.get(0).begin()).isZero();
    assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
    for (int i = 1; i < chunks.size(); i++) {
      assertThat(chunks.get(i).begin()).isEqualTo(chunks.get(i - 1).end());
      assertThat(chunks.get(i - 1).end() - chunks.get(i - 1).begin()).isLessThanOrEqualTo(1_000);
      assertThat(text.substring(0, chunks.get(i).begin())).endsWith("\n\n");
    }
  }

  @Test
  void rejectsAUselessLimit() {
    assertThatThrownBy(() -> Chunks.split("text", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chunk length must be >= 2, was 1");
  }
}
