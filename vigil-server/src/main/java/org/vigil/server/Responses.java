package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a response body with a strong ETag over its bytes (the first 16 bytes of its SHA-256),
 * the store's reads too ({@link #versioned}, kept in the response cache), and answers 304 without
 * a body when the request's {@code If-None-Match} names it. Stateless.
 */
final class Responses {
  private Responses() {}

  static void json(Context ctx, JsonNode body) {
    send(ctx, Json.bytes(body), "application/json");
  }

  static void text(Context ctx, String body, String contentType) {
    send(ctx, body.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /**
   * Writes the body {@code body} makes under a strong ETag of its bytes, or 304 when the request
   * names it; for a store no other process writes ({@code held}) the body is offered to the
   * {@link ResponseCache} with the store's generation read before it was made, so a repeated read
   * the commits since cannot have changed is answered (or 304) from memory without a query. Since
   * issue 13, round 7 the tag is the body's, not the generation's: a commit that did not change the
   * answer leaves its tag as it was, so If-None-Match still gives 304.
   */
  static void versioned(Context ctx, org.vigil.store.DuckDbEventStore store, java.util.function.Supplier<JsonNode> body) {
    versionedBytes(ctx, store, () -> Json.bytes(body.get()));
  }

  /** {@link #versioned} for a body made as JSON bytes (written from the store's rows as they are read). */
  static void versionedBytes(Context ctx, org.vigil.store.DuckDbEventStore store, java.util.function.Supplier<byte[]> body) {
    if (!store.isHeld()) {
      send(ctx, body.get(), "application/json");
      return;
    }
    long generation = store.generation();
    byte[] made = body.get();
    String etag = etag(made);
    ResponseCache.offer(ctx, generation, made, etag);
    tagged(ctx, made, etag);
  }

  /** Writes the JSON {@code body} under {@code etag} (its tag), or 304 when the request names it. */
  static void tagged(Context ctx, byte[] body, String etag) {
    ctx.header("ETag", etag);
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType("application/json").result(body);
  }

  static void send(Context ctx, byte[] body, String contentType) {
    String etag = etag(body);
    ctx.header("ETag", etag);
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType).result(body);
  }

  /** Writes {@code body} with {@code status}, without an ETag (answers that change with every call). */
  static void fresh(Context ctx, int status, JsonNode body) {
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).contentType("application/json").result(Json.bytes(body));
  }

  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }

  /** Whether an If-None-Match header (a list of tags, or *) names {@code etag}; weak tags compare weakly (RFC 9110). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
