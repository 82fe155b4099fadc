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
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The order services review an order for any catalog product under its own policy: an Evenity
 * (romosozumab) order is reviewed by the same service IDs, and a handler fixed to an edition of
 * another policy answers it with a 400 naming the edition.
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

  @Test
  void aStatementTheOrdersPolicyDoesNotDeclareIsA400NamingTheObservation() throws Exception {
    ObjectNode request = evenityRequest();
    List<Resource> observations = new ArrayList<>(Requests.observations(true));
    Observation unresectable =
        Requests.observation(
            "o9",
            Requests.concept(FhirCodes.NOTE_STATEMENT, "UNRESECTABLE"),
            Requests.observations(true).get(0).getEffectiveDateTimeType().getValueAsString());
    unresectable.setValue(new BooleanType(true));
    observations.add(unresectable);
    request
        .with("prefetch")
        .set("observations", Requests.json(Requests.searchset(observations)));

    CdsHooksResponse r = CdsHooksHandlerTest.post(request.toString());

    assertThat(r.status()).isEqualTo(400);
    assertThat(CdsHooksHandlerTest.diagnostics(r))
        .contains("prefetch.observations.entry[4]")
        .contains("not a statement of the ROMOSOZUMAB policy");
    // the same statement is one of the denosumab policy's: a Prolia order with it is reviewed
    ObjectNode prolia = Requests.prolia("order-sign", true);
    prolia.with("prefetch").set("observations", Requests.json(Requests.searchset(observations)));
    assertThat(CdsHooksHandlerTest.post(prolia.toString()).status()).isEqualTo(200);
  }
}
