package org.coveragepolicy.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.Product;
import org.junit.jupiter.api.Test;

class ClaimLineTest {
  private static final Icd10Code M810 = Icd10Code.parse("M81.0");

  private static ClaimLine.Builder claim() {
    return ClaimLine.builder()
        .dateOfService(LocalDate.of(2025, 11, 3))
        .hcpcs(Hcpcs.J0897)
        .units(60)
        .addModifiers(Modifier.JZ)
        .placeOfService(PlaceOfService.OFFICE)
        .addDiagnosisCodes(M810);
  }

  @Test
  void oneUnitIsEnough() {
    assertThat(claim().units(1).build().units()).isEqualTo(1);
  }

  @Test
  void zeroUnitsIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> claim().units(0).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.path()).isEqualTo("units");
              assertThat(e.problem()).isEqualTo("must be ≥ 1, was 0");
            });
  }

  @Test
  void noDiagnosisIsRejected() {
    assertThatThrownBy(() -> claim().diagnosisCodes(Collections.emptyList()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("diagnosisCodes: ")
        .hasMessageContaining("had 0");
  }

  @Test
  void twelveDiagnosesAreAllowed() {
    assertThat(claim().diagnosisCodes(Collections.nCopies(12, M810)).build().diagnosisCodes())
        .hasSize(12);
  }

  @Test
  void thirteenDiagnosesAreRejected() {
    assertThatThrownBy(() -> claim().diagnosisCodes(Collections.nCopies(13, M810)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("had 13");
  }

  @Test
  void diagnosesKeepsEachCodeOnceInClaimOrder() {
    Icd10Code z = Icd10Code.parse("Z87.310");
    ClaimLine line = claim().addDiagnosisCodes(z, M810).build();
    assertThat(line.diagnoses()).containsExactly(M810, z);
  }

  @Test
  void doseBelowOneMgIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(
            () ->
                Administration.builder()
                    .date(LocalDate.of(2025, 11, 3))
                    .product(Product.PROLIA)
                    .doseMg(0)
                    .route(Route.SUBCUTANEOUS)
                    .administeredBy(AdministeredBy.PHYSICIAN)
                    .drugSource(DrugSource.PRACTICE_PURCHASED)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("doseMg: ")
        .hasMessageContaining("was 0");
  }

  @Test
  void onlyThePatientAndACaregiverSelfAdminister() {
    for (AdministeredBy by : AdministeredBy.values()) {
      assertThat(by.isSelfAdministration())
          .as(by.name())
          .isEqualTo(by == AdministeredBy.PATIENT || by == AdministeredBy.CAREGIVER);
    }
  }
  @Test
  void doseOfOneMgIsAccepted() {
    Administration a =
        Administration.builder()
            .date(LocalDate.of(2025, 11, 3))
            .product(Product.PROLIA)
            .doseMg(1)
            .route(Route.SUBCUTANEOUS)
            .administeredBy(AdministeredBy.PHYSICIAN)
            .drugSource(DrugSource.PRACTICE_PURCHASED)
            .build();

    assertThat(a.doseMg()).isEqualTo(1);
  }
}
