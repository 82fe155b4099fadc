package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.dose;
import static org.coveragepolicy.review.Fixtures.lab;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.replacing;
import static org.coveragepolicy.review.Fixtures.therapy;
import static org.coveragepolicy.review.Fixtures.withClaim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.indications.denosumab.CodeFamilies;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.coveragepolicy.indications.denosumab.DenosumabSources;
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.junit.jupiter.api.Test;

/** POLICY.md revision 2: evidence that counts, indications, code families and messages. */
class RevisionTwoTest {
  private static final Product JUBBONTI = Product.of("JUBBONTI");

  private static List<Finding> of(ReviewResult r, String rule) {
    return r.findings().stream().filter(f -> f.rule().id().equals(rule)).collect(Collectors.toList());
  }

  private static ReviewCase withHcpcs(ReviewCase c, String hcpcs, boolean keepNdc) {
    ClaimLine.Builder claim = ClaimLine.builder().from(c.claim()).hcpcs(Hcpcs.parse(hcpcs));
    if (!keepNdc) {
      claim.ndc(Optional.empty());
    }
    return withClaim(c, claim.build());
  }

  // ---- several administration records on the date of service ----

  @Test
  void twoDosesOfOneFamilyTheSameDayTheClaimsCodeChoosesTheDoseUnderReview() {
    ReviewCase c =
        withHcpcs(
            plus(Fixtures.postmenopausal(), administered(JUBBONTI, 60, DOS)), "Q5136", false);

    ReviewResult r = REVIEW.review(c);

    assertThat(r.product()).contains(JUBBONTI);
    assertThat(of(r, "FREQ-PROLIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Prolia was given on " + DOS + " (the same day"));
    assertThat(of(r, "CLM-HCPCS")).isEmpty();
  }

  @Test
  void dosesOfBothFamiliesTheSameDayAreUnsafeAndTheNdcChooses() {
    ReviewCase c = plus(Fixtures.postmenopausal(), administered(DenosumabCatalog.XGEVA, 120, DOS));

    ReviewResult r = REVIEW.review(c);

    assertThat(r.product()).contains(DenosumabCatalog.PROLIA);
    assertThat(of(r, "SAFE-OTHER-DENOSUMAB"))
        .singleElement()
        .satisfies(f -> assertThat(f.category()).contains(Category.MEDICAL_NECESSITY));
    assertThat(of(r, "DOSE-LABELED")).isEmpty();
    assertThat(of(r, "CLM-UNITS")).isEmpty();
  }

  @Test
  void withoutAMatchingCodeOrNdcTheFirstProductByNameIsUnderReview() {
    ReviewCase c =
        withHcpcs(
            plus(Fixtures.boneMetastases(), administered(JUBBONTI, 60, DOS)), "Q5157", false);

    ReviewResult r = REVIEW.review(c);

    assertThat(r.product()).contains(JUBBONTI);
    assertThat(of(r, "SAFE-OTHER-DENOSUMAB")).hasSize(1);
    assertThat(of(r, "CLM-HCPCS")).hasSize(1);
  }

  @Test
  void oneRecordOnTheDateOfServiceIsNotASameDayDose() {
    ReviewResult r = REVIEW.review(Fixtures.postmenopausal());
    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
    assertThat(of(r, "FREQ-PROLIA")).isEmpty();
  }

  // ---- therapies when notes disagree ----

  private static ReviewCase aiNotes(ProgressNoteBuild... notes) {
    ReviewCase c = Fixtures.without(Fixtures.aiBreastCancer(), DocumentKind.PROGRESS_NOTE);
    for (ProgressNoteBuild n : notes) {
      c = plus(c, n.build());
    }
    return c;
  }

  /** A progress note of the breast-cancer case with one aromatase-inhibitor entry. */
  private interface ProgressNoteBuild {
    ProgressNote build();
  }

  private static ProgressNoteBuild aiNote(LocalDate date, Optional<LocalDate> end) {
    return () -> {
      Therapy.Builder ai =
          Therapy.builder().kind(BoneHealthTerms.AROMATASE_INHIBITOR).start(LocalDate.of(2024, 5, 1));
      end.ifPresent(ai::end);
      return note(date, "C50.911")
          .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
          .addTherapies(ai.build())
          .build();
    };
  }

