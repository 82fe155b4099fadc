package org.coveragepolicy.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.fhir.FhirCodes;
import org.coveragepolicy.review.ClaimReview;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The order services review an order for any catalog product under its own policy: an Evenity
 * (romosozumab) order is reviewed by the same service IDs, and a handler fixed to an edition of
 * another policy answers it with a 400 naming the edition; what only other policies read counts for
 * nothing.
 */
class EvenityOrderTest {

  /** An order-sign request for Evenity 210 mg with the standard prefetch. */
  private static ObjectNode evenityRequest() {
    MedicationRequest order = Requests.order("rx1", FhirCodes.PRODUCT, "EVENITY");
    order.getDosageInstructionFirstRep().getDoseAndRateFirstRep()
        .setDose(new Quantity().setValue(210).setSystem(FhirCodes.UCUM).setCode("mg"));
    return Requests.request("order-sign", true, order);
  }

  @Test
  void anEvenityOrderIsReviewedUnderTheRomosozumabPolicyByTheSameService() throws Exception {
    CdsHooksResponse r = CdsHooksHandlerTest.post(evenityRequest().toString());
    assertThat(r.status()).isEqualTo(200);
    String body = new String(r.body(), UTF_8);
    assertThat(body)
        .contains("EVENITY_POSTMENOPAUSAL_OSTEOPOROSIS")
        .contains("Medicare Part B romosozumab policy")
        .doesNotContain("denosumab")
        .doesNotContain("Prolia")
        .doesNotContain("A52399");
  }

  @Test
  void aHandlerFixedToADenosumabEditionAnswersAnEvenityOrderWith400NamingTheEdition()
      throws Exception {
    CdsHooksHandler handler =
        CdsHooksHandler.builder(ClaimReview.standard())
            .edition(Policies.load().edition("NORIDIAN_JF_2026"))
            .build();
    CdsHooksResponse r = CdsHooksHandlerTest.post(handler, evenityRequest().toString());
    assertThat(r.status()).isEqualTo(400);
    assertThat(CdsHooksHandlerTest.diagnostics(r)).contains("edition");
  }

  /**
   * The prefetch holds the patient's whole record, not a case written for one policy: a statement
   * the Evenity policy does not declare (a denosumab policy's), the patient's pregnancy status and a
   * medication no policy codes count for nothing, and the order is answered as without them.
   */
  @Test
  void whatOnlyOtherPoliciesReadCountsForNothingAtAnEvenityOrder() throws Exception {
    CdsHooksResponse without = CdsHooksHandlerTest.post(evenityRequest().toString());
    ObjectNode request = evenityRequest();
    String date = Requests.observations(true).get(0).getEffectiveDateTimeType().getValueAsString();
    List<Resource> observations = new ArrayList<>(Requests.observations(true));
    Observation unresectable =
        Requests.observation("o9", Requests.concept(FhirCodes.NOTE_STATEMENT, "UNRESECTABLE"), date);
    unresectable.setValue(new BooleanType(true));
    Observation notPregnant =
        Requests.observation(
            "o10", Requests.concept(FhirCodes.LOINC, FhirCodes.LOINC_PREGNANCY_STATUS), date);
    notPregnant.setValue(Requests.concept(FhirCodes.SNOMED, FhirCodes.SNOMED_NOT_PREGNANT));
    observations.add(unresectable);
    observations.add(notPregnant);
    request.with("prefetch").set("observations", Requests.json(Requests.searchset(observations)));
    request
        .with("prefetch")
        .set("therapies", Requests.json(Requests.searchset(List.of(Requests.calciumVitaminD(), metformin()))));

    CdsHooksResponse r = CdsHooksHandlerTest.post(request.toString());

    assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    assertThat(r.bodyText()).isEqualTo(without.bodyText()).contains("EVENITY_POSTMENOPAUSAL_OSTEOPOROSIS");
  }

  /** A Prolia order for a patient who also takes metformin is answered as one who does not. */
  @Test
  void aMedicationNoPolicyCodesCountsForNothingAtAProliaOrder() throws Exception {
    ObjectNode with = Requests.prolia("order-sign", true);
    with.with("prefetch")
        .set("therapies", Requests.json(Requests.searchset(List.of(Requests.calciumVitaminD(), metformin()))));

    CdsHooksResponse r = CdsHooksHandlerTest.post(with.toString());

    assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    assertThat(r.bodyText())
        .isEqualTo(CdsHooksHandlerTest.post(Requests.prolia("order-sign", true).toString()).bodyText());
  }

  /** A name of the library's own code systems that no policy declares is still a 400 naming it. */
  @Test
  void aStatementNoPolicyDeclaresIsA400NamingTheObservation() throws Exception {
    ObjectNode request = evenityRequest();
    List<Resource> observations = new ArrayList<>(Requests.observations(true));
    Observation typo =
        Requests.observation(
            "o9",
            Requests.concept(FhirCodes.NOTE_STATEMENT, "UNRESECTABEL"),
            Requests.observations(true).get(0).getEffectiveDateTimeType().getValueAsString());
    typo.setValue(new BooleanType(true));
    observations.add(typo);
    request.with("prefetch").set("observations", Requests.json(Requests.searchset(observations)));

    CdsHooksResponse r = CdsHooksHandlerTest.post(request.toString());

    assertThat(r.status()).isEqualTo(400);
    assertThat(CdsHooksHandlerTest.diagnostics(r))
        .contains("prefetch.observations.entry[4]")
        .contains("not a statement of the ROMOSOZUMAB policy, was UNRESECTABEL");
  }

  /** A MedicationStatement of metformin (RxNorm 6809), which no policy codes. */
  private static MedicationStatement metformin() {
    MedicationStatement m = Requests.calciumVitaminD();
    m.setId("metformin");
    m.setMedication(Requests.concept(FhirCodes.RXNORM, "6809"));
    return m;
  }
}
