package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class SourceStateTest {
  private static final SourceSpec FEED = new SourceSpec("g", SourceSpec.Kind.RSS, "https://g.example/rss.xml",
      Duration.ofMinutes(10), "");
  private static final Instant POLLED = Instant.parse("2026-12-06T08:00:00Z");

  private static SourceState state(Instant lastPoll, int errors) {
    return new SourceState(FEED, Validators.NONE, null, lastPoll, errors, errors == 0 ? "" : "http-error: HTTP 500", 0, 0);
  }

  @Test
  void theNextPollIsAnIntervalAfterTheLastDoubledForEachFailureUpToThirtyTwo() {
    assertThat(state(null, 0).nextPoll()).isNull();
    assertThat(state(POLLED, 0).nextPoll()).isEqualTo(POLLED.plus(Duration.ofMinutes(10)));
    assertThat(state(POLLED, 1).nextPoll()).isEqualTo(POLLED.plus(Duration.ofMinutes(20)));
    assertThat(state(POLLED, 3).nextPoll()).isEqualTo(POLLED.plus(Duration.ofMinutes(80)));
    assertThat(state(POLLED, 5).nextPoll()).isEqualTo(POLLED.plus(Duration.ofMinutes(320)));
    assertThat(state(POLLED, 40).nextPoll()).isEqualTo(POLLED.plus(Duration.ofMinutes(320)));
  }
}
