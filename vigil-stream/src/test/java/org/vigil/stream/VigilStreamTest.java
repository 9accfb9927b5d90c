package org.vigil.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.pipeline.FailurePolicy;

final class VigilStreamTest {
  @Test
  void underFailTheFirstRejectionStopsTheInstanceAndIsNamed() {
    VigilStream s = new VigilStream(FailurePolicy.FAIL);
    VigilTopology.Listener counts = s.new Counts();
    counts.duplicate("a2", "a1");
    assertThat(s.failed()).isFalse();
    counts.rejected("vigil-articles/2@17", "blank text");
    counts.rejected("article x", "not coded: boom");
    assertThat(s.failed()).isTrue();
    assertThat(s.stoppedBy()).hasValue("vigil-articles/2@17: blank text");
    assertThat(s.rejections()).isEqualTo(2);
    assertThat(s.duplicates()).isEqualTo(1);
  }

  @Test
  void underContinueRejectionsAreCountedAndTheInstanceGoesOn() {
    VigilStream s = new VigilStream(FailurePolicy.CONTINUE);
    VigilTopology.Listener counts = s.new Counts();
    counts.rejected("vigil-articles/0@1", "blank text");
    counts.duplicate("a2", "a1");
    counts.duplicate("a3", "a1");
    assertThat(s.failed()).isFalse();
    assertThat(s.stoppedBy()).isEmpty();
    assertThat(s.rejections()).isEqualTo(1);
    assertThat(s.duplicates()).isEqualTo(2);
  }
}
