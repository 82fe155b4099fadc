package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.json.InvalidCases.invalid;
import static org.coveragepolicy.testing.JsonFixtures.raw;
import static org.coveragepolicy.testing.JsonFixtures.with;

import org.junit.jupiter.api.Test;

/**
 * What a message shows of the input: a long value is cut, control and bidirectional characters are
 * escaped, and no parser class, setting or limit is named.
 */
class InputInMessagesTest {

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
}
