package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.dose;
import static org.coveragepolicy.review.Fixtures.findingsOf;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.replacing;
import static org.coveragepolicy.review.Fixtures.withClaim;
import static org.coveragepolicy.review.Fixtures.withHcpcs;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabSources;
import org.junit.jupiter.api.Test;

/**
 * Findings a billing clerk can act on: sources cited the same way whatever the severity, billing
 * rules citing billing sources, units and products named as billed, durations in words, no double
 * negatives, and what would satisfy the rule (MessagesTest reads every message).
 */
class ActionableMessagesTest {

  private static final Product JUBBONTI = Product.of("JUBBONTI");

  // ---- findings a clerk can act on ----

  @Test
  void aShortfallCitesTheSameSourceAsInfoAndAsError() {
    // glucocorticoid osteoporosis is supported under FDA_LABEL_2024, so male osteoporosis's
    // shortfalls are INFO; under NORIDIAN_JF_2026 male osteoporosis is the only candidate: ERROR
    ReviewCase c = Baselines.glucocorticoidOsteoporosis();
    List<Finding> asInfo = findingsOf(REVIEW.review(c), "IND-PROLIA-MALE-OSTEOPOROSIS");
    List<Finding> asError =
        findingsOf(
            REVIEW.review(c.withEdition(org.coveragepolicy.indications.denosumab.DenosumabPolicy.NORIDIAN_JF_2026)),
            "IND-PROLIA-MALE-OSTEOPOROSIS");

    assertThat(asInfo).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(asError).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(asInfo.stream().map(Finding::citation).collect(Collectors.toList()))
        .isEqualTo(asError.stream().map(Finding::citation).collect(Collectors.toList()));
  }

  @Test
  void billingRulesCiteTheBillingSources() {
    ReviewCase c =
        withClaim(
            Baselines.postmenopausal(),
            ClaimLine.builder().from(Baselines.postmenopausal().claim()).units(120).build());
    assertThat(findingsOf(REVIEW.review(c), "CLM-UNITS"))
        .singleElement()
        .satisfies(f -> assertThat(f.citation()).isEqualTo(DenosumabSources.A52399));
    assertThat(findingsOf(REVIEW.review(withHcpcs(Baselines.postmenopausal(), "Q5136", true)), "CLM-HCPCS"))
        .singleElement()
        .satisfies(f -> assertThat(f.citation()).isEqualTo(DenosumabSources.HCPCS_Q));
  }

  @Test
  void missingImagingNamesTheImagingOfEachIndication() {
    ReviewCase myeloma =
        Fixtures.without(Baselines.multipleMyeloma(), DocumentKind.IMAGING_REPORT);

    Finding f = findingsOf(REVIEW.review(myeloma), "DOC-IMAGING").get(0);

    assertThat(f.message()).contains("skeletal survey").doesNotContain("DXA");
    Finding pmo =
        findingsOf(REVIEW.review(Fixtures.without(Baselines.postmenopausal(), DocumentKind.IMAGING_REPORT)), "DOC-IMAGING").get(0);
    assertThat(pmo.message()).contains("DXA");
  }

  @Test
  void noIndicationPointsAtUncodedEvidence() {
    ReviewCase c =
        replacing(
            withClaim(
                Baselines.boneMetastases(),
                ClaimLine.builder().from(Baselines.boneMetastases().claim()).diagnosisCodes(List.of(Icd10Code.parse("C34.90"))).build()),
            DocumentKind.PROGRESS_NOTE,
            note(NOTE_DATE, "C34.90").build());

    Finding f = findingsOf(REVIEW.review(c), "IND-NO-INDICATION").get(0);

    assertThat(f.message())
        .contains(
            "an imaging report showing bone metastases points to the indication for prevention of"
                + " skeletal-related events");
  }

