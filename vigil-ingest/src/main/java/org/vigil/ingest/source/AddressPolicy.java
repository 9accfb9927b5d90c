package org.vigil.ingest.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetch may reach (server-side request forgery, issue 13): not the machine
 * itself, not the private network behind it, not link-local addresses such as the cloud metadata
 * service at 169.254.169.254, not multicast or the unspecified address, unless the config allows
 * them. Stateless.
 */
final class AddressPolicy {
  private final boolean allowPrivate;
  private final boolean allowLoopback;

  AddressPolicy(boolean allowPrivate, boolean allowLoopback) {
    this.allowPrivate = allowPrivate;
    this.allowLoopback = allowLoopback;
  }

  /** Null when {@code address} may be fetched, else what kind of address it is ("loopback address 127.0.0.1"). */
  String refusal(InetAddress address) {
    String kind = kind(address);
    if (kind == null) {
      return null;
    }
    boolean allowed = kind.equals("loopback") ? allowLoopback : allowPrivate;
    return allowed ? null : kind + " address " + address.getHostAddress();
  }

  /** Null for a public unicast address, else its kind. */
  static String kind(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return "loopback";
    }
    if (address.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isMulticastAddress()) {
      return "multicast";
    }
    if (address.isSiteLocalAddress()) {
      return "private";
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int a0 = b[0] & 0xff;
      int a1 = b[1] & 0xff;
      if (a0 == 0) {
        return "unspecified"; // 0.0.0.0/8, "this network"
      }
      if (a0 == 100 && (a1 & 0xc0) == 64) {
        return "private"; // 100.64.0.0/10, carrier-grade NAT
      }
      if (a0 >= 240) {
        return "reserved"; // 240.0.0.0/4 and the broadcast address
      }
      if (a0 == 198 && (a1 & 0xfe) == 18) {
        return "private"; // 198.18.0.0/15, benchmarking networks
      }
    } else if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return "private"; // fc00::/7, unique local
      }
      if (isEmbeddedV4(b)) {
        try {
          InetAddress v4 = InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16));
          String inner = kind(v4);
          return inner == null ? null : inner;
        } catch (java.net.UnknownHostException e) {
          throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
      }
    }
    return null;
  }

  /** ::a.b.c.d (IPv4-compatible) and 64:ff9b::a.b.c.d (NAT64), which reach an IPv4 address. */
  private static boolean isEmbeddedV4(byte[] b) {
    boolean zeros = true;
    for (int i = 0; i < 12; i++) {
      zeros &= b[i] == 0;
    }
    boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b;
    for (int i = 4; nat64 && i < 12; i++) {
      nat64 = b[i] == 0;
    }
    return zeros || nat64;
  }
}
