package org.coveragepolicy.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.junit.jupiter.api.Test;

/** Labs by LOINC code, the per-report calcium and the patient's weight, at their boundaries. */
class LabVocabularyTest {
  private static final LocalDate DAY = LocalDate.of(2025, 11, 3);
  private static final LabCode HEMOGLOBIN = LabCode.of("718-7", "g/dL");

  private static LabResult lab(LabTest test, String value) {
    return LabResult.of(DAY, test, new BigDecimal(value));
  }

  @Test
  void aLoincCodeIsDigitsADashAndOneCheckDigit() {
    assertThat(LabCode.isLoinc("718-7")).isTrue();
    assertThat(LabCode.isLoinc("1234567-8")).isTrue();
    assertThat(LabCode.isLoinc("12345678-9")).isFalse();
    assertThat(LabCode.isLoinc("718-72")).isFalse();
    assertThat(LabCode.isLoinc("7187")).isFalse();
    assertThatThrownBy(() -> LabCode.of("hemoglobin", "g/dL"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a LOINC code");
    assertThatThrownBy(() -> LabCode.of("718-7", " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void aLabValueIsNotNegative() {
    assertThat(LabValue.of(DAY, HEMOGLOBIN, BigDecimal.ZERO).value()).isZero();
    assertThatThrownBy(() -> LabValue.of(DAY, HEMOGLOBIN, new BigDecimal("-0.1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("-0.1");
  }

  @Test
  void theNamedTestsAreAliasesOfTheirLoincCodes() {
    for (LabTest test : LabTest.values()) {
      assertThat(LabTest.ofLoinc(test.code().loinc())).contains(test);
    }
    assertThat(LabTest.ofLoinc("718-7")).isEmpty();
  }

  @Test
  void aReportsCalciumIsItsLowestCorrectedValueElseItsLowestTotal() {
    assertThat(
            LabResult.calciumOf(
                List.of(
                    lab(LabTest.TOTAL_CALCIUM, "8.1"),
                    lab(LabTest.CORRECTED_CALCIUM, "9.2"),
                    lab(LabTest.CORRECTED_CALCIUM, "9.0"),
                    lab(LabTest.CORRECTED_CALCIUM, "9.1"))))
        .map(LabResult::value)
        .contains(new BigDecimal("9.0"));
    assertThat(
            LabResult.calciumOf(
                List.of(
                    lab(LabTest.TOTAL_CALCIUM, "8.4"),
                    lab(LabTest.TOTAL_CALCIUM, "8.3"),
                    lab(LabTest.TOTAL_CALCIUM, "8.5"),
                    lab(LabTest.EGFR, "1.0"))))
        .map(LabResult::value)
        .contains(new BigDecimal("8.3"));
    // equal values: the first stays
    LabResult first = lab(LabTest.TOTAL_CALCIUM, "8.3");
    assertThat(LabResult.calciumOf(List.of(first, lab(LabTest.TOTAL_CALCIUM, "8.30"))))
        .containsSame(first);
    assertThat(LabResult.calciumOf(List.of(lab(LabTest.EGFR, "25")))).isEmpty();
  }

  @Test
  void withoutReportsEachDatesResultsAreReadAsOneReport() {
    Evidence evidence =
        Evidence.builder()
            .addLabs(
                LabResult.of(DAY.minusDays(1), LabTest.CORRECTED_CALCIUM, new BigDecimal("9.0")),
                LabResult.of(DAY.minusDays(1), LabTest.TOTAL_CALCIUM, new BigDecimal("8.0")),
                LabResult.of(DAY, LabTest.TOTAL_CALCIUM, new BigDecimal("8.6")))
            .build();
    assertThat(evidence.calciumByReport())
        .extracting(LabResult::value)
        .containsExactly(new BigDecimal("9.0"), new BigDecimal("8.6"));
    LabResult given = LabResult.of(DAY, LabTest.TOTAL_CALCIUM, new BigDecimal("7.9"));
    assertThat(Evidence.builder().from(evidence).addReportCalcium(given).build().calciumByReport())
        .containsExactly(given);
  }

  @Test
  void resultsByLoincHoldNamedAndCodedResultsInDateOrder() {
    LabValue coded = LabValue.of(DAY.minusDays(5), LabTest.TOTAL_CALCIUM.code(), new BigDecimal("9.9"));
    Evidence evidence =
        Evidence.builder()
            .addLabs(
                LabResult.of(DAY, LabTest.TOTAL_CALCIUM, new BigDecimal("8.8")),
                LabResult.of(DAY, LabTest.EGFR, new BigDecimal("40")))
            .addLabValues(coded, LabValue.of(DAY, HEMOGLOBIN, new BigDecimal("10.2")))
            .build();
    assertThat(evidence.results(LabTest.TOTAL_CALCIUM.code().loinc()))
        .extracting(LabValue::value)
        .containsExactly(new BigDecimal("9.9"), new BigDecimal("8.8"));
    assertThat(evidence.results("718-7")).extracting(LabValue::value).containsExactly(new BigDecimal("10.2"));
    assertThat(evidence.results("2276-4")).isEmpty();
  }

  @Test
  void aPatientsWeightIsAboveZeroAndAtMost700Kg() {
    Patient patient = Patient.of(Sex.FEMALE, LocalDate.of(1950, 1, 1));
    assertThat(patient.weightKg()).isEmpty();
    assertThat(patient.withWeight(new BigDecimal("700")).weightKg()).contains(new BigDecimal("700"));
    assertThat(patient.withWeight(new BigDecimal("0.1")).weightKg()).contains(new BigDecimal("0.1"));
    assertThatThrownBy(() -> patient.withWeight(new BigDecimal("700.1")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> patient.withWeight(BigDecimal.ZERO))
        .isInstanceOf(InvalidInputException.class);
  }
}
