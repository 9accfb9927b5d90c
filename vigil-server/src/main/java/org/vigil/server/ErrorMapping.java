package org.vigil.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vigil.core.VigilException;
import org.vigil.store.ArticleIndex;

/**
 * The one place exceptions become HTTP statuses and problem bodies, {@code {"error": {"status",
 * "code", "message"}}}: {@link ApiException} its own status; a search query Lucene cannot parse
 * 400; {@link VigilException} (the store cannot be read) 503; anything else 500, logged once here.
 * Unknown paths are 404 and known paths with another method 405, in the same shape.
 */
final class ErrorMapping {
  private static final System.Logger LOG = System.getLogger(ErrorMapping.class.getName());

  private ErrorMapping() {}

  static void install(RoutesConfig routes, ServerMetrics metrics) {
    routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage(), metrics));
    routes.exception(ArticleIndex.BadQueryException.class,
        (e, ctx) -> write(ctx, 400, "bad_parameter", "parameter q: " + e.getMessage(), metrics));
    routes.exception(VigilException.class,
        (e, ctx) -> write(ctx, 503, "store_unavailable", e.getMessage(), metrics));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.log(System.Logger.Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " failed", e);
      write(ctx, 500, "internal", "the server failed: " + e, metrics);
    });
    routes.error(404, ctx -> {
      if (!ctx.res().isCommitted() && !isProblem(ctx)) {
        write(ctx, 404, "not_found", "no such path: " + ctx.method() + " " + ctx.path(), metrics);
      }
    });
    routes.error(405, ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, 405, "method_not_allowed", "method " + ctx.method() + " is not allowed on " + ctx.path(), metrics);
      }
    });
  }

  private static boolean isProblem(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute("vigil.problem"));
  }

  static void write(Context ctx, int status, String code, String message, ServerMetrics metrics) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("status", status);
    error.put("code", code);
    error.put("message", message);
    metrics.requestError(code);
    ctx.attribute("vigil.problem", true);
    ctx.status(status).contentType("application/json").result(Json.bytes(body));
  }
}
