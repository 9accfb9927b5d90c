package org.vigil.ingest.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves a host name to every address it has, so that each can be checked before a fetch.
 * {@link #system()} asks the JVM's resolver, whose cache ({@code networkaddress.cache.ttl}, 30 s
 * by default) the HTTP client then connects through, so the addresses checked are the addresses
 * used. Tests pass their own to make a name resolve to a private address. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface HostResolver {

  /**
   * Every address of {@code host}, never empty.
   *
   * @throws UnknownHostException when it has none
   */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The JVM's resolver ({@link InetAddress#getAllByName}). */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
