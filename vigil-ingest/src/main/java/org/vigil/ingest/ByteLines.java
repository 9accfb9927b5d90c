package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an input stream line by line as bytes, holding at most {@code maxLineBytes} of one line.
 * Splitting bytes on {@code '\n'} is safe for UTF-8, whose multi-byte sequences never contain it,
 * and lets one undecodable line be rejected while the next ones are read. Not thread-safe.
 */
final class ByteLines {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private long fullLength;
  private int number;
  private boolean ended;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    if (ended) {
      return false;
    }
    length = 0;
    fullLength = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int start = position;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      append(start, end - start);
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    if (!overflowed() && length > 0 && line[length - 1] == '\r') {
      length--;
      fullLength--;
    }
    return true;
  }

  private void append(int start, int count) {
    fullLength += count;
    int room = maxLineBytes - length;
    int kept = Math.min(room, count);
    if (kept <= 0) {
      return;
    }
    if (length + kept > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(length + kept, 2L * line.length)));
    }
    System.arraycopy(buffer, start, line, length, kept);
    length += kept;
  }

  /** 1-based number of the current line. */
  int number() {
    return number;
  }

  /** The current line's bytes, without the line end; valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** True when the line was longer than the limit; only its length was kept. */
  boolean overflowed() {
    return fullLength > maxLineBytes;
  }

  /** The line's whole length in bytes, including what was dropped. */
  long fullLength() {
    return fullLength;
  }
}
