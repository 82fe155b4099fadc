package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.IndicationRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.indications.denosumab.J0897Cases.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumSet;
import java.util.Set;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.coveragepolicy.core.policy.internal.IndicationResult;

class IndicationPropertiesTest {
  private static final Set<Indication> SRE =
      Set.of(DenosumabIndications.XGEVA_SRE_BONE_METASTASES, DenosumabIndications.XGEVA_SRE_MULTIPLE_MYELOMA);

  /** Under NORIDIAN_JF_2026, no case with a multiple-myeloma diagnosis is supported for an SRE indication. */
  @Test
  void noridianNeverSupportsSreWithMyeloma() {
    qt()
        .withExamples(300)
        .forAll(
            Generate.pick(
                java.util.List.of(sreBoneMetastases(), sreMultipleMyeloma(), giantCellTumor())),
            myelomaCodes(),
            placements(),
            booleans().all())
        .checkAssert(
            (base, myeloma, where, withSolidTumor) -> {
              IndicationRequest r = withEdition(addDiagnosis(base, myeloma, where), DenosumabPolicy.NORIDIAN_JF_2026);
              if (withSolidTumor) {
                r = addDiagnosis(r, code("C34.90"), Placement.RECORD);
              }
              assertThat(evaluate(r).supported().filter(SRE::contains)).isEmpty();
            });
  }

  /** Adding a myeloma diagnosis to a supported GCTB or HCM case leaves it supported. */
  @Test
  void myelomaLimitationNeverBlocksGiantCellTumorOrHypercalcemia() {
    qt()
        .withExamples(300)
        .forAll(
            Generate.pick(java.util.List.of(giantCellTumor(), hypercalcemia())),
            myelomaCodes(),
            placements(),
            editions())
        .checkAssert(
            (base, myeloma, where, edition) -> {
              IndicationRequest r = withEdition(base, edition);
              Indication before = evaluate(r).supported().orElseThrow();
              IndicationResult after = evaluate(addDiagnosis(r, myeloma, where));
              assertThat(after.supported()).contains(before);
              assertThat(findingsOf(after, DenosumabIndications.XGEVA_MULTIPLE_MYELOMA_LIMITATION.rule())).isEmpty();
            });
  }

  /**
   * Under FDA_LABEL_2024, a myeloma case with the myeloma diagnosis documented in the record and
   * documented myeloma bone lesions is supported.
   */
  @Test
  void fdaLabelSupportsMyelomaWithBoneLesions() {
    qt()
        .withExamples(300)
        .forAll(
            myelomaCodes(),
            documentedPlacements(),
            Generate.enumValues(ImagingModality.class),
            neutralAdditions())
        .checkAssert(
            (myeloma, where, modality, extras) -> {
              IndicationRequest r =
                  withEvidence(
                      addDiagnosis(withRecordDiagnoses(withClaim(sreMultipleMyeloma())), myeloma, where),
                      e ->
                          all(extras)
                              .apply(
                                  e.imaging(
                                      java.util.List.of(
                                          study(
                                              modality == ImagingModality.DXA
                                                  ? ImagingModality.XRAY
                                                  : modality,
                                              DenosumabTerms.MYELOMA_BONE_LESIONS)))));
              assertThat(evaluate(withEdition(r, DenosumabPolicy.FDA_LABEL_2024)).supported()).isPresent();
            });
  }

  /**
   * Adding neutral evidence keeps a supported case supported (possibly by an earlier indication the
   * new evidence completes, such as a fracture finding for male osteoporosis).
   */
  @Test
  void neutralEvidenceKeepsASupportedCaseSupported() {
    qt()
        .withExamples(300)
        .forAll(supported(), neutralAdditions())
        .checkAssert(
            (base, extras) -> {
              assertThat(evaluate(base).supported()).isPresent();
              assertThat(evaluate(withEvidence(base, all(extras))).supported()).isPresent();
            });
  }

  /** Removing supporting evidence from an unsupported case keeps it unsupported. */
  @Test
  void removingEvidenceKeepsAnUnsupportedCaseUnsupported() {
    qt()
        .withExamples(300)
        // about one removal in four leaves the case unsupported: room to find 300 of them
        .withGenerateAttempts(3000)
        .forAll(supported(), removal(), removals())
        .assuming((base, first, more) -> evaluate(withEvidence(base, first)).supported().isEmpty())
        .checkAssert(
            (base, first, more) -> {
              IndicationRequest unsupported = withEvidence(base, first);
              assertThat(evaluate(withEvidence(unsupported, all(more))).supported()).isEmpty();
            });
  }

  /** The result does not depend on the order of diagnoses or evidence items. */
  @Test
  void resultDoesNotDependOnOrder() {
    qt()
        .withExamples(300)
        .forAll(anyCase(), seeds())
        .checkAssert(
            (r, seed) -> assertThat(evaluate(shuffled(r, seed))).isEqualTo(evaluate(r)));
  }

  /** Shifting every date, birth date included, by whole years does not change the result. */
  @Test
  void shiftingAllDatesByWholeYearsKeepsTheResult() {
    qt()
        .withExamples(300)
        .forAll(anyCase(), integers().between(-2, 8))
        .checkAssert(
            (r, years) -> assertThat(shape(evaluate(shiftYears(r, years)))).isEqualTo(shape(evaluate(r))));
  }

  /** Prolia indications never apply to Xgeva and vice versa. */
  @Test
  void indicationsBelongToTheProductUnderReview() {
    qt()
        .withExamples(300)
        .forAll(anyCase())
        .checkAssert(
            r -> {
              IndicationResult result = evaluate(r);
              assertThat(result.candidates())
                  .allMatch(i -> i.family().equals(r.product().family()));
              result.supported().ifPresent(i -> assertThat(i.family()).isEqualTo(r.product().family()));
            });
  }
}
