package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.Fixtures;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;

/** Lab results of any test by LOINC code: LOINC in, LOINC out, with their units. */
class LoincLabsTest {

  @Test
  void aResultByLoincCodeIsWrittenWithItsCodeAndUnitAndReadBackEqual() {
    ReviewCase base = Baselines.approvedProlia();
    LabReport lab =
        LabReport.builder()
            .date(Fixtures.DOS.minusDays(10))
            .addResults(
                org.coveragepolicy.core.evidence.LabResult.of(
                    Fixtures.DOS.minusDays(10), LabTest.TOTAL_CALCIUM, new BigDecimal("9.1")))
            .addValues(
                LabValue.of(
                    Fixtures.DOS.minusDays(10), LabCode.of("2276-4", "ng/mL"), new BigDecimal("45")))
            .build();
    ReviewCase c =
        ReviewCase.builder()
            .from(base)
            .record(MedicalRecord.builder().from(base.record()).addDocuments(lab).build())
            .build();

    String json = BundleCases.toJson(c);

    assertThat(json).containsPattern("\"code\"\\s*:\\s*\"2276-4\"").containsPattern("\"code\"\\s*:\\s*\"ng/mL\"");
    assertThat(BundleCases.toCase(json)).isEqualTo(c);
  }

  /**
   * The approved Prolia case's Bundle with one more Observation, of a LOINC code, three days
   * before the date of service, that no DiagnosticReport holds.
   */
  private static Bundle withObservation(String loinc, Type value) {
    Bundle bundle = BundleCases.toBundle(Baselines.approvedProlia());
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setCode(new CodeableConcept(new Coding(FhirCodes.LOINC, loinc, null)));
    o.setEffective(new DateTimeType(Fixtures.DOS.minusDays(3).toString()));
    o.setValue(value);
    bundle.addEntry().setResource(o);
    return bundle;
  }

  private static Quantity quantity(String value, String unit) {
    return new Quantity().setValue(new BigDecimal(value)).setSystem(FhirCodes.UCUM).setCode(unit);
  }

  @Test
  void aLabObservationOfAnotherTestThatNoReportHoldsIsAReportOfItsDate() {
    Bundle bundle = withObservation("2276-4", quantity("45", "ng/mL"));

    ReviewCase c = BundleCases.toCase(bundle);

    assertThat(c.record().documents())
        .filteredOn(d -> d instanceof LabReport && d.date().equals(Fixtures.DOS.minusDays(3)))
        .singleElement()
        .satisfies(
            d ->
                assertThat(((LabReport) d).values())
                    .containsExactly(
                        LabValue.of(
                            Fixtures.DOS.minusDays(3),
                            LabCode.of("2276-4", "ng/mL"),
                            new BigDecimal("45"))));
  }

  @Test
  void anObservationOfAnotherCodeWithoutAQuantityIsStillInvalid() {
    // tobacco smoking status, a coded value
    Bundle bundle =
        withObservation(
            "72166-2", new CodeableConcept(new Coding("http://snomed.info/sct", "8517006", null)));

    assertThatThrownBy(() -> BundleCases.toCase(bundle))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Observation.code: not an observation this policy reads")
        .hasMessageContaining("72166-2");
  }

  @Test
  void aLabThePolicyDeclaresInAnotherUnitIsInvalidAtItsUnit() {
    Policy withHemoglobin =
        Policy.builder()
            .from(DenosumabPolicy.POLICY)
            .addLabs(LabCode.of("718-7", "g/dL"))
            .build();
    Bundle bundle = withObservation("718-7", quantity("121", "g/L"));

    assertThatThrownBy(() -> BundleCases.toCase(bundle, Policies.of(withHemoglobin)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith(
            "Observation.valueQuantity.code: must be \"g/dL\" for LOINC 718-7, was \"g/L\"");
    // the built-in policies read no hemoglobin: any unit is kept
    assertThat(BundleCases.toCase(bundle).record().documents()).hasSizeGreaterThan(0);
  }
}