  @Test
  void frequencyMessagesWriteDurationsInWords() {
    ReviewCase c =
        plus(Baselines.postmenopausal(), administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(3)));
    assertThat(findingsOf(REVIEW.review(c), "FREQ-PROLIA").get(0).message())
        .contains("less than 6 months")
        .doesNotContainPattern("P\\d+[MD]");
  }

  @Test
  void statementsAreWrittenWithoutDoubleNegatives() {
    ReviewCase c =
        replacing(
            Baselines.postmenopausal(),
            DocumentKind.PROGRESS_NOTE,
            note(NOTE_DATE, "M81.0", "Z87.310")
                .putStatements(BoneHealthTerms.POSTMENOPAUSAL, false)
                .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
                .build());
    assertThat(findingsOf(REVIEW.review(c), "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS").get(0).message())
        .contains("the progress note states the patient is not postmenopausal")
        .doesNotContain("it is not the case that");
  }

  // ---- messages a clerk can act on ----

  /** The postmenopausal case given and ordered as Jubbonti, under the given claim code and units. */
  private static ReviewCase jubbonti(String hcpcs, int units) {
    ReviewCase c = replacing(Baselines.postmenopausal(), DocumentKind.ORDER, Fixtures.order(JUBBONTI, 60));
    c = replacing(c, DocumentKind.ADMINISTRATION_RECORD, Fixtures.administered(JUBBONTI, 60, DOS));
    return Fixtures.withClaim(
        c,
        ClaimLine.builder()
            .from(c.claim())
            .hcpcs(Hcpcs.parse(hcpcs))
            .ndc(Optional.empty())
            .units(units)
            .build());
  }

  @Test
  void unitsNameTheCodeAsBilled() {
    ReviewResult r = REVIEW.review(jubbonti("J0897", 6));

    assertThat(findingsOf(r, "CLM-UNITS"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("The claim bills 6 units of J0897 ")
                    .doesNotContain("Q5136"));
    assertThat(findingsOf(r, "CLM-HCPCS"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("J0897").contains("Q5136"));
  }

  @Test
  void aDoseGivenByTheCaregiverNamesTheProductInWordsAndWhatWouldMakeTheExceptionApply() {
    ReviewCase c =
        replacing(
            jubbonti("Q5136", 60),
            DocumentKind.ADMINISTRATION_RECORD,
            AdministrationRecord.of(
                Fixtures.dose(JUBBONTI, 60, DOS)
                    .administeredBy(org.coveragepolicy.core.claim.AdministeredBy.CAREGIVER)
                    .build(),
                true));

    assertThat(findingsOf(REVIEW.review(c), "PARTB-NOT-SELF-ADMINISTERED"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "This dose of Jubbonti (denosumab-bbdz, Prolia family) was given by the"
                            + " caregiver")
                    .contains("the home-health osteoporosis exception (§1861(kk)) does not apply")
                    .contains("it needs a dose given by a home health agency to a homebound")
                    .doesNotContain("HOME_HEALTH_OSTEOPOROSIS"));
  }

  @Test
  void noIndicationSaysADocumentedAnchorIsAnIndicationOfTheOtherFamily() {
    Product bomyntra = Product.of("BOMYNTRA");
    ReviewCase c = replacing(Baselines.postmenopausal(), DocumentKind.ORDER, Fixtures.order(bomyntra, 120));
    c = replacing(c, DocumentKind.ADMINISTRATION_RECORD, Fixtures.administered(bomyntra, 120, DOS));
    c =
        Fixtures.withClaim(
            c,
            ClaimLine.builder()
                .from(c.claim())
                .hcpcs(Hcpcs.parse("Q5158"))
                .ndc(Optional.empty())
                .units(120)
                .build());

    assertThat(findingsOf(REVIEW.review(c), "IND-NO-INDICATION"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains(
                        "The patient's osteoporosis diagnosis (M81.0) is an indication of the Prolia"
                            + " family; Bomyntra (denosumab-bnht, Xgeva family) is a product of the"
                            + " Xgeva family"));
    // the same product for bone metastases: no word of the other family
    assertThat(
            findingsOf(REVIEW.review(Baselines.boneMetastases()), "IND-NO-INDICATION"))
        .isEmpty();
  }

  @Test
  void otherDenosumabCitesTheLabelOfTheProductUnderReview() {
    ReviewResult prolia =
        REVIEW.review(
            plus(Baselines.postmenopausal(), Fixtures.administered(DenosumabCatalog.XGEVA, 120, DOS.minusDays(10))));
    ReviewResult xgeva =
        REVIEW.review(
            plus(Baselines.boneMetastases(), Fixtures.administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(2))));

    assertThat(findingsOf(prolia, "SAFE-OTHER-DENOSUMAB"))
        .singleElement()
        .satisfies(f -> assertThat(f.citation()).isEqualTo(DenosumabSources.FDA_PROLIA));
    assertThat(findingsOf(xgeva, "SAFE-OTHER-DENOSUMAB"))
        .singleElement()
        .satisfies(f -> assertThat(f.citation()).isEqualTo(DenosumabSources.FDA_XGEVA));
  }
}
