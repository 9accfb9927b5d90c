package org.vigil.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A dated news article. The {@code id} is the one the source gave, or the content hash where it
 * gave none; {@link #contentHash()} always identifies the text, so re-ingesting is idempotent.
 *
 * @param id non-blank identifier
 * @param date publication date, used as the document date for resolving time expressions
 * @param title title, may be empty
 * @param text body text, non-blank
 * @param url may be empty
 * @param source source name (feed, file), may be empty
 */
public record Article(String id, LocalDate date, String title, String text, String url, String source) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has no text");
    }
    title = title == null ? "" : title;
    url = url == null ? "" : url;
    source = source == null ? "" : source;
  }

  /** An article whose id is its content hash. */
  public static Article of(LocalDate date, String title, String text) {
    return new Article(hash(date, title, text), date, title, text, "", "");
  }

  /** SHA-256 over date, title and text, hex, first 16 bytes. */
  public String contentHash() {
    return hash(date, title, text);
  }

  static String hash(LocalDate date, String title, String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(date.toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
