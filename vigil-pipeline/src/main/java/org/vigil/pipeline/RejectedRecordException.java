package org.vigil.pipeline;

import org.vigil.core.VigilException;

/** A record could not be read, coded or stored, under {@link FailurePolicy#FAIL}. */
public final class RejectedRecordException extends VigilException {
  private static final long serialVersionUID = 1L;
  private final String record;
  private final String reason;

  public RejectedRecordException(String record, String reason) {
    super("rejected " + record + ": " + reason);
    this.record = record;
    this.reason = reason;
  }

  /** The record, as the reader names it ({@code file:line (id ...)}) or the article id. */
  public String record() {
    return record;
  }

  public String reason() {
    return reason;
  }
}
