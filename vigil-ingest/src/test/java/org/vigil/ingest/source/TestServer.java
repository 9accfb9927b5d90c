package org.vigil.ingest.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback port chosen by the system, serving what each test sets up, and
 * logging each request (path and conditional headers). Closed by the test.
 */
final class TestServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A request as the server saw it. */
  record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  TestServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path,
            exchange.getRequestHeaders().getFirst("If-None-Match"),
            exchange.getRequestHeaders().getFirst("If-Modified-Since"),
            exchange.getRequestHeaders().getFirst("User-Agent")));
        Handler h = routes.get(path);
        if (h == null) {
          send(exchange, 404, "text/plain", "no such page");
        } else {
          h.handle(exchange);
        }
      } catch (IOException e) {
        // the client went away (a cancelled download): nothing to answer
      }
    });
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  TestServer route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  /** Serves {@code body} with {@code type}, and 200. */
  TestServer serve(String path, String type, String body) {
    return route(path, ex -> send(ex, 200, type, body));
  }

  /** Serves a test resource of this package, {@code {{base}}} in it replaced by this server's address. */
  TestServer serveResource(String path, String type, String resource) {
    return serve(path, type, resource(resource).replace("{{base}}", base()));
  }

  /** {@code http://127.0.0.1:PORT}. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  long count(String path) {
    return requests().stream().filter(r -> r.path().equals(path)).count();
  }

  static String resource(String name) {
    try (InputStream in = TestServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    if (status == 304 || status == 204) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
