package org.coveragepolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.coveragepolicy.fhir.PrefetchReader;
import org.coveragepolicy.review.ClaimReview;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/** A prefetched body-weight Observation (LOINC 29463-7) is the patient's weight at order time. */
class PrefetchWeightTest {
  @Test
  void aPrefetchedBodyWeightIsThePatientsWeightAndNoLabReport() {
    Patient patient = new Patient();
    patient.setGender(AdministrativeGender.FEMALE);
    patient.setBirthDateElement(new DateType("1950-03-02"));
    Observation weight = new Observation();
    weight.setStatus(Observation.ObservationStatus.FINAL);
    weight.setCode(new CodeableConcept(new Coding("http://loinc.org", "29463-7", "Body weight")));
    weight.setValue(
        new Quantity().setValue(new BigDecimal("154")).setSystem("http://unitsofmeasure.org").setCode("[lb_av]"));

    Bundle observations = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    observations.addEntry().setResource(weight);

    OrderReview.Record r =
        new OrderReview(ClaimReview.standard(), null)
            .read(patient, PrefetchReader.entries(observations, "prefetch.observations"));

    // 154 [lb_av] × 0.45359237 = 69.85322498 kg, 6 decimals
    assertThat(r.patient().weightKg()).contains(new BigDecimal("69.853225"));
    assertThat(r.record().documents()).isEmpty();
  }
}
