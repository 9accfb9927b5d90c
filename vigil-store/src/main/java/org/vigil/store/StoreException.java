package org.vigil.store;

import org.vigil.core.VigilException;

/**
 * The event store failed: it cannot open its database, or an article cannot be stored (the
 * message names the article; nothing of it was kept).
 */
public class StoreException extends VigilException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
