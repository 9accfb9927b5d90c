package org.vigil.server;

import java.util.Objects;

/**
 * How the API listens and whom it serves. Immutable; it checks itself.
 *
 * @param host the interface to listen on ({@code 0.0.0.0} for all)
 * @param port the port, 0 for any free one
 * @param readToken the bearer token reads need when {@code readsOpen} is false (the write token
 *     reads too); empty for none
 * @param writeToken the bearer token writes need ({@code POST /articles}, {@code POST /recode});
 *     empty: writes are refused
 * @param readsOpen whether reads need no token
 */
public record ServerConfig(String host, int port, String readToken, String writeToken, boolean readsOpen) {

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    readToken = readToken == null ? "" : readToken;
    writeToken = writeToken == null ? "" : writeToken;
    if (!readsOpen && readToken.isEmpty() && writeToken.isEmpty()) {
      throw new IllegalArgumentException("reads are closed (server.reads-open = false) but no server.read-token"
          + " or server.write-token is set: nobody could read");
    }
  }

  /** Open reads, writes with {@code writeToken}, on {@code port} of every interface. */
  public static ServerConfig open(int port, String writeToken) {
    return new ServerConfig("0.0.0.0", port, "", writeToken, true);
  }
}
