package org.vigil.ingest.source;

/**
 * How a fetch, or the reading of what it fetched, ended. Only {@link #OK} and {@link
 * #NOT_MODIFIED} are successes; {@link FetchRecord#isTransient()} says which failures may pass by
 * themselves.
 */
public enum FetchOutcome {
  /** Fetched, and (for feeds and pages) read. */
  OK,
  /** 304: nothing new since the last fetch (conditional GET). */
  NOT_MODIFIED,
  /** Not fetched: the address is private, loopback, link-local, multicast or unspecified, or the URL is not http(s). */
  REFUSED,
  /** The response was larger than the cap and was abandoned part way. */
  TOO_LARGE,
  /** Connecting or the whole exchange took longer than allowed. */
  TIMEOUT,
  /** A redirect led back to a URL already visited. */
  REDIRECT_LOOP,
  /** More redirects than allowed. */
  TOO_MANY_REDIRECTS,
  /** The server answered with an error status (4xx, 5xx) or a redirect without a location. */
  HTTP_ERROR,
  /** The host name does not resolve. */
  UNKNOWN_HOST,
  /** The connection failed or broke. */
  IO_ERROR,
  /** A feed's URL served something that is not RSS or Atom (an HTML page, broken XML). */
  NOT_A_FEED,
  /** A page without article text. */
  NO_TEXT,
  /** A page or item without a publication date in its metadata, its feed item or its URL. */
  NO_DATE,
  /** A publication date later than today plus the tolerance. */
  FUTURE_DATE;

  /** {@code ok}, {@code not-modified}, {@code redirect-loop}: the name used in logs and JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
