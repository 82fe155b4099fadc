package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.IndicationRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.finding.Category.INSUFFICIENT_DOCUMENTATION;
import static org.coveragepolicy.core.finding.Category.MEDICAL_NECESSITY;
import static org.coveragepolicy.indications.denosumab.J0897Cases.*;

import java.time.LocalDate;
import java.util.List;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.junit.jupiter.api.Test;
import org.coveragepolicy.core.policy.internal.IndicationResult;

/**
 * What the indication findings say and which shortfalls they report: each message names the value
 * or document that failed and what would satisfy the rule.
 */
class ShortfallMessagesTest {
  private static String message(IndicationResult result, Rule rule) {
    List<Finding> findings = findingsOf(result, rule);
    assertThat(findings).hasSize(1);
    return findings.get(0).message();
  }

  @Test
  void indicationErrorNamesTheIndicationInWords() {
    IndicationResult result = evaluate(withEvidence(pmo(), e -> e.riskFactors(List.of())));

    assertThat(message(result, DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS.rule()))
        .startsWith(
            "Not indicated for postmenopausal women with osteoporosis at high risk for fracture: ");
  }

  @Test
  void tScoreAboveTheThresholdIsNamedInTheMessage() {
    IndicationResult result = evaluate(withEvidence(pmo(), e -> e.imaging(List.of(dxa("-2.49")))));

    assertThat(message(result, DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS.rule()))
        .contains("the lowest DXA T-score is -2.49 (needs -2.5 or lower)");
  }

  @Test
  void osteoporosisBilledButNotDocumentedNamesTheBilledCode() {
    IndicationResult result = evaluate(withRecordDiagnoses(maleOsteoporosis(), "I10"));

    assertThat(message(result, DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS.rule()))
        .contains("the osteoporosis diagnosis (M81.0) is billed on the claim but not documented");
  }

  @Test
  void solidTumorNeitherBilledNorDocumentedIsNotCalledBilled() {
    IndicationResult result = evaluate(withRecordDiagnoses(sreBoneMetastases(), "C79.51"));

    assertThat(message(result, DenosumabIndications.XGEVA_SRE_BONE_METASTASES.rule()))
        .contains("no solid tumor diagnosis is documented")
        .doesNotContain("billed");
  }

