package org.coveragepolicy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.json.InvalidCases.invalid;
import static org.coveragepolicy.testing.JsonFixtures.raw;
import static org.coveragepolicy.testing.JsonFixtures.with;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Input that is not UTF-8 or not valid Unicode is invalid input naming the problem and where it is
 * (invalid, overlong and surrogate byte sequences, lone surrogate escapes, UTF-16 and UTF-32 with or
 * without a byte order mark); paired surrogates and a UTF-8 byte order mark are read.
 */
class EncodingTest {

  // ----- invalid UTF-8 and lone surrogates: were accepted, the id silently changed -----

  @Test
  void invalidUtf8IsInvalidInputNamingTheEncoding() {
    byte[] bytes = with(APPROVED_CASE, "id", "caf\u00e9").getBytes(UTF_8);
    int at = indexOf(bytes, (byte) 0xC3);
    bytes[at] = (byte) 0xE9; // Latin-1 é inside UTF-8 text
    assertThat(invalid(bytes)).hasMessage("not UTF-8: an invalid byte sequence at byte " + (at + 1));
  }

  @Test
  void overlongUtf8IsInvalid() {
    byte[] bytes = with(APPROVED_CASE, "id", "a/b").getBytes(UTF_8);
    int at = indexOf(bytes, (byte) '/');
    byte[] overlong = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, overlong, 0, at);
    overlong[at] = (byte) 0xC0;
    overlong[at + 1] = (byte) 0xAF;
    System.arraycopy(bytes, at + 1, overlong, at + 2, bytes.length - at - 1);
    assertThat(invalid(overlong).getMessage()).startsWith("not UTF-8: an invalid byte sequence");
  }

  @Test
  void surrogateEncodedInUtf8IsInvalid() {
    byte[] bytes = with(APPROVED_CASE, "id", "a/b").getBytes(UTF_8);
    int at = indexOf(bytes, (byte) '/');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3);
    out.write(bytes, at + 1, bytes.length - at - 1);
    assertThat(invalid(out.toByteArray()).getMessage()).startsWith("not UTF-8: an invalid byte sequence");
  }

  @Test
  void loneSurrogateEscapeIsInvalid() {
    String json = APPROVED_CASE.replace("\"prolia-pmo-approved\"", "\"prolia\\uD800-pmo\"");
    InvalidCaseException e = invalid(json);
    assertThat(e).hasMessage("id: not valid Unicode: a lone surrogate at character 7");
  }

  @Test
  void loneSurrogateInADateIsReportedAsSuchNotAsABadDate() {
    String json = raw("dateOfService", "\"2025-11-03\"", "\"2025-11-0\\uD800\"");
    assertThat(invalid(json))
        .hasMessage("claim.dateOfService: not valid Unicode: a lone surrogate at character 10");
  }

  @Test
  void rawLoneSurrogateInTextIsInvalid() {
    String json = APPROVED_CASE.replace("prolia-pmo-approved", "prolia\uDC00");
    assertThat(invalid(json).getMessage()).startsWith("not valid Unicode: a lone surrogate at character ");
  }

  @Test
  void pairedSurrogatesAreValid() {
    String json = APPROVED_CASE.replace("\"prolia-pmo-approved\"", "\"case-\\uD83D\\uDE00\"");
    assertThat(ReviewJson.readCase(json).id()).isEqualTo("case-\uD83D\uDE00");
  }

  // ----- UTF-16 was never named as "not UTF-8" -----

  @Test
  void utf16WithByteOrderMarkIsNamed() {
    byte[] bytes = ("\uFEFF" + APPROVED_CASE).getBytes(StandardCharsets.UTF_16BE);
    assertThat(invalid(bytes))
        .hasMessage("not UTF-8: the input starts with a UTF-16 (big-endian) byte order mark");
  }

  @Test
  void utf32WithByteOrderMarkIsNamed() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0, 0, 0, '}', 0, 0, 0};
    assertThat(invalid(bytes))
        .hasMessage("not UTF-8: the input starts with a UTF-32 (little-endian) byte order mark");
  }

  @Test
  void utf16WithoutByteOrderMarkIsNamed() {
    byte[] bytes = APPROVED_CASE.strip().getBytes(StandardCharsets.UTF_16LE);
    assertThat(invalid(bytes)).hasMessage("not UTF-8: a NUL byte at byte 2 (UTF-16 or UTF-32 text?)");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    byte[] bytes = ("\uFEFF" + APPROVED_CASE).getBytes(UTF_8);
    assertThat(ReviewJson.readCase(bytes).id()).isEqualTo("prolia-pmo-approved");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no byte " + b);
  }
}
