package org.coveragepolicy.core.partb;

import org.coveragepolicy.core.TestCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.partb.PartBFixtures.DOS;
import static org.coveragepolicy.core.partb.PartBFixtures.dose;
import static org.coveragepolicy.core.partb.PartBFixtures.of;
import static org.coveragepolicy.core.partb.PartBFixtures.prolia;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.SelfAdministration;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PartBDrugBenefitTest {

  private static List<Finding> evaluate(PartBRequest.Builder request) {
    return PartBDrugBenefit.evaluate(request.build());
  }

  private static PartBRequest.Builder givenBy(AdministeredBy by) {
    return prolia().administration(dose(by).build());
  }

  private static PartBRequest.Builder auxiliary(Optional<Supervision> supervision) {
    return prolia()
        .administration(dose(AdministeredBy.AUXILIARY_PERSONNEL).supervision(supervision).build());
  }

  private static CatalogEntry.Builder proliaLike() {
    return CatalogEntry.builder().from(TestCatalog.PROLIA_ENTRY);
  }

  // ---- a compliant dose

  @Test
  void compliantProliaDoseHasNoFinding() {
    assertThat(evaluate(prolia())).isEmpty();
  }

  @Test
  void compliantXgevaDoseHasNoFinding() {
    assertThat(evaluate(prolia().drug(TestCatalog.XGEVA_ENTRY))).isEmpty();
  }

  // ---- PARTB-DRUG-DEFINITION (§50.1)

  @Test
  void drugNotFdaApprovedIsNotAPartBDrug() {
    List<Finding> findings =
        evaluate(prolia().drug(proliaLike().fdaApproved(false).build()));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(PartBRules.DRUG_DEFINITION);
      assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
      assertThat(f.citation()).isEqualTo(Source.IOM_15_50);
    });
  }

  @Test
  void fdaApprovedDrugMeetsTheDefinition() {
    assertThat(of(PartBRules.DRUG_DEFINITION, evaluate(prolia()))).isEmpty();
  }

  // ---- PARTB-NOT-SELF-ADMINISTERED (§50.2)

  @Test
  void drugListedAsSelfAdministeredFromTheDateOfServiceIsExcluded() {
    CatalogEntry listed =
        proliaLike().addSelfAdministration(SelfAdministration.of(DOS, true)).build();
    assertThat(of(PartBRules.NOT_SELF_ADMINISTERED, evaluate(prolia().drug(listed))))
        .singleElement()
        .satisfies(f -> assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT));
  }

  @Test
  void drugListedAsSelfAdministeredFromTheDayAfterTheDateOfServiceIsNotExcluded() {
    CatalogEntry listed =
        proliaLike().addSelfAdministration(SelfAdministration.of(DOS.plusDays(1), true)).build();
    assertThat(of(PartBRules.NOT_SELF_ADMINISTERED, evaluate(prolia().drug(listed)))).isEmpty();
  }

  @Test
  void drugRemovedFromTheListBeforeTheDateOfServiceIsNotExcluded() {
    CatalogEntry delisted =
        proliaLike()
            .addSelfAdministration(
                SelfAdministration.of(DOS.minusYears(2), true),
                SelfAdministration.of(DOS.minusDays(1), false))
            .build();
    assertThat(of(PartBRules.NOT_SELF_ADMINISTERED, evaluate(prolia().drug(delisted)))).isEmpty();
  }

  @Test
  void exclusionMessageNamesTheDrugAndWhatWouldSatisfyTheRule() {
    CatalogEntry listed =
        proliaLike().addSelfAdministration(SelfAdministration.of(DOS, true)).build();
    assertThat(of(PartBRules.NOT_SELF_ADMINISTERED, evaluate(prolia().drug(listed))))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains(TestCatalog.PROLIA_ENTRY.describe())
                    .doesNotContain("PROLIA")
                    .contains("usually self-administered")
                    .contains("incident to"));
  }

  @ParameterizedTest
  @EnumSource(value = AdministeredBy.class, names = {"PATIENT", "CAREGIVER"})
  void doseGivenByThePatientOrACaregiverIsSelfAdministered(AdministeredBy by) {
    assertThat(of(PartBRules.NOT_SELF_ADMINISTERED, evaluate(givenBy(by))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
              assertThat(f.message()).contains(by.name().toLowerCase(java.util.Locale.ROOT));
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = AdministeredBy.class,
      names = {"PHYSICIAN", "NON_PHYSICIAN_PRACTITIONER", "AUXILIARY_PERSONNEL", "HOME_HEALTH_AGENCY"})
  void doseGivenByAProfessionalIsNotSelfAdministered(AdministeredBy by) {
    assertThat(of(PartBRules.NOT_SELF_ADMINISTERED, evaluate(givenBy(by)))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = AdministeredBy.class, names = {"PATIENT", "CAREGIVER"})
  void incidentToIsNotEvaluatedForASelfGivenDose(AdministeredBy by) {
    PartBRequest.Builder request =
        prolia()
            .placeOfService(PlaceOfService.HOME)
            .administration(
                dose(by)
                    .supervision(Optional.empty())
                    .drugSource(DrugSource.PATIENT_SUPPLIED)
                    .build());
    assertThat(of(PartBRules.INCIDENT_TO, evaluate(request))).isEmpty();
  }

  @Test
  void withoutAnAdministrationRecordOnlyTheCatalogStatusIsRead() {
    assertThat(evaluate(prolia().administration(Optional.empty()))).isEmpty();
  }

  // ---- PARTB-INCIDENT-TO (§50.3, §60)

  @Test
  void physicianMeetsIncidentToInAnyPlace() {
    assertThat(evaluate(givenBy(AdministeredBy.PHYSICIAN).placeOfService(PlaceOfService.OUTPATIENT_HOSPITAL)))
        .isEmpty();
  }

  @Test
  void physicianNeedsNoDocumentedSupervision() {
    PartBRequest.Builder request =
        prolia()
            .administration(
                dose(AdministeredBy.PHYSICIAN).supervision(Optional.empty()).build());
    assertThat(evaluate(request)).isEmpty();
  }

  @Test
  void nonPhysicianPractitionerMeetsIncidentTo() {
    assertThat(evaluate(givenBy(AdministeredBy.NON_PHYSICIAN_PRACTITIONER))).isEmpty();
  }

  @Test
  void auxiliaryUnderDirectSupervisionInTheOfficeMeetsIncidentTo() {
    assertThat(evaluate(auxiliary(Optional.of(Supervision.DIRECT)))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Supervision.class, names = {"GENERAL", "NONE"})
  void auxiliaryWithoutDirectSupervisionIsNotIncidentTo(Supervision supervision) {
    assertThat(evaluate(auxiliary(Optional.of(supervision))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PartBRules.INCIDENT_TO);
              assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
              assertThat(f.citation()).isEqualTo(Source.IOM_15_60);
              assertThat(f.message())
                  .contains(
                      supervision == Supervision.NONE
                          ? "no one supervised"
                          : "under general supervision")
                  .contains("direct supervision")
                  .doesNotContain(supervision.name());
            });
  }

  @Test
  void auxiliaryWithUndocumentedSupervisionIsInsufficientDocumentation() {
    assertThat(evaluate(auxiliary(Optional.empty())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PartBRules.INCIDENT_TO);
              assertThat(f.category()).contains(Category.INSUFFICIENT_DOCUMENTATION);
              assertThat(f.message()).contains("supervision");
            });
  }

  @Test
  void auxiliaryOutsideTheOfficeIsNotIncidentTo() {
    assertThat(evaluate(prolia().placeOfService(PlaceOfService.OUTPATIENT_HOSPITAL)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PartBRules.INCIDENT_TO);
              assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
              assertThat(f.message()).contains("22").contains("11");
            });
  }

  @Test
  void auxiliaryAtHomeIsNotIncidentTo() {
    assertThat(of(PartBRules.INCIDENT_TO, evaluate(prolia().placeOfService(PlaceOfService.HOME))))
        .hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = AdministeredBy.class,
      names = {"PHYSICIAN", "NON_PHYSICIAN_PRACTITIONER", "AUXILIARY_PERSONNEL"})
  void patientSuppliedDrugIsNotAnExpenseToThePractice(AdministeredBy by) {
    PartBRequest.Builder request =
        prolia().administration(dose(by).drugSource(DrugSource.PATIENT_SUPPLIED).build());
    assertThat(evaluate(request))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PartBRules.INCIDENT_TO);
              assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
              assertThat(f.message()).contains("supplied by the patient").contains("purchased");
            });
  }

  @Test
  void everyIncidentToShortfallIsReported() {
    PartBRequest.Builder request =
        prolia()
            .placeOfService(PlaceOfService.OUTPATIENT_HOSPITAL)
            .administration(
                dose(AdministeredBy.AUXILIARY_PERSONNEL)
                    .supervision(Optional.empty())
                    .drugSource(DrugSource.PATIENT_SUPPLIED)
                    .build());
    assertThat(evaluate(request))
        .extracting(f -> f.category().orElseThrow())
        .containsExactlyInAnyOrder(
            Category.NOT_PART_B_BENEFIT,
            Category.INSUFFICIENT_DOCUMENTATION,
            Category.NOT_PART_B_BENEFIT);
  }

  @Test
  void homeHealthAgencyWithoutTheHomeHealthConditionsIsNotIncidentTo() {
    PartBRequest.Builder request =
        givenBy(AdministeredBy.HOME_HEALTH_AGENCY).placeOfService(PlaceOfService.HOME);
    assertThat(evaluate(request))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PartBRules.INCIDENT_TO);
              assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
              assertThat(f.citation()).isEqualTo(Source.SSA_1861KK);
            });
  }

  @Test
  void homeHealthAgencyUnderTheHomeHealthOsteoporosisBenefitIsCovered() {
    PartBRequest.Builder request =
        givenBy(AdministeredBy.HOME_HEALTH_AGENCY)
            .placeOfService(PlaceOfService.HOME)
            .beneficiary(StatutoryExceptionsTest.homeHealthFacts().build());
    assertThat(evaluate(request)).isEmpty();
  }

  @Test
  void homeHealthAgencyGivingXgevaIsNotCoveredEvenWithTheHomeHealthFacts() {
    PartBRequest.Builder request =
        givenBy(AdministeredBy.HOME_HEALTH_AGENCY)
            .drug(TestCatalog.XGEVA_ENTRY)
            .placeOfService(PlaceOfService.HOME)
            .beneficiary(StatutoryExceptionsTest.homeHealthFacts().build());
    assertThat(of(PartBRules.INCIDENT_TO, evaluate(request))).hasSize(1);
  }

  @Test
  void homeHealthAgencyGivingAClottingFactorIsNotIncidentToEvenForAHemophiliac() {
    CatalogEntry factor =
        PartBFixtures.selfAdministered(
            "FACTOR_VIII", org.coveragepolicy.core.drug.StatutoryException.BLOOD_CLOTTING_FACTORS);
    PartBRequest.Builder request =
        givenBy(AdministeredBy.HOME_HEALTH_AGENCY)
            .drug(factor)
            .placeOfService(PlaceOfService.HOME)
            .beneficiary(
                BeneficiaryFacts.builder().hemophiliaCompetentToSelfAdminister(true).build());
    assertThat(of(PartBRules.INCIDENT_TO, evaluate(request))).hasSize(1);
  }

  // ---- PARTB-NOT-IMMUNIZATION (§50.4.4.2), PARTB-NOT-LESS-THAN-EFFECTIVE (§50.4.6)

  @Test
  void excludedImmunizationIsNotAPartBBenefit() {
    assertThat(evaluate(prolia().drug(proliaLike().excludedImmunization(true).build())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PartBRules.NOT_IMMUNIZATION);
              assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
            });
  }

  @Test
  void lessThanEffectiveDrugIsNotAPartBBenefit() {
    assertThat(evaluate(prolia().drug(proliaLike().lessThanEffective(true).build())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PartBRules.NOT_LESS_THAN_EFFECTIVE);
              assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
            });
  }

  @Test
  void everyFailedRequirementIsReported() {
    CatalogEntry bad =
        proliaLike()
            .fdaApproved(false)
            .excludedImmunization(true)
            .lessThanEffective(true)
            .addSelfAdministration(SelfAdministration.of(DOS, true))
            .build();
    assertThat(evaluate(prolia().drug(bad).placeOfService(PlaceOfService.HOME)))
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder(
            PartBRules.DRUG_DEFINITION,
            PartBRules.NOT_SELF_ADMINISTERED,
            PartBRules.INCIDENT_TO,
            PartBRules.NOT_IMMUNIZATION,
            PartBRules.NOT_LESS_THAN_EFFECTIVE);
  }

  @Test
  void everyMessageIsAnActionableSentence() {
    CatalogEntry bad =
        proliaLike()
            .fdaApproved(false)
            .excludedImmunization(true)
            .lessThanEffective(true)
            .addSelfAdministration(SelfAdministration.of(DOS, true))
            .build();
    assertThat(evaluate(prolia().drug(bad).placeOfService(PlaceOfService.HOME)))
        .allSatisfy(f -> assertThat(f.message()).endsWith(".").hasSizeGreaterThan(40));
  }

  // ---- PARTB-REASONABLE-NECESSARY (§50.4): delegation

  @Test
  void reasonableNecessityFindingsAreAddedAsReported() {
    Finding shortfall =
        Rule.of("IND-NO-INDICATION", "indicated", Category.MEDICAL_NECESSITY, Source.IOM_15_50)
            .error(Category.MEDICAL_NECESSITY, "not indicated; fix.");
    List<Finding> findings =
        PartBDrugBenefit.evaluate(prolia().build(), request -> ImmutableList.of(shortfall));
    assertThat(findings).containsExactly(shortfall);
  }

  @Test
  void reasonableNecessityReceivesTheRequest() {
    PartBRequest request = prolia().build();
    List<PartBRequest> seen = new java.util.ArrayList<>();
    PartBDrugBenefit.evaluate(
        request,
        r -> {
          seen.add(r);
          return ImmutableList.of();
        });
    assertThat(seen).containsExactly(request);
  }

  @Test
  void withoutReasonableNecessityNothingIsAssessed() {
    assertThat(ReasonableNecessity.NOT_ASSESSED.assess(prolia().build())).isEmpty();
  }

  @Test
  void ruleIdsAreThePolicyIds() {
    assertThat(
            List.of(
                PartBRules.DRUG_DEFINITION.id(),
                PartBRules.NOT_SELF_ADMINISTERED.id(),
                PartBRules.INCIDENT_TO.id(),
                PartBRules.NOT_IMMUNIZATION.id(),
                PartBRules.NOT_LESS_THAN_EFFECTIVE.id()))
        .containsExactly(
            "PARTB-DRUG-DEFINITION",
            "PARTB-NOT-SELF-ADMINISTERED",
            "PARTB-INCIDENT-TO",
            "PARTB-NOT-IMMUNIZATION",
            "PARTB-NOT-LESS-THAN-EFFECTIVE");
  }
}
