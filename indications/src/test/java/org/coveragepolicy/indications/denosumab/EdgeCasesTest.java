package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.IndicationRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.finding.Category.MEDICAL_NECESSITY;
import static org.coveragepolicy.indications.denosumab.J0897Cases.*;

import java.util.List;
import org.coveragepolicy.core.policy.internal.IndicationResult;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.junit.jupiter.api.Test;

/** Boundaries of the dose, frequency and safety rules and of the messages that point the way. */
class EdgeCasesTest {
  private static String message(IndicationResult r, org.coveragepolicy.core.finding.Rule rule) {
    return findingsOf(r, rule).get(0).message();
  }

  // ---- frequency ----

  @Test
  void aDoseOfAProductOutsideTheCatalogIsNotADoseOfTheFamily() {
    IndicationResult r =
        evaluate(withPriorDoses(pmo(), dose(Product.of("EVENITY"), DOS.minusMonths(2), 210)));
    assertThat(findingsOf(r, DenosumabRules.FREQ_PROLIA)).isEmpty();
  }

  @Test
  void theReferenceProductsDoseCountsEvenWhenTheCatalogLacksItsEntry() {
    DrugCatalog onlyJubbonti =
        DrugCatalog.of(
            DenosumabCatalog.BUILT_IN.entry(Product.of("JUBBONTI")).orElseThrow());
    IndicationRequest jubbonti =
        IndicationRequest.builder().policy(DenosumabPolicy.POLICY)
            .from(pmo())
            .product(onlyJubbonti.entries().get(0))
            .catalog(onlyJubbonti)
            .build();
    IndicationResult r =
        evaluate(withPriorDoses(jubbonti, dose(DenosumabCatalog.PROLIA, DOS.minusMonths(2), 60)));
    assertThat(message(r, DenosumabRules.FREQ_PROLIA)).startsWith("Prolia was given on");
  }

  @Test
  void theFirstRecordedDoseStartsTheLoadingScheduleWhateverTheRecordOrder() {
    // days 1 (DOS-21) and 8 (DOS-14, a loading dose); DOS is day 22: too soon after day 1
    IndicationResult r =
        evaluate(
            withPriorDoses(
                giantCellTumor(),
                dose(DenosumabCatalog.XGEVA, DOS.minusDays(14), 120),
                dose(DenosumabCatalog.XGEVA, DOS.minusDays(21), 120)));
    assertThat(message(r, DenosumabRules.FREQ_XGEVA))
        .contains("was given on " + DOS.minusDays(21))
        .contains(
            "the loading doses fall on " + DOS.minusDays(14) + " and " + DOS.minusDays(7));
  }

  @Test
  void theLatestDoseOfTheOtherFamilyIsNamedAndASameDayOneSaysSo() {
    IndicationResult earlier =
        evaluate(
            withPriorDoses(
                pmo(),
                dose(DenosumabCatalog.XGEVA, DOS.minusDays(20), 120),
                dose(DenosumabCatalog.XGEVA, DOS.minusDays(10), 120)));
    IndicationResult sameDay =
        evaluate(withPriorDoses(pmo(), dose(DenosumabCatalog.XGEVA, DOS, 120)));

    assertThat(message(earlier, DenosumabRules.SAFE_OTHER_DENOSUMAB))
        .contains("Xgeva on " + DOS.minusDays(10) + ", within")
        .doesNotContain("the same day");
    assertThat(message(sameDay, DenosumabRules.SAFE_OTHER_DENOSUMAB))
        .contains("Xgeva on " + DOS + " (the same day)");
  }

  // ---- calcium, CKD ----

