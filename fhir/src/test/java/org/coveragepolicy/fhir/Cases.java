package org.coveragepolicy.fhir;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

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
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;

/** A review case built from the typed model, for the FHIR tests: an approved Prolia PMO claim. */
final class Cases {
  static final LocalDate DOS = LocalDate.of(2025, 11, 3);
  static final LocalDate BIRTH = LocalDate.of(1948, 6, 12);

  private Cases() {}

  static ReviewCase approvedProlia() {
    return ReviewCase.builder()
        .id("claim-0001")
        .claim(
            ClaimLine.builder()
                .dateOfService(DOS)
                .hcpcs(DenosumabCatalog.J0897)
                .units(60)
                .addModifiers(Modifier.JZ)
                .ndc(Ndc.parse("55513-0710-01"))
                .placeOfService(PlaceOfService.OFFICE)
                .addDiagnosisCodes(Icd10Code.parse("M81.0"), Icd10Code.parse("Z87.310"))
                .build())
        .patient(Patient.of(Sex.FEMALE, BIRTH))
        .record(
            MedicalRecord.builder()
                .requestedOn(LocalDate.of(2025, 12, 1))
                .receivedOn(LocalDate.of(2025, 12, 20))
                .addDocuments(
                    Order.builder()
                        .date(LocalDate.of(2025, 10, 20))
                        .signed(true)
                        .product(DenosumabCatalog.PROLIA)
                        .doseMg(60)
                        .build(),
                    ProgressNote.builder()
                        .date(LocalDate.of(2025, 10, 20))
                        .signed(true)
                        .addDiagnoses(Icd10Code.parse("M81.0"), Icd10Code.parse("Z87.310"))
                        .putStatements(BoneHealthTerms.POSTMENOPAUSAL, true)
                        .putStatements(DenosumabTerms.PREGNANT, false)
                        .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
                        .addTherapies(
                            Therapy.builder()
                                .kind(BoneHealthTerms.CALCIUM_VITAMIN_D)
                                .start(LocalDate.of(2024, 1, 1))
                                .build(),
                            Therapy.builder()
                                .kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
                                .start(LocalDate.of(2025, 1, 1))
                                .end(LocalDate.of(2025, 3, 1))
                                .doseMgPerDay(new BigDecimal("7.5"))
                                .expectedMonths(2)
                                .build())
                        .build(),
                    ImagingReport.builder()
                        .date(LocalDate.of(2025, 9, 30))
                        .signed(true)
                        .modality(ImagingModality.DXA)
                        .tScore(new BigDecimal("-2.9"))
                        .build(),
                    ImagingReport.builder()
                        .date(LocalDate.of(2025, 9, 30))
                        .signed(false)
                        .modality(ImagingModality.SKELETAL_SURVEY)
                        .addFindings(BoneHealthTerms.FRAGILITY_FRACTURE)
                        .build(),
                    LabReport.of(
                        LocalDate.of(2025, 10, 20), LabTest.TOTAL_CALCIUM, new BigDecimal("9.4")),
                    AdministrationRecord.of(
                        Administration.builder()
                            .date(DOS)
                            .product(DenosumabCatalog.PROLIA)
                            .doseMg(60)
                            .route(Route.SUBCUTANEOUS)
                            .administeredBy(AdministeredBy.AUXILIARY_PERSONNEL)
                            .supervision(Supervision.DIRECT)
                            .drugSource(DrugSource.PRACTICE_PURCHASED)
                            .build(),
                        true))
                .build())
        .build();
  }
}
