package org.coveragepolicy.review;

import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.findingsOf;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.replacing;

import java.util.stream.Collectors;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.indications.denosumab.CodeFamilies;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.junit.jupiter.api.Test;

/**
 * What the indications need from the record: an anchor diagnosis documented, not only billed; codes
 * that contradict an indication; and imaging only where the indication needs it.
 */
class IndicationEvidenceTest {

  // ---- indications ----

  @Test
  void anAnchorBilledButNotDocumentedIsMissingDocumentation() {
    ReviewCase c =
        replacing(Baselines.boneMetastases(), DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "C34.90").build());

    ReviewResult r = REVIEW.review(c);

    assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
    assertThat(findingsOf(r, "IND-XGEVA-SRE-BONE-METASTASES"))
        .anySatisfy(
            f -> {
              assertThat(f.category()).contains(Category.INSUFFICIENT_DOCUMENTATION);
              assertThat(f.message()).contains("bone metastases diagnosis (C79.51) is billed on the claim but not documented");
            });
  }

  @Test
  void boneMetastasesContradictTheAromataseInhibitorIndication() {
    ReviewCase c =
        plus(
            Baselines.aiBreastCancer(),
            Fixtures.imaging(
                org.coveragepolicy.core.evidence.ImagingModality.BONE_SCAN,
                NOTE_DATE,
                DenosumabTerms.BONE_METASTASES));

    ReviewResult r = REVIEW.review(c);

    assertThat(r.indication()).isEmpty();
    assertThat(findingsOf(r, "IND-PROLIA-AI-BREAST-CANCER"))
        .anySatisfy(
            f -> {
              assertThat(f.category()).contains(Category.MEDICAL_NECESSITY);
              assertThat(f.message()).contains("metastatic to bone");
            });
  }

  @Test
  void secondaryCarcinoidTumorOfBoneIsABoneMetastasesCode() {
    assertThat(CodeFamilies.BONE_METASTASES.contains(Icd10Code.parse("C7B.03"))).isTrue();
    assertThat(CodeFamilies.BONE_METASTASES.contains(Icd10Code.parse("C7B.04"))).isFalse();
  }

  // ---- no imaging report at all ----

  @Test
  void withNoImagingReportAtAllDocImagingIsTheOnlyError() {
    for (Indication indication : DenosumabIndications.ALL) {
      if (!indication.needsImaging()) {
        continue;
      }
      ReviewResult r =
          REVIEW.review(Fixtures.without(Baselines.baseline(indication), DocumentKind.IMAGING_REPORT));

      assertThat(
              r.findings().stream()
                  .filter(Finding::isError)
                  .map(f -> f.rule().id())
                  .collect(Collectors.toList()))
          .as(indication.name())
          .containsExactly("DOC-IMAGING");
      assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
    }
  }

  @Test
  void anImagingReportWithoutTheNeededFindingIsTheIndicationsContradictionNotDocImaging() {
    ReviewResult r =
        REVIEW.review(
            replacing(
                Baselines.postmenopausal(),
                DocumentKind.IMAGING_REPORT,
                Fixtures.dxa(Fixtures.IMAGING_DATE, "-1.2")));

    assertThat(findingsOf(r, "DOC-IMAGING")).isEmpty();
    assertThat(findingsOf(r, "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS"))
        .singleElement()
        .satisfies(f -> assertThat(f.category()).contains(Category.MEDICAL_NECESSITY));
  }

  @Test
  void anIndicationThatNeedsNoImagingIsSupportedWithoutAnImagingReport() {
    ReviewResult r =
        REVIEW.review(
            Fixtures.without(Baselines.hypercalcemiaOfMalignancy(), DocumentKind.IMAGING_REPORT));

    assertThat(findingsOf(r, "DOC-IMAGING")).isEmpty();
    assertThat(r.indication()).contains(DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
  }
}
