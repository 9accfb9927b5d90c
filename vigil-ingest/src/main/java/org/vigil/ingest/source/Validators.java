package org.vigil.ingest.source;

/**
 * The validators a server gave with its last answer, sent back on the next fetch of the same URL
 * as {@code If-None-Match} and {@code If-Modified-Since} (conditional GET): a 304 answer means
 * nothing changed.
 *
 * @param etag the {@code ETag}, or empty
 * @param lastModified the {@code Last-Modified}, as the server wrote it, or empty
 */
public record Validators(String etag, String lastModified) {

  /** No validators: an unconditional fetch. */
  public static final Validators NONE = new Validators("", "");

  public Validators {
    etag = etag == null ? "" : etag.strip();
    lastModified = lastModified == null ? "" : lastModified.strip();
  }

  /** Whether there is anything to send. */
  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
