package org.coveragepolicy.core.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coveragepolicy.core.CoreGenerators;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.drug.SelfAdministration;
import org.coveragepolicy.core.drug.StatutoryException;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.junit.jupiter.api.Test;

/**
 * A self-administered drug (usually self-administered on the date of service, or this dose given by
 * the patient or a caregiver) is a Part B benefit only when a statutory exception of §50.5 applies;
 * a drug that is neither is never reported by PARTB-NOT-SELF-ADMINISTERED.
 */
class PartBPropertiesTest {

  /** The catalog status on the date, read independently of CatalogEntry: latest determination wins. */
  private static boolean usuallySelfAdministered(PartBRequest request) {
    return request.drug().selfAdministration().stream()
        .filter(s -> !s.effectiveFrom().isAfter(request.dateOfService()))
        .max((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()))
        .map(SelfAdministration::usuallySelfAdministered)
        .orElse(false);
  }

  private static boolean givenByPatientOrCaregiver(PartBRequest request) {
    return request
        .administration()
        .map(Administration::administeredBy)
        .map(by -> by == AdministeredBy.PATIENT || by == AdministeredBy.CAREGIVER)
        .orElse(false);
  }

  /** §50.5 as the policy states each exception, written out here as the oracle. */
  private static boolean exceptionHolds(PartBRequest request) {
    BeneficiaryFacts f = request.beneficiary();
    if (request.drug().statutoryException().isEmpty()) {
      return false;
    }
    switch (request.drug().statutoryException().get()) {
      case BLOOD_CLOTTING_FACTORS:
        return f.hemophiliaCompetentToSelfAdminister();
      case IMMUNOSUPPRESSIVE_DRUGS:
        return f.medicareCoveredTransplant();
      case ERYTHROPOIETIN_FOR_DIALYSIS:
        return f.onDialysis();
      case ORAL_ANTICANCER_AND_ANTIEMETIC:
        return f.anticancerRegimen();
      case HOME_HEALTH_OSTEOPOROSIS:
        return request.administration().map(a -> a.administeredBy()).orElse(null)
                == AdministeredBy.HOME_HEALTH_AGENCY
            && f.homebound()
            && f.postmenopausalOsteoporoticFractureCertified()
            && f.unableToSelfAdministerCertified()
            && f.noCaregiverAbleAndWilling();
      default:
        throw new AssertionError();
    }
  }

  private static List<Finding> selfAdministrationFindings(PartBRequest request) {
    return PartBFixtures.of(PartBRules.NOT_SELF_ADMINISTERED, PartBDrugBenefit.evaluate(request));
  }

  @Test
  void selfAdministeredDrugIsAPartBBenefitOnlyUnderAStatutoryException() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.selfAdministeredPartBRequests())
        .checkAssert(
            request -> {
              assertThat(usuallySelfAdministered(request) || givenByPatientOrCaregiver(request))
                  .as("generated request is self-administered")
                  .isTrue();
              assertThat(selfAdministrationFindings(request).isEmpty())
                  .isEqualTo(exceptionHolds(request));
            });
  }

  @Test
  void generatedSelfAdministeredRequestsCoverEveryExceptionBothWays() {
    Map<String, Integer> seen = new HashMap<>();
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.selfAdministeredPartBRequests())
        .checkAssert(
            request ->
                seen.merge(
                    request.drug().statutoryException().map(Enum::name).orElse("NONE")
                        + "/"
                        + exceptionHolds(request),
                    1,
                    Integer::sum));
    for (StatutoryException e : StatutoryException.values()) {
      assertThat(seen).as("covered " + e).containsKey(e + "/true").containsKey(e + "/false");
    }
    assertThat(seen).containsKey("NONE/false");
  }

  @Test
  void drugNeitherListedNorSelfGivenIsNeverReportedAsSelfAdministered() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.notSelfAdministeredPartBRequests())
        .checkAssert(
            request -> {
              assertThat(usuallySelfAdministered(request) || givenByPatientOrCaregiver(request))
                  .as("generated request is self-administered")
                  .isFalse();
              assertThat(selfAdministrationFindings(request)).isEmpty();
            });
  }

  @Test
  void selfAdministrationFindingIsAlwaysANotPartBBenefitError() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.partBRequests())
        .checkAssert(
            request ->
                assertThat(selfAdministrationFindings(request))
                    .allSatisfy(
                        f -> {
                          assertThat(f.severity()).isEqualTo(Severity.ERROR);
                          assertThat(f.category()).contains(Category.NOT_PART_B_BENEFIT);
                        }));
  }

  @Test
  void selfGivenDoseIsNeverJudgedByIncidentTo() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.selfAdministeredPartBRequests())
        .assuming(PartBPropertiesTest::givenByPatientOrCaregiver)
        .checkAssert(
            request ->
                assertThat(
                        PartBFixtures.of(
                            PartBRules.INCIDENT_TO, PartBDrugBenefit.evaluate(request)))
                    .isEmpty());
  }
}
