package org.vigil.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The {@link Fetcher}'s size cap: collects a 2xx body up to the cap, cancelling the stream (which
 * closes the connection) past it, and discards other bodies; a declared {@code Content-Length}
 * over the cap is refused at the first chunk. {@link #inflate} caps a compressed body's
 * decompressed size the same way. One instance per response; the HTTP client calls it from one
 * thread at a time.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body is over the cap. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;
    final long read;

    TooLargeException(String message, int status, long read) {
      super(message);
      this.status = status;
      this.read = read;
    }
  }

  /**
   * A compressed body, decompressed to at most {@code cap} bytes: a small body that would expand
   * past the cap (a "zip bomb") is abandoned as soon as it does.
   */
  static byte[] inflate(byte[] body, String encoding, long cap) throws IOException {
    java.io.InputStream raw = new java.io.ByteArrayInputStream(body);
    try (java.io.InputStream in = encoding.equals("deflate")
        ? new java.util.zip.InflaterInputStream(raw) : new java.util.zip.GZIPInputStream(raw)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > cap) {
          throw new TooLargeException("decompressed body is over the limit of " + cap + " bytes (abandoned after "
              + total + ", from " + body.length + " compressed)", 200, total);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private final long cap;
  private final int status;
  private final boolean keep;
  private final long declared;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Flow.Subscription subscription;
  private long read;

  CappedBody(long cap, HttpResponse.ResponseInfo info) {
    this.cap = cap;
    this.status = info.statusCode();
    this.keep = status >= 200 && status <= 299;
    this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    if (keep && declared > cap) {
      // refused at the first chunk: cancelling in onSubscribe leaves the JDK's exchange hanging
      result.completeExceptionally(new TooLargeException(
          "declared Content-Length " + declared + " bytes is over the limit of " + cap + " bytes", status, 0));
      subscription.cancel();
      return;
    }
    for (ByteBuffer b : buffers) {
      int n = b.remaining();
      read += n;
      if (keep && read > cap) {
        result.completeExceptionally(new TooLargeException(
            "body is over the limit of " + cap + " bytes (abandoned after " + read + ")", status, read));
        subscription.cancel();
        return;
      }
      if (keep) {
        byte[] chunk = new byte[n];
        b.get(chunk);
        out.write(chunk, 0, n);
      } else {
        b.position(b.limit());
      }
      if (!keep && read > cap) {
        // an error page larger than any feed: stop reading it
        subscription.cancel();
        result.complete(new byte[0]);
        return;
      }
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(keep ? out.toByteArray() : new byte[0]);
  }
}
