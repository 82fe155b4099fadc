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
import static org.coveragepolicy.review.Fixtures.replacing;
import static org.coveragepolicy.review.Fixtures.withAdr;
import static org.coveragepolicy.review.Fixtures.withClaim;
import static org.coveragepolicy.review.Fixtures.without;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's fourteen documented example scenarios, rebuilt in Java from the domain (not read
 * from files), each with the decision, denial reason, indication and rules the policy implies.
 */
class SharedScenariosTest {
  private static final Indication PMO = DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS;

  /** The seed's postmenopausal scenario as the shared examples bill it: no NDC. */
  private static ReviewCase pmo() {
    ReviewCase c = Baselines.postmenopausal();
    return withClaim(c, claim(60, "M81.0", "Z87.310").build());
  }

  private static ReviewCase pmoDose(DrugSource source) {
    return replacing(pmo(), DocumentKind.ADMINISTRATION_RECORD,
        AdministrationRecord.of(Fixtures.dose(DenosumabCatalog.PROLIA, 60, DOS).drugSource(source).build(),
            true));
  }

  /** The myeloma scenario: C90.00 only, skeletal survey with myeloma bone lesions. */
  private static ReviewCase myeloma(Edition edition) {
    return Baselines.xgeva(
            "xgeva-myeloma",
            Patient.of(Sex.MALE, java.time.LocalDate.of(1950, 3, 3)),
            claim(120, "C90.00").build(),
            Fixtures.note(NOTE_DATE, "C90.00").build(),
            Fixtures.imaging(
                org.coveragepolicy.core.evidence.ImagingModality.SKELETAL_SURVEY,
                IMAGING_DATE,
                org.coveragepolicy.indications.denosumab.DenosumabTerms.MYELOMA_BONE_LESIONS),
            Fixtures.lab(Fixtures.LAB_DATE, org.coveragepolicy.core.evidence.LabTest.CORRECTED_CALCIUM,
                "9.2"))
        .withEdition(edition);
  }

  /** Hypercalcemia of malignancy in a myeloma patient (C90.00, E83.52). */
  private static ReviewCase hypercalcemiaMyeloma() {
    ReviewCase base = Baselines.hypercalcemiaOfMalignancy();
    ReviewCase c = replacing(base, DocumentKind.PROGRESS_NOTE,
        Fixtures.note(java.time.LocalDate.of(2025, 11, 1), "C90.00", "E83.52")
            .addTherapies(
                org.coveragepolicy.core.evidence.Therapy.builder()
                    .kind(org.coveragepolicy.indications.common.BoneHealthTerms.IV_BISPHOSPHONATE)
                    .start(java.time.LocalDate.of(2025, 10, 14))
                    .end(java.time.LocalDate.of(2025, 10, 14))
                    .build())
            .build());
    return withClaim(c, claim(120, "E83.52", "C90.00").build());
  }

  static Stream<Arguments> scenarios() {
    ReviewCase pmo = pmo();
    return Stream.of(
        Arguments.of("prolia-postmenopausal-approved", Baselines.postmenopausal(),
            Decision.APPROVE, null, PMO, Set.of()),
        Arguments.of("prolia-pre-submission-approved", withAdr(pmo, null, null),
            Decision.APPROVE, null, PMO, Set.of()),
        Arguments.of("prolia-dose-too-soon",
            plus(pmo, Fixtures.administered(DenosumabCatalog.PROLIA, 60, java.time.LocalDate.of(2025, 7, 4))),
            Decision.DENY, Category.MEDICAL_NECESSITY, PMO, Set.of("FREQ-PROLIA")),
        Arguments.of("prolia-missing-imaging", without(pmo, DocumentKind.IMAGING_REPORT),
            Decision.DENY, Category.INSUFFICIENT_DOCUMENTATION, null, Set.of("DOC-IMAGING")),
        Arguments.of("prolia-missing-jz",
            withClaim(pmo, org.coveragepolicy.core.claim.ClaimLine.builder().from(pmo.claim())
                .modifiers(List.of()).build()),
            Decision.DENY, Category.INCORRECT_CODING, PMO, Set.of("CLM-JZ-JW")),
        Arguments.of("prolia-patient-supplied-drug", pmoDose(DrugSource.PATIENT_SUPPLIED),
            Decision.DENY, Category.NOT_PART_B_BENEFIT, PMO, Set.of("PARTB-INCIDENT-TO")),
        Arguments.of("prolia-tscore-not-osteoporotic",
            replacing(pmo, DocumentKind.IMAGING_REPORT, dxa(IMAGING_DATE, "-1.2")),
            Decision.DENY, Category.MEDICAL_NECESSITY, null,
            Set.of("IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS")),
        Arguments.of("prolia-units-mismatch",
            withClaim(pmo, claim(120, "M81.0", "Z87.310").build()),
            Decision.DENY, Category.INCORRECT_CODING, PMO, Set.of("CLM-UNITS")),
        Arguments.of("prolia-unsigned-order",
            replacing(pmo, DocumentKind.ORDER, order(DenosumabCatalog.PROLIA, 60, NOTE_DATE, false)),
            Decision.DENY, Category.INSUFFICIENT_DOCUMENTATION, PMO,
            Set.of("DOC-ORDER", "DOC-UNSIGNED")),
        Arguments.of("records-not-returned",
            Fixtures.withDocuments(withAdr(pmo, REQUESTED, null), List.of()),
            Decision.DENY, Category.NO_DOCUMENTATION, null, Set.of("DOC-RECORDS-RETURNED")),
        Arguments.of("xgeva-bone-metastases-approved", Baselines.boneMetastases(),
            Decision.APPROVE, null, DenosumabIndications.XGEVA_SRE_BONE_METASTASES, Set.of()),
        Arguments.of("xgeva-hypercalcemia-myeloma-approved", hypercalcemiaMyeloma(),
            Decision.APPROVE, null, DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY, Set.of()),
        Arguments.of("xgeva-myeloma-fda-label", myeloma(DenosumabPolicy.FDA_LABEL_2024),
            Decision.APPROVE, null, DenosumabIndications.XGEVA_SRE_MULTIPLE_MYELOMA, Set.of()),
        Arguments.of("xgeva-myeloma-limitation", myeloma(DenosumabPolicy.NORIDIAN_JF_2026),
            Decision.DENY, Category.MEDICAL_NECESSITY, null,
            Set.of("IND-XGEVA-MULTIPLE-MYELOMA-LIMITATION")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenarioComesOutAsDocumented(
      String name,
      ReviewCase reviewCase,
      Decision decision,
      Category denialReason,
      Indication indication,
      Set<String> rules) {
    ReviewResult r = REVIEW.review(reviewCase);

    Set<String> fired = new TreeSet<>();
    for (Finding f : r.findings()) {
      fired.add(f.rule().id());
    }
    assertThat(fired).as("rules of %s: %s", name, r.findings()).isEqualTo(new TreeSet<>(rules));
    assertThat(r.decision()).isEqualTo(decision);
    assertThat(r.denialReason()).isEqualTo(Optional.ofNullable(denialReason));
    assertThat(r.indication()).isEqualTo(Optional.ofNullable(indication));
  }
}
