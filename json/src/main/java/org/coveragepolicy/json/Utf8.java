package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strict text input: UTF-8 only, no byte order mark but UTF-8's, no lone surrogates, and never more
 * than a byte limit is read, however long the input.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Checked input, ready for a parser: valid UTF-8 without a byte order mark, as a range of an
   * array. Every input — bytes, a string, characters from a reader — reaches the parser in this
   * form, so a document gets the same case or the same error message whatever form it came in.
   */
  static final class Input {
    private final byte[] bytes;
    private final int start;
    private final int length;

    Input(byte[] bytes, int start, int length) {
      this.bytes = bytes;
      this.start = start;
      this.length = length;
    }

    /** Opens a parser over the input. */
    JsonParser open(JsonFactory factory) throws IOException {
      return factory.createParser(bytes, start, length);
    }
  }

  static InvalidCaseException tooLarge(int maxBytes) {
    return new InvalidCaseException(
        "", "too large: more than " + maxBytes + " bytes, the reader's limit", null);
  }

  /**
   * Decodes UTF-8 strictly: malformed sequences, overlong forms, encoded surrogates, a UTF-16 or
   * UTF-32 byte order mark and NUL bytes are invalid input naming the problem. A UTF-8 byte order
   * mark is dropped. The parser reads the bytes themselves; ASCII input (most input) needs no
   * more than one look at each byte.
   */
  static Input decode(byte[] bytes, int offset, int length, int maxBytes) {
    if (length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    String bom = foreignBom(bytes, offset, length);
    if (bom != null) {
      throw new InvalidCaseException(
          "", "not UTF-8: the input starts with a " + bom + " byte order mark", null);
    }
    int from = offset;
    int n = length;
    if (n >= 3
        && (bytes[from] & 0xFF) == 0xEF
        && (bytes[from + 1] & 0xFF) == 0xBB
        && (bytes[from + 2] & 0xFF) == 0xBF) {
      from += 3;
      n -= 3;
    }
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      byte b = bytes[from + i];
      if (b <= 0) {
        if (b == 0) {
          throw new InvalidCaseException(
              "",
              "not UTF-8: a NUL byte at byte " + (from + i - offset + 1)
                  + (i < 4 ? " (UTF-16 or UTF-32 text?)" : ""),
              null);
        }
        ascii = false;
      }
    }
    if (ascii) {
      return new Input(bytes, from, n);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // decoded only to be checked: the parser reads the bytes
    ByteBuffer in = ByteBuffer.wrap(bytes, from, n);
    CharBuffer out = CharBuffer.allocate(n);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InvalidCaseException(
          "",
          "not UTF-8: an invalid byte sequence at byte " + (in.position() - offset + 1),
          null);
    }
    return new Input(bytes, from, n);
  }

  /** Names a UTF-16 or UTF-32 byte order mark at the start of the input, or null. */
  static @org.jspecify.annotations.Nullable String foreignBom(byte[] b, int off, int len) {
    int b0 = len > 0 ? b[off] & 0xFF : -1;
    int b1 = len > 1 ? b[off + 1] & 0xFF : -1;
    int b2 = len > 2 ? b[off + 2] & 0xFF : -1;
    int b3 = len > 3 ? b[off + 3] & 0xFF : -1;
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32 (big-endian)";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      return "UTF-32 (little-endian)";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16 (big-endian)";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16 (little-endian)";
    }
    return null;
  }

  /**
   * Checks text already decoded — at most the byte limit in UTF-8, no lone surrogate — and
   * encodes it in UTF-8; drops a leading byte order mark.
   */
  static Input check(char[] chars, int length, int maxBytes) {
    if ((long) length * 3 > maxBytes && utf8Length(chars, length) > maxBytes) {
      throw tooLarge(maxBytes);
    }
    int lone = Text.loneSurrogate(CharBuffer.wrap(chars, 0, length));
    if (lone >= 0) {
      throw new InvalidCaseException(
          "", "not valid Unicode: a lone surrogate at character " + (lone + 1), null);
    }
    int start = length > 0 && chars[0] == '\uFEFF' ? 1 : 0;
    // no lone surrogate, so the encoding is exact
    byte[] utf8 = new String(chars, start, length - start).getBytes(StandardCharsets.UTF_8);
    return new Input(utf8, 0, utf8.length);
  }

  private static long utf8Length(char[] chars, int length) {
    long n = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Reads at most the byte limit from a stream; one byte more is too large. */
  static byte[] readAll(InputStream in, int maxBytes) throws IOException {
    byte[] buffer = new byte[Math.min(maxBytes + 1, 8192)];
    int n = 0;
    while (true) {
      if (n == buffer.length) {
        if (n > maxBytes) {
          throw tooLarge(maxBytes);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) maxBytes + 1, (long) n * 2));
      }
      int r = in.read(buffer, n, buffer.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    if (n > maxBytes) {
      throw tooLarge(maxBytes);
    }
    return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
  }

  /** Reads at most the limit's worth of characters from a reader; more is too large. */
  static char[] readAll(Reader in, int maxBytes, int[] length) throws IOException {
    char[] buffer = new char[Math.min(maxBytes + 1, 8192)];
    int n = 0;
    while (true) {
      if (n == buffer.length) {
        if (n > maxBytes) {
          throw tooLarge(maxBytes);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) maxBytes + 1, (long) n * 2));
      }
      int r = in.read(buffer, n, buffer.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    length[0] = n;
    return buffer;
  }
}
