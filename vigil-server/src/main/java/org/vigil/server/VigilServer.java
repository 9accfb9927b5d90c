package org.vigil.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The REST API over a {@link Backend}: the routes of the API description, each behind its
 * access check, those that query the store by filters behind a {@link QueryGate} (a bounded number
 * at once, a bounded line, 503 with {@code Retry-After} beyond it), with the one {@code
 * ErrorMapping}; Swagger UI's files under {@code /webjars}; and the dashboard ({@link
 * org.vigil.server.web.Dashboard}, {@code /ui/}, {@code /} lands there).
 * {@link #start} listens at once; {@link #close} stops accepting and ends the requests in hand.
 * Thread-safe.
 */
public final class VigilServer implements AutoCloseable {
  private final Javalin app;

  private VigilServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts the API.
   *
   * @param version the version the OpenAPI document gives
   * @throws IllegalStateException when the port cannot be bound, naming it
   */
  public static VigilServer start(ServerConfig config, Backend backend, String version) {
    return start(config, backend, version, "");
  }

  /**
   * Starts the API and the dashboard.
   *
   * @param version the version the OpenAPI document gives
   * @param writeTokenHint where the dashboard's sign-in page says the write token is, or ""
   * @throws IllegalStateException when the port cannot be bound, naming it
   */
  public static VigilServer start(ServerConfig config, Backend backend, String version, String writeTokenHint) {
    return start(config, backend, version, writeTokenHint, QueryGate.Limits.defaults());
  }

  /**
   * How heavy reads share the store (issue 13, round 5: settings {@code server.query-*}, {@code
   * server.cache-*}): the line's limits, what the intake is doing (it goes first), and the
   * response cache's room (0 entries: none).
   */
  record Reads(QueryGate.Limits limits, IngestPriority priority, int cacheEntries, long cacheBytes) {
    Reads {
      Objects.requireNonNull(limits, "limits");
      Objects.requireNonNull(priority, "priority");
      if (cacheEntries < 0 || cacheBytes < 1) {
        throw new IllegalArgumentException("a response cache needs 0 or more entries and 1 or more bytes, was "
            + cacheEntries + " entries and " + cacheBytes + " bytes");
      }
    }

    /** The limits, no priority, the cache of 2,000 answers and 64 MB. */
    static Reads of(QueryGate.Limits limits) {
      return new Reads(limits, IngestPriority.NONE, 2_000, 64L << 20);
    }
  }

  /** The routes that query the store by filters, behind the {@link QueryGate} (issue 13). */
  static final java.util.Set<String> HEAVY = java.util.Set.of("events", "aggregates", "mergedEvents", "stories",
      "story", "export", "articles");

  /** The routes answered from the {@link ResponseCache}: reads whose body depends on the store's data and the request only. */
  static final java.util.Set<String> CACHED = java.util.Set.of("events", "aggregates");

  /**
   * Whether a heavy request is of the slow kinds, which wait in a line of their own when the gate
   * has one (issue 13, round 8): exports, and aggregates by day (the default) or by dyad, whose
   * p95 at 10 M events were 170-700 ms where the others' were 50-120 ms (the quiet 10 M run after
   * round 7).
   */
  static boolean slow(String route, io.javalin.http.Context ctx) {
    return switch (route) {
      case "export" -> true;
      case "aggregates" -> {
        String by = ctx.queryParam("by");
        yield by == null || by.equalsIgnoreCase("day") || "dyad".equalsIgnoreCase(ctx.queryParam("group"));
      }
      default -> false;
    };
  }

  /** Starts the API with these limits on concurrent store queries. */
  static VigilServer start(ServerConfig config, Backend backend, String version, QueryGate.Limits limits) {
    return start(config, backend, version, "", limits);
  }

  private static VigilServer start(ServerConfig config, Backend backend, String version, String writeTokenHint,
      QueryGate.Limits limits) {
    return start(config, backend, version, writeTokenHint, Reads.of(limits));
  }

  /** Starts the API and the dashboard with these limits on heavy reads and this response cache. */
  static VigilServer start(ServerConfig config, Backend backend, String version, String writeTokenHint, Reads reads) {
    Objects.requireNonNull(config, "config");
    QueryGate gate = new QueryGate(reads.limits(), reads.priority());
    // issue 13, rounds 3 and 7: repeated reads from memory while no commit since can have changed
    // them (a held store only: the generation and the changes are this process's commits, and no
    // other process writes the file)
    ResponseCache cache = backend.store().isHeld() && reads.cacheEntries() > 0
        ? new ResponseCache(reads.cacheEntries(), reads.cacheBytes(), backend.store()::generation,
            backend.store()::changesSince, reads.limits().maxWait()) : null;
    Objects.requireNonNull(backend, "backend");
    Map<String, Handler> handlers = new Api(backend, version).handlers();
    Access access = new Access(config);
    java.util.concurrent.atomic.AtomicReference<Javalin> self = new java.util.concurrent.atomic.AtomicReference<>();
    Javalin app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.http.prefer405over404 = true;
      c.staticFiles.enableWebjars();
      ErrorMapping.install(c.routes, backend.metrics());
      for (ApiDescription.Route r : ApiDescription.ROUTES) {
        Handler found = handlers.get(r.id());
        if (found == null) {
          throw new IllegalStateException("route " + r.id() + " has no handler");
        }
        Handler gated = HEAVY.contains(r.id()) ? gate.guard(found, ctx -> slow(r.id(), ctx)) : found;
        // the next link of /events repeats the parameters in their order: a key of that order
        Handler h = cache != null && CACHED.contains(r.id()) ? cache.serve(gated, r.id().equals("events")) : gated;
        Handler checked = ctx -> {
          access.check(ctx, r.access());
          h.handle(ctx);
        };
        c.routes.addHttpHandler(HandlerType.findOrCreate(r.method().toUpperCase(Locale.ROOT)), r.path(), checked);
      }
      if (handlers.size() != ApiDescription.ROUTES.size()) {
        throw new IllegalStateException("handlers without a route: " + handlers.keySet());
      }
      // the dashboard reads this server's own API over loopback, with the signed-in analyst's token
      org.vigil.server.web.Dashboard.install(c, () -> URI.create("http://" + loopback(config.host()) + ":"
          + self.get().port()), new org.vigil.server.web.Dashboard.Tokens(config.readToken(), config.writeToken(),
          config.readsOpen(), writeTokenHint), backend.alertStream().handler());
    });
    self.set(app);
    try {
      app.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + e.getMessage(), e);
    }
    return new VigilServer(app);
  }

  /** The address to reach an interface from this machine: loopback for the wildcard ones. */
  private static String loopback(String host) {
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") || host.isBlank()) {
      return "localhost";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** The port it listens on (the one bound when 0 was asked). */
  public int port() {
    return app.port();
  }

  /** Its address on this machine: {@code http://localhost:PORT}. */
  public URI uri() {
    return URI.create("http://localhost:" + port());
  }

  /** Every route of the API the router holds, as {@code METHOD path} (the dashboard's left out). */
  List<String> routes() {
    List<String> out = new ArrayList<>();
    for (ParsedEndpoint p : app.unsafe.internalRouter.allHttpHandlers()) {
      if (org.vigil.server.web.Dashboard.owns(p.endpoint.path)) {
        continue;
      }
      out.add(p.endpoint.method.name() + " " + p.endpoint.path);
    }
    return out;
  }

  /** Stops accepting requests and ends those in hand. Closing twice does nothing. */
  @Override
  public void close() {
    app.stop();
  }
}
