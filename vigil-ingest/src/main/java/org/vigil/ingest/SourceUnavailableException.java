package org.vigil.ingest;

import org.vigil.core.VigilException;

/**
 * The input named to an {@link ArticleReader} does not exist or cannot be listed. Problems inside
 * an input (a bad file, a bad line) are {@link Rejection}s instead, so the rest goes on.
 */
public class SourceUnavailableException extends VigilException {
  private static final long serialVersionUID = 1L;

  public SourceUnavailableException(String message) {
    super(message);
  }

  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
