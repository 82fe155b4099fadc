package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.IndicationRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.finding.Category.INSUFFICIENT_DOCUMENTATION;
import static org.coveragepolicy.core.finding.Category.MEDICAL_NECESSITY;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.XGEVA_GIANT_CELL_TUMOR;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.XGEVA_SRE_BONE_METASTASES;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.XGEVA_SRE_MULTIPLE_MYELOMA;
import static org.coveragepolicy.indications.denosumab.J0897Cases.*;

import java.util.List;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Rule;
import org.junit.jupiter.api.Test;
import org.coveragepolicy.core.policy.internal.IndicationResult;

class XgevaIndicationsTest {
  private static final Rule LIMITATION = DenosumabIndications.XGEVA_MULTIPLE_MYELOMA_LIMITATION.rule();

  @Test
  void boneMetastasesApproved() {
    IndicationResult result = evaluate(sreBoneMetastases());
    assertThat(result.supported()).contains(XGEVA_SRE_BONE_METASTASES);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void solidTumorBilledButNotDocumentedIsMissing() {
    IndicationResult result =
        evaluate(withClaim(withRecordDiagnoses(sreBoneMetastases(), "C79.51"), "C79.51", "C34.90"));
    assertThat(errorCategories(result, XGEVA_SRE_BONE_METASTASES.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
    assertThat(findingsOf(result, XGEVA_SRE_BONE_METASTASES.rule()).get(0).message())
        .contains("billed on the claim but not documented");
  }

  @Test
  void solidTumorAbsentIsMissing() {
    IndicationResult result = evaluate(withRecordDiagnoses(sreBoneMetastases(), "C79.51"));
    assertThat(errorCategories(result, XGEVA_SRE_BONE_METASTASES.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void boneMetastasesImagingAbsentIsMissing() {
    IndicationResult result = evaluate(withEvidence(sreBoneMetastases(), e -> e.imaging(List.of())));
    assertThat(errorCategories(result, XGEVA_SRE_BONE_METASTASES.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void imagingWithoutBoneMetastasesContradicts() {
    IndicationResult result =
        evaluate(
            withEvidence(sreBoneMetastases(), e -> e.imaging(List.of(study(ImagingModality.CT)))));
    assertThat(errorCategories(result, XGEVA_SRE_BONE_METASTASES.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void myelomaContradictsBoneMetastasesUnderNoridianAndTheLimitationFires() {
    IndicationResult result = evaluate(withClaim(sreBoneMetastases(), "C79.51", "C90.00"));
    assertThat(result.supported()).isEmpty();
    assertThat(errorCategories(result, XGEVA_SRE_BONE_METASTASES.rule()))
        .containsExactly(MEDICAL_NECESSITY);
    assertThat(errorCategories(result, LIMITATION)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void myelomaDoesNotContradictBoneMetastasesUnderTheFdaLabel() {
    IndicationResult result =
        evaluate(withEdition(withClaim(sreBoneMetastases(), "C79.51", "C90.00"), DenosumabPolicy.FDA_LABEL_2024));
    assertThat(result.supported()).contains(XGEVA_SRE_BONE_METASTASES);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void myelomaAloneUnderNoridianIsTheLimitationNotNoIndication() {
    IndicationResult result = evaluate(withEdition(sreMultipleMyeloma(), DenosumabPolicy.NORIDIAN_JF_2026));
    assertThat(result.candidates()).isEmpty();
    assertThat(errorCategories(result, LIMITATION)).containsExactly(MEDICAL_NECESSITY);
    assertThat(findingsOf(result, DenosumabRules.NO_INDICATION)).isEmpty();
  }

  @Test
  void myelomaApprovedUnderTheFdaLabel() {
    IndicationResult result = evaluate(sreMultipleMyeloma());
    assertThat(result.supported()).contains(XGEVA_SRE_MULTIPLE_MYELOMA);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void myelomaWithoutLesionsContradictsUnderTheFdaLabel() {
    IndicationResult result =
        evaluate(withEvidence(sreMultipleMyeloma(), e -> e.imaging(List.of(study(ImagingModality.XRAY)))));
    assertThat(errorCategories(result, XGEVA_SRE_MULTIPLE_MYELOMA.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void limitationDoesNotApplyToProlia() {
    IndicationResult result = evaluate(withClaim(pmo(), "M81.0", "C90.00"));
    assertThat(findingsOf(result, LIMITATION)).isEmpty();
    assertThat(result.supported()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  @Test
  void giantCellTumorApproved() {
    IndicationResult result = evaluate(giantCellTumor());
    assertThat(result.supported()).contains(XGEVA_GIANT_CELL_TUMOR);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void myelomaLimitationDoesNotBlockGiantCellTumor() {
    IndicationResult result = evaluate(withClaim(giantCellTumor(), "D48.0", "C90.00"));
    assertThat(result.supported()).contains(XGEVA_GIANT_CELL_TUMOR);
    assertThat(findingsOf(result, LIMITATION)).isEmpty();
  }

  @Test
  void myelomaLimitationFiresWhenGiantCellTumorFails() {
    IndicationResult result =
        evaluate(withClaim(withEvidence(giantCellTumor(), e -> e.imaging(List.of())), "D48.0", "C90.00"));
    assertThat(errorCategories(result, LIMITATION)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void giantCellTumorImagingAbsentIsMissing() {
    IndicationResult result = evaluate(withEvidence(giantCellTumor(), e -> e.imaging(List.of())));
    assertThat(errorCategories(result, XGEVA_GIANT_CELL_TUMOR.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void imagingWithoutGiantCellTumorContradicts() {
    IndicationResult result =
        evaluate(withEvidence(giantCellTumor(), e -> e.imaging(List.of(study(ImagingModality.MRI)))));
    assertThat(errorCategories(result, XGEVA_GIANT_CELL_TUMOR.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void unresectableAbsentIsMissing() {
    IndicationResult result =
        evaluate(withEvidence(giantCellTumor(), e -> e.statements(java.util.Map.of())));
    assertThat(errorCategories(result, XGEVA_GIANT_CELL_TUMOR.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void resectableContradicts() {
    IndicationResult result =
        evaluate(withStatement(giantCellTumor(), DenosumabTerms.UNRESECTABLE, false));
    assertThat(errorCategories(result, XGEVA_GIANT_CELL_TUMOR.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  private static IndicationResult gctbAged(int age, int daysAfterBirthday) {
    return evaluate(withPatient(giantCellTumor(), patient(Sex.FEMALE, age, daysAfterBirthday)));
  }

  private static IndicationResult gctbAgedMature(int age, boolean mature) {
    return evaluate(
        withStatement(
            withPatient(giantCellTumor(), patient(Sex.FEMALE, age, 0)),
            DenosumabTerms.SKELETALLY_MATURE,
            mature));
  }

  @Test
  void age18OnItsBirthdayNeedsNoMaturityStatement() {
    assertThat(gctbAged(18, 0).supported()).contains(XGEVA_GIANT_CELL_TUMOR);
  }

  @Test
  void age17WithoutMaturityStatementIsMissing() {
    IndicationResult result = evaluate(withPatient(giantCellTumor(), patient(Sex.FEMALE, 18, -1)));
    assertThat(errorCategories(result, XGEVA_GIANT_CELL_TUMOR.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void age17SkeletallyMatureSupports() {
    assertThat(gctbAgedMature(17, true).supported()).contains(XGEVA_GIANT_CELL_TUMOR);
  }

  @Test
  void age12SkeletallyMatureSupports() {
    assertThat(gctbAgedMature(12, true).supported()).contains(XGEVA_GIANT_CELL_TUMOR);
  }

  @Test
  void age12NotSkeletallyMatureContradicts() {
    assertThat(errorCategories(gctbAgedMature(12, false), XGEVA_GIANT_CELL_TUMOR.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void age11ContradictsEvenWhenSkeletallyMature() {
    assertThat(errorCategories(gctbAgedMature(11, true), XGEVA_GIANT_CELL_TUMOR.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void hypercalcemiaApproved() {
    IndicationResult result = evaluate(hypercalcemia());
    assertThat(result.supported()).contains(XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void myelomaCountsAsMalignancyAndDoesNotBlockHypercalcemia() {
    IndicationResult result =
        evaluate(withClaim(withRecordDiagnoses(hypercalcemia(), "E83.52", "C90.00"), "E83.52", "C90.00"));
    assertThat(result.supported()).contains(XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
    assertThat(findingsOf(result, LIMITATION)).isEmpty();
  }

  @Test
  void malignancyBilledButNotDocumentedIsMissing() {
    IndicationResult result =
        evaluate(withClaim(withRecordDiagnoses(hypercalcemia(), "E83.52"), "E83.52", "C34.90"));
    assertThat(errorCategories(result, XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
    assertThat(findingsOf(result, XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()).get(0).message())
        .contains("billed on the claim but not documented");
  }

  private static IndicationResult hcm(String calcium, int calciumDaysBeforeDos, int bisphosphonateDaysBeforeCalcium) {
    java.time.LocalDate labDate = DOS.minusDays(calciumDaysBeforeDos);
    return evaluate(
        withEvidence(
            hypercalcemia(),
            e ->
                e.labs(List.of(lab(LabTest.CORRECTED_CALCIUM, calcium, labDate)))
                    .therapies(List.of(ivBisphosphonate(labDate.minusDays(bisphosphonateDaysBeforeCalcium))))));
  }

  @Test
  void correctedCalcium12Point51Supports() {
    assertThat(hcm("12.51", 5, 15).supported()).contains(XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
  }

  @Test
  void correctedCalcium12Point5Contradicts() {
    assertThat(errorCategories(hcm("12.5", 5, 15), XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void correctedCalciumExactly30DaysBeforeCounts() {
    assertThat(hcm("13.0", 30, 15).supported()).contains(XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
  }

  @Test
  void correctedCalcium31DaysBeforeIsMissing() {
    assertThat(errorCategories(hcm("13.0", 31, 15), XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void bisphosphonate7DaysBeforeTheCalciumSupports() {
    assertThat(hcm("13.0", 5, 7).supported()).contains(XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
  }

  @Test
  void bisphosphonate30DaysBeforeTheCalciumSupports() {
    assertThat(hcm("13.0", 5, 30).supported()).contains(XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
  }

  @Test
  void bisphosphonate6DaysBeforeTheCalciumContradicts() {
    assertThat(errorCategories(hcm("13.0", 5, 6), XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void bisphosphonate31DaysBeforeTheCalciumContradicts() {
    assertThat(errorCategories(hcm("13.0", 5, 31), XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void bisphosphonateAbsentIsMissing() {
    IndicationResult result = evaluate(withEvidence(hypercalcemia(), e -> e.therapies(List.of())));
    assertThat(errorCategories(result, XGEVA_HYPERCALCEMIA_OF_MALIGNANCY.rule()))
        .containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void hypercalcemiaNeedsNoImaging() {
    IndicationResult result = evaluate(withEvidence(hypercalcemia(), e -> e.imaging(List.of())));
    assertThat(result.supported()).contains(XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
  }

  @Test
  void noIndicationListsTheDiagnosesThatWouldIndicateTheProduct() {
    IndicationResult result = evaluate(withRecordDiagnoses(withClaim(pmo(), "I10"), "I10"));
    assertThat(errorCategories(result, DenosumabRules.NO_INDICATION)).containsExactly(MEDICAL_NECESSITY);
    assertThat(findingsOf(result, DenosumabRules.NO_INDICATION).get(0).message())
        .contains("osteoporosis (M80.0*", "prostate cancer (C61)", "breast cancer (C50.*");
  }

  @Test
  void prolianIndicationsAreNeverCandidatesForXgeva() {
    IndicationResult result =
        evaluate(
            IndicationRequest.builder().policy(DenosumabPolicy.POLICY)
                .from(pmo())
                .product(DenosumabCatalog.XGEVA_ENTRY)
                .build());
    assertThat(result.candidates()).isEmpty();
    assertThat(errorCategories(result, DenosumabRules.NO_INDICATION)).containsExactly(MEDICAL_NECESSITY);
  }
}
