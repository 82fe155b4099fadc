package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf8Test {

  /** A NUL byte is found wherever it is, from the first byte after the opening brace to the last. */
  @Test
  void aNulByteIsNamedAtEveryPosition() {
    byte[] line =
        "{\"id\":\"abcdefghijklmnopqrstuvwxyz0123456789\"}".getBytes(StandardCharsets.US_ASCII);
    for (int at = 4; at < line.length; at++) {
      byte[] bytes = line.clone();
      bytes[at] = 0;
      int position = at + 1;
      assertThatThrownBy(() -> Utf8.decode(bytes, 0, bytes.length, 1 << 20))
          .isInstanceOf(InvalidCaseException.class)
          .hasMessage("not UTF-8: a NUL byte at byte " + position);
    }
  }

  /** A byte that is not ASCII, anywhere in a line of ASCII, goes to the strict UTF-8 check. */
  @Test
  void anInvalidByteAfterLongAsciiIsFound() {
    for (int at = 0; at < 20; at++) {
      byte[] bytes = new byte[24];
      Arrays.fill(bytes, (byte) ' ');
      bytes[at] = (byte) 0xC0;
      int offset = at;
      assertThatThrownBy(() -> Utf8.decode(bytes, 0, bytes.length, 1 << 20))
          .hasMessageStartingWith("not UTF-8: an invalid byte sequence at byte " + (offset + 1));
    }
  }
}
