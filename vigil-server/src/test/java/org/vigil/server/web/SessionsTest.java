package org.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

final class SessionsTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));
  private final Sessions sessions = new Sessions((InstantSource) now::get);

  @Test
  void aSessionHoldsItsTokenAndAnUnguessableCsrfToken() {
    Sessions.Session a = sessions.open("w", true);
    Sessions.Session b = sessions.open("w", true);
    assertThat(sessions.get(a.id())).contains(a);
    assertThat(a.id()).isNotEqualTo(b.id()).hasSize(43);
    assertThat(a.csrf()).isNotEqualTo(b.csrf()).isNotEqualTo(a.id()).hasSize(43);
    assertThat(a.csrfMatches(a.csrf())).isTrue();
    assertThat(a.csrfMatches(b.csrf())).isFalse();
    assertThat(a.csrfMatches(null)).isFalse();
  }

  @Test
  void aSessionEndsWhenItsLifetimeIsOverOrItIsClosed() {
    Sessions.Session a = sessions.open("w", true);
    Sessions.Session b = sessions.open("r", false);
    now.set(now.get().plus(Sessions.LIFETIME).minusSeconds(1));
    assertThat(sessions.get(a.id())).isPresent();
    sessions.close(b.id());
    assertThat(sessions.get(b.id())).isEmpty();
    now.set(now.get().plus(Duration.ofSeconds(1)));
    assertThat(sessions.get(a.id())).isEmpty();
    assertThat(sessions.get(null)).isEmpty();
    assertThat(sessions.get("made-up")).isEmpty();
  }

  @Test
  void anEmptyExpectedSecretMatchesNothing() {
    assertThat(Sessions.same("", "")).isFalse();
    assertThat(Sessions.same("x", "")).isFalse();
    assertThat(Sessions.same("x", "x")).isTrue();
    assertThat(Sessions.same("x", "y")).isFalse();
  }
}
