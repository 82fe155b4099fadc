package com.example.consumer;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;

/** What a service team writes first: a Prolia claim with its record, reviewed with the typed API. */
public final class FirstReview {
  private FirstReview() {}

  /**
   * Builds the claim and the record of a Prolia dose for postmenopausal osteoporosis.
   *
   * @param withOrder whether the record holds the signed order
   * @return the case
   */
  public static ReviewCase prolia(boolean withOrder) {
    LocalDate dos = LocalDate.of(2025, 11, 3);
    ClaimLine claim =
        ClaimLine.builder()
            .dateOfService(dos)
            .hcpcs(DenosumabCatalog.J0897)
            .units(60)
            .addModifiers(Modifier.JZ)
            .placeOfService(PlaceOfService.OFFICE)
            .addDiagnosisCodes(Icd10Code.parse("M81.0"), Icd10Code.parse("Z87.310"))
            .build();
    MedicalRecord.Builder record =
        MedicalRecord.builder()
            .requestedOn(LocalDate.of(2025, 12, 1))
            .receivedOn(LocalDate.of(2025, 12, 20))
            .addDocuments(
                ProgressNote.builder()
                    .date(LocalDate.of(2025, 10, 20))
                    .signed(true)
                    .addDiagnoses(Icd10Code.parse("M81.0"), Icd10Code.parse("Z87.310"))
                    .putStatements(BoneHealthTerms.POSTMENOPAUSAL, true)
                    .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
                    .addTherapies(
                        Therapy.builder()
                            .kind(BoneHealthTerms.CALCIUM_VITAMIN_D)
                            .start(LocalDate.of(2024, 1, 1))
                            .build())
                    .build(),
                ImagingReport.builder()
                    .date(LocalDate.of(2025, 9, 30))
                    .signed(true)
                    .modality(ImagingModality.DXA)
                    .tScore(new BigDecimal("-2.9"))
                    .build(),
                LabReport.of(
                    LocalDate.of(2025, 10, 20), LabTest.TOTAL_CALCIUM, new BigDecimal("9.4")),
                AdministrationRecord.of(
                    Administration.builder()
                        .date(dos)
                        .product(DenosumabCatalog.PROLIA)
                        .doseMg(60)
                        .route(Route.SUBCUTANEOUS)
                        .administeredBy(AdministeredBy.AUXILIARY_PERSONNEL)
                        .supervision(Supervision.DIRECT)
                        .drugSource(DrugSource.PRACTICE_PURCHASED)
                        .build(),
                    true));
    if (withOrder) {
      record.addDocuments(
          Order.builder()
              .date(LocalDate.of(2025, 10, 20))
              .signed(true)
              .product(DenosumabCatalog.PROLIA)
              .doseMg(60)
              .build());
    }
    return ReviewCase.builder()
        .id(withOrder ? "consumer-with-order" : "consumer-without-order")
        .claim(claim)
        .patient(Patient.of(Sex.FEMALE, LocalDate.of(1948, 6, 12)))
        .record(record.build())
        .build();
  }

  /**
   * Reviews a case with the standard review.
   *
   * @param reviewCase the case
   * @return the result
   */
  public static ReviewResult review(ReviewCase reviewCase) {
    return ClaimReview.standard().review(reviewCase);
  }
}
