package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.Indication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.finding.Category.INSUFFICIENT_DOCUMENTATION;
import static org.coveragepolicy.core.finding.Category.MEDICAL_NECESSITY;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS;
import static org.coveragepolicy.indications.denosumab.J0897Cases.*;

import java.time.LocalDate;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.junit.jupiter.api.Test;
import org.coveragepolicy.core.policy.internal.IndicationResult;

class OsteoporosisIndicationsTest {
  private static final Indication PMO = PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS;

  @Test
  void postmenopausalOsteoporosisApproved() {
    IndicationResult result = evaluate(pmo());
    assertThat(result.supported()).contains(PMO);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void postmenopausalStatementAbsentIsMissing() {
    IndicationResult result = evaluate(withEvidence(pmo(), e -> e.statements(java.util.Map.of())));
    assertThat(result.supported()).isEmpty();
    assertThat(errorCategories(result, PMO.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void postmenopausalFalseContradicts() {
    IndicationResult result =
        evaluate(withStatement(pmo(), BoneHealthTerms.POSTMENOPAUSAL, false));
    assertThat(errorCategories(result, PMO.rule())).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void osteoporosisBilledButNotDocumentedIsMissing() {
    IndicationResult result = evaluate(withRecordDiagnoses(pmo()));
    assertThat(result.candidates()).contains(PMO);
    assertThat(errorCategories(result, PMO.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
    assertThat(findingsOf(result, PMO.rule()).get(0).message())
        .contains("billed on the claim but not documented");
  }

  @Test
  void anchorDocumentedOnlyInTheRecordMakesACandidate() {
    IndicationResult result = evaluate(withClaim(pmo(), "I10"));
    assertThat(result.supported()).contains(PMO);
  }

  @Test
  void noImagingIsMissing() {
    IndicationResult result = evaluate(withEvidence(pmo(), e -> e.imaging(java.util.List.of())));
    assertThat(errorCategories(result, PMO.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void noImagingAtAllIsReportedAsAnImagingGap() {
    IndicationResult result = evaluate(withEvidence(pmo(), e -> e.imaging(java.util.List.of())));
    assertThat(result.imagingGaps()).hasSize(1);
    assertThat(result.imagingGaps().get(0).rule()).isEqualTo(PMO.rule());
    assertThat(result.findings()).containsAll(result.imagingGaps());
  }

  @Test
  void dxaWithoutTScoreIsMissingButNotAnImagingGap() {
    IndicationResult result =
        evaluate(
            withEvidence(
                pmo(),
                e -> e.imaging(java.util.List.of(study(ImagingModality.DXA)))));
    assertThat(errorCategories(result, PMO.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
    assertThat(result.imagingGaps()).isEmpty();
  }

  @Test
  void contradictingImagingIsNotAnImagingGap() {
    IndicationResult result =
        evaluate(withEvidence(pmo(), e -> e.imaging(java.util.List.of(dxa("-2.49")))));
    assertThat(result.imagingGaps()).isEmpty();
  }

  @Test
  void tScoreMinus2Point5Supports() {
    IndicationResult result = evaluate(withEvidence(pmo(), e -> e.imaging(java.util.List.of(dxa("-2.5")))));
    assertThat(result.supported()).contains(PMO);
  }

  @Test
  void tScoreMinus2Point49Contradicts() {
    IndicationResult result =
        evaluate(withEvidence(pmo(), e -> e.imaging(java.util.List.of(dxa("-2.49")))));
    assertThat(result.supported()).isEmpty();
    assertThat(errorCategories(result, PMO.rule())).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void imagingWithoutTScoreOrFractureContradicts() {
    IndicationResult result =
        evaluate(
            withEvidence(
                pmo(), e -> e.imaging(java.util.List.of(study(ImagingModality.XRAY)))));
    assertThat(errorCategories(result, PMO.rule())).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void fragilityFractureOnImagingEstablishesOsteoporosisDespiteNormalTScore() {
    IndicationResult result =
        evaluate(
            withEvidence(
                pmo(),
                e ->
                    e.imaging(
                        java.util.List.of(
                            dxa("-1.0"),
                            study(ImagingModality.XRAY, BoneHealthTerms.FRAGILITY_FRACTURE)))));
    assertThat(result.supported()).contains(PMO);
  }

  @Test
  void anyStudyMeetingTheTestSupports() {
    IndicationResult result =
        evaluate(withEvidence(pmo(), e -> e.addImaging(dxa("-1.2"))));
    assertThat(result.supported()).contains(PMO);
  }

  @Test
  void noHighRiskIsMissing() {
    IndicationResult result =
        evaluate(withEvidence(pmo(), e -> e.riskFactors(java.util.List.of())));
    assertThat(errorCategories(result, PMO.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void documentedFractureHistoryCodeIsHighRisk() {
    IndicationResult result =
        evaluate(
            withEvidence(
                pmo(),
                e -> e.riskFactors(java.util.List.of()).addDocumentedDiagnoses(code("Z87.310"))));
    assertThat(result.supported()).contains(PMO);
  }

  @Test
  void documentedOsteoporosisWithFractureCodeIsHighRisk() {
    IndicationResult result =
        evaluate(
            withEvidence(
                pmo(),
                e -> e.riskFactors(java.util.List.of()).addDocumentedDiagnoses(code("M80.08XA"))));
    assertThat(result.supported()).contains(PMO);
  }

  @Test
  void fractureHistoryBilledButNotDocumentedIsMissing() {
    IndicationResult result =
        evaluate(
            withClaim(
                withEvidence(pmo(), e -> e.riskFactors(java.util.List.of())), "M81.0", "Z87.310"));
    assertThat(errorCategories(result, PMO.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
    assertThat(findingsOf(result, PMO.rule()).get(0).message()).contains("billed on the claim");
  }

  @Test
  void eachShortfallIsItsOwnFinding() {
    IndicationResult result =
        evaluate(
            withEvidence(
                withStatement(pmo(), BoneHealthTerms.POSTMENOPAUSAL, false),
                e ->
                    e.imaging(java.util.List.of(dxa("-2.0")))
                        .riskFactors(java.util.List.of())));
    assertThat(errorCategories(result, PMO.rule()))
        .containsExactlyInAnyOrder(
            MEDICAL_NECESSITY, MEDICAL_NECESSITY, INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void postmenopausalOsteoporosisIsNotACandidateForAMan() {
    IndicationResult result = evaluate(withPatient(pmo(), patient(Sex.MALE, 75)));
    assertThat(result.candidates()).containsExactly(PROLIA_MALE_OSTEOPOROSIS);
  }

  @Test
  void maleOsteoporosisApproved() {
    IndicationResult result = evaluate(maleOsteoporosis());
    assertThat(result.supported()).contains(PROLIA_MALE_OSTEOPOROSIS);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void maleOsteoporosisIsNotACandidateForAWoman() {
    IndicationResult result = evaluate(withPatient(maleOsteoporosis(), patient(Sex.FEMALE, 70)));
    assertThat(result.candidates()).containsExactly(PMO);
  }

  @Test
  void maleOsteoporosisWithoutHighRiskIsMissing() {
    IndicationResult result =
        evaluate(withEvidence(maleOsteoporosis(), e -> e.riskFactors(java.util.List.of())));
    assertThat(errorCategories(result, PROLIA_MALE_OSTEOPOROSIS.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void glucocorticoidOsteoporosisApprovedUnderTheFdaLabel() {
    IndicationResult result = evaluate(glucocorticoidOsteoporosis());
    assertThat(result.supported()).contains(PROLIA_GLUCOCORTICOID_OSTEOPOROSIS);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void otherCandidatesShortfallsAreInfoOnceOneIsSupported() {
    IndicationResult result = evaluate(glucocorticoidOsteoporosis());
    assertThat(findingsOf(result, PROLIA_MALE_OSTEOPOROSIS.rule()))
        .isNotEmpty()
        .allMatch(f -> f.severity() == Severity.INFO);
  }

  @Test
  void glucocorticoidOsteoporosisIsNotInTheNoridianEdition() {
    IndicationResult result =
        evaluate(withEdition(glucocorticoidOsteoporosis(), DenosumabPolicy.NORIDIAN_JF_2026));
    assertThat(result.candidates()).doesNotContain(PROLIA_GLUCOCORTICOID_OSTEOPOROSIS);
  }

  @Test
  void glucocorticoidOsteoporosisNeedsAGlucocorticoidToBeACandidate() {
    IndicationResult result =
        evaluate(withEvidence(glucocorticoidOsteoporosis(), e -> e.therapies(java.util.List.of())));
    assertThat(result.candidates()).containsExactly(PROLIA_MALE_OSTEOPOROSIS);
  }

  private static IndicationResult steroid(org.coveragepolicy.core.evidence.Therapy therapy) {
    return evaluate(
        withEvidence(glucocorticoidOsteoporosis(), e -> e.therapies(java.util.List.of(therapy))));
  }

  @Test
  void glucocorticoid7Point5MgPerDaySupports() {
    assertThat(steroid(glucocorticoid("7.5", 12)).supported())
        .contains(PROLIA_GLUCOCORTICOID_OSTEOPOROSIS);
  }

  @Test
  void glucocorticoid7Point49MgPerDayContradicts() {
    assertThat(errorCategories(steroid(glucocorticoid("7.49", 12)), PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void glucocorticoidDoseAbsentIsMissing() {
    var therapy =
        org.coveragepolicy.core.evidence.Therapy.builder()
            .kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
            .start(LocalDate.of(2025, 6, 1))
            .expectedMonths(12)
            .build();
    assertThat(errorCategories(steroid(therapy), PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void glucocorticoidExpectedExactly6MonthsSupports() {
    assertThat(steroid(glucocorticoid("10", 6)).supported())
        .contains(PROLIA_GLUCOCORTICOID_OSTEOPOROSIS);
  }

  @Test
  void glucocorticoidExpected5MonthsContradicts() {
    assertThat(errorCategories(steroid(glucocorticoid("10", 5)), PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void glucocorticoidDurationAbsentIsMissing() {
    var therapy =
        org.coveragepolicy.core.evidence.Therapy.builder()
            .kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
            .start(LocalDate.of(2025, 6, 1))
            .doseMgPerDay(new java.math.BigDecimal("10"))
            .build();
    assertThat(errorCategories(steroid(therapy), PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void glucocorticoidEndedBeforeTheDateOfServiceContradicts() {
    var therapy =
        org.coveragepolicy.core.evidence.Therapy.builder()
            .from(glucocorticoid("10", 12))
            .end(DOS.minusDays(1))
            .build();
    assertThat(errorCategories(steroid(therapy), PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void glucocorticoidLowBoneMassTScoreMinus1Supports() {
    IndicationResult result =
        evaluate(withEvidence(glucocorticoidOsteoporosis(), e -> e.imaging(java.util.List.of(dxa("-1.0")))));
    assertThat(result.supported()).contains(PROLIA_GLUCOCORTICOID_OSTEOPOROSIS);
  }

  @Test
  void glucocorticoidTScoreMinus0Point99Contradicts() {
    IndicationResult result =
        evaluate(withEvidence(glucocorticoidOsteoporosis(), e -> e.imaging(java.util.List.of(dxa("-0.99")))));
    assertThat(errorCategories(result, PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }
}
