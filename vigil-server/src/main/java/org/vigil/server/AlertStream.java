package org.vigil.server;

import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.monitor.alert.Alert;

/**
 * The server-sent events of {@code GET /alerts/stream}: each alert raised ({@code alert.raised})
 * or extended ({@code alert.updated}) is sent to every connected client as one event whose data is
 * the alert's JSON. Clients that went away are dropped. Thread-safe.
 */
final class AlertStream implements Monitoring.Listener {
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

  /** The route's handler: keeps each client connected until it leaves or the server stops. */
  SseHandler handler() {
    return new SseHandler(client -> {
      client.keepAlive();
      clients.add(client);
      client.onClose(() -> clients.remove(client));
      client.sendComment("connected");
    });
  }

  @Override
  public void changed(Alert alert, boolean raised) {
    String data = new String(Json.bytes(AlertJson.write(alert)), java.nio.charset.StandardCharsets.UTF_8);
    for (SseClient c : clients) {
      if (c.terminated()) {
        clients.remove(c);
        continue;
      }
      c.sendEvent(raised ? "alert.raised" : "alert.updated", data, alert.id());
    }
  }

  /** Clients connected now. */
  int clients() {
    return clients.size();
  }

  /** Ends every connection (the server stops). */
  void closeAll() {
    clients.forEach(SseClient::close);
    clients.clear();
  }
}
