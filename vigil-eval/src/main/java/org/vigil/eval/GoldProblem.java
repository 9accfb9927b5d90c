package org.vigil.eval;

import java.util.Objects;

/**
 * A defect in a gold line: why it was skipped, or what was repaired so it could be read. Immutable.
 *
 * @param file the file name as given
 * @param line 1-based line number
 * @param message what is wrong with it, and for a warning what was done about it
 */
public record GoldProblem(String file, int line, String message) {

  public GoldProblem {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
    Objects.requireNonNull(message, "message");
  }

  /** A problem with the record read at {@code origin} ({@code file:line}); an origin without a line is line 1. */
  static GoldProblem at(String origin, String message) {
    int colon = origin.lastIndexOf(':');
    if (colon > 0 && origin.substring(colon + 1).matches("\\d{1,9}") && Integer.parseInt(origin.substring(colon + 1)) > 0) {
      return new GoldProblem(origin.substring(0, colon), Integer.parseInt(origin.substring(colon + 1)), message);
    }
    return new GoldProblem(origin.isEmpty() ? "(gold)" : origin, 1, message);
  }

  /** {@code file:line: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
