package org.coveragepolicy.core.partb;

import org.coveragepolicy.core.TestCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.partb.PartBFixtures.DOS;
import static org.coveragepolicy.core.partb.PartBFixtures.dose;
import static org.coveragepolicy.core.partb.PartBFixtures.of;
import static org.coveragepolicy.core.partb.PartBFixtures.patientGiven;
import static org.coveragepolicy.core.partb.PartBFixtures.selfAdministered;

import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.SelfAdministration;
import org.coveragepolicy.core.drug.StatutoryException;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.junit.jupiter.api.Test;

/** The five statutory exceptions to the self-administered drug exclusion (Pub. 100-02 §50.5). */
class StatutoryExceptionsTest {
  private static final CatalogEntry CLOTTING_FACTOR =
      selfAdministered("FACTOR_VIII", StatutoryException.BLOOD_CLOTTING_FACTORS);
  private static final CatalogEntry TACROLIMUS =
      selfAdministered("TACROLIMUS", StatutoryException.IMMUNOSUPPRESSIVE_DRUGS);
  private static final CatalogEntry EPOETIN =
      selfAdministered("EPOETIN_ALFA", StatutoryException.ERYTHROPOIETIN_FOR_DIALYSIS);
  private static final CatalogEntry CAPECITABINE =
      selfAdministered("CAPECITABINE", StatutoryException.ORAL_ANTICANCER_AND_ANTIEMETIC);
  private static final CatalogEntry OSTEOPOROSIS_INJECTABLE =
      selfAdministered("TERIPARATIDE", StatutoryException.HOME_HEALTH_OSTEOPOROSIS);

  /** Every condition of SSA §1861(kk) documented. */
  static BeneficiaryFacts.Builder homeHealthFacts() {
    return BeneficiaryFacts.builder()
        .homebound(true)
        .postmenopausalOsteoporoticFractureCertified(true)
        .unableToSelfAdministerCertified(true)
        .noCaregiverAbleAndWilling(true);
  }

  private static List<Finding> selfAdministeredFindings(PartBRequest.Builder request) {
    return of(PartBRules.NOT_SELF_ADMINISTERED, PartBDrugBenefit.evaluate(request.build()));
  }

  private static PartBRequest.Builder byAgency(CatalogEntry drug, BeneficiaryFacts facts) {
    return PartBRequest.builder()
        .drug(drug)
        .dateOfService(DOS)
        .placeOfService(PlaceOfService.HOME)
        .administration(
            dose(AdministeredBy.HOME_HEALTH_AGENCY).product(drug.product()).build())
        .beneficiary(facts);
  }

