package org.coveragepolicy.review;

import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;

import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.claim;
import static org.coveragepolicy.review.Fixtures.dose;

import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.junit.jupiter.api.Test;

class CodingChecksTest {
  private static final Optional<Administration> PROLIA_60 =
      Optional.of(dose(DenosumabCatalog.PROLIA, 60, DOS).build());

  private static ClaimLine withModifiers(LocalDate dos, Modifier... modifiers) {
    return claim(60, "M81.0").dateOfService(dos).modifiers(java.util.List.of(modifiers)).build();
  }

  @Test
  void unitsEqualToTheDoseInMgPass() {
    assertThat(CodingChecks.units(claim(60, "M81.0").build(), DenosumabCatalog.PROLIA_ENTRY, PROLIA_60, DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void unitsNotEqualToTheDoseFailAsIncorrectCodingAndSayWhatToBill() {
    Optional<Finding> f =
        CodingChecks.units(claim(120, "M81.0").build(), DenosumabCatalog.PROLIA_ENTRY, PROLIA_60, DenosumabPolicy.POLICY);

    assertThat(f).get().satisfies(x -> {
      assertThat(x.category()).contains(Category.INCORRECT_CODING);
      assertThat(x.message()).contains("bill 60 units");
    });
  }

  @Test
  void unitsAreNotCheckedWithoutADocumentedDose() {
    assertThat(CodingChecks.units(claim(1, "M81.0").build(), DenosumabCatalog.PROLIA_ENTRY, Optional.empty(), DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void ndcOfTheAdministeredProductPasses() {
    assertThat(
            CodingChecks.ndc(
                claim(60, "M81.0").ndc(Fixtures.PROLIA_NDC).build(), DenosumabCatalog.BUILT_IN, PROLIA_60, DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void ndcOfAnotherProductIsIncorrectCoding() {
    Optional<Finding> f =
        CodingChecks.ndc(
            claim(60, "M81.0").ndc(Fixtures.XGEVA_NDC).build(), DenosumabCatalog.BUILT_IN, PROLIA_60, DenosumabPolicy.POLICY);

    assertThat(f).get().extracting(Finding::category)
        .isEqualTo(Optional.of(Category.INCORRECT_CODING));
  }

  @Test
  void unknownNdcIsAWarning() {
    Optional<Finding> f =
        CodingChecks.ndc(
            claim(60, "M81.0").ndc(Ndc.parse("12345-6789-01")).build(),
            DenosumabCatalog.BUILT_IN,
            PROLIA_60, DenosumabPolicy.POLICY);

    assertThat(f).get().extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  @Test
  void claimWithoutNdcHasNoNdcFinding() {
    assertThat(CodingChecks.ndc(claim(60, "M81.0").build(), DenosumabCatalog.BUILT_IN, PROLIA_60, DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void noJzOrJwOn20230630Passes() {
    assertThat(CodingChecks.jzJw(withModifiers(LocalDate.of(2023, 6, 30)), DenosumabCatalog.PROLIA_ENTRY))
        .isEmpty();
  }

  @Test
  void noJzOrJwOn20230701Fails() {
    assertThat(CodingChecks.jzJw(withModifiers(LocalDate.of(2023, 7, 1)), DenosumabCatalog.PROLIA_ENTRY))
        .get()
        .satisfies(f -> {
          assertThat(f.category()).contains(Category.INCORRECT_CODING);
          assertThat(f.citation().key()).isEqualTo("JZJW");
        });
  }

  @Test
  void jzAlonePasses() {
    assertThat(CodingChecks.jzJw(withModifiers(DOS, Modifier.JZ), DenosumabCatalog.PROLIA_ENTRY)).isEmpty();
  }

  @Test
  void jwAlonePasses() {
    assertThat(CodingChecks.jzJw(withModifiers(DOS, Modifier.JW), DenosumabCatalog.XGEVA_ENTRY)).isEmpty();
  }

  @Test
  void jzAndJwTogetherFail() {
    assertThat(CodingChecks.jzJw(withModifiers(DOS, Modifier.JZ, Modifier.JW), DenosumabCatalog.PROLIA_ENTRY))
        .get()
        .extracting(Finding::message)
        .asString()
        .contains("both JZ and JW");
  }

  @Test
  void multiDoseContainerNeedsNeitherJzNorJw() {
    assertThat(
            CodingChecks.jzJw(
                withModifiers(DOS),
                org.coveragepolicy.core.drug.CatalogEntry.builder()
                    .from(DenosumabCatalog.PROLIA_ENTRY)
                    .singleDoseContainer(false)
                    .build()))
        .isEmpty();
  }

  @Test
  void claimDiagnosisInTheSupportedAnchorFamilyPasses() {
    assertThat(
            CodingChecks.diagnosis(
                claim(60, "Z87.310", "M81.0").build(),
                Optional.of(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS)))
        .isEmpty();
  }

  @Test
  void claimWithoutAnAnchorDiagnosisOfTheSupportedIndicationFails() {
    assertThat(
            CodingChecks.diagnosis(
                claim(60, "Z87.310").build(),
                Optional.of(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS)))
        .get()
        .extracting(Finding::category)
        .isEqualTo(Optional.of(Category.INCORRECT_CODING));
  }

  @Test
  void claimDiagnosisIsNotCheckedWhenNoIndicationIsSupported() {
    assertThat(CodingChecks.diagnosis(claim(60, "Z87.310").build(), Optional.empty())).isEmpty();
  }
  /** A catalog entry billed in 10-mg units: the unit size is catalog data, not a constant 1. */
  private static final CatalogEntry PROLIA_PER_10_MG =
      CatalogEntry.builder().from(DenosumabCatalog.PROLIA_ENTRY).billingUnitMg(10).build();

  @Test
  void unitsAreCountedInTheCatalogsBillingUnit() {
    assertThat(CodingChecks.units(claim(6, "M81.0").build(), PROLIA_PER_10_MG, PROLIA_60, DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void unitsMismatchSaysHowManyBillingUnitsTheDoseIs() {
    Optional<Finding> f =
        CodingChecks.units(claim(60, "M81.0").build(), PROLIA_PER_10_MG, PROLIA_60, DenosumabPolicy.POLICY);

    assertThat(f)
        .get()
        .extracting(Finding::message)
        .asString()
        .contains("(600 mg at 10 mg per unit)")
        .contains("bill 6 units");
  }

  @Test
  void doseThatIsNotAWholeNumberOfBillingUnitsAsksToCorrectRecordOrClaim() {
    Optional<Finding> f =
        CodingChecks.units(
            claim(6, "M81.0").build(),
            PROLIA_PER_10_MG,
            Optional.of(dose(DenosumabCatalog.PROLIA, 65, DOS).build()), DenosumabPolicy.POLICY);

    assertThat(f)
        .get()
        .extracting(Finding::message)
        .asString()
        .contains("not a whole number of billing units");
  }

  @Test
  void ndcOfAnotherProductNamesTheNdcsOfTheAdministeredProduct() {
    Optional<Finding> f =
        CodingChecks.ndc(
            claim(60, "M81.0").ndc(Fixtures.XGEVA_NDC).build(), DenosumabCatalog.BUILT_IN, PROLIA_60, DenosumabPolicy.POLICY);

    assertThat(f)
        .get()
        .extracting(Finding::message)
        .asString()
        .contains("bill an NDC of the product given [")
        .contains(Fixtures.PROLIA_NDC.render());
  }
}