  @Test
  void aNewerNoteThatEndsTheAromataseInhibitorContradictsTheIndication() {
    ReviewResult r =
        REVIEW.review(
            aiNotes(
                aiNote(NOTE_DATE.minusMonths(3), Optional.empty()),
                aiNote(NOTE_DATE, Optional.of(DOS.minusDays(20)))));

    assertThat(r.decision()).isEqualTo(Decision.DENY);
    assertThat(of(r, "IND-PROLIA-AI-BREAST-CANCER"))
        .anySatisfy(
            f -> {
              assertThat(f.category()).contains(Category.MEDICAL_NECESSITY);
              assertThat(f.message()).contains("ended " + DOS.minusDays(20));
            });
  }

  @Test
  void anOlderNoteThatEndsItDoesNotOutliveANewerOngoingEntry() {
    ReviewResult r =
        REVIEW.review(
            aiNotes(
                aiNote(NOTE_DATE.minusMonths(3), Optional.of(NOTE_DATE.minusMonths(4))),
                aiNote(NOTE_DATE, Optional.empty())));

    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_AI_BREAST_CANCER);
  }

  @Test
  void aTaperedGlucocorticoidReplacesTheOlderDose() {
    ReviewCase c = Fixtures.glucocorticoidOsteoporosis();
    ReviewCase tapered =
        plus(
            c,
            note(NOTE_DATE.plusDays(7), "M81.0")
                .addTherapies(
                    Therapy.builder()
                        .kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
                        .start(LocalDate.of(2025, 6, 1))
                        .doseMgPerDay(new BigDecimal("5"))
                        .expectedMonths(12)
                        .build())
                .build());

    assertThat(REVIEW.review(c).indication())
        .contains(DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS);
    ReviewResult r = REVIEW.review(tapered);
    assertThat(r.indication()).isEmpty();
    assertThat(of(r, "IND-PROLIA-GLUCOCORTICOID-OSTEOPOROSIS"))
        .anySatisfy(f -> assertThat(f.message()).contains("dose is 5 mg/day"));
  }

  // ---- which calcium counts ----

  @Test
  void aNewerLowTotalCalciumIsNotHiddenByAnOlderNormalCorrectedOne() {
    ReviewCase c =
        plus(
            replacing(
                Fixtures.postmenopausal(),
                DocumentKind.LAB_REPORT,
                lab(DOS.minusDays(20), LabTest.CORRECTED_CALCIUM, "9.2")),
            lab(DOS.minusDays(2), LabTest.TOTAL_CALCIUM, "8.2"));

    assertThat(of(REVIEW.review(c), "SAFE-HYPOCALCEMIA")).hasSize(1);
  }

  // ---- indications ----

  @Test
  void anAnchorBilledButNotDocumentedIsMissingDocumentation() {
    ReviewCase c =
        replacing(Fixtures.boneMetastases(), DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "C34.90").build());

    ReviewResult r = REVIEW.review(c);

    assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
    assertThat(of(r, "IND-XGEVA-SRE-BONE-METASTASES"))
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
            Fixtures.aiBreastCancer(),
            Fixtures.imaging(
                org.coveragepolicy.core.evidence.ImagingModality.BONE_SCAN,
                NOTE_DATE,
                DenosumabTerms.BONE_METASTASES));

    ReviewResult r = REVIEW.review(c);

    assertThat(r.indication()).isEmpty();
    assertThat(of(r, "IND-PROLIA-AI-BREAST-CANCER"))
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

  // ---- dose route, modifiers ----

  @Test
  void anotherRouteContradictsTheLabel() {
    ReviewCase c =
        replacing(
            Fixtures.postmenopausal(),
            DocumentKind.ADMINISTRATION_RECORD,
            org.coveragepolicy.review.AdministrationRecord.of(
                dose(DenosumabCatalog.PROLIA, 60, DOS).route(Route.INTRAMUSCULAR).build(), true));

    assertThat(of(REVIEW.review(c), "DOSE-LABELED"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("intramuscular route").contains("subcutaneous"));
  }

  @Test
  void modifiersAreCaseInsensitive() {
    assertThat(Modifier.parse("jz")).isEqualTo(Modifier.JZ);
    ReviewCase c =
        withClaim(
            Fixtures.postmenopausal(),
            ClaimLine.builder()
                .from(Fixtures.postmenopausal().claim())
                .modifiers(List.of(Modifier.parse("jz")))
                .build());
    assertThat(of(REVIEW.review(c), "CLM-JZ-JW")).isEmpty();
  }

  // ---- findings a clerk can act on ----

  @Test
  void aShortfallCitesTheSameSourceAsInfoAndAsError() {
    // glucocorticoid osteoporosis is supported under FDA_LABEL_2024, so male osteoporosis's
    // shortfalls are INFO; under NORIDIAN_JF_2026 male osteoporosis is the only candidate: ERROR
    ReviewCase c = Fixtures.glucocorticoidOsteoporosis();
    List<Finding> asInfo = of(REVIEW.review(c), "IND-PROLIA-MALE-OSTEOPOROSIS");
    List<Finding> asError =
        of(
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
            Fixtures.postmenopausal(),
            ClaimLine.builder().from(Fixtures.postmenopausal().claim()).units(120).build());
    assertThat(of(REVIEW.review(c), "CLM-UNITS"))
        .singleElement()
        .satisfies(f -> assertThat(f.citation()).isEqualTo(DenosumabSources.A52399));
    assertThat(of(REVIEW.review(withHcpcs(Fixtures.postmenopausal(), "Q5136", true)), "CLM-HCPCS"))
        .singleElement()
        .satisfies(f -> assertThat(f.citation()).isEqualTo(DenosumabSources.HCPCS_Q));
  }

  @Test
  void missingImagingNamesTheImagingOfEachIndication() {
    ReviewCase myeloma =
        Fixtures.without(Fixtures.multipleMyeloma(), DocumentKind.IMAGING_REPORT);

    Finding f = of(REVIEW.review(myeloma), "DOC-IMAGING").get(0);

    assertThat(f.message()).contains("skeletal survey").doesNotContain("DXA");
    Finding pmo =
        of(REVIEW.review(Fixtures.without(Fixtures.postmenopausal(), DocumentKind.IMAGING_REPORT)), "DOC-IMAGING").get(0);
    assertThat(pmo.message()).contains("DXA");
  }

  @Test
  void noIndicationPointsAtUncodedEvidence() {
    ReviewCase c =
        replacing(
            withClaim(
                Fixtures.boneMetastases(),
                ClaimLine.builder().from(Fixtures.boneMetastases().claim()).diagnosisCodes(List.of(Icd10Code.parse("C34.90"))).build()),
            DocumentKind.PROGRESS_NOTE,
            note(NOTE_DATE, "C34.90").build());

    Finding f = of(REVIEW.review(c), "IND-NO-INDICATION").get(0);

    assertThat(f.message())
        .contains(
            "an imaging report showing bone metastases points to the indication for prevention of"
                + " skeletal-related events");
  }

  @Test
  void frequencyMessagesWriteDurationsInWords() {
    ReviewCase c =
        plus(Fixtures.postmenopausal(), administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(3)));
    assertThat(of(REVIEW.review(c), "FREQ-PROLIA").get(0).message())
        .contains("less than 6 months")
        .doesNotContainPattern("P\\d+[MD]");
  }

  @Test
  void statementsAreWrittenWithoutDoubleNegatives() {
    ReviewCase c =
        replacing(
            Fixtures.postmenopausal(),
            DocumentKind.PROGRESS_NOTE,
            note(NOTE_DATE, "M81.0", "Z87.310")
                .putStatements(org.coveragepolicy.indications.common.BoneHealthTerms.POSTMENOPAUSAL, false)
                .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
                .build());
    assertThat(of(REVIEW.review(c), "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS").get(0).message())
        .contains("the progress note states the patient is not postmenopausal")
        .doesNotContain("it is not the case that");
  }
}
