package org.vigil.eval;

import java.util.Objects;

/** Argument checks shared by the gold records; messages name the field and the bad value. */
final class Checks {
  private Checks() {}

  static String nonBlank(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
