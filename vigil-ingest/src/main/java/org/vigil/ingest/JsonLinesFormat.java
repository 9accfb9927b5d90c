package org.vigil.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.vigil.core.article.Article;

/**
 * JSON Lines: one object per line with {@code id}, {@code date} (or {@code published}),
 * {@code title}, {@code text}, {@code url} and {@code source}. Only {@code text} and the date are
 * required; the id defaults to the content hash and the source to the file name. Lines are read
 * one at a time, so a file of any size streams; one bad line is rejected and the next is read.
 * Thread-safe: each call keeps its state on the stack.
 */
final class JsonLinesFormat {

  /** Room for the fields around the text and for JSON escapes ({@code \u00e9} is 6 bytes). */
  static final int ESCAPE_FACTOR = 6;
  static final int LINE_OVERHEAD = 1024 * 1024;

  private final long maxTextBytes;
  private final int maxLineBytes;
  private final ObjectMapper mapper;

  /** The date of a line without one, or null to reject it. */
  private final LocalDate defaultDate;

  JsonLinesFormat(long maxTextBytes) {
    this(maxTextBytes, null);
  }

  JsonLinesFormat(long maxTextBytes, LocalDate defaultDate) {
    this.maxTextBytes = maxTextBytes;
    this.defaultDate = defaultDate;
    this.maxLineBytes =
        (int) Math.min(Integer.MAX_VALUE - 64, maxTextBytes * ESCAPE_FACTOR + LINE_OVERHEAD);
    JsonFactory factory = JsonFactory.builder()
        // the line limit bounds memory; Jackson's own 20 M-char string limit must not cut in first
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxLineBytes).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Consecutive bad lines, before any good one, that make a file "not JSON Lines": it is then
   * rejected once, with how many of its lines are bad and the first of them, not once per line
   * (issue 12: 2 MB of random bytes gave 7,721 rejections).
   */
  static final int NOT_JSON_LINES_AFTER = 20;

  void read(InputStream in, String name, String source, Delivery file) throws IOException {
    ByteLines lines = new ByteLines(in, maxLineBytes);
    BadLines bad = new BadLines(name, file);
    Delivery out = new Delivery(bad::accept, bad::reject);
    try {
      read(lines, name, source, file, out);
    } catch (IOException e) {
      bad.end(); // what was read before the failure is still told
      throw e;
    }
    bad.end();
  }

  /**
   * Holds back the rejections of a file's first bad lines until a good line comes (then they are
   * delivered one by one) or {@link #NOT_JSON_LINES_AFTER} of them have come (then the file is
   * rejected once, at its end, with the count of its bad lines and the first one).
   */
  private static final class BadLines {
    private final String name;
    private final Delivery out;
    private final java.util.List<Rejection> held = new java.util.ArrayList<>();
    private boolean good;
    private boolean notJsonLines;
    private Rejection firstBad;
    private long badLines;
    private long goodLines;

    BadLines(String name, Delivery out) {
      this.name = name;
      this.out = out;
    }

    void accept(Article article) {
      goodLines++;
      if (!good && !notJsonLines) {
        good = true;
        held.forEach(r -> out.reject(r.record(), r.reason()));
        held.clear();
      }
      out.accept(article);
    }

    void reject(Rejection r) {
      if (notJsonLines) {
        badLines++;
      } else if (good) {
        out.reject(r.record(), r.reason());
      } else {
        held.add(r);
        if (held.size() == NOT_JSON_LINES_AFTER) {
          notJsonLines = true;
          firstBad = held.getFirst();
          badLines = held.size();
          held.clear();
        }
      }
    }

    /** Delivers what is held: the lines one by one, or the file once. */
    void end() {
      if (notJsonLines) {
        out.reject(name, String.format(Locale.ROOT, "not JSON Lines: %,d bad lines%s, the first %s: %s", badLines,
            goodLines > 0 ? String.format(Locale.ROOT, " (and %,d good ones, read)", goodLines) : "",
            firstBad.record(), firstBad.reason()));
      } else {
        held.forEach(r -> out.reject(r.record(), r.reason()));
      }
      held.clear();
    }
  }