  @Test
  void aLaterNonCalciumResultDoesNotHideTheLatestCalcium() {
    IndicationResult r =
        J0897Cases.evaluate(
            withEvidence(
                pmo(),
                e ->
                    e.labs(
                        List.of(
                            lab(LabTest.TOTAL_CALCIUM, "8.2", DOS.minusDays(10)),
                            lab(LabTest.EGFR, "60", DOS.minusDays(1))))));
    assertThat(errorCategories(r, DenosumabRules.SAFE_HYPOCALCEMIA)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void theLowestEgfrIsNamedAndOnATieTheEarliest() {
    IndicationResult lowest =
        evaluate(
            withEvidence(
                pmo(),
                e ->
                    e.labs(
                        List.of(
                            lab(LabTest.EGFR, "25", DOS.minusDays(60)),
                            lab(LabTest.EGFR, "20", DOS.minusDays(30))))));
    IndicationResult tie =
        evaluate(
            withEvidence(
                pmo(),
                e ->
                    e.labs(
                        List.of(
                            lab(LabTest.EGFR, "25", DOS.minusDays(30)),
                            lab(LabTest.EGFR, "25", DOS.minusDays(60))))));
    assertThat(message(lowest, DenosumabRules.SAFE_ADVANCED_CKD))
        .contains("an eGFR of 20 on " + DOS.minusDays(30));
    assertThat(message(tie, DenosumabRules.SAFE_ADVANCED_CKD))
        .contains("an eGFR of 25 on " + DOS.minusDays(60));
  }

  @Test
  void anAdvancedCkdDiagnosisAloneWarns() {
    IndicationResult r = evaluate(withClaim(pmo(), "M81.0", "N18.4"));
    assertThat(message(r, DenosumabRules.SAFE_ADVANCED_CKD))
        .contains("an advanced CKD diagnosis (N18.4)")
        .doesNotContain("eGFR of");
  }

  // ---- glucocorticoid ----

  @Test
  void theGlucocorticoidClosestToTheIndicationIsTheOneReported() {
    IndicationResult r =
        evaluate(
            withEvidence(
                glucocorticoidOsteoporosis(),
                e ->
                    e.therapies(
                        List.of(
                            ended(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID, DOS.minusMonths(3)),
                            glucocorticoid("5", 12)))));
    assertThat(findingsOf(r, DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS.rule()))
        .extracting(f -> f.message())
        .anySatisfy(m -> assertThat(m).contains("dose is 5 mg/day"))
        .noneSatisfy(m -> assertThat(m).contains("not ongoing"));
  }

  // ---- IND-NO-INDICATION points at uncoded evidence ----

  @Test
  void evidenceOfAnUncodedIndicationIsPointedAt() {
    IndicationRequest fracture =
        withEvidence(
            withRecordDiagnoses(withClaim(pmo(), "Z00.00"), "Z00.00"),
            e -> e.imaging(List.of(study(ImagingModality.XRAY, BoneHealthTerms.FRAGILITY_FRACTURE))));
    IndicationRequest tScore =
        withEvidence(
            withRecordDiagnoses(withClaim(pmo(), "Z00.00"), "Z00.00"),
            e -> e.imaging(List.of(dxa("-2.5"))));
    IndicationRequest normal =
        withEvidence(
            withRecordDiagnoses(withClaim(pmo(), "Z00.00"), "Z00.00"),
            e -> e.imaging(List.of(dxa("-2.4"))));

    assertThat(message(evaluate(fracture), DenosumabRules.NO_INDICATION))
        .contains(
            "an imaging report showing a fragility fracture points to the indication for"
                + " postmenopausal women");
    assertThat(message(evaluate(tScore), DenosumabRules.NO_INDICATION))
        .contains("a DXA T-score of -2.5 points to the indication for postmenopausal women");
    assertThat(message(evaluate(normal), DenosumabRules.NO_INDICATION))
        .doesNotContain("points to");
  }

  @Test
  void therapiesPointOnlyToTheIndicationsOfThePatientsSex() {
    IndicationRequest man =
        withEvidence(
            withPatient(withRecordDiagnoses(withClaim(pmo(), "Z00.00"), "Z00.00"), patient(Sex.MALE, 70)),
            e ->
                e.therapies(
                    List.of(
                        ongoing(BoneHealthTerms.ANDROGEN_DEPRIVATION),
                        ongoing(BoneHealthTerms.AROMATASE_INHIBITOR))));

    String m = message(evaluate(man), DenosumabRules.NO_INDICATION);

    assertThat(m)
        .contains(
            "documented androgen-deprivation therapy points to the indication for men at high risk"
                + " for fracture receiving androgen deprivation therapy")
        .doesNotContain("aromatase inhibitor therapy for breast cancer, whose");
  }

  @Test
  void severalPointersAreListedAndHypercalcemiaIsPointedAtByItsCalcium() {
    IndicationRequest xgeva =
        withEvidence(
            withRecordDiagnoses(withClaim(sreBoneMetastases(), "C34.90"), "C34.90"),
            e ->
                e.imaging(
                        List.of(
                            study(ImagingModality.BONE_SCAN, DenosumabTerms.BONE_METASTASES),
                            study(ImagingModality.MRI, DenosumabTerms.GIANT_CELL_TUMOR)))
                    .labs(List.of(lab(LabTest.CORRECTED_CALCIUM, "13.2", DOS.minusDays(3)))));

    String m = message(evaluate(xgeva), DenosumabRules.NO_INDICATION);

    assertThat(m)
        .contains("bone metastases points to the indication for prevention of skeletal-related events")
        .contains("; an imaging report showing a giant cell tumor of bone points to")
        .contains("a corrected calcium of 13.2 mg/dL on " + DOS.minusDays(3) + " points to");
  }

  @Test
  void anEditionWithoutTheFamilysIndicationsSaysSo() {
    Edition xgevaOnly =
        Edition.builder()
            .from(DenosumabPolicy.NORIDIAN_JF_2026)
            .name("XGEVA_ONLY")
            .title("the xgeva only edition") // from() copies the title too
            .indications(List.of(DenosumabIndications.XGEVA_SRE_BONE_METASTASES))
            .build();
    IndicationResult r = evaluate(withEdition(pmo(), xgevaOnly));
    assertThat(message(r, DenosumabRules.NO_INDICATION))
        .isEqualTo(
            "Under the xgeva only edition no indication of Prolia is listed, so it is not"
                + " reasonable and necessary under this policy.");
  }

  @Test
  void theLimitationAppliesOnlyToItsFamily() {
    IndicationResult prolia = evaluate(withClaim(pmo(), "M81.0", "C90.00"));
    assertThat(
            findingsOf(prolia, DenosumabIndications.XGEVA_MULTIPLE_MYELOMA_LIMITATION.rule()))
        .isEmpty();
    IndicationResult xgeva =
        evaluate(withRecordDiagnoses(withClaim(sreBoneMetastases(), "C90.00"), "C90.00"));
    assertThat(message(xgeva, DenosumabIndications.XGEVA_MULTIPLE_MYELOMA_LIMITATION.rule()))
        .contains("covered only for adults and skeletally mature adolescents")
        .contains(" or hypercalcemia of malignancy")
        .doesNotContain("covered only for prevention of skeletal-related events");
  }
}
