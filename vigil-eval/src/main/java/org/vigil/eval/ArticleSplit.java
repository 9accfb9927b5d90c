package org.vigil.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The fixed halves of the article gold (issue 11): an article is in the development half when the
 * first byte of the SHA-256 of its id (UTF-8) is even, and in the held-out half when it is odd. The
 * rule is fixed once and for all, so that work tuned on the dev half can be checked on articles it
 * never saw (docs/EVALUATION.md gives the counts). Other gold styles are not split.
 */
public enum ArticleSplit {
  /** The articles whose id hashes to an even first byte. */
  DEV,
  /** The articles whose id hashes to an odd first byte. */
  HELDOUT,
  /** Every article. */
  ALL;

  /** Whether the article with this id belongs to this split. */
  public boolean includes(String id) {
    Objects.requireNonNull(id, "id");
    return switch (this) {
      case ALL -> true;
      case DEV -> !heldOut(id);
      case HELDOUT -> heldOut(id);
    };
  }

  /** Whether the article with this id is in the held-out half: its id's SHA-256 starts with an odd byte. */
  static boolean heldOut(String id) {
    try {
      byte first = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8))[0];
      return (first & 1) == 1;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
