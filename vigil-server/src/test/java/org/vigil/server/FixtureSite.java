package org.vigil.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A made-up news site on loopback for the live-source tests (the JDK's HTTP server), the files of
 * the README's example ({@code docs/examples/live-feed}): {@code /feed.xml} (RSS whose items link,
 * relative to the feed, to the two pages below), {@code /news/canal-talks.html},
 * {@code /news/border-post.html}, and {@code /front-page.html}, an HTML page that is not a feed.
 * No validators are sent, so every poll gets the whole feed again (deduplication, not a 304, must
 * keep the items from being delivered twice). Counts the requests for each path. Close it after.
 */
final class FixtureSite implements AutoCloseable {
  /** The example site of the README (the tests run in the module's folder). */
  static final Path DIR = Path.of("../docs/examples/live-feed");

  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  FixtureSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/feed.xml", "feed.xml", "application/rss+xml; charset=utf-8");
    serve("/news/canal-talks.html", "news/canal-talks.html", "text/html; charset=utf-8");
    serve("/news/border-post.html", "news/border-post.html", "text/html; charset=utf-8");
    serve("/front-page.html", "front-page.html", "text/html; charset=utf-8");
    server.start();
  }

  private void serve(String path, String resource, String contentType) {
    hits.put(path, new AtomicInteger());
    server.createContext(path, exchange -> answer(exchange, path, resource, contentType));
  }

  private void answer(HttpExchange exchange, String path, String resource, String contentType) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals(path)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      hits.get(path).incrementAndGet();
      byte[] body = Files.readAllBytes(DIR.resolve(resource));
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** {@code http://127.0.0.1:PORT}. */
  String base() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  String url(String path) {
    return base() + path;
  }

  /** Requests answered for {@code path}. */
  int hits(String path) {
    return hits.get(path).get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
