package org.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The dashboard of {@code vigil serve}: the pages under {@code /ui/} ({@code /} lands on the
 * alerts), their scripts and styles under {@code /static/}, and the sign-in that lets an analyst
 * write (corrections, watches, alert status) from the browser. Pages are jte templates compiled at
 * build time and read the JSON API through {@link ApiClient}; every value is escaped by jte.
 *
 * <p>Writes: the analyst signs in once with the server's write token ({@code /ui/sign-in}); the
 * dashboard keeps it in a server-side session named by an {@code HttpOnly; SameSite=Strict}
 * cookie, and every form that writes carries the session's CSRF token, checked before the write
 * is passed to the API with the token. Reads need no sign-in while the API's reads are open.
 * Thread-safe.
 */
public final class Dashboard {

  /**
   * The tokens the sign-in accepts.
   *
   * @param read the API's read token, "" for none
   * @param write the API's write token, "" when writes are refused
   * @param readsOpen whether the API's reads need no token
   * @param writeTokenHint where an analyst finds the write token (the file {@code vigil serve}
   *     generated), or "" to say nothing
   */
  public record Tokens(String read, String write, boolean readsOpen, String writeTokenHint) {
    public Tokens {
      read = read == null ? "" : read;
      write = write == null ? "" : write;
      writeTokenHint = writeTokenHint == null ? "" : writeTokenHint;
    }
  }

  static final String PACKAGE = "org.vigil.server.web";

  private final TemplateEngine templates =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Dashboard.class.getClassLoader(), PACKAGE);
  private final ApiClient api;
  private final Sessions sessions;
  private final Tokens tokens;

  Dashboard(ApiClient api, Sessions sessions, Tokens tokens) {
    this.api = Objects.requireNonNull(api, "api");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /**
   * Adds the dashboard to a Javalin configuration.
   *
   * @param api the address of this server's API, asked at each request (the port is bound later)
   * @param alertStream the handler of the API's alert stream, served to signed-in pages at
   *     {@code /ui/alerts/stream} too (a browser's EventSource cannot send a bearer token)
   */
  public static void install(JavalinConfig c, Supplier<URI> api, Tokens tokens, Handler alertStream) {
    Objects.requireNonNull(alertStream, "alertStream");
    Dashboard d = new Dashboard(new ApiClient(api), new Sessions(InstantSource.system()), tokens);
    c.staticFiles.add(sf -> {
      sf.hostedPath = "/static";
      sf.directory = "/web";
      sf.location = Location.CLASSPATH;
    });
    Pages pages = new Pages(d);
    Forms forms = new Forms(d);
    c.routes.exception(PageException.class, (e, ctx) -> d.problem(ctx, e.status(), e.getMessage()));
    c.routes.before("/ui/*", ctx -> ctx.header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "same-origin")
        .header("X-Frame-Options", "DENY"));
    c.routes.get("/", ctx -> ctx.redirect("/ui/alerts"));
    c.routes.get("/ui", ctx -> ctx.redirect("/ui/alerts"));
    c.routes.get("/ui/alerts", pages::alerts);
    c.routes.get("/ui/alerts/list", pages::alertList);
    c.routes.get("/ui/alerts/stream", ctx -> {
      if (!tokens.readsOpen() && d.session(ctx).isEmpty()) {
        throw new PageException(401, "sign in to follow the alerts: reads need a token on this server");
      }
      alertStream.handle(ctx);
    });
    c.routes.get("/ui/alerts/{id}", pages::alert);
    c.routes.post("/ui/alerts/{id}/status", forms::alertStatus);
    c.routes.get("/ui/watches", pages::watches);
    c.routes.post("/ui/watches", forms::saveWatch);
    c.routes.get("/ui/watches/{id}", pages::watch);
    c.routes.post("/ui/watches/{id}/delete", forms::deleteWatch);
    c.routes.get("/ui/events", pages::events);
    c.routes.get("/ui/events.csv", new EventsExport(d)::export);
    c.routes.get("/ui/events/{id}", pages::event);
    c.routes.post("/ui/events/{id}/corrections", forms::correct);
    c.routes.get("/ui/stories", pages::stories);
    c.routes.get("/ui/stories/{id}", pages::story);
    c.routes.get("/ui/dictionary", pages::dictionary);
    c.routes.get("/ui/sign-in", forms::signInPage);
    c.routes.post("/ui/sign-in", forms::signIn);
    c.routes.post("/ui/sign-out", forms::signOut);
  }

  /**
   * Scripts and styles from this server only (no inline script: the templates carry their data in
   * escaped {@code data-} attributes); Leaflet and uPlot set inline styles; images from here or
   * {@code data:} URLs.
   */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  /** Whether a path belongs to the dashboard rather than to the API (the router lists both). */
  public static boolean owns(String path) {
    return path.equals("/") || path.equals("/ui") || path.startsWith("/ui/") || path.startsWith("/static");
  }

  ApiClient api() {
    return api;
  }

  Sessions sessions() {
    return sessions;
  }

  Tokens tokens() {
    return tokens;
  }

  Optional<Sessions.Session> session(Context ctx) {
    return sessions.get(ctx.cookie(Sessions.COOKIE));
  }

  /** The token of the request's session, or null when signed out. */
  String token(Context ctx) {
    return session(ctx).map(Sessions.Session::token).orElse(null);
  }

  Frame frame(Context ctx, String title, String nav) {
    Optional<Sessions.Session> s = session(ctx);
    return new Frame(title, nav, s.isPresent(), s.map(Sessions.Session::writes).orElse(false),
        s.map(Sessions.Session::csrf).orElse(""));
  }

  /**
   * Reads the API with the session's token.
   *
   * @throws PageException with the API's status and message when it refuses
   */
  JsonNode read(Context ctx, String pathAndQuery) {
    ApiClient.Answer a = api.get(pathAndQuery, token(ctx));
    if (!a.ok()) {
      throw new PageException(a.status(), a.error());
    }
    return a.json();
  }

  /** Renders a template with its parameters as the answer, HTML in UTF-8. */
  void render(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(html(template, params));
  }

  String html(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template, params, out);
    return out.toString();
  }

  private void problem(Context ctx, int status, String message) {
    ctx.status(status);
    boolean partial = ctx.header("HX-Request") != null;
    if (partial) {
      // htmx swaps 2xx answers only: the message replaces the target, with its status in a header
      ctx.status(200).header("X-Vigil-Status", Integer.toString(status));
      render(ctx, "message.jte", Map.of("message", message, "error", true));
      return;
    }
    render(ctx, "problem.jte", Map.of("frame", frame(ctx, "Error " + status, ""), "status", status,
        "message", message));
  }
}
