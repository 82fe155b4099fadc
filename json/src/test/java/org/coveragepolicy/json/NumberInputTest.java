package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.json.InvalidCases.invalid;
import static org.coveragepolicy.testing.JsonFixtures.raw;
import static org.coveragepolicy.testing.JsonFixtures.with;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers of any size or precision are read or rejected with a short message naming the field:
 * huge exponents, tiny and long numbers never reach a number type that fails or grows without bound.
 */
class NumberInputTest {

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
}
