package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;

import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.IMAGING_DATE;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.REQUESTED;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.claim;
import static org.coveragepolicy.review.Fixtures.dxa;
import static org.coveragepolicy.review.Fixtures.order;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Baselines.postmenopausal;
import static org.coveragepolicy.review.Fixtures.replacing;
import static org.coveragepolicy.review.Fixtures.withAdr;
import static org.coveragepolicy.review.Fixtures.withClaim;
import static org.coveragepolicy.review.Fixtures.without;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimReviewTest {
  private static List<String> rules(ReviewResult r) {
    return r.findings().stream().map(f -> f.rule().id()).collect(Collectors.toList());
  }

  private static List<String> errors(ReviewResult r) {
    return r.findings().stream()
        .filter(Finding::isError)
        .map(f -> f.rule().id())
        .collect(Collectors.toList());
  }

  private static ReviewCase pmoWithDose(java.util.function.UnaryOperator<
      org.coveragepolicy.core.claim.Administration.Builder> change) {
    return replacing(
        postmenopausal(),
        DocumentKind.ADMINISTRATION_RECORD,
        AdministrationRecord.of(change.apply(Fixtures.dose(DenosumabCatalog.PROLIA, 60, DOS)).build(), true));
  }

  // ---- baselines ----

  static java.util.List<Indication> indications() {
    return DenosumabIndications.ALL;
  }

  @ParameterizedTest
  @MethodSource("indications")
  void baselineCaseIsApprovedForItsIndication(Indication indication) {
    ReviewResult r = REVIEW.review(Baselines.baseline(indication));

    assertThat(errors(r)).isEmpty();
    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
    assertThat(r.indication()).contains(indication);
    assertThat(r.product()).contains(indication.family());
  }

  @Test
  void resultEchoesIdAndEdition() {
    ReviewCase c = Baselines.multipleMyeloma();

    ReviewResult r = REVIEW.review(c);

    assertThat(r.id()).isEqualTo(c.id());
    assertThat(r.edition()).isEqualTo(DenosumabPolicy.FDA_LABEL_2024);
  }

  @Test
  void approvedBaselineHasNoFindings() {
    assertThat(REVIEW.review(postmenopausal()).findings()).isEmpty();
  }

  // ---- records returned ----

  @Test
  void recordsReceivedOnDay45AreReviewed() {
    ReviewResult r = REVIEW.review(withAdr(postmenopausal(), REQUESTED, REQUESTED.plusDays(45)));

    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
  }

  @Test
  void recordsReceivedOnDay46AreNotReturnedAndTheOnlyFinding() {
    ReviewResult r = REVIEW.review(withAdr(postmenopausal(), REQUESTED, REQUESTED.plusDays(46)));

    assertThat(r.denialReason()).contains(Category.NO_DOCUMENTATION);
    assertThat(rules(r)).containsExactly("DOC-RECORDS-RETURNED");
  }

  @Test
  void recordsNotReturnedIgnoresDocumentsPresentAndReportsNoIndication() {
    ReviewCase c = plus(withAdr(postmenopausal(), REQUESTED, null),
        order(DenosumabCatalog.PROLIA, 60, NOTE_DATE, false));

    ReviewResult r = REVIEW.review(c);

    assertThat(r.decision()).isEqualTo(Decision.DENY);
    assertThat(rules(r)).containsExactly("DOC-RECORDS-RETURNED");
    assertThat(r.indication()).isEmpty();
  }

  @Test
  void recordsNotReturnedTakesTheProductFromAKnownNdc() {
    ReviewResult r = REVIEW.review(withAdr(postmenopausal(), REQUESTED, null));

    assertThat(r.product()).contains(DenosumabCatalog.PROLIA);
  }

  @Test
  void recordsNotReturnedWithoutNdcHasNoProduct() {
    ReviewCase c = withAdr(postmenopausal(), REQUESTED, null);
    c = withClaim(c, claim(60, "M81.0").build());

    assertThat(REVIEW.review(c).product()).isEmpty();
  }

  @Test
  void preSubmissionCheckWithoutRequestIsReviewed() {
    ReviewResult r = REVIEW.review(withAdr(postmenopausal(), null, null));

    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  // ---- one denial per reason ----

  @Test
  void missingOrderIsInsufficientDocumentation() {
    ReviewResult r = REVIEW.review(without(postmenopausal(), DocumentKind.ORDER));

    assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
    assertThat(errors(r)).containsExactly("DOC-ORDER");
  }

  @Test
  void patientSuppliedDrugIsNotAPartBBenefit() {
    ReviewResult r = REVIEW.review(pmoWithDose(d -> d.drugSource(DrugSource.PATIENT_SUPPLIED)));

    assertThat(r.denialReason()).contains(Category.NOT_PART_B_BENEFIT);
    assertThat(errors(r)).containsExactly("PARTB-INCIDENT-TO");
  }

  @Test
  void tScoreAboveOsteoporosisIsMedicalNecessity() {
    ReviewResult r =
        REVIEW.review(replacing(postmenopausal(), DocumentKind.IMAGING_REPORT,
            dxa(IMAGING_DATE, "-1.2")));

    assertThat(r.denialReason()).contains(Category.MEDICAL_NECESSITY);
    assertThat(r.indication()).isEmpty();
    assertThat(errors(r)).containsExactly("IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS");
  }

  @Test
  void unitsNotMatchingTheDoseIsIncorrectCoding() {
    ReviewCase c = withClaim(postmenopausal(),
        claim(120, "M81.0", "Z87.310").ndc(Fixtures.PROLIA_NDC).build());

    ReviewResult r = REVIEW.review(c);

    assertThat(r.denialReason()).contains(Category.INCORRECT_CODING);
    assertThat(errors(r)).containsExactly("CLM-UNITS");
    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  // ---- documentation rules end to end ----

  @Test
  void unsignedOrderIsWarnedAndMissing() {
    ReviewResult r =
        REVIEW.review(replacing(postmenopausal(), DocumentKind.ORDER,
            order(DenosumabCatalog.PROLIA, 60, NOTE_DATE, false)));

    assertThat(rules(r)).containsExactly("DOC-ORDER", "DOC-UNSIGNED");
    assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  @Test
  void unsignedImagingReportIsIgnoredSoImagingIsMissing() {
    ImagingReport unsigned =
        ImagingReport.builder().from(dxa(IMAGING_DATE, "-2.9")).signed(false).build();

    ReviewResult r = REVIEW.review(replacing(postmenopausal(), DocumentKind.IMAGING_REPORT,
        unsigned));

    assertThat(rules(r)).contains("DOC-IMAGING", "DOC-UNSIGNED");
    assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void imagingReportDatedTheDayAfterTheDateOfServiceIsIgnored() {
    ReviewResult r =
        REVIEW.review(replacing(postmenopausal(), DocumentKind.IMAGING_REPORT,
            dxa(DOS.plusDays(1), "-2.9")));

    assertThat(errors(r)).containsExactly("DOC-IMAGING");
  }

  @Test
  void imagingReportDatedOnTheDateOfServiceCounts() {
    ReviewResult r =
        REVIEW.review(replacing(postmenopausal(), DocumentKind.IMAGING_REPORT, dxa(DOS, "-2.9")));

    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
  }

  @Test
  void missingImagingIsDocImagingOnly() {
    ReviewResult r = REVIEW.review(without(postmenopausal(), DocumentKind.IMAGING_REPORT));

    assertThat(rules(r)).containsExactly("DOC-IMAGING");
    assertThat(r.indication()).isEmpty();
  }

  @Test
  void missingImagingKeepsTheIndicationsOtherShortfalls() {
    ReviewCase c =
        replacing(without(postmenopausal(), DocumentKind.IMAGING_REPORT), DocumentKind.PROGRESS_NOTE,
            Fixtures.note(NOTE_DATE, "M81.0", "Z87.310")
                .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
                .build());

    ReviewResult r = REVIEW.review(c);

    assertThat(errors(r))
        .containsExactlyInAnyOrder("DOC-IMAGING", "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS");
    assertThat(r.findings())
        .filteredOn(f -> f.rule().id().startsWith("IND-"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).containsIgnoringCase("postmenopausal"));
  }

  @Test
  void hypercalcemiaNeedsNoImagingReport() {
    ReviewResult r = REVIEW.review(Baselines.hypercalcemiaOfMalignancy());

    assertThat(rules(r)).doesNotContain("DOC-IMAGING");
  }

  @Test
  void missingAdministrationRecordTakesTheProductFromTheNdc() {
    ReviewResult r = REVIEW.review(without(postmenopausal(), DocumentKind.ADMINISTRATION_RECORD));

    assertThat(errors(r)).contains("DOC-ADMINISTRATION").doesNotContain("CLM-PRODUCT");
    assertThat(r.product()).contains(DenosumabCatalog.PROLIA);
  }

  @Test
  void noAdministrationRecordAndNoNdcIsAnUnknownProduct() {
    ReviewCase c = without(postmenopausal(), DocumentKind.ADMINISTRATION_RECORD);
    c = withClaim(c, claim(60, "M81.0", "Z87.310").build());

    ReviewResult r = REVIEW.review(c);

    assertThat(errors(r)).containsExactlyInAnyOrder("CLM-PRODUCT", "DOC-ADMINISTRATION");
    assertThat(r.product()).isEmpty();
    assertThat(r.indication()).isEmpty();
    assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void missingProgressNoteIsInsufficientDocumentation() {
    ReviewResult r = REVIEW.review(without(postmenopausal(), DocumentKind.PROGRESS_NOTE));

    assertThat(errors(r)).contains("DOC-PROGRESS-NOTE");
    assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void missingSupplementationIsOnlyAWarning() {
    ReviewCase c =
        replacing(postmenopausal(), DocumentKind.PROGRESS_NOTE,
            ProgressNote.builder()
                .date(NOTE_DATE)
                .signed(true)
                .diagnoses(Fixtures.codes("M81.0", "Z87.310"))
                .putStatements(BoneHealthTerms.POSTMENOPAUSAL, true)
                .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
                .build());

    ReviewResult r = REVIEW.review(c);

    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
    assertThat(rules(r)).containsExactly("DOC-SUPPLEMENTATION");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  // ---- coding rules end to end ----

  @Test
  void noModifierOn20230630IsNotCodingError() {
    ReviewCase c = Baselines.postmenopausalOn(LocalDate.of(2023, 6, 30));
    c = withClaim(c, ClaimLineCopy.withoutModifiers(c));

    assertThat(rules(REVIEW.review(c))).doesNotContain("CLM-JZ-JW");
  }

  @Test
  void noModifierOn20230701IsCodingError() {
    ReviewCase c = Baselines.postmenopausalOn(LocalDate.of(2023, 7, 1));
    c = withClaim(c, ClaimLineCopy.withoutModifiers(c));

    ReviewResult r = REVIEW.review(c);

    assertThat(errors(r)).containsExactly("CLM-JZ-JW");
    assertThat(r.denialReason()).contains(Category.INCORRECT_CODING);
  }

  @Test
  void jzAndJwBothIsCodingError() {
    ReviewCase c = postmenopausal();
    c = withClaim(c, org.coveragepolicy.core.claim.ClaimLine.builder().from(c.claim())
        .modifiers(List.of(Modifier.JZ, Modifier.JW)).build());

    assertThat(errors(REVIEW.review(c))).containsExactly("CLM-JZ-JW");
  }

  @Test
  void ndcOfAnotherProductIsCodingError() {
    ReviewCase c = postmenopausal();
    c = withClaim(c, org.coveragepolicy.core.claim.ClaimLine.builder().from(c.claim())
        .ndc(Fixtures.XGEVA_NDC).build());

    ReviewResult r = REVIEW.review(c);

    assertThat(errors(r)).containsExactly("CLM-NDC");
    assertThat(r.product()).contains(DenosumabCatalog.PROLIA);
  }

  @Test
  void supportedIndicationWithoutItsAnchorOnTheClaimIsCodingError() {
    ReviewCase c = withClaim(postmenopausal(), claim(60, "Z87.310").build());

    ReviewResult r = REVIEW.review(c);

    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
    assertThat(errors(r)).containsExactly("CLM-DIAGNOSIS");
  }

  @Test
  void productOutsideTheCatalogCannotBeReviewed() {
    ClaimReview prolia = ClaimReview.withCatalog(DrugCatalog.of(DenosumabCatalog.PROLIA_ENTRY));

    ReviewResult r = prolia.review(Baselines.boneMetastases());

    assertThat(errors(r)).contains("CLM-PRODUCT");
    assertThat(r.product()).isEmpty();
  }

  @Test
  void findingsAreSortedBySeverityThenRule() {
    ReviewCase c = replacing(postmenopausal(), DocumentKind.ORDER,
        order(DenosumabCatalog.PROLIA, 60, NOTE_DATE, false));
    c = withClaim(c, claim(120, "M81.0").build());

    ReviewResult r = REVIEW.review(c);

    assertThat(r.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void everyFindingHasAMessageAndEveryErrorACategory() {
    for (ReviewCase c : List.of(
        without(postmenopausal(), DocumentKind.ORDER),
        without(postmenopausal(), DocumentKind.PROGRESS_NOTE),
        withClaim(without(postmenopausal(), DocumentKind.ADMINISTRATION_RECORD),
            claim(1, "M81.0").build()))) {
      for (Finding f : REVIEW.review(c).findings()) {
        assertThat(f.message()).isNotBlank();
        assertThat(f.category().isPresent()).isEqualTo(f.isError());
      }
    }
  }

  @Test
  void standardReviewDescribesItsCatalog() {
    assertThat(REVIEW.toString()).contains("PROLIA", "XGEVA");
  }

  /** Claim-line copies the tests need. */
  static final class ClaimLineCopy {
    private ClaimLineCopy() {}

    static org.coveragepolicy.core.claim.ClaimLine withoutModifiers(ReviewCase c) {
      return org.coveragepolicy.core.claim.ClaimLine.builder()
          .from(c.claim())
          .modifiers(List.of())
          .build();
    }
  }
  @Test
  void productOutsideTheCatalogMessageNamesTheDocumentedProductAndTheNdc() {
    ClaimReview prolia = ClaimReview.withCatalog(DrugCatalog.of(DenosumabCatalog.PROLIA_ENTRY));

    ReviewResult r = prolia.review(Baselines.boneMetastases());

    assertThat(r.findings())
        .filteredOn(f -> f.rule().id().equals("CLM-PRODUCT"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("the administration record names Xgeva")
        .contains("the claim's NDC " + Fixtures.XGEVA_NDC.render() + " is not in the catalog");
  }
}