  private void read(ByteLines lines, String name, String source, Delivery file, Delivery out) throws IOException {
    boolean first = true;
    while (lines.next()) {
      int start = lines.number() == 1 ? Utf8.bomLength(lines.bytes(), 0, lines.length()) : 0;
      if (isBlank(lines, start)) {
        continue;
      }
      String record = name + ":" + lines.number();
      byte[] bytes = lines.bytes();
      int length = lines.length() - start;
      int nul = Utf8.indexOfNul(bytes, start, length);
      if (first) {
        first = false;
        // a binary file would otherwise give one rejection per "line" of noise
        if (nul >= 0) {
          file.reject(name, "binary file (NUL byte in line " + lines.number() + ")");
          return;
        }
        int opening = firstNonBlank(bytes, start, length);
        if (opening >= 0 && bytes[opening] == '[') {
          file.reject(name, "a JSON array, not JSON Lines: write one object per line");
          return;
        }
      }
      if (lines.overflowed()) {
        out.reject(record, "line is " + TextChecks.bytes(lines.fullLength())
            + ", over the limit of " + TextChecks.bytes(maxLineBytes)
            + " for one record (text limit " + TextChecks.bytes(maxTextBytes) + ")");
        continue;
      }
      if (nul >= 0) {
        out.reject(record, "binary data (NUL byte at column " + (nul + 1) + ")");
        continue;
      }
      String line;
      try {
        line = Utf8.decode(bytes, start, length);
      } catch (Utf8.InvalidException e) {
        out.reject(record, "not UTF-8 (invalid byte at column " + (e.offset + 1) + ")");
        continue;
      }
      readRecord(line, record, source, out);
    }
    if (first) {
      file.reject(name, "empty file");
    }
  }

  private void readRecord(String line, String record, String source, Delivery out) {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      out.reject(record, "malformed JSON" + where + ": " + shorten(e.getOriginalMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      out.reject(record, "not a JSON object but "
          + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
      return;
    }
    try {
      String id = field(node, "id");
      if (id != null && !id.isBlank()) {
        String shown = id.strip();
        record = record + " (id " + (shown.length() > 80 ? shown.substring(0, 77) + "..." : shown) + ")";
      }
      String rawDate = field(node, node.hasNonNull("date") ? "date" : "published");
      if ((rawDate == null || rawDate.isBlank()) && defaultDate == null) {
        out.reject(record, "missing date: no 'date' or 'published' field");
        return;
      }
      LocalDate date;
      try {
        date = rawDate == null || rawDate.isBlank() ? defaultDate : Dates.parse(rawDate);
      } catch (DateTimeException e) {
        out.reject(record, "unparseable date " + TextChecks.quote(rawDate));
        return;
      }
      String text = field(node, "text");
      if (text == null) {
        out.reject(record, "missing text: no 'text' field");
        return;
      }
      if (text.isBlank()) {
        out.reject(record, "blank text");
        return;
      }
      text = text.strip();
      String problem = TextChecks.problem(text, maxTextBytes);
      if (problem != null) {
        out.reject(record, problem);
        return;
      }
      String title = strip(field(node, "title"));
      String ownSource = field(node, "source");
      out.accept(new Article(
          id == null || id.isBlank() ? Article.of(date, title, text).id() : id.strip(),
          date,
          title,
          text,
          strip(field(node, "url")),
          ownSource == null || ownSource.isBlank() ? source : ownSource.strip()));
    } catch (FieldException e) {
      out.reject(record, e.getMessage());
    }
  }

  /** The field as text: strings as they are, numbers and booleans as written, null if absent. */
  private static String field(JsonNode node, String name) throws FieldException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new FieldException("'" + name + "' must be a string, was an "
          + (value.isArray() ? "array" : "object"));
    }
    String text = value.asText();
    int lone = loneSurrogate(text);
    if (lone >= 0) {
      throw new FieldException(String.format(Locale.ROOT,
          "'%s' holds half of a UTF-16 surrogate pair (\\u%04X at character %d, a JSON escape with no other half),"
              + " which is no character", name, (int) text.charAt(lone), lone + 1));
    }
    return text;
  }

  /** Index of the first surrogate that is not part of a pair, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean isBlank(ByteLines lines, int start) {
    if (lines.overflowed()) {
      return false;
    }
    return firstNonBlank(lines.bytes(), start, lines.length() - start) < 0;
  }

  /** Index of the first byte that is not ASCII white space, or -1. */
  private static int firstNonBlank(byte[] bytes, int start, int length) {
    for (int i = start; i < start + length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
        return i;
      }
    }
    return -1;
  }

  private static String shorten(String message) {
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 160 ? oneLine.substring(0, 157) + "..." : oneLine;
  }

  /** A field of the wrong JSON type. */
  private static final class FieldException extends Exception {
    private static final long serialVersionUID = 1L;

    FieldException(String message) {
      super(message, null, false, false);
    }
  }
}
