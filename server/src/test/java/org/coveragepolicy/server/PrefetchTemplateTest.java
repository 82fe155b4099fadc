package org.coveragepolicy.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.fhir.FhirCodes;
import org.coveragepolicy.fhir.PrefetchReader;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.LabReport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The {@code observations} prefetch template asks for what the review reads: the measurements the
 * reader maps, pregnancy status, the patient's body weight and every lab its policies declare by
 * LOINC code; such a lab, prefetched on its own, is read as a lab result kept by its code.
 */
class PrefetchTemplateTest {
  private static final LabCode HEMOGLOBIN = LabCode.of("718-7", "g/dL");

  /** Denosumab's policy reading hemoglobin too, as a consumer's policy declares its own labs. */
  private static final Policy WITH_HEMOGLOBIN =
      Policy.builder().from(DenosumabPolicy.POLICY).addLabs(HEMOGLOBIN).build();

  private static String observationsTemplate(ClaimReview review) throws Exception {
    CdsHooksHandler handler = CdsHooksHandler.builder(review).build();
    CdsHooksResponse r =
        handler.handle(CdsHooksRequest.of("GET", "/cds-services", Map.of(), new byte[0]));
    JsonNode services = Requests.MAPPER.readTree(r.body()).get("services");
    String template = services.get(0).get("prefetch").get("observations").asText();
    for (JsonNode s : services) {
      assertThat(s.get("prefetch").get("observations").asText()).isEqualTo(template);
    }
    return template;
  }

  private static String loinc(String code) {
    return FhirCodes.LOINC + "|" + code;
  }

  @Test
  void theTemplateAsksForTheBodyWeightAndEveryLabOfThePolicies() throws Exception {
    String template = observationsTemplate(ClaimReview.standard());

    assertThat(template).contains(loinc(FhirCodes.LOINC_BODY_WEIGHT), loinc("82810-3"));
    for (String code : PrefetchReader.measurementLoincCodes()) {
      assertThat(template).contains(loinc(code));
    }
    for (Policy policy : Policies.load().all()) {
      for (LabCode lab : policy.labs()) {
        assertThat(template).contains(loinc(lab.loinc()));
      }
    }
    assertThat(template).doesNotContain(loinc(HEMOGLOBIN.loinc()));
  }

  @Test
  void aPolicysOwnLabIsAskedForOnceAmongTheOthers() throws Exception {
    String template = observationsTemplate(ClaimReview.of(Policies.of(WITH_HEMOGLOBIN)));

    assertThat(template).containsOnlyOnce(loinc(HEMOGLOBIN.loinc()));
    // a lab every policy names, and a measurement the reader maps too, once each
    assertThat(template).containsOnlyOnce(loinc("17861-6"));
  }

  @Test
  void aPrefetchedLabOfAnotherTestIsALabResultKeptByItsCode() {
    Observation hemoglobin =
        Requests.observation("o1", Requests.concept(FhirCodes.LOINC, "718-7"), "2026-11-20");
    hemoglobin.setValue(
        new Quantity().setValue(new BigDecimal("12.1")).setSystem(FhirCodes.UCUM).setCode("g/dL"));
    Bundle observations = Requests.searchset(List.of(hemoglobin));

    OrderReview.Record r =
        new OrderReview(ClaimReview.of(Policies.of(WITH_HEMOGLOBIN)), null)
            .read(Requests.patient(), PrefetchReader.entries(observations, "prefetch.observations"));

    assertThat(r.record().documents())
        .singleElement()
        .isInstanceOfSatisfying(
            LabReport.class,
            lab -> {
              assertThat(lab.date()).isEqualTo(LocalDate.of(2026, 11, 20));
              assertThat(lab.values())
                  .extracting(LabValue::code, LabValue::value)
                  .containsExactly(
                      tuple(HEMOGLOBIN, new BigDecimal("12.1")));
            });
  }
}
