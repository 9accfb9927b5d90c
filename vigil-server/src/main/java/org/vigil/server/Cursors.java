package org.vigil.server;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.vigil.core.store.EventQuery;
import org.vigil.store.StoreReads;

/**
 * Opaque page cursors: base64url of a kind letter, the last item's date and its id. A client
 * passes back the {@code next} link's cursor as it came; one that was not made here is a 400
 * naming the parameter. Stateless.
 */
final class Cursors {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Cursors() {}

  static String of(EventQuery.Cursor c) {
    return encode("e", c.date(), c.eventId());
  }

  static String of(StoreReads.ArticleCursor c) {
    return encode("a", c.date(), c.id());
  }

  /** The cursor after an aggregate's group: its events over the dates and its name (issue 13, round 6). */
  static String of(StoreReads.GroupCursor c) {
    return ENCODER.encodeToString(("g|" + c.events() + "|" + c.group()).getBytes(StandardCharsets.UTF_8));
  }

  static StoreReads.GroupCursor group(String cursor) {
    String text = text(cursor);
    String[] parts = text.split("\\|", 3);
    if (parts.length != 3 || !parts[0].equals("g") || !parts[1].matches("[1-9]\\d{0,17}")) {
      throw bad(cursor);
    }
    return new StoreReads.GroupCursor(Long.parseLong(parts[1]), parts[2]);
  }

  static EventQuery.Cursor event(String cursor) {
    String[] parts = decode(cursor, "e");
    return new EventQuery.Cursor(date(cursor, parts[1]), parts[2]);
  }

  static StoreReads.ArticleCursor article(String cursor) {
    String[] parts = decode(cursor, "a");
    return new StoreReads.ArticleCursor(date(cursor, parts[1]), parts[2]);
  }

  /**
   * The cursor of a list the store reads only from its start (merged events, stories): how many
   * items the pages before gave. Items that enter before it while a client pages shift the next
   * page by as many.
   */
  static String offset(String kind, int offset) {
    return ENCODER.encodeToString((kind + "|" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset of a cursor of {@link #offset(String, int)}: 0..{@link #MAX_OFFSET}. */
  static int offset(String cursor, String kind) {
    String text = text(cursor);
    String[] parts = text.split("\\|", -1);
    if (parts.length != 2 || !parts[0].equals(kind) || !parts[1].matches("\\d{1,9}")) {
      throw bad(cursor);
    }
    int offset = Integer.parseInt(parts[1]);
    if (offset > MAX_OFFSET) {
      throw bad(cursor);
    }
    return offset;
  }

  /** The deepest an offset cursor goes: a page is read from the start of the list. */
  static final int MAX_OFFSET = 100_000;

  /** The text of a cursor, or the error of a bad one when it is no base64. */
  private static String text(String cursor) {
    try {
      return new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad(cursor);
    }
  }

  private static String encode(String kind, LocalDate date, String id) {
    return ENCODER.encodeToString((kind + "|" + date + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static String[] decode(String cursor, String kind) {
    String text = text(cursor);
    String[] parts = text.split("\\|", 3);
    if (parts.length != 3 || !parts[0].equals(kind) || parts[2].isEmpty()) {
      throw bad(cursor);
    }
    return parts;
  }

  private static LocalDate date(String cursor, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw bad(cursor);
    }
  }

  private static ApiException bad(String cursor) {
    return ApiException.badParameter("cursor", cursor, "is not a cursor of this list (pass back the one the next link gives)");
  }
}
