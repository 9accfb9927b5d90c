package org.vigil.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the input stops being UTF-8. */
final class Utf8 {

  private Utf8() {}

  /** Bytes that are not UTF-8, at {@code offset} from the start of the decoded range. */
  static final class InvalidException extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    InvalidException(int offset) {
      super("invalid UTF-8 at byte " + offset, null, false, false);
      this.offset = offset;
    }
  }

  /** Decodes {@code length} bytes from {@code offset}, reporting (not replacing) bad input. */
  static String decode(byte[] bytes, int offset, int length) throws InvalidException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    // UTF-8 never yields more chars than bytes
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidException(in.position() - offset);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InvalidException(in.position() - offset);
    }
    return out.flip().toString();
  }

  /** Index of the first NUL byte in the range, relative to {@code offset}, or -1. */
  static int indexOfNul(byte[] bytes, int offset, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[offset + i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Length of the UTF-8 byte-order mark at {@code offset}: 3, or 0 when there is none. */
  static int bomLength(byte[] bytes, int offset, int length) {
    return length >= 3
            && bytes[offset] == (byte) 0xEF
            && bytes[offset + 1] == (byte) 0xBB
            && bytes[offset + 2] == (byte) 0xBF
        ? 3
        : 0;
  }

  /** Number of bytes {@code text} takes in UTF-8, without encoding it. */
  static long encodedLength(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
