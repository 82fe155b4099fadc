package org.coveragepolicy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coveragepolicy.json.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.json.JsonFixtures.with;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test for each reproducer of issue 11 ("nothing a service sends can crash it, leak a birth
 * date or lose a line"), each named by what it showed before the fix.
 */
class EncodingTest {
  private static final String BIRTH_DATE = "1948-06-12";

  private static InvalidCaseException invalid(String json) {
    return catchThrowableOfType(InvalidCaseException.class, () -> ReviewJson.readCase(json));
  }

  private static InvalidCaseException invalid(byte[] json) {
    return catchThrowableOfType(InvalidCaseException.class, () -> ReviewJson.readCase(json));
  }

  /** Puts a raw JSON value (not a string) at the place of a value in the approved case. */
  private static String raw(String field, String oldValue, String newValue) {
    String from = "\"" + field + "\": " + oldValue;
    assertThat(APPROVED_CASE).contains(from);
    return APPROVED_CASE.replace(from, "\"" + field + "\": " + newValue);
  }

  // ----- 1E+2147483648 anywhere: was "internal error: NumberFormatException" -----

  @Test
  void hugeExponentAsTScoreIsInvalidInput() {
    assertThat(invalid(raw("tScore", "-2.9", "1E+2147483648")))
        .hasMessage("record.documents[2].tScore: must be from -10 to 10, was 1E+2147483648");
  }

  @Test
  void hugeExponentAsLabValueIsInvalidInput() {
    assertThat(invalid(raw("value", "9.4", "1E+2147483648")))
        .hasMessage("record.documents[3].results[0].value: must be from 0 to 10000, was 1E+2147483648");
  }

  @Test
  void hugeExponentAsUnitsIsInvalidInput() {
    assertThat(invalid(raw("units", "60", "1E+2147483648")))
        .hasMessage("claim.units: must be an integer, was 1E+2147483648");
  }

  @Test
  void hugeExponentInAnUnknownFieldIsAnUnknownField() {
    assertThat(invalid(APPROVED_CASE.replace("\"units\": 60", "\"units\": 60, \"x\": 1E+2147483648")))
        .hasMessage("claim.x: unknown field");
  }

  // ----- 1E-99999999: was a 100 MB message and OutOfMemoryError -----

  @ParameterizedTest
  @ValueSource(strings = {"1E-99999999", "-1E-99999999", "0.0000001", "1e-7"})
  void tinyNumbersGiveAShortMessage(String number) {
    InvalidCaseException e = invalid(raw("tScore", "-2.9", number));
    assertThat(e)
        .hasMessage(
            "record.documents[2].tScore: must have at most 6 digits after the decimal point, was "
                + number);
  }

  @Test
  void tinyLabValueGivesAShortMessage() {
    assertThat(invalid(raw("value", "9.4", "1E-99999999")).getMessage()).hasSizeLessThan(120);
  }

  @Test
  void thousandDigitNumberGivesAShortMessage() {
    String digits = "9".repeat(5_000);
    InvalidCaseException e = invalid(raw("tScore", "-2.9", digits));
    assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\n");
    assertThat(e.path()).isEqualTo("record.documents[2].tScore");
  }

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

  // ----- the birth date was echoed when patient had the wrong shape -----

  @Test
  void patientAsAnArrayDoesNotShowTheBirthDate() {
    String json =
        APPROVED_CASE.replace(
            "\"patient\": { \"sex\": \"FEMALE\", \"birthDate\": \"1948-06-12\" }",
            "\"patient\": [{ \"sex\": \"FEMALE\", \"birthDate\": \"1948-06-12\" }]");
    assertThat(invalid(json)).hasMessage("patient: must be an object (value not shown)");
  }

  @Test
  void patientAsAStringDoesNotShowIt() {
    assertThat(invalid(with(APPROVED_CASE, "patient", BIRTH_DATE)))
        .hasMessage("patient: must be an object (value not shown)");
  }

  @Test
  void unknownFieldInsidePatientDoesNotShowItsName() {
    String json = APPROVED_CASE.replace("\"sex\": \"FEMALE\"", "\"sex\": \"FEMALE\", \"dob19480612\": 1");
    assertThat(invalid(json))
        .hasMessage("patient: unknown field (name not shown)");
  }

  @Test
  void syntaxErrorInsidePatientShowsNothingOfIt() {
    String json = APPROVED_CASE.replace("\"birthDate\": \"1948-06-12\"", "\"birthDate\": x1948-06-12");
    InvalidCaseException e = invalid(json);
    assertThat(e.getMessage()).startsWith("patient.birthDate: not JSON (not shown: inside patient)");
    assertThat(e.getMessage()).doesNotContain("1948").doesNotContain("'-'");
  }

  @Test
  void birthDateOutOfRangeDoesNotShowIt() {
    assertThat(invalid(with(APPROVED_CASE, "patient.birthDate", "0000-06-12")))
        .hasMessage("patient.birthDate: must be from 1900-01-01 through 2100-12-31 (value not shown)");
  }

  @Test
  void caseWithoutAValidIdStillNamesNoBirthDate() {
    InvalidCaseException e = invalid("[" + APPROVED_CASE + "]");
    assertThat(e).hasMessage("must be an object, was an array");
  }

  // ----- a 1 MB code was echoed whole; control characters reached the terminal raw -----

  @Test
  void megabyteCodeIsCutTo60Characters() {
    String code = "M".repeat(1_000_000);
    InvalidCaseException e = invalid(with(APPROVED_CASE, "claim.diagnosisCodes[0]", code));
    assertThat(e)
        .hasMessage(
            "claim.diagnosisCodes[0]: not a well-formed ICD-10-CM code: \"" + "M".repeat(60) + "\"…");
  }

  @Test
  void controlCharactersInACodeAreEscaped() {
    InvalidCaseException e = invalid(with(APPROVED_CASE, "claim.ndc", "55513\u001b[2J\r\n-0710"));
    assertThat(e)
        .hasMessage(
            "claim.ndc: not an 11-digit NDC (5-4-2 with dashes or 11 digits):"
                + " \"55513\\u001B[2J\\r\\n-0710\"");
  }

  @Test
  void controlCharactersInAKeyAreQuotedAndEscaped() {
    InvalidCaseException e =
        invalid(APPROVED_CASE.replace("\"units\": 60", "\"units\": 60, \"a\\u001b]0;x\\u0007\": 1"));
    assertThat(e).hasMessage("claim.\"a\\u001B]0;x\\u0007\": unknown field");
    assertThat(e.path()).isEqualTo("claim.\"a\\u001B]0;x\\u0007\"");
  }

  @Test
  void bidiControlsInAValueAreEscaped() {
    InvalidCaseException e = invalid(with(APPROVED_CASE, "claim.hcpcs", "J\u202E0897"));
    assertThat(e.getMessage()).contains("\\u202E").doesNotContain("\u202E");
  }

  // ----- parser internals leaked -----

  @Test
  void trailingContentNamesNoParserFeature() {
    assertThat(invalid(APPROVED_CASE + " {}"))
        .hasMessageStartingWith("not JSON: more content after the end (line ");
  }

  @Test
  void overlongNumberNamesNoParserLimit() {
    InvalidCaseException e = invalid(raw("units", "60", "1" + "0".repeat(2_000)));
    assertThat(e.getMessage())
        .doesNotContainIgnoringCase("constraint")
        .doesNotContainIgnoringCase("feature")
        .doesNotContain("Exception")
        .doesNotContain("jackson")
        .hasSizeLessThan(200);
  }

  @Test
  void nonStandardNumberNamesNoParserFeature() {
    InvalidCaseException e = invalid(raw("tScore", "-2.9", "NaN"));
    assertThat(e.getMessage())
        .startsWith("record.documents[2].tScore: not JSON: ")
        .doesNotContain("Feature")
        .doesNotContain("`");
  }

  // ----- implausible values were accepted -----

  @Test
  void tScoreOfMinus1e300IsImplausible() {
    assertThat(invalid(raw("tScore", "-2.9", "-1e300")))
        .hasMessage("record.documents[2].tScore: must be from -10 to 10, was -1e300");
  }

  @Test
  void birthDateInYear0000IsImplausible() {
    assertThat(invalid(with(APPROVED_CASE, "patient.birthDate", "0000-01-01")).path())
        .isEqualTo("patient.birthDate");
  }

  @Test
  void dateOfServiceIn9999IsImplausible() {
    assertThat(invalid(with(APPROVED_CASE, "claim.dateOfService", "9999-01-01")))
        .hasMessage(
            "claim.dateOfService: must be from 1900-01-01 through 2100-12-31, was \"9999-01-01\"");
  }

  @Test
  void boundaryDatesAreAccepted() {
    String json =
        with(with(APPROVED_CASE, "patient.birthDate", "1900-01-01"), "record.documents[0].date", "2100-12-31");
    assertThat(ReviewJson.readCase(json).patient().birthDate().getYear()).isEqualTo(1900);
    assertThat(invalid(with(APPROVED_CASE, "record.documents[0].date", "1899-12-31")).path())
        .isEqualTo("record.documents[0].date");
  }

  // ----- the embedding developer's complaints -----

  @Test
  void moduleNeedsNeitherPicocliNorDatabindAtRunTime() {
    assertThatThrownBy(() -> Class.forName("picocli.CommandLine"))
        .isInstanceOf(ClassNotFoundException.class);
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
