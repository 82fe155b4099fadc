package org.coveragepolicy.fhir;

import static org.coveragepolicy.fhir.BundleResources.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class BundleCasesTest {
  private static Bundle bundle() {
    return BundleCases.toBundle(Baselines.approvedProlia());
  }

  private static InvalidInputException invalid(Consumer<Bundle> change) {
    Bundle b = bundle();
    change.accept(b);
    // through JSON, as a service receives it
    return InvalidBundles.invalid(Fhir.toJson(b, false));
  }

  @Test
  void caseReadsBackEqualThroughJson() {
    ReviewCase c = Baselines.approvedProlia();
    assertThat(BundleCases.toCase(BundleCases.toJson(c))).isEqualTo(c);
  }

  @Test
  void writingIsDeterministic() {
    assertThat(BundleCases.toJson(Baselines.approvedProlia()))
        .isEqualTo(BundleCases.toJson(Baselines.approvedProlia()));
  }

  @Test
  void reviewOfBundleEqualsReviewOfCase() {
    ReviewCase c = Baselines.approvedProlia();
    ClaimReview review = ClaimReview.standard();
    assertThat(review.review(BundleCases.toCase(BundleCases.toJson(c))))
        .isEqualTo(review.review(c));
  }

  @Test
  void contextIsCreatedOnce() {
    assertThat(Fhir.context()).isSameAs(Fhir.context());
  }

  @Test
  void unitsBelowOneNameTheClaimQuantity() {
    InvalidInputException e =
        invalid(b -> first(b, Claim.class).getItemFirstRep().getQuantity().setValue(0));
    assertThat(e.path()).isEqualTo("Claim.item[0].quantity");
    assertThat(e.problem()).contains("≥ 1").contains("0");
  }

  @Test
  void fractionalUnitsAreInvalid() {
    InvalidInputException e =
        invalid(
            b -> first(b, Claim.class).getItemFirstRep().getQuantity().setValue(new BigDecimal("60.5")));
    assertThat(e.path()).isEqualTo("Claim.item[0].quantity");
  }

  @Test
  void hcpcsOutsideTheCatalogIsInvalid() {
    InvalidInputException e =
        invalid(
            b ->
                first(b, Claim.class)
                    .getItemFirstRep()
                    .getProductOrService()
                    .getCodingFirstRep()
                    .setCode("J1234"));
    assertThat(e.path()).isEqualTo("Claim.item[0].productOrService");
    assertThat(e.problem()).contains("J1234");
  }

  @Test
  void missingDateOfServiceIsNamed() {
    InvalidInputException e =
        invalid(b -> first(b, Claim.class).getItemFirstRep().setServiced(null));
    assertThat(e.path()).isEqualTo("Claim.item[0].servicedDate");
  }

  @Test
  void malformedDiagnosisCodeIsNamed() {
    InvalidInputException e =
        invalid(
            b ->
                first(b, Claim.class)
                    .getDiagnosisFirstRep()
                    .getDiagnosisCodeableConcept()
                    .getCodingFirstRep()
                    .setCode("XX"));
    assertThat(e.path()).isEqualTo("Claim.diagnosis[0].diagnosisCodeableConcept");
  }

  @Test
  void unknownGenderIsInvalidNotDefaulted() {
    InvalidInputException e =
        invalid(b -> first(b, Patient.class).setGender(null));
    assertThat(e.path()).isEqualTo("Patient.gender");
  }

  @Test
  void birthDateNeverAppearsInMessages() {
    InvalidInputException after =
        invalid(b -> first(b, Patient.class).setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2026-01-02")));
    assertThat(after.path()).isEqualTo("Patient.birthDate");
    assertThat(after.getMessage()).doesNotContain("2026-01-02");
    String json =
        Fhir.toJson(bundle(), false).replace("\"birthDate\":\"1948-06-12\"", "\"birthDate\":\"1948-13-40\"");
    assertThatThrownBy(() -> BundleCases.toCase(json))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1948-13-40").doesNotContain("1948"));
  }

  @Test
  void unknownObservationCodeIsInvalidNotIgnored() {
    InvalidInputException e =
        invalid(
            b ->
                b.addEntry()
                    .setResource(
                        new Observation()
                            .setStatus(Observation.ObservationStatus.FINAL)
                            .setCode(new CodeableConcept(new Coding(FhirCodes.LOINC, "8867-4", null)))));
    assertThat(e.path()).startsWith("Bundle.entry[").endsWith("Observation.code");
    assertThat(e.problem()).contains("8867-4");
  }

  @Test
  void labWithTheWrongUnitIsInvalid() {
    InvalidInputException e =
        invalid(
            b ->
                b.getEntry().stream()
                    .map(Bundle.BundleEntryComponent::getResource)
                    .filter(r -> r instanceof Observation o && o.hasValueQuantity() && "mg/dL".equals(o.getValueQuantity().getCode()))
                    .map(Observation.class::cast)
                    .findFirst()
                    .orElseThrow()
                    .getValueQuantity()
                    .setCode("mmol/L"));
    assertThat(e.path()).endsWith("Observation.valueQuantity");
    assertThat(e.problem()).contains("mg/dL");
  }

  @Test
  void unknownElementIsInvalid() {
    String json = Fhir.toJson(bundle(), false).replace("\"type\":\"collection\"", "\"type\":\"collection\",\"bogus\":1");
    assertThatThrownBy(() -> BundleCases.toCase(json)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void notJsonIsInvalid() {
    assertThatThrownBy(() -> BundleCases.toCase("{")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void caseIdIsRequired() {
    InvalidInputException e = invalid(b -> b.getIdentifier().setValue(null));
    assertThat(e.path()).isEqualTo("Bundle.identifier.value");
  }

  @Test
  void unknownEditionIsInvalid() {
    InvalidInputException e = invalid(b -> b.getMeta().addTag(FhirCodes.EDITION, "NO_SUCH_EDITION", null));
    assertThat(e.path()).startsWith("Bundle.meta.tag");
  }

  @Test
  void resourcesOutsideANoteFormANoteOfTheirDate() {
    Bundle b = bundle();
    b.getEntry().removeIf(e -> e.getResource() instanceof Composition);
    ReviewCase read = BundleCases.toCase(b);
    ProgressNote note =
        read.record().documents().stream()
            .filter(ProgressNote.class::isInstance)
            .map(ProgressNote.class::cast)
            .findFirst()
            .orElseThrow();
    ProgressNote original =
        Baselines.approvedProlia().record().documents().stream()
            .filter(ProgressNote.class::isInstance)
            .map(ProgressNote.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(note.date()).isEqualTo(original.date());
    assertThat(note.signed()).isTrue();
    assertThat(note.diagnoses()).isEqualTo(original.diagnoses());
    assertThat(note.statements()).containsEntry(BoneHealthTerms.POSTMENOPAUSAL, true);
    assertThat(note.therapies()).isEqualTo(original.therapies());
  }

  @Test
  void contradictoryStatementsInOneNoteAreInvalid() {
    InvalidInputException e =
        invalid(
            b -> {
              Composition c = first(b, Composition.class);
              Observation o =
                  new Observation()
                      .setStatus(Observation.ObservationStatus.FINAL)
                      .setCode(new CodeableConcept(new Coding(FhirCodes.NOTE_STATEMENT, "POSTMENOPAUSAL", null)))
                      .setValue(new org.hl7.fhir.r4.model.BooleanType(false));
              o.setId("contradiction");
              b.addEntry().setResource(o);
              c.getSectionFirstRep().addEntry(new org.hl7.fhir.r4.model.Reference("Observation/contradiction"));
            });
    assertThat(e.problem()).contains("POSTMENOPAUSAL");
  }
}
