package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.coveragepolicy.fhir.BundleCases;
import org.coveragepolicy.fhir.Fhir;
import org.coveragepolicy.fhir.FhirCodes;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.testing.JsonFixtures;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Evenity case maps to FHIR and back: its MedicationRequest and MedicationAdministrations carry
 * the product as a catalog product code ({@code EVENITY}), and {@code review --format fhir} of the
 * Bundle prints what {@code review} of the JSON case prints.
 */
class EvenityFhirTest {
  @TempDir Path dir;

  @Test
  void reviewOfAnEvenityBundlePrintsWhatReviewOfItsJsonCasePrints() throws IOException {
    for (String name :
        List.of(
            "romosozumab-approved-first-dose",
            "romosozumab-two-105-mg-injections-approved",
            "romosozumab-mi-exactly-12-months-before",
            "romosozumab-13th-dose-limit")) {
      Path json = JsonFixtures.repositoryRoot().resolve("examples/" + name + ".json");
      ReviewCase c = CaseReader.standard().read(JsonFixtures.read(json));
      Path bundle = dir.resolve(name + ".fhir.json");
      Files.writeString(bundle, Fhir.toJson(BundleCases.toBundle(c), true), UTF_8);
      ReviewCommandTest.Run fromJson = ReviewCommandTest.run("", "review", json.toString());
      ReviewCommandTest.Run fromFhir =
          ReviewCommandTest.run("", "review", "--format", "fhir", bundle.toString());
      assertThat(fromFhir.err()).as(name).isEmpty();
      assertThat(fromFhir.exitCode()).as(name).isZero();
      assertThat(fromFhir.out()).as(name).isEqualTo(fromJson.out()).contains("\"product\": \"EVENITY\"");
    }
  }

  /**
   * An EHR's record holds more than the romosozumab policy reads: the patient's pregnancy status (a
   * statement only the denosumab policy declares) and metformin (an ingredient no policy codes)
   * count for nothing, and the Bundle is reviewed as its JSON case is.
   */
  @Test
  void whatOnlyOtherPoliciesReadCountsForNothingInAnEvenityBundle() throws IOException {
    Path example =
        JsonFixtures.repositoryRoot().resolve("examples/romosozumab-approved-first-dose.json");
    ReviewCase approved = CaseReader.standard().read(JsonFixtures.read(example));
    // and without its progress notes: a note of only what the policy does not read is no note
    ReviewCase noNote =
        ReviewCase.builder()
            .from(approved)
            .id("romosozumab-no-progress-note")
            .record(
                MedicalRecord.builder()
                    .from(approved.record())
                    .documents(
                        approved.record().documents().stream()
                            .filter(d -> !(d instanceof ProgressNote))
                            .collect(Collectors.toList()))
                    .build())
            .build();
    for (ReviewCase c : List.of(approved, noNote)) {
      Path json = Files.writeString(dir.resolve(c.id() + ".json"), ReviewJson.caseToJson(c), UTF_8);
      assertThat(withPregnancyStatusAndMetformin(c, json)).as(c.id()).isTrue();
    }
    Path noNoteJson = dir.resolve("romosozumab-no-progress-note.json");
    assertThat(ReviewCommandTest.run("", "review", noNoteJson.toString()).out())
        .contains("DOC-PROGRESS-NOTE");
  }

  /**
   * Whether review --format fhir of the case's Bundle, with a pregnancy status and metformin added,
   * prints what review of its JSON prints.
   */
  private boolean withPregnancyStatusAndMetformin(ReviewCase c, Path json) throws IOException {
    Bundle b = BundleCases.toBundle(c);
    Resource patient =
        b.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r instanceof org.hl7.fhir.r4.model.Patient)
            .findFirst()
            .orElseThrow();
    Reference subject = new Reference("Patient/" + patient.getIdElement().getIdPart());
    Observation status = new Observation();
    status.setId("pregnancy-status");
    status.setStatus(Observation.ObservationStatus.FINAL);
    status.getCode().addCoding(new Coding(FhirCodes.LOINC, FhirCodes.LOINC_PREGNANCY_STATUS, null));
    status.setValue(
        new CodeableConcept(new Coding(FhirCodes.SNOMED, FhirCodes.SNOMED_NOT_PREGNANT, null)));
    status.setSubject(subject);
    status.setEffective(new DateTimeType(c.claim().dateOfService().minusDays(20).toString()));
    MedicationStatement metformin = new MedicationStatement();
    metformin.setId("metformin");
    metformin.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
    metformin.setMedication(new CodeableConcept(new Coding(FhirCodes.RXNORM, "6809", null)));
    metformin.setSubject(subject);
    metformin.setDateAssertedElement(
        new DateTimeType(c.claim().dateOfService().minusDays(20).toString()));
    metformin.setEffective(new DateTimeType("2020-01-01"));
    b.addEntry().setFullUrl("Observation/pregnancy-status").setResource(status);
    b.addEntry().setFullUrl("MedicationStatement/metformin").setResource(metformin);
    Path bundle = dir.resolve(c.id() + ".fhir.json");
    Files.writeString(bundle, Fhir.toJson(b, true), UTF_8);

    ReviewCommandTest.Run fromFhir =
        ReviewCommandTest.run("", "review", "--format", "fhir", bundle.toString());

    assertThat(fromFhir.err()).isEmpty();
    assertThat(fromFhir.exitCode()).isZero();
    return fromFhir.out().equals(ReviewCommandTest.run("", "review", json.toString()).out());
  }
}
