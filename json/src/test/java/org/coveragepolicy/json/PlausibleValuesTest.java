package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.json.InvalidCases.invalid;
import static org.coveragepolicy.testing.JsonFixtures.raw;
import static org.coveragepolicy.testing.JsonFixtures.with;

import org.junit.jupiter.api.Test;

/** Implausible T-scores and dates are invalid input; the boundary dates are read. */
class PlausibleValuesTest {

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
}
