package org.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's forms that write, and the sign-in they need. Every write checks the session
 * (signed in with the write token) and its CSRF token, then passes the write to the API with the
 * session's token, so the API's own checks and messages apply: a correction ({@code POST
 * /events/{id}/corrections}), a watch saved or deleted, an alert acknowledged or closed.
 * Thread-safe: no state of its own.
 */
final class Forms {
  private final Dashboard d;

  Forms(Dashboard d) {
    this.d = d;
  }

  void signInPage(Context ctx) {
    signInForm(ctx, 200, "");
  }

  private void signInForm(Context ctx, int status, String message) {
    String next = safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
    ctx.status(status);
    d.render(ctx, "signIn.jte", Map.of("frame", d.frame(ctx, "Sign in", "sign-in"), "message", message,
        "hint", d.tokens().writeTokenHint(), "writesOff", d.tokens().write().isEmpty(), "next", next));
  }

  void signIn(Context ctx) {
    String token = ctx.formParam("token");
    token = token == null ? "" : token.strip();
    boolean writes = Sessions.same(token, d.tokens().write());
    if (!writes && !Sessions.same(token, d.tokens().read())) {
      signInForm(ctx, 403, "that is neither the server's write token nor its read token");
      return;
    }
    d.sessions().close(ctx.cookie(Sessions.COOKIE));
    Sessions.Session s = d.sessions().open(token, writes);
    ctx.header("Set-Cookie", Sessions.COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + Sessions.LIFETIME.toSeconds());
    ctx.redirect(safeNext(ctx.formParam("next")));
  }

  void signOut(Context ctx) {
    writer(ctx, false);
    d.sessions().close(ctx.cookie(Sessions.COOKIE));
    ctx.header("Set-Cookie", Sessions.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    ctx.redirect("/ui/alerts");
  }

  /** Where to go after signing in: a dashboard path, never another site. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/ui/") || next.startsWith("//") || next.contains("\\")) {
      return "/ui/alerts";
    }
    return next;
  }

  /**
   * The session of a request that writes.
   *
   * @param needsWrite whether the session must hold the write token
   * @throws PageException 401 when signed out, 403 when the CSRF token is missing or wrong or the
   *     session may only read
   */
  private Sessions.Session writer(Context ctx, boolean needsWrite) {
    Sessions.Session s = d.session(ctx).orElseThrow(() -> new PageException(401,
        "sign in with the server's write token first (/ui/sign-in)"));
    String csrf = ctx.formParam("csrf");
    if (csrf == null) {
      csrf = ctx.header("X-CSRF-Token");
    }
    if (!s.csrfMatches(csrf)) {
      throw new PageException(403, "the form's CSRF token is missing or not this session's: reload the page");
    }
    if (needsWrite && !s.writes()) {
      throw new PageException(403, "signed in with the read token: writing needs the write token");
    }
    return s;
  }

  void correct(Context ctx) {
    Sessions.Session s = writer(ctx, true);
    String id = ctx.pathParam("id");
    ObjectNode body = correction(ctx);
    ApiClient.Answer a = d.api().send("POST", "/events/" + ApiClient.enc(id) + "/corrections", body, s.token());
    String message = a.ok() ? "correction " + a.json().path("id").asText() + " stored" : a.error();
    if (ctx.header("HX-Request") == null) {
      if (!a.ok()) {
        throw new PageException(a.status(), a.error());
      }
      ctx.redirect("/ui/events/" + ApiClient.enc(id) + "#corrections");
      return;
    }
    ApiClient.Answer list = d.api().get("/events/" + ApiClient.enc(id) + "/corrections", s.token());
    if (!a.ok()) {
      ctx.header("X-Vigil-Status", Integer.toString(a.status()));
    }
    d.render(ctx, "corrections.jte", Map.of("corrections", list.json().path("corrections"),
        "note", list.ok() ? "" : list.error(), "message", message, "error", !a.ok()));
  }

  /**
   * The correction of the form, in the API's shape: {@code verdict}, {@code analyst}, {@code note}
   * and, unless the verdict is right, {@code coding} with the fields filled in, or null when the
   * analyst says there is no event here.
   */
  static ObjectNode correction(Context ctx) {
    ObjectNode body = ApiClient.MAPPER.createObjectNode();
    String verdict = form(ctx, "verdict");
    body.put("verdict", verdict);
    body.put("analyst", form(ctx, "analyst"));
    body.put("note", form(ctx, "note"));
    if (!"right".equals(verdict)) {
      if ("on".equals(ctx.formParam("no_event"))) {
        body.putNull("coding");
      } else {
        ObjectNode coding = body.putObject("coding");
        for (String field : List.of("cameo", "source", "target", "date", "place", "modality")) {
          String v = form(ctx, field);
          if (!v.isEmpty()) {
            coding.put(field, v);
          }
        }
      }
    }
    return body;
  }

  private static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  void saveWatch(Context ctx) {
    Sessions.Session s = writer(ctx, true);
    String text = form(ctx, "spec");
    JsonNode spec;
    try {
      spec = ApiClient.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      spec = null;
    }
    String problem;
    if (spec == null || !spec.isObject() || !spec.path("id").isTextual() || spec.path("id").asText().isBlank()) {
      problem = "the watch must be a JSON object with an id";
    } else {
      ApiClient.Answer a = d.api().send("PUT", "/watches/" + ApiClient.enc(spec.path("id").asText()), spec, s.token());
      if (a.ok()) {
        ctx.redirect("/ui/watches/" + ApiClient.enc(spec.path("id").asText()));
        return;
      }
      problem = a.error();
    }
    ctx.status(400);
    d.render(ctx, "watches.jte", Map.of("frame", d.frame(ctx, "Watches", "watches"),
        "watches", d.read(ctx, "/watches").path("watches"), "spec", text, "message", problem));
  }

  void deleteWatch(Context ctx) {
    Sessions.Session s = writer(ctx, true);
    String id = ctx.pathParam("id");
    ApiClient.Answer a = d.api().send("DELETE", "/watches/" + ApiClient.enc(id), null, s.token());
    if (!a.ok()) {
      throw new PageException(a.status(), a.error());
    }
    ctx.redirect("/ui/watches");
  }

  void alertStatus(Context ctx) {
    Sessions.Session s = writer(ctx, true);
    String id = ctx.pathParam("id");
    ObjectNode body = ApiClient.MAPPER.createObjectNode().put("status", form(ctx, "status"));
    ApiClient.Answer a = d.api().send("PATCH", "/alerts/" + ApiClient.enc(id), body, s.token());
    if (!a.ok()) {
      throw new PageException(a.status(), a.error());
    }
    ctx.redirect("/ui/alerts/" + ApiClient.enc(id));
  }
}
