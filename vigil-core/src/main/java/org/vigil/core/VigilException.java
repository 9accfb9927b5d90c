package org.vigil.core;

/**
 * An operational failure: bad input, an unavailable source, a broken store. Programmer errors use
 * the standard unchecked exceptions instead. Subclasses name what went wrong.
 */
public class VigilException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public VigilException(String message) {
    super(message);
  }

  public VigilException(String message, Throwable cause) {
    super(message, cause);
  }
}
