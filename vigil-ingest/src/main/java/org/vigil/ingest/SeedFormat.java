package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.article.Article;

/**
 * The seed format: a first line {@code date YYYY-MM-DD}, then the article text. One file is one
 * article, titled "", identified by its content hash, with the file name as its source. Blank
 * lines before the date line, a byte-order mark, {@code Date} and {@code date:} are tolerated; the
 * date may be any form {@link Dates} reads. The text may start on the date line itself, after the
 * date ({@code date 2021-07-08 The bloc said ...}), as some exports write it. Leading and
 * trailing white space of the text is
 * dropped, so the id does not depend on a final newline. Reads at
 * most the text limit plus {@value #HEADER_ALLOWANCE} bytes into memory. Stateless.
 */
final class SeedFormat {

  /** Room for the date line (and blank lines before it) on top of the text limit. */
  static final int HEADER_ALLOWANCE = 64 * 1024;

  private static final Pattern DATE_LINE =
      Pattern.compile("date:?[ \\t]+(\\S.*?)[ \\t]*", Pattern.CASE_INSENSITIVE);

  private final long maxTextBytes;
  /** The date of a file without a date line, or null to reject it. */
  private final LocalDate defaultDate;

  SeedFormat(long maxTextBytes) {
    this(maxTextBytes, null);
  }

  SeedFormat(long maxTextBytes, LocalDate defaultDate) {
    this.maxTextBytes = maxTextBytes;
    this.defaultDate = defaultDate;
  }

  void read(InputStream in, String record, String source, Delivery out) throws IOException {
    Prefix data = Prefix.read(in, (int) (maxTextBytes + HEADER_ALLOWANCE));
    String problem = problem(data);
    if (problem != null) {
      out.reject(record, problem);
      return;
    }
    String content;
    int bom = Utf8.bomLength(data.bytes, 0, data.length);
    try {
      content = Utf8.decode(data.bytes, bom, data.length - bom);
    } catch (Utf8.InvalidException e) {
      out.reject(record, "not UTF-8 text (invalid byte at offset " + (bom + e.offset) + ")");
      return;
    }
    if (content.isBlank()) {
      out.reject(record, "empty file (only white space)");
      return;
    }
    String stripped = content.stripLeading();
    int lineEnd = stripped.indexOf('\n');
    String firstLine = (lineEnd < 0 ? stripped : stripped.substring(0, lineEnd)).strip();
    Matcher m = DATE_LINE.matcher(firstLine);
    if (!m.matches() && defaultDate != null) {
      // no date line: all of it is text, dated by the default (vigil code --default-date)
      deliver(stripped.strip(), defaultDate, record, source, out);
      return;
    }
    if (!m.matches()) {
      out.reject(record, "missing date: the first line must be 'date YYYY-MM-DD', was "
          + TextChecks.quote(firstLine));
      return;
    }
    LocalDate date;
    String sameLine = "";
    try {
      date = Dates.parse(m.group(1));
    } catch (DateTimeException e) {
      // "date 2021-07-08 The text starts here": the date is the first word, the rest is text.
      String[] parts = m.group(1).split("[ \\t]+", 2);
      try {
        date = Dates.parse(parts[0]);
        sameLine = parts.length > 1 ? parts[1] : "";
      } catch (DateTimeException e2) {
        out.reject(record, "unparseable date " + TextChecks.quote(m.group(1)));
        return;
      }
    }
    String rest = lineEnd < 0 ? "" : stripped.substring(lineEnd + 1);
    String text = (sameLine.isEmpty() ? rest : sameLine + "\n" + rest).strip();
    if (text.isEmpty()) {
      out.reject(record, "missing text: nothing follows the date line");
      return;
    }
    deliver(text, date, record, source, out);
  }

  private void deliver(String text, LocalDate date, String record, String source, Delivery out) {
    String problem = TextChecks.problem(text, maxTextBytes);
    if (problem != null) {
      out.reject(record, problem);
      return;
    }
    String id = Article.of(date, "", text).id();
    out.accept(new Article(id, date, "", text, "", source));
  }

  private String problem(Prefix data) {
    if (data.total == 0) {
      return "empty file";
    }
    int nul = Utf8.indexOfNul(data.bytes, 0, data.length);
    if (nul >= 0) {
      return "binary file (NUL byte at offset " + nul + ")";
    }
    if (data.total > data.length) {
      return TextChecks.tooLarge("file is " + TextChecks.bytes(data.total), maxTextBytes);
    }
    return null;
  }

  /** The first {@code cap} bytes of a stream and its whole length. */
  record Prefix(byte[] bytes, int length, long total) {

    static Prefix read(InputStream in, int cap) throws IOException {
      byte[] bytes = new byte[Math.min(cap, 64 * 1024)];
      int length = 0;
      long total = 0;
      byte[] skip = new byte[64 * 1024];
      while (true) {
        if (length < cap) {
          if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(cap, 2L * bytes.length));
          }
          int n = in.read(bytes, length, bytes.length - length);
          if (n < 0) {
            break;
          }
          length += n;
          total += n;
        } else {
          // over the cap: count the rest, keep none of it
          int n = in.read(skip);
          if (n < 0) {
            break;
          }
          total += n;
        }
      }
      return new Prefix(bytes, length, total);
    }
  }
}
