package org.vigil.server.web;

/**
 * A page that cannot be shown, with the status and the message the error page gives (the API's
 * own message where the API refused). Unchecked; immutable.
 */
final class PageException extends RuntimeException {
  private final int status;

  PageException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
