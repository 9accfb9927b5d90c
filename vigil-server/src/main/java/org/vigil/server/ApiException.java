package org.vigil.server;

/**
 * A request the API refuses, with its HTTP status, a stable code and a message naming what was
 * wrong; {@link ErrorMapping} writes it as the problem body. Handlers throw it, never catch it.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** A query or body parameter with a value the API cannot use; the message names both. */
  static ApiException badParameter(String name, String value, String why) {
    return new ApiException(400, "bad_parameter", "parameter " + name + " = \"" + value + "\" " + why);
  }

  static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what);
  }

  static ApiException unauthorized(String why) {
    return new ApiException(401, "unauthorized", why);
  }

  static ApiException forbidden(String why) {
    return new ApiException(403, "forbidden", why);
  }

  static ApiException unavailable(String code, String why) {
    return new ApiException(503, code, why);
  }
}
