package org.coveragepolicy.examples;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;

import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using the library" example, compiled and run here; a second test checks that the
 * README shows exactly this code, so the documentation cannot drift from what compiles.
 */
class UsingTheLibraryTest {

  static ReviewResult reviewAProliaClaim() {
    // BEGIN README EXAMPLE
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
    MedicalRecord record =
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
                    true))
            .build();
    ReviewCase reviewCase =
        ReviewCase.builder()
            .id("claim-0001")
            .claim(claim)
            .patient(Patient.of(Sex.FEMALE, LocalDate.of(1948, 6, 12)))
            .record(record)
            .build();

    ReviewResult result = ClaimReview.standard().review(reviewCase);
    // result.decision() == APPROVE, result.indication() == PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS;
    // on DENY, result.denialReason() and result.findings() say why and what to fix.
    // END README EXAMPLE
    return result;
  }

  @Test
  void theReadmeExampleApprovesAPostmenopausalOsteoporosisClaim() {
    ReviewResult result = reviewAProliaClaim();

    assertThat(result.decision()).isEqualTo(Decision.APPROVE);
    assertThat(result.denialReason()).isEmpty();
    assertThat(result.indication()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
    assertThat(result.product()).contains(DenosumabCatalog.PROLIA);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void theReadmeShowsExactlyTheCompiledExample() throws IOException {
    Path here = Path.of("src/test/java/org/coveragepolicy/examples/UsingTheLibraryTest.java");
    Path readme = Path.of("../README.md");
    String source = Files.readString(here, StandardCharsets.UTF_8);
    String example =
        source.substring(
            source.indexOf('\n', source.indexOf("// BEGIN README EXAMPLE")) + 1,
            source.lastIndexOf('\n', source.indexOf("// END README EXAMPLE")) + 1);
    String readmeText = Files.readString(readme, StandardCharsets.UTF_8);
    int start = readmeText.indexOf("```java\n", readmeText.indexOf("## Using the library")) + 8;
    String javaBlock = readmeText.substring(start, readmeText.indexOf("```\n", start));

    assertThat(javaBlock).isEqualTo(example.replaceAll("(?m)^    ", ""));
  }
}
