package org.vigil.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dated news article. The {@code id} is the one the source gave, or the content hash where it
 * gave none; {@link #contentHash()} always identifies the text, so re-ingesting is idempotent. The
 * hash is taken over the date and the {@linkplain #normalise normalised} text, not the title: the
 * same story with CRLF line ends, one more space or a corrected title is the same article (issue
 * 12). The article keeps its text as it came.
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
    return new Article(hash(date, text), date, title, text, "", "");
  }

  /**
   * SHA-256 over the date and the {@linkplain #normalise normalised} text, hex, first 16 bytes.
   * The title is left out: a corrected title does not make another article.
   */
  public String contentHash() {
    return hash(date, text);
  }

  /**
   * The content hash as Vigil took it before issue 12: over the date, the title and the exact
   * text. Stores written then hold it; a run asks for it too, so that re-ingesting into such a
   * store neither stores an article again nor finds its id taken by "other content".
   */
  public String legacyContentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(date.toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(title.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** White space, Unicode's included (no-break spaces, line and paragraph separators). */
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u0085\\u200B\\uFEFF]+",
      Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The text the content hash is taken over: Unicode NFC (a precomposed é and e with a combining
   * accent are one), every run of white space and line ends (CRLF, CR, LF, no-break spaces) one
   * space, trimmed.
   */
  public static String normalise(String text) {
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    return SPACE.matcher(nfc).replaceAll(" ").strip();
  }

  static String hash(LocalDate date, String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(date.toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(normalise(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
