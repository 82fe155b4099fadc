package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.List;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.indications.romosozumab.RomosozumabPolicy;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The patient's weight in FHIR: a body-weight Observation (LOINC 29463-7) in kg, g or [lb_av], read
 * into {@code patient.weightKg} and written from it.
 */
class BodyWeightTest {
  private static final String UCUM = "http://unitsofmeasure.org";

  private static ReviewCase withWeight(String kg) {
    ReviewCase c = Baselines.approvedProlia();
    return ReviewCase.builder().from(c).patient(c.patient().withWeight(new BigDecimal(kg))).build();
  }

  private static Observation weight(String value, String unit, String date) {
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setCode(new CodeableConcept(new Coding("http://loinc.org", "29463-7", "Body weight")));
    o.setValue(new Quantity().setValue(new BigDecimal(value)).setSystem(UCUM).setCode(unit));
    if (date != null) {
      o.setEffective(new DateTimeType(date));
    }
    return o;
  }

  /** The approved Prolia case's Bundle with the given Observations added at its end. */
  private static Bundle bundleWith(Observation... observations) {
    Bundle b = BundleCases.toBundle(Baselines.approvedProlia());
    for (Observation o : observations) {
      b.addEntry().setResource(o);
    }
    return b;
  }

  private static BigDecimal readKg(Observation... observations) {
    return BundleCases.toCase(bundleWith(observations)).patient().weightKg().orElseThrow();
  }

  @Test
  void aCaseWithAWeightWritesABodyWeightObservationInKgAndReadsBackEqual() {
    ReviewCase c = withWeight("72.5");
    Bundle b = BundleCases.toBundle(c);
    List<Observation> weights =
        b.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r instanceof Observation)
            .map(r -> (Observation) r)
            .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("29463-7"))
            .toList();
    assertThat(weights).hasSize(1);
    Quantity q = weights.get(0).getValueQuantity();
    assertThat(q.getValue()).isEqualByComparingTo("72.5");
    assertThat(q.getSystem()).isEqualTo(UCUM);
    assertThat(q.getCode()).isEqualTo("kg");
    assertThat(weights.get(0).getSubject().getReference()).isEqualTo("Patient/patient");
    assertThat(BundleCases.toCase(BundleCases.toJson(c))).isEqualTo(c);
  }

  @Test
  void aCaseWithoutAWeightWritesNoBodyWeightAndReadsNone() {
    ReviewCase c = Baselines.approvedProlia();
    assertThat(BundleCases.toJson(c)).doesNotContain("29463-7");
    assertThat(BundleCases.toCase(BundleCases.toBundle(c)).patient().weightKg()).isEmpty();
  }

  @Test
  void aWeightInKgIsReadAsItIs() {
    assertThat(readKg(weight("48.2", "kg", null))).isEqualByComparingTo("48.2");
  }

  @Test
  void aWeightInGramsIsConvertedExactly() {
    assertThat(readKg(weight("48250", "g", null))).isEqualByComparingTo("48.25");
  }

  @Test
  void aWeightInPoundsIsConvertedByTheExactFactorRoundedToSixDecimals() {
    // 150 [lb_av] = 68.0388555 kg exactly; 6 decimals: 68.038856
    assertThat(readKg(weight("150", "[lb_av]", null))).isEqualTo(new BigDecimal("68.038856"));
    assertThat(readKg(weight("100", "[lb_av]", null))).isEqualTo(new BigDecimal("45.359237"));
  }

  @Test
  void aWeightInAnotherUnitIsInvalidInputNamingTheElement() {
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> readKg(weight("150", "[oz_av]", null)))
        .satisfies(e -> assertThat(e.path()).endsWith("Observation.valueQuantity.code"))
        .withMessageContaining("kg, g or [lb_av]")
        .withMessageContaining("[oz_av]");
  }

  @Test
  void aWeightOutOfRangeIsInvalidInputNamingTheElement() {
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> readKg(weight("701", "kg", null)))
        .satisfies(e -> assertThat(e.path()).endsWith("Observation.valueQuantity.value"));
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> readKg(weight("0", "kg", null)))
        .satisfies(e -> assertThat(e.path()).endsWith("Observation.valueQuantity.value"));
    assertThat(readKg(weight("700", "kg", null))).isEqualByComparingTo("700");
  }

  @Test
  void ofSeveralWeightsTheLatestCounts() {
    assertThat(
            readKg(
                weight("70", "kg", "2025-10-01"),
                weight("68", "kg", "2025-10-20"),
                weight("69", "kg", "2025-09-01")))
        .isEqualByComparingTo("68");
  }

  @Test
  void severalWeightsWithoutADateAreInvalidInput() {
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> readKg(weight("70", "kg", null), weight("68", "kg", "2025-10-20")))
        .satisfies(e -> assertThat(e.path()).endsWith("Observation.effectiveDateTime"));
  }

  @Test
  void twoWeightsOfOneDateThatDifferAreInvalidInput() {
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> readKg(weight("70", "kg", "2025-10-20"), weight("68", "kg", "2025-10-20")))
        .satisfies(e -> assertThat(e.path()).endsWith("Observation.valueQuantity"));
  }

  @Test
  void aBodyWeightIsNotReadAsALabReport() {
    ReviewCase without = BundleCases.toCase(bundleWith());
    ReviewCase with = BundleCases.toCase(bundleWith(weight("70", "kg", "2025-10-20")));
    assertThat(with.record()).isEqualTo(without.record());
  }

  @Test
  void aReaderOfGivenPoliciesKnowsOnlyTheirEditions() {
    Bundle b = BundleCases.toBundle(Baselines.approvedProlia());
    b.getMeta().getTag().clear();
    b.getMeta().addTag("https://coverage-policy.org/fhir/CodeSystem/edition", "NORIDIAN_JF_2026", null);
    Policies romosozumab = Policies.of(RomosozumabPolicy.POLICY);
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> BundleCases.toCase(b, romosozumab, Policies.load().catalog()))
        .satisfies(e -> assertThat(e.path()).isEqualTo("Bundle.meta.tag[edition].code"));
    assertThat(BundleCases.toCase(b, Policies.load()).edition().orElseThrow().name())
        .isEqualTo("NORIDIAN_JF_2026");
  }
}
