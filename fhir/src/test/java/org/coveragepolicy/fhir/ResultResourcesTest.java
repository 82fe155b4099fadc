package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.Fixtures;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.junit.jupiter.api.Test;

class ResultResourcesTest {
  private static final ClaimReview REVIEW = ClaimReview.standard();

  private static ReviewResult approved() {
    return REVIEW.review(Baselines.approvedProlia());
  }

  /** The approved case billed with 61 units: CLM-UNITS, an INCORRECT_CODING error. */
  private static ReviewResult wrongUnits() {
    ReviewCase c = Baselines.approvedProlia();
    return REVIEW.review(
        ReviewCase.builder()
            .from(c)
            .claim(
                org.coveragepolicy.core.claim.ClaimLine.builder().from(c.claim()).units(61).build())
            .build());
  }

  private static String covered(Extension e) {
    return ((CodeType) e.getExtensionByUrl("covered").getValue()).getValue();
  }

  @Test
  void outcomeHasASummaryAndAnIssuePerFinding() {
    ReviewResult r = wrongUnits();
    OperationOutcome o = ResultResources.operationOutcome(r);
    assertThat(o.getIssue()).hasSize(r.findings().size() + 1);
    assertThat(o.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("DENY");
    for (int i = 0; i < r.findings().size(); i++) {
      Finding f = r.findings().get(i);
      OperationOutcome.OperationOutcomeIssueComponent issue = o.getIssue().get(i + 1);
      assertThat(issue.getDetails().getCoding().get(0).getCode()).isEqualTo(f.rule().id());
      assertThat(issue.getDetails().getCoding().get(1).getCode()).isEqualTo(f.citation().key());
      assertThat(issue.getDetails().getText()).isEqualTo(f.message());
      assertThat(issue.getSeverity())
          .isEqualTo(f.isError() ? IssueSeverity.ERROR : issue.getSeverity());
    }
  }

  @Test
  void unitsErrorPointsAtTheClaimQuantity() {
    OperationOutcome o = ResultResources.operationOutcome(wrongUnits());
    List<OperationOutcome.OperationOutcomeIssueComponent> units =
        o.getIssue().stream()
            .filter(i -> i.getDetails().getCodingFirstRep().getCode().equals("CLM-UNITS"))
            .toList();
    assertThat(units).hasSize(1);
    assertThat(units.get(0).getExpression().get(0).getValue()).isEqualTo("Claim.item[0].quantity");
    assertThat(units.get(0).getSeverity()).isEqualTo(IssueSeverity.ERROR);
    assertThat(units.get(0).getCode()).isEqualTo(OperationOutcome.IssueType.CODEINVALID);
  }

  @Test
  void approvedIsCoveredWithoutReason() {
    Extension e = ResultResources.coverageInformation(approved(), Fixtures.DOS);
    assertThat(e.getUrl()).isEqualTo(FhirCodes.COVERAGE_INFORMATION);
    assertThat(covered(e)).isEqualTo("covered");
    assertThat(e.getExtensionByUrl("reason")).isNull();
    assertThat(e.getExtensionByUrl("doc-needed")).isNull();
  }

  @Test
  void codingErrorIsNotCoveredWithReasonAndDetail() {
    ReviewResult r = wrongUnits();
    Extension e = ResultResources.coverageInformation(r, Fixtures.DOS);
    assertThat(covered(e)).isEqualTo("not-covered");
    assertThat(e.getExtensionByUrl("reason")).isNotNull();
    assertThat(e.getExtensionsByUrl("detail")).hasSize(r.findings().size());
    assertThat(e.getExtensionByUrl("date").getValue().primitiveValue()).isEqualTo("2025-11-03");
  }

  @Test
  void missingDocumentationIsConditionalAndClinicalDocNeeded() {
    ReviewCase c = Baselines.approvedProlia();
    ReviewCase noNote =
        ReviewCase.builder()
            .from(c)
            .record(
                org.coveragepolicy.review.MedicalRecord.builder()
                    .from(c.record())
                    .documents(
                        c.record().documents().stream()
                            .filter(d -> !(d instanceof org.coveragepolicy.review.Order))
                            .toList())
                    .build())
            .build();
    ReviewResult r = REVIEW.review(noNote);
    assertThat(r.findings()).anyMatch(f -> f.rule().id().equals("DOC-ORDER"));
    Extension e = ResultResources.coverageInformation(r, Fixtures.DOS);
    assertThat(covered(e)).isEqualTo("conditional");
    assertThat(((CodeType) e.getExtensionByUrl("doc-needed").getValue()).getValue())
        .isEqualTo("clinical");
  }

  @Test
  void annotatingAnOrderReplacesAnEarlierExtensionAndLeavesTheOrderUnchanged() {
    org.hl7.fhir.r4.model.MedicationRequest order = new org.hl7.fhir.r4.model.MedicationRequest();
    var once = ResultResources.withCoverageInformation(order, wrongUnits(), Fixtures.DOS);
    var twice = ResultResources.withCoverageInformation(once, approved(), Fixtures.DOS);
    assertThat(order.getExtension()).isEmpty();
    assertThat(twice.getExtensionsByUrl(FhirCodes.COVERAGE_INFORMATION)).hasSize(1);
    assertThat(covered(twice.getExtensionByUrl(FhirCodes.COVERAGE_INFORMATION))).isEqualTo("covered");
  }

  @Test
  void aRulesSummaryReadsTheNumbersOfTheResultsEdition() {
    org.coveragepolicy.core.policy.Edition base =
        org.coveragepolicy.indications.denosumab.DenosumabPolicy.NORIDIAN_JF_2026;
    org.coveragepolicy.core.policy.Edition stricter =
        org.coveragepolicy.core.policy.Edition.builder()
            .from(base)
            .name("STRICTER_CALCIUM")
            .title("an edition with a higher calcium threshold")
            .thresholds(
                org.coveragepolicy.core.policy.Thresholds.builder()
                    .from(base.thresholds())
                    .hypocalcemiaCalcium(new java.math.BigDecimal("9.5"))
                    .build())
            .build();
    ReviewResult r = REVIEW.review(Baselines.approvedProlia().withEdition(stricter));
    assertThat(r.findings()).anyMatch(f -> f.rule().id().equals("SAFE-HYPOCALCEMIA"));

    OperationOutcome o = ResultResources.operationOutcome(r);
    String display =
        o.getIssue().stream()
            .map(i -> i.getDetails().getCodingFirstRep())
            .filter(c -> "SAFE-HYPOCALCEMIA".equals(c.getCode()))
            .findFirst()
            .orElseThrow()
            .getDisplay();
    assertThat(display).contains("below 9.5 mg/dL").doesNotContain("8.5");
    String detail =
        ResultResources.coverageInformation(r, Fixtures.DOS).getExtensionsByUrl("detail").stream()
            .map(e -> ((org.hl7.fhir.r4.model.CodeableConcept) e.getExtensionByUrl("category").getValue())
                .getCodingFirstRep())
            .filter(c -> "SAFE-HYPOCALCEMIA".equals(c.getCode()))
            .findFirst()
            .orElseThrow()
            .getDisplay();
    assertThat(detail).isEqualTo(display);
  }
}
