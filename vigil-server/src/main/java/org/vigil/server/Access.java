package org.vigil.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks a request's bearer token against the route's access ({@link ApiDescription.Access}):
 * writes need the write token; reads need nothing while reads are open, else the read or the write
 * token. No token where one is needed is 401 (with {@code WWW-Authenticate: Bearer}); a token that
 * does not give the access is 403. Tokens compare in constant time. Immutable.
 */
final class Access {
  private final ServerConfig config;

  Access(ServerConfig config) {
    this.config = config;
  }

  void check(Context ctx, ApiDescription.Access access) {
    switch (access) {
      case OPEN -> { }
      case READ -> {
        if (!config.readsOpen()) {
          String token = token(ctx);
          if (!same(token, config.readToken()) && !same(token, config.writeToken())) {
            throw ApiException.forbidden("the token does not allow reading");
          }
        }
      }
      case WRITE -> {
        if (config.writeToken().isEmpty()) {
          throw ApiException.forbidden("writes are disabled: the server has no server.write-token");
        }
        if (!same(token(ctx), config.writeToken())) {
          throw ApiException.forbidden("the token does not allow writing");
        }
      }
    }
  }

  private static String token(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.unauthorized("this needs a token: Authorization: Bearer TOKEN");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.unauthorized("the Authorization header is not Bearer TOKEN");
    }
    return header.substring(7).strip();
  }

  private static boolean same(String given, String expected) {
    if (expected.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