  private static void assertExcluded(PartBRequest.Builder request) {
    assertThat(PartBDrugBenefit.statutoryExceptionApplies(request.build())).isFalse();
    assertThat(selfAdministeredFindings(request))
        .singleElement()
        .satisfies(f -> assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT));
  }

  private static void assertCovered(PartBRequest.Builder request) {
    assertThat(PartBDrugBenefit.statutoryExceptionApplies(request.build())).isTrue();
    assertThat(selfAdministeredFindings(request)).isEmpty();
  }

  // ---- blood-clotting factors

  @Test
  void clottingFactorSelfGivenByACompetentHemophiliacIsCovered() {
    assertCovered(
        patientGiven(CLOTTING_FACTOR)
            .beneficiary(
                BeneficiaryFacts.builder().hemophiliaCompetentToSelfAdminister(true).build()));
  }

  @Test
  void clottingFactorWithoutDocumentedCompetenceIsExcluded() {
    assertExcluded(patientGiven(CLOTTING_FACTOR));
  }

  // ---- immunosuppressive drugs

  @Test
  void immunosuppressiveAfterACoveredTransplantIsCovered() {
    assertCovered(
        patientGiven(TACROLIMUS)
            .beneficiary(BeneficiaryFacts.builder().medicareCoveredTransplant(true).build()));
  }

  @Test
  void immunosuppressiveWithoutACoveredTransplantIsExcluded() {
    assertExcluded(
        patientGiven(TACROLIMUS)
            .beneficiary(BeneficiaryFacts.builder().onDialysis(true).build()));
  }

  // ---- erythropoietin for dialysis

  @Test
  void epoetinForADialysisPatientIsCovered() {
    assertCovered(
        patientGiven(EPOETIN).beneficiary(BeneficiaryFacts.builder().onDialysis(true).build()));
  }

  @Test
  void epoetinForAPatientNotOnDialysisIsExcluded() {
    assertExcluded(
        patientGiven(EPOETIN)
            .beneficiary(BeneficiaryFacts.builder().medicareCoveredTransplant(true).build()));
  }

  // ---- oral anti-cancer and anti-emetic drugs

  @Test
  void oralAnticancerDrugInAnAnticancerRegimenIsCovered() {
    assertCovered(
        patientGiven(CAPECITABINE)
            .beneficiary(BeneficiaryFacts.builder().anticancerRegimen(true).build()));
  }

  @Test
  void oralAnticancerDrugOutsideAnAnticancerRegimenIsExcluded() {
    assertExcluded(patientGiven(CAPECITABINE));
  }

  // ---- home-health osteoporosis drug (SSA §1861(kk))

  @Test
  void osteoporosisInjectableByAHomeHealthAgencyMeetingEveryConditionIsCovered() {
    assertCovered(byAgency(OSTEOPOROSIS_INJECTABLE, homeHealthFacts().build()));
  }

  @Test
  void osteoporosisInjectableMeetingEveryConditionHasNoFindingAtAll() {
    assertThat(
            PartBDrugBenefit.evaluate(
                byAgency(OSTEOPOROSIS_INJECTABLE, homeHealthFacts().build()).build()))
        .isEmpty();
  }

  @Test
  void osteoporosisInjectableForABeneficiaryNotHomeboundIsExcluded() {
    assertExcluded(byAgency(OSTEOPOROSIS_INJECTABLE, homeHealthFacts().homebound(false).build()));
  }

  @Test
  void osteoporosisInjectableWithoutACertifiedFractureIsExcluded() {
    assertExcluded(
        byAgency(
            OSTEOPOROSIS_INJECTABLE,
            homeHealthFacts().postmenopausalOsteoporoticFractureCertified(false).build()));
  }

  @Test
  void osteoporosisInjectableWithoutCertifiedInabilityToSelfAdministerIsExcluded() {
    assertExcluded(
        byAgency(
            OSTEOPOROSIS_INJECTABLE,
            homeHealthFacts().unableToSelfAdministerCertified(false).build()));
  }

  @Test
  void osteoporosisInjectableWithAnAbleAndWillingCaregiverIsExcluded() {
    assertExcluded(
        byAgency(
            OSTEOPOROSIS_INJECTABLE, homeHealthFacts().noCaregiverAbleAndWilling(false).build()));
  }

  @Test
  void osteoporosisInjectableSelfGivenByThePatientIsExcludedDespiteTheFacts() {
    assertExcluded(patientGiven(OSTEOPOROSIS_INJECTABLE).beneficiary(homeHealthFacts().build()));
  }

  @Test
  void osteoporosisInjectableGivenByACaregiverIsExcludedDespiteTheFacts() {
    assertExcluded(
        patientGiven(OSTEOPOROSIS_INJECTABLE)
            .administration(
                dose(AdministeredBy.CAREGIVER).product(OSTEOPOROSIS_INJECTABLE.product()).build())
            .beneficiary(homeHealthFacts().build()));
  }

  @Test
  void osteoporosisInjectableInTheOfficeIsExcludedDespiteTheFacts() {
    PartBRequest.Builder inOffice =
        byAgency(OSTEOPOROSIS_INJECTABLE, homeHealthFacts().build())
            .placeOfService(PlaceOfService.OFFICE)
            .administration(
                dose(AdministeredBy.PHYSICIAN).product(OSTEOPOROSIS_INJECTABLE.product()).build());
    assertExcluded(inOffice);
  }

  @Test
  void osteoporosisInjectableWithoutAnAdministrationRecordIsExcluded() {
    assertExcluded(
        byAgency(OSTEOPOROSIS_INJECTABLE, homeHealthFacts().build())
            .administration(Optional.empty()));
  }

  // ---- general

  @Test
  void drugWithoutAnExceptionCategoryIsExcludedWhateverTheFacts() {
    CatalogEntry noCategory =
        CatalogEntry.builder().from(TACROLIMUS).statutoryException(Optional.empty()).build();
    assertExcluded(
        patientGiven(noCategory)
            .beneficiary(
                homeHealthFacts()
                    .hemophiliaCompetentToSelfAdminister(true)
                    .medicareCoveredTransplant(true)
                    .onDialysis(true)
                    .anticancerRegimen(true)
                    .build()));
  }

  @Test
  void exclusionMessageNamesTheExceptionThatDidNotApply() {
    assertThat(selfAdministeredFindings(patientGiven(CAPECITABINE)))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("the oral anti-cancer and anti-emetic drug exception (§50.5)")
                    .contains("it needs a drug used as part of an anti-cancer regimen")
                    .doesNotContain("ORAL_ANTICANCER_AND_ANTIEMETIC"));
  }

  @Test
  void exclusionMessageSaysNoExceptionCoversADrugWithoutOne() {
    assertThat(
            selfAdministeredFindings(
                PartBFixtures.prolia().drug(TestCatalog.XGEVA_ENTRY)
                    .administration(dose(AdministeredBy.PATIENT).build())))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("no statutory exception"));
  }

  @Test
  void proliaHomeHealthDoseMeetingEveryConditionIsCovered() {
    assertCovered(byAgency(TestCatalog.PROLIA_ENTRY, homeHealthFacts().build()));
  }

  @Test
  void physicianDoseOfADrugListedOnlyAfterTheDateOfServiceIsNotExcluded() {
    CatalogEntry listedLater =
        CatalogEntry.builder()
            .from(CAPECITABINE)
            .selfAdministration(List.of(SelfAdministration.of(DOS.plusDays(1), true)))
            .build();
    // not usually self-administered on the date, given by a physician: no exclusion to except
    assertThat(
            selfAdministeredFindings(
                PartBFixtures.prolia()
                    .drug(listedLater)
                    .administration(
                        dose(AdministeredBy.PHYSICIAN).product(listedLater.product()).build())))
        .isEmpty();
  }
  @Test
  void homeHealthConditionsNotStatedAreNotDocumented() {
    // a condition left out of the facts counts as not documented, each on its own
    assertExcluded(
        byAgency(
            OSTEOPOROSIS_INJECTABLE,
            BeneficiaryFacts.builder()
                .postmenopausalOsteoporoticFractureCertified(true)
                .unableToSelfAdministerCertified(true)
                .noCaregiverAbleAndWilling(true)
                .build()));
    assertExcluded(
        byAgency(
            OSTEOPOROSIS_INJECTABLE,
            BeneficiaryFacts.builder()
                .homebound(true)
                .unableToSelfAdministerCertified(true)
                .noCaregiverAbleAndWilling(true)
                .build()));
    assertExcluded(
        byAgency(
            OSTEOPOROSIS_INJECTABLE,
            BeneficiaryFacts.builder()
                .homebound(true)
                .postmenopausalOsteoporoticFractureCertified(true)
                .noCaregiverAbleAndWilling(true)
                .build()));
    assertExcluded(
        byAgency(
            OSTEOPOROSIS_INJECTABLE,
            BeneficiaryFacts.builder()
                .homebound(true)
                .postmenopausalOsteoporoticFractureCertified(true)
                .unableToSelfAdministerCertified(true)
                .build()));
  }
}
