package org.vigil.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's signed-in analysts: signing in with the write (or read) token once gives a
 * session, named by a random id the browser keeps in an {@code HttpOnly; SameSite=Strict} cookie,
 * holding the token the pages send to the API and a CSRF token every form that writes must carry.
 * Sessions live {@link #LIFETIME} and are kept in memory only (a restart signs everyone out).
 * Thread-safe.
 */
final class Sessions {
  static final Duration LIFETIME = Duration.ofHours(12);
  static final String COOKIE = "vigil_session";

  /**
   * One analyst's session.
   *
   * @param token the API token it signed in with
   * @param writes whether that token is the write token
   */
  record Session(String id, String token, boolean writes, String csrf, Instant expires) {
    Session {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(csrf, "csrf");
      Objects.requireNonNull(expires, "expires");
    }

    /** Whether {@code given} is this session's CSRF token (compared in constant time). */
    boolean csrfMatches(String given) {
      return given != null && same(given, csrf);
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final InstantSource clock;

  Sessions(InstantSource clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  Session open(String token, boolean writes) {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> !s.expires().isAfter(now));
    Session s = new Session(randomId(), token, writes, randomId(), now.plus(LIFETIME));
    sessions.put(s.id(), s);
    return s;
  }

  /** The live session of this id, or empty (none, or expired). */
  Optional<Session> get(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null || !s.expires().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  private String randomId() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Whether two secrets are equal, in constant time; an empty {@code expected} matches nothing. */
  static boolean same(String given, String expected) {
    if (expected == null || expected.isEmpty() || given == null) {
      return false;
    }
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
