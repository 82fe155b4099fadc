package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.json.InvalidCases.invalid;
import static org.coveragepolicy.testing.JsonFixtures.with;

import org.junit.jupiter.api.Test;

/** No message about the patient object shows the birth date, whatever the shape of the input. */
class BirthDateNotShownTest {

  private static final String BIRTH_DATE = "1948-06-12";

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
}
