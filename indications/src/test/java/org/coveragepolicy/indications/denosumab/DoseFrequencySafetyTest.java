package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.IndicationRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.finding.Category.MEDICAL_NECESSITY;
import static org.coveragepolicy.indications.denosumab.J0897Cases.*;

import java.time.LocalDate;
import java.util.List;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Severity;
import org.junit.jupiter.api.Test;
import org.coveragepolicy.core.policy.internal.IndicationResult;

class DoseFrequencySafetyTest {
  @Test
  void labeledProliaDosePasses() {
    assertThat(findingsOf(evaluate(pmo()), DenosumabRules.DOSE_LABELED)).isEmpty();
  }

  @Test
  void unlabeledDoseIsMedicalNecessity() {
    assertThat(errorCategories(evaluate(withDose(pmo(), 120)), DenosumabRules.DOSE_LABELED))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void noDoseUnderReviewIsNotEvaluated() {
    assertThat(findingsOf(evaluate(withoutDose(pmo())), DenosumabRules.DOSE_LABELED)).isEmpty();
  }

  @Test
  void proliaExactly6MonthsLaterPasses() {
    IndicationResult result = evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.PROLIA, DOS.minusMonths(6), 60)));
    assertThat(findingsOf(result, DenosumabRules.FREQ_PROLIA)).isEmpty();
  }

  @Test
  void proliaOneDayShortOf6MonthsIsTooSoon() {
    IndicationResult result =
        evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.PROLIA, DOS.minusMonths(6).plusDays(1), 60)));
    assertThat(errorCategories(result, DenosumabRules.FREQ_PROLIA)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void xgeva28DaysLaterPasses() {
    IndicationResult result =
        evaluate(withPriorDoses(sreBoneMetastases(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(28), 120)));
    assertThat(findingsOf(result, DenosumabRules.FREQ_XGEVA)).isEmpty();
  }

  @Test
  void xgeva27DaysLaterIsTooSoon() {
    IndicationResult result =
        evaluate(withPriorDoses(sreBoneMetastases(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(27), 120)));
    assertThat(errorCategories(result, DenosumabRules.FREQ_XGEVA)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void day8LoadingDoseIsNotTooSoonForGiantCellTumor() {
    IndicationResult result =
        evaluate(withPriorDoses(giantCellTumor(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(7), 120)));
    assertThat(findingsOf(result, DenosumabRules.FREQ_XGEVA)).isEmpty();
  }

  @Test
  void day15LoadingDoseIsNotTooSoonForHypercalcemia() {
    IndicationResult result =
        evaluate(
            withPriorDoses(
                hypercalcemia(),
                dose(DenosumabCatalog.XGEVA, DOS.minusDays(14), 120),
                dose(DenosumabCatalog.XGEVA, DOS.minusDays(7), 120)));
    assertThat(findingsOf(result, DenosumabRules.FREQ_XGEVA)).isEmpty();
  }

  @Test
  void day8DoseIsTooSoonForBoneMetastases() {
    IndicationResult result =
        evaluate(withPriorDoses(sreBoneMetastases(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(7), 120)));
    assertThat(errorCategories(result, DenosumabRules.FREQ_XGEVA)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void day9DoseIsTooSoonEvenWithLoading() {
    IndicationResult result =
        evaluate(withPriorDoses(giantCellTumor(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(8), 120)));
    assertThat(errorCategories(result, DenosumabRules.FREQ_XGEVA)).containsExactly(MEDICAL_NECESSITY);
  }

  /** Doses on label days 1, 8, 15 and 29 before a dose on day {@code day}. */
  private static IndicationResult gctbOnDay(int day, int... priorDays) {
    LocalDate day1 = DOS.minusDays(day - 1L);
    return evaluate(
        withPriorDoses(
            giantCellTumor(),
            java.util.Arrays.stream(priorDays)
                .mapToObj(d -> dose(DenosumabCatalog.XGEVA, day1.plusDays(d - 1L), 120))
                .toArray(org.coveragepolicy.core.claim.Administration[]::new)));
  }

  @Test
  void day29AfterLoadingPasses() {
    assertThat(findingsOf(gctbOnDay(29, 1, 8, 15), DenosumabRules.FREQ_XGEVA)).isEmpty();
  }

  @Test
  void day57AfterDay29Passes() {
    assertThat(findingsOf(gctbOnDay(57, 1, 8, 15, 29), DenosumabRules.FREQ_XGEVA)).isEmpty();
  }

  @Test
  void day28AfterLoadingIsTooSoon() {
    assertThat(errorCategories(gctbOnDay(28, 1, 8, 15), DenosumabRules.FREQ_XGEVA))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void proliaWithinSixMonthsBeforeXgevaIsUnsafe() {
    IndicationResult result =
        evaluate(withPriorDoses(sreBoneMetastases(), dose(DenosumabCatalog.PROLIA, DOS.minusMonths(5), 60)));
    assertThat(errorCategories(result, DenosumabRules.SAFE_OTHER_DENOSUMAB)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void proliaExactlySixMonthsBeforeXgevaIsSafe() {
    IndicationResult result =
        evaluate(withPriorDoses(sreBoneMetastases(), dose(DenosumabCatalog.PROLIA, DOS.minusMonths(6), 60)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_OTHER_DENOSUMAB)).isEmpty();
  }

  @Test
  void xgeva27DaysBeforeProliaIsUnsafe() {
    IndicationResult result = evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(27), 120)));
    assertThat(errorCategories(result, DenosumabRules.SAFE_OTHER_DENOSUMAB)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void xgeva28DaysBeforeProliaIsSafe() {
    IndicationResult result = evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(28), 120)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_OTHER_DENOSUMAB)).isEmpty();
  }

  private static IndicationResult withLabs(IndicationRequest r, org.coveragepolicy.core.evidence.LabResult... labs) {
    return evaluate(withEvidence(r, e -> e.labs(List.of(labs))));
  }

  @Test
  void totalCalcium8Point49IsHypocalcemia() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.TOTAL_CALCIUM, "8.49", DOS.minusDays(3)));
    assertThat(errorCategories(result, DenosumabRules.SAFE_HYPOCALCEMIA)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void totalCalcium8Point5IsNotHypocalcemia() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.TOTAL_CALCIUM, "8.5", DOS.minusDays(3)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_HYPOCALCEMIA)).isEmpty();
  }

  @Test
  void anOlderNormalCorrectedCalciumDoesNotHideANewerLowTotal() {
    IndicationResult result =
        withLabs(
            pmo(),
            lab(LabTest.CORRECTED_CALCIUM, "8.9", DOS.minusDays(10)),
            lab(LabTest.TOTAL_CALCIUM, "8.1", DOS.minusDays(3)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_HYPOCALCEMIA).get(0).message())
        .contains("the latest total calcium, on " + DOS.minusDays(3) + ", is 8.1 mg/dL");
  }

  @Test
  void onOneDateTheCorrectedCalciumIsReadBeforeTheTotal() {
    IndicationResult result =
        withLabs(
            pmo(),
            lab(LabTest.CORRECTED_CALCIUM, "8.9", DOS.minusDays(3)),
            lab(LabTest.TOTAL_CALCIUM, "8.1", DOS.minusDays(3)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_HYPOCALCEMIA)).isEmpty();
  }

  @Test
  void onOneDateTheLowestOfSeveralCorrectedCalciumsCounts() {
    IndicationResult result =
        withLabs(
            pmo(),
            lab(LabTest.CORRECTED_CALCIUM, "8.9", DOS.minusDays(3)),
            lab(LabTest.CORRECTED_CALCIUM, "8.4", DOS.minusDays(3)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_HYPOCALCEMIA).get(0).message())
        .contains("is 8.4 mg/dL");
  }

  @Test
  void theLatestCalciumDecides() {
    IndicationResult result =
        withLabs(
            pmo(),
            lab(LabTest.TOTAL_CALCIUM, "8.0", DOS.minusDays(20)),
            lab(LabTest.TOTAL_CALCIUM, "9.1", DOS.minusDays(3)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_HYPOCALCEMIA)).isEmpty();
  }

  @Test
  void lowCalcium31DaysBeforeIsNotRead() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.TOTAL_CALCIUM, "8.0", DOS.minusDays(31)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_HYPOCALCEMIA)).isEmpty();
  }

  @Test
  void lowCalciumExactly30DaysBeforeIsRead() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.TOTAL_CALCIUM, "8.0", DOS.minusDays(30)));
    assertThat(errorCategories(result, DenosumabRules.SAFE_HYPOCALCEMIA)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void hypocalcemiaDiagnosisOnTheClaimIsUnsafe() {
    IndicationResult result = evaluate(withClaim(sreBoneMetastases(), "C79.51", "E83.51"));
    assertThat(errorCategories(result, DenosumabRules.SAFE_HYPOCALCEMIA)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void pregnancyContraindicatesProlia() {
    IndicationResult result = evaluate(withStatement(pmo(), DenosumabTerms.PREGNANT, true));
    assertThat(errorCategories(result, DenosumabRules.SAFE_PREGNANCY)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void pregnancyRuleIsOnlyForProlia() {
    IndicationResult result = evaluate(withStatement(giantCellTumor(), DenosumabTerms.PREGNANT, true));
    assertThat(findingsOf(result, DenosumabRules.SAFE_PREGNANCY)).isEmpty();
  }

  @Test
  void egfr29Point9IsAnAdvancedCkdWarning() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.EGFR, "29.9", DOS.minusDays(40)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_ADVANCED_CKD))
        .singleElement()
        .matches(f -> f.severity() == Severity.WARNING);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void egfr30IsNotAdvancedCkd() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.EGFR, "30", DOS.minusDays(40)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_ADVANCED_CKD)).isEmpty();
  }

  @Test
  void egfrExactly12MonthsBeforeIsRead() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.EGFR, "20", DOS.minusMonths(12)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_ADVANCED_CKD)).hasSize(1);
  }

  @Test
  void egfrMoreThan12MonthsBeforeIsNotRead() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.EGFR, "20", DOS.minusMonths(12).minusDays(1)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_ADVANCED_CKD)).isEmpty();
  }

  @Test
  void advancedCkdDiagnosisIsAWarning() {
    IndicationResult result =
        evaluate(withEvidence(pmo(), e -> e.addDocumentedDiagnoses(Icd10Code.parse("N18.4"))));
    assertThat(findingsOf(result, DenosumabRules.SAFE_ADVANCED_CKD)).hasSize(1);
  }

  @Test
  void advancedCkdRuleIsOnlyForProlia() {
    IndicationResult result = withLabs(sreBoneMetastases(), lab(LabTest.EGFR, "20", DOS.minusDays(5)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_ADVANCED_CKD)).isEmpty();
  }

  @Test
  void calciumBelow30IsNotAnEgfrAndSignalsNoAdvancedCkd() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.TOTAL_CALCIUM, "9.4", DOS.minusDays(5)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_ADVANCED_CKD)).isEmpty();
  }

  @Test
  void lowTotalCalciumIsNamedAsTotalWithItsDateAndValue() {
    IndicationResult result = withLabs(pmo(), lab(LabTest.TOTAL_CALCIUM, "8.1", DOS.minusDays(3)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_HYPOCALCEMIA).get(0).message())
        .contains("the latest total calcium, on " + DOS.minusDays(3) + ", is 8.1 mg/dL (below 8.5)");
  }

  @Test
  void lowCorrectedCalciumIsNamedAsCorrected() {
    IndicationResult result =
        withLabs(pmo(), lab(LabTest.CORRECTED_CALCIUM, "8.1", DOS.minusDays(3)));
    assertThat(findingsOf(result, DenosumabRules.SAFE_HYPOCALCEMIA).get(0).message())
        .contains("the latest corrected calcium");
  }

  @Test
  void tooSoonXgevaOutsideLoadingSaysItIsNotALoadingDoseOnlyWhenLoadingApplies() {
    IndicationResult gctb =
        evaluate(withPriorDoses(giantCellTumor(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(8), 120)));
    IndicationResult metastases =
        evaluate(withPriorDoses(sreBoneMetastases(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(8), 120)));

    assertThat(findingsOf(gctb, DenosumabRules.FREQ_XGEVA).get(0).message())
        .contains("this is not a loading dose");
    assertThat(findingsOf(metastases, DenosumabRules.FREQ_XGEVA).get(0).message())
        .doesNotContain("this is not a loading dose")
        .contains("loading doses do not apply, since no indication that uses them")
        .contains("The next dose is covered from " + DOS.plusDays(20));
  }

  @Test
  void xgevaDoseDoesNotCountTowardsTheProliaInterval() {
    IndicationResult result =
        evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.XGEVA, DOS.minusMonths(2), 120)));
    assertThat(findingsOf(result, DenosumabRules.FREQ_PROLIA)).isEmpty();
  }

  @Test
  void doseRecordedAfterTheDateOfServiceIsNotAPriorDose() {
    IndicationResult result =
        evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.PROLIA, DOS.plusDays(10), 60)));
    assertThat(findingsOf(result, DenosumabRules.FREQ_PROLIA)).isEmpty();
  }

  @Test
  void anotherDoseOfTheFamilyTheSameDayIsTooSoon() {
    IndicationResult result =
        evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.PROLIA, DOS, 60)));
    assertThat(findingsOf(result, DenosumabRules.FREQ_PROLIA).get(0).message())
        .contains("the same day as the dose under review");
  }

  @Test
  void aDoseOfTheOtherFamilyTheSameDayIsUnsafe() {
    IndicationResult result =
        evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.XGEVA, DOS, 120)));
    assertThat(errorCategories(result, DenosumabRules.SAFE_OTHER_DENOSUMAB))
        .containsExactly(MEDICAL_NECESSITY);
    assertThat(findingsOf(result, DenosumabRules.FREQ_PROLIA)).isEmpty();
  }

  /** Bone metastases (the first supported indication) and a supported giant cell tumor of bone. */
  private static IndicationRequest metastasesAndGiantCellTumor() {
    return J0897Cases.withEvidence(
        IndicationRequest.builder().policy(DenosumabPolicy.POLICY)
            .from(giantCellTumor())
            .addClaimDiagnoses(J0897Cases.code("C79.51"))
            .build(),
        e ->
            e.addAllDocumentedDiagnoses(J0897Cases.codes("C79.51", "C34.90"))
                .addImaging(
                    J0897Cases.study(
                        org.coveragepolicy.core.evidence.ImagingModality.BONE_SCAN,
                        DenosumabTerms.BONE_METASTASES)));
  }

  @Test
  void loadingDosesApplyWhenAnySupportedIndicationUsesThemNotOnlyTheFirst() {
    IndicationResult result =
        evaluate(
            withPriorDoses(
                metastasesAndGiantCellTumor(),
                dose(DenosumabCatalog.XGEVA, DOS.minusDays(7), 120)));

    assertThat(result.supported()).contains(DenosumabIndications.XGEVA_SRE_BONE_METASTASES);
    assertThat(findingsOf(result, DenosumabRules.FREQ_XGEVA)).isEmpty();
  }

  @Test
  void day8WithoutALoadingIndicationIsTooSoonAndSaysWhy() {
    IndicationResult result =
        evaluate(withPriorDoses(sreBoneMetastases(), dose(DenosumabCatalog.XGEVA, DOS.minusDays(7), 120)));

    assertThat(findingsOf(result, DenosumabRules.FREQ_XGEVA).get(0).message())
        .contains("loading doses do not apply, since no indication that uses them")
        .contains("less than 28 days");
  }
}