  @Test
  void osteoporosisWithFractureBilledButNotDocumentedIsNotHighRisk() {
    IndicationResult result =
        evaluate(
            withClaim(
                withEvidence(maleOsteoporosis(), e -> e.riskFactors(List.of())), "M81.0", "M80.08XA"));

    assertThat(errorCategories(result, DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
    assertThat(message(result, DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS.rule()))
        .contains("a fracture code is billed on the claim but not documented");
  }

  @Test
  void aromataseInhibitorThatEndedIsNamedWithItsEndDate() {
    LocalDate end = DOS.minusDays(1);
    IndicationResult result =
        evaluate(
            withEvidence(
                ai(), e -> e.therapies(List.of(ended(BoneHealthTerms.AROMATASE_INHIBITOR, end)))));

    assertThat(message(result, DenosumabIndications.PROLIA_AI_BREAST_CANCER.rule()))
        .contains("is not ongoing on the date of service " + DOS + " (ended " + end + ")");
  }

  @Test
  void aromataseInhibitorStartingAfterTheDateOfServiceIsNamedWithItsStartDate() {
    LocalDate start = DOS.plusDays(3);
    Therapy later = Therapy.builder().kind(BoneHealthTerms.AROMATASE_INHIBITOR).start(start).build();
    IndicationResult result = evaluate(withEvidence(ai(), e -> e.therapies(List.of(later))));

    assertThat(errorCategories(result, DenosumabIndications.PROLIA_AI_BREAST_CANCER.rule()))
        .containsExactly(MEDICAL_NECESSITY);
    assertThat(message(result, DenosumabIndications.PROLIA_AI_BREAST_CANCER.rule()))
        .contains("(starts " + start + ")");
  }

  @Test
  void anotherTherapyDoesNotStandInForAndrogenDeprivation() {
    IndicationResult result =
        evaluate(
            withEvidence(adt(), e -> e.therapies(List.of(ongoing(BoneHealthTerms.AROMATASE_INHIBITOR)))));

    assertThat(errorCategories(result, DenosumabIndications.PROLIA_ADT_PROSTATE_CANCER.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
    assertThat(message(result, DenosumabIndications.PROLIA_ADT_PROSTATE_CANCER.rule()))
        .contains("no androgen-deprivation therapy is documented");
  }

  @Test
  void aromataseInhibitorWithoutHighRiskIsMissing() {
    IndicationResult result = evaluate(withEvidence(ai(), e -> e.riskFactors(List.of())));

    assertThat(errorCategories(result, DenosumabIndications.PROLIA_AI_BREAST_CANCER.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void aromataseInhibitorWithATScoreAboveMinus1Contradicts() {
    IndicationResult result = evaluate(withEvidence(ai(), e -> e.imaging(List.of(dxa("-0.99")))));

    assertThat(errorCategories(result, DenosumabIndications.PROLIA_AI_BREAST_CANCER.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void glucocorticoidOsteoporosisWithoutHighRiskIsMissing() {
    IndicationResult result =
        evaluate(withEvidence(glucocorticoidOsteoporosis(), e -> e.riskFactors(List.of())));

    assertThat(errorCategories(result, DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void glucocorticoidShortfallsDoNotDependOnTheOrderOfTheTherapies() {
    Therapy lowDose = glucocorticoid("5", 12);
    Therapy shortCourse = glucocorticoid("10", 3);
    IndicationRequest base =
        withEvidence(glucocorticoidOsteoporosis(), e -> e.therapies(List.of(lowDose, shortCourse)));
    IndicationRequest reversed =
        withEvidence(glucocorticoidOsteoporosis(), e -> e.therapies(List.of(shortCourse, lowDose)));

    assertThat(findingsOf(evaluate(reversed), DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .isEqualTo(findingsOf(evaluate(base), DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .hasSize(1);
  }

  @Test
  void anotherTherapyMeetingTheDoseAndDurationDoesNotStandInForTheGlucocorticoid() {
    Therapy bisphosphonate =
        Therapy.builder()
            .kind(BoneHealthTerms.ORAL_BISPHOSPHONATE)
            .start(LocalDate.of(2025, 6, 1))
            .doseMgPerDay(new java.math.BigDecimal("70"))
            .expectedMonths(12)
            .build();
    IndicationResult result =
        evaluate(
            withEvidence(
                glucocorticoidOsteoporosis(),
                e -> e.therapies(List.of(bisphosphonate, glucocorticoid("5", 12)))));

    assertThat(result.supported()).isEmpty();
    assertThat(message(result, DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .contains("the systemic glucocorticoid dose is 5 mg/day");
  }

  @Test
  void anotherTherapyDoesNotMakeGlucocorticoidOsteoporosisACandidate() {
    IndicationResult result =
        evaluate(
            withEvidence(
                glucocorticoidOsteoporosis(),
                e -> e.therapies(List.of(ongoing(BoneHealthTerms.CALCIUM_VITAMIN_D)))));

    assertThat(result.candidates()).doesNotContain(DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS);
  }

  @Test
  void hypocalcemiaDiagnosisIsNamedWithItsCode() {
    IndicationResult result =
        evaluate(withEvidence(pmo(), e -> e.addDocumentedDiagnoses(code("E83.51"))));

    assertThat(message(result, DenosumabRules.SAFE_HYPOCALCEMIA))
        .contains("a hypocalcemia diagnosis (E83.51)");
  }

  @Test
  void noIndicationNamesTheGlucocorticoidAnchorUnderTheFdaLabel() {
    IndicationResult result =
        evaluate(
            withEdition(
                withRecordDiagnoses(withClaim(pmo(), "I10"), "I10"), DenosumabPolicy.FDA_LABEL_2024));

    assertThat(message(result, DenosumabRules.NO_INDICATION))
        .contains("M81.8) in a female patient, for postmenopausal women")
        .contains("(C61) in a male patient, for men at high risk")
        .contains("M81.8) with a documented systemic glucocorticoid therapy, for glucocorticoid-induced");
  }

  @Test
  void noIndicationForXgevaNamesTheAnchorFamiliesAlone() {
    IndicationResult result =
        evaluate(withRecordDiagnoses(withClaim(sreBoneMetastases(), "I10"), "I10"));

    assertThat(message(result, DenosumabRules.NO_INDICATION))
        .contains("giant cell tumor of bone (D48.0)")
        .contains("hypercalcemia (E83.52)")
        .doesNotContain("OSTEOPOROSIS");
  }

  @Test
  void totalCalciumDoesNotShowRefractoryHypercalcemia() {
    IndicationResult result =
        evaluate(
            withEvidence(
                hypercalcemia(),
                e -> e.labs(List.of(lab(LabTest.TOTAL_CALCIUM, "13.1", DOS.minusDays(5))))));

    assertThat(result.supported()).isEmpty();
    assertThat(errorCategories(result, DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void oralBisphosphonateDoesNotMakeHypercalcemiaRefractory() {
    Therapy oral =
        Therapy.builder().kind(BoneHealthTerms.ORAL_BISPHOSPHONATE).start(DOS.minusDays(20)).build();
    IndicationResult result = evaluate(withEvidence(hypercalcemia(), e -> e.therapies(List.of(oral))));

    assertThat(errorCategories(result, DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
    assertThat(message(result, DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .contains("no IV bisphosphonate therapy is documented");
  }

  @Test
  void resultFindingsAreInFindingOrder() {
    // the unsupported candidate's shortfall (INFO, found first) sorts after the safety ERROR
    IndicationResult result =
        evaluate(
            withEvidence(
                glucocorticoidOsteoporosis(),
                e -> e.addLabs(lab(LabTest.TOTAL_CALCIUM, "8.0", DOS.minusDays(3)))));

    assertThat(result.findings())
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR, Severity.INFO);
    assertThat(result.findings()).isSortedAccordingTo(Finding.ORDER);
  }
}
