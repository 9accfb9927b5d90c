package org.vigil.ingest.source;

import java.util.Objects;

/**
 * A fetch's record and, when it succeeded, what came.
 *
 * @param record what the fetch did
 * @param body the body, empty unless {@link FetchRecord#isOk()}; not copied, do not change it
 * @param contentType the {@code Content-Type} header, or empty
 * @param validators the validators to send next time (the old ones after a 304, none after a
 *     failure)
 */
public record Fetched(FetchRecord record, byte[] body, String contentType, Validators validators) {

  public Fetched {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(body, "body");
    contentType = contentType == null ? "" : contentType;
    Objects.requireNonNull(validators, "validators");
  }
}
