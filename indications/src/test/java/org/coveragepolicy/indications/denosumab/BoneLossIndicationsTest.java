package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.Indication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.finding.Category.INSUFFICIENT_DOCUMENTATION;
import static org.coveragepolicy.core.finding.Category.MEDICAL_NECESSITY;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.PROLIA_ADT_PROSTATE_CANCER;
import static org.coveragepolicy.indications.denosumab.DenosumabIndications.PROLIA_AI_BREAST_CANCER;
import static org.coveragepolicy.indications.denosumab.J0897Cases.*;

import java.util.List;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.junit.jupiter.api.Test;
import org.coveragepolicy.core.policy.internal.IndicationResult;

class BoneLossIndicationsTest {
  private static final Indication ADT = PROLIA_ADT_PROSTATE_CANCER;
  private static final Indication AI = PROLIA_AI_BREAST_CANCER;

  @Test
  void adtApproved() {
    IndicationResult result = evaluate(adt());
    assertThat(result.supported()).contains(ADT);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void adtIsNotACandidateForAWoman() {
    IndicationResult result = evaluate(withPatient(adt(), patient(Sex.FEMALE, 72)));
    assertThat(result.candidates()).isEmpty();
    assertThat(errorCategories(result, DenosumabRules.NO_INDICATION)).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void adtTherapyAbsentIsMissing() {
    IndicationResult result = evaluate(withEvidence(adt(), e -> e.therapies(List.of())));
    assertThat(errorCategories(result, ADT.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void adtTherapyEndedBeforeTheDateOfServiceContradicts() {
    IndicationResult result =
        evaluate(
            withEvidence(
                adt(),
                e -> e.therapies(List.of(ended(BoneHealthTerms.ANDROGEN_DEPRIVATION, DOS.minusDays(1))))));
    assertThat(errorCategories(result, ADT.rule())).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void boneMetastasesBilledOnTheClaimContradictNonmetastatic() {
    IndicationResult result = evaluate(withClaim(adt(), "C61", "C79.51"));
    assertThat(errorCategories(result, ADT.rule())).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void boneMetastasesOnImagingContradictNonmetastatic() {
    IndicationResult result =
        evaluate(
            withEvidence(
                adt(), e -> e.addImaging(study(ImagingModality.BONE_SCAN, DenosumabTerms.BONE_METASTASES))));
    assertThat(errorCategories(result, ADT.rule())).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void adtWithoutHighRiskIsMissing() {
    IndicationResult result = evaluate(withEvidence(adt(), e -> e.riskFactors(List.of())));
    assertThat(errorCategories(result, ADT.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void adtTScoreMinus1Supports() {
    IndicationResult result = evaluate(withEvidence(adt(), e -> e.imaging(List.of(dxa("-1.0")))));
    assertThat(result.supported()).contains(ADT);
  }

  @Test
  void adtTScoreMinus0Point99Contradicts() {
    IndicationResult result = evaluate(withEvidence(adt(), e -> e.imaging(List.of(dxa("-0.99")))));
    assertThat(errorCategories(result, ADT.rule())).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void adtWithoutImagingIsMissing() {
    IndicationResult result = evaluate(withEvidence(adt(), e -> e.imaging(List.of())));
    assertThat(errorCategories(result, ADT.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void aromataseInhibitorApproved() {
    IndicationResult result = evaluate(ai());
    assertThat(result.supported()).contains(AI);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void aromataseInhibitorIsNotACandidateForAMan() {
    assertThat(evaluate(withPatient(ai(), patient(Sex.MALE, 60))).candidates()).isEmpty();
  }

  @Test
  void aromataseInhibitorAbsentIsMissing() {
    IndicationResult result = evaluate(withEvidence(ai(), e -> e.therapies(List.of())));
    assertThat(errorCategories(result, AI.rule())).containsExactly(INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void aromataseInhibitorEndedBeforeTheDateOfServiceContradicts() {
    IndicationResult result =
        evaluate(
            withEvidence(
                ai(),
                e -> e.therapies(List.of(ended(BoneHealthTerms.AROMATASE_INHIBITOR, DOS.minusDays(1))))));
    assertThat(errorCategories(result, AI.rule())).containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void aromataseInhibitorEndingOnTheDateOfServiceIsOngoing() {
    IndicationResult result =
        evaluate(
            withEvidence(
                ai(), e -> e.therapies(List.of(ended(BoneHealthTerms.AROMATASE_INHIBITOR, DOS)))));
    assertThat(result.supported()).contains(AI);
  }

  @Test
  void aromataseInhibitorFragilityFractureSupportsWithoutDxa() {
    IndicationResult result =
        evaluate(
            withEvidence(
                ai(),
                e -> e.imaging(List.of(study(ImagingModality.XRAY, BoneHealthTerms.FRAGILITY_FRACTURE)))));
    assertThat(result.supported()).contains(AI);
  }
}
