package org.coveragepolicy.indications.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.TherapyCode;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.coveragepolicy.indications.romosozumab.RomosozumabPolicy;
import org.junit.jupiter.api.Test;

/** The built-in policies' evidence vocabularies, and the checks a policy's vocabulary passes. */
class PolicyVocabularyTest {
  @Test
  void denosumabDeclaresTheFourStatementFieldsAndPregnantAsAdverse() {
    assertThat(DenosumabPolicy.POLICY.statements())
        .extracting(NoteStatement::name)
        .containsExactly("postmenopausal", "pregnant", "skeletallyMature", "unresectable");
    assertThat(DenosumabPolicy.POLICY.adverseStatements()).containsExactly(DenosumabTerms.PREGNANT);
  }

  @Test
  void romosozumabDeclaresOnlyTheSharedBoneHealthTerms() {
    Policy p = RomosozumabPolicy.POLICY;
    assertThat(p.statements()).containsExactly(BoneHealthTerms.POSTMENOPAUSAL);
    assertThat(p.adverseStatements()).isEmpty();
    assertThat(p.therapyKinds()).isEqualTo(BoneHealthTerms.THERAPY_KINDS);
    assertThat(p.riskFactors()).isEqualTo(BoneHealthTerms.RISK_FACTORS);
    assertThat(p.imagingFindings()).containsExactly(BoneHealthTerms.FRAGILITY_FRACTURE);
  }

  @Test
  void everyTherapyKindOfABuiltInPolicyHasAnRxNormCode() {
    for (Policy p : new Policy[] {DenosumabPolicy.POLICY, RomosozumabPolicy.POLICY}) {
      assertThat(p.therapyKinds())
          .as(p.name())
          .allMatch(k -> p.therapyCodes().stream().anyMatch(c -> c.kind().equals(k)));
    }
  }

  @Test
  void anAdverseStatementMustBeADeclaredStatement() {
    assertThatThrownBy(
            () ->
                Policy.builder()
                    .from(RomosozumabPolicy.POLICY)
                    .addAdverseStatements(DenosumabTerms.PREGNANT)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy.adverseStatements: pregnant is not a statement of ROMOSOZUMAB");
  }

  @Test
  void aTherapyCodeMustCodeADeclaredTherapyKind() {
    assertThatThrownBy(
            () ->
                Policy.builder()
                    .from(RomosozumabPolicy.POLICY)
                    .addTherapyCodes(TherapyCode.of("4450", TherapyKind.of("ORAL_IRON")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy.therapyCodes: ORAL_IRON is not a therapy kind of ROMOSOZUMAB");
  }

  @Test
  void supplementationNamesTheProductsPatientsAndTheRulesSource() {
    Rule rule =
        Rule.warningOnly(
            "DOC-SUPPLEMENTATION", "supplementation is documented", Source.of("LABEL-X", "a label"));
    assertThat(BoneHealth.supplementation(rule, "Xproduct").evaluate(Evidence.empty()))
        .hasValueSatisfying(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "No calcium and vitamin D supplementation is documented in a signed"
                            + " progress note. Xproduct patients should take calcium and vitamin D"
                            + " (LABEL-X); document the supplementation in the progress note."));
    Evidence supplemented =
        Evidence.builder()
            .addTherapies(
                Therapy.builder()
                    .kind(BoneHealthTerms.CALCIUM_VITAMIN_D)
                    .start(LocalDate.of(2025, 1, 1))
                    .build())
            .build();
    assertThat(BoneHealth.supplementation(rule, "Xproduct").evaluate(supplemented)).isEmpty();
  }
}
