package org.coveragepolicy.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PatientTest {
  private static final LocalDate BIRTH = LocalDate.of(2008, 6, 12);
  private static final Patient PATIENT = Patient.of(Sex.FEMALE, BIRTH);

  @Test
  void ageTheDayBeforeTheBirthdayIsTheYearBefore() {
    assertThat(PATIENT.ageOn(LocalDate.of(2026, 6, 11))).isEqualTo(17);
  }

  @Test
  void ageOnTheBirthdayIsTheNewYear() {
    assertThat(PATIENT.ageOn(LocalDate.of(2026, 6, 12))).isEqualTo(18);
  }

  @Test
  void ageOnTheBirthDateIsZero() {
    assertThat(PATIENT.ageOn(BIRTH)).isZero();
  }

  @Test
  void ageBeforeBirthIsRejectedWithoutTheBirthDate() {
    assertThatThrownBy(() -> PATIENT.ageOn(BIRTH.minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("birthDate: ")
        .hasMessageNotContaining(BIRTH.toString());
  }

  @Test
  void toStringDoesNotContainTheBirthDate() {
    assertThat(PATIENT.toString())
        .doesNotContain(BIRTH.toString())
        .doesNotContain("2008")
        .contains("FEMALE");
  }
}
