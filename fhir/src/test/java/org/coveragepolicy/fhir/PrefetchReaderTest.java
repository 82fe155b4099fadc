package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The public reader of a CDS Hooks request's resources, as the server uses it. */
class PrefetchReaderTest {
  private static final ReviewCase CASE = Baselines.approvedProlia();
  private static final Bundle BUNDLE = BundleCases.toBundle(CASE);

  @Test
  void entriesAreNamedByTheirPlaceUnderTheGivenPath() {
    List<PrefetchReader.Entry> entries = PrefetchReader.entries(BUNDLE, "prefetch.notes");
    assertThat(entries).hasSize(BUNDLE.getEntry().size());
    for (int i = 0; i < entries.size(); i++) {
      PrefetchReader.Entry e = entries.get(i);
      assertThat(e.resource()).isSameAs(BUNDLE.getEntry().get(i).getResource());
      assertThat(e.path()).isEqualTo("prefetch.notes.entry[" + i + "]." + e.resource().fhirType());
      assertThat(e.toString()).isEqualTo("Entry[" + e.path() + "]");
    }
  }

  @Test
  void anEntryWithoutAResourceIsInvalidInputNamingIt() {
    Bundle b = new Bundle();
    b.addEntry();
    assertThatThrownBy(() -> PrefetchReader.entries(b, "prefetch.conditions"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.path()).isEqualTo("prefetch.conditions.entry[0].resource"));
  }

  @Test
  void thePatientReadsAsTheBundleReaderReadsIt() {
    Patient patient =
        (Patient) BUNDLE.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r instanceof Patient)
            .findFirst()
            .orElseThrow();
    assertThat(PrefetchReader.readPatient(patient, "prefetch.patient")).isEqualTo(CASE.patient());
  }

  @Test
  void aRouteIsReadFromItsSnomedCodeAndAnUnknownCodeNamesThePath() {
    CodeableConcept sc = new CodeableConcept();
    sc.addCoding().setSystem(FhirCodes.SNOMED).setCode("34206005");
    assertThat(PrefetchReader.route(sc, "x.route")).isEqualTo(Route.SUBCUTANEOUS);
    CodeableConcept unknown = new CodeableConcept();
    unknown.addCoding().setSystem(FhirCodes.SNOMED).setCode("999999");
    assertThatThrownBy(() -> PrefetchReader.route(unknown, "context.draftOrders.entry[0].route"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.path()).isEqualTo("context.draftOrders.entry[0].route"));
  }

  @Test
  void aDayNeedsDayPrecision() {
    assertThat(PrefetchReader.day(new DateTimeType("2025-11-03"), "x"))
        .isEqualTo(java.time.LocalDate.of(2025, 11, 3));
    assertThatThrownBy(() -> PrefetchReader.day(new DateTimeType("2025-11"), "x.authoredOn"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("x.authoredOn"));
  }

  @Test
  void aProductOutsideTheCatalogIsInvalidInputNamingThePath() {
    CodeableConcept other = new CodeableConcept();
    other.addCoding().setSystem(FhirCodes.RXNORM).setCode("8640");
    assertThatThrownBy(
            () -> PrefetchReader.of(ClaimReview.standard().catalog()).product(other, "rx.medication"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("rx.medication"));
  }

  @Test
  void theMeasurementCodesAreLoincCodes() {
    assertThat(PrefetchReader.measurementLoincCodes())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).matches("\\d+-\\d"));
  }

  @Test
  void nullArgumentsAreRefused() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Bundle.class, BUNDLE)
            .setDefault(org.hl7.fhir.r4.model.BaseDateTimeType.class, new DateTimeType("2025-11-03"))
            .setDefault(Patient.class, new Patient())
            .setDefault(org.coveragepolicy.review.ReviewCase.class, CASE)
            .setDefault(ClaimReview.class, ClaimReview.standard())
            .setDefault(
                org.coveragepolicy.core.drug.DrugCatalog.class, ClaimReview.standard().catalog());
    tester.testAllPublicStaticMethods(PrefetchReader.class);
    tester.testAllPublicInstanceMethods(PrefetchReader.of(ClaimReview.standard().catalog()));
  }
}
