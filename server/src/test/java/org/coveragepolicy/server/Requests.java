package org.coveragepolicy.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.coveragepolicy.fhir.Fhir;
import org.coveragepolicy.fhir.FhirCodes;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;

/**
 * CDS Hooks requests for the tests: a woman with postmenopausal osteoporosis, a prior fragility
 * fracture, a DXA T-score of −2.9, normal calcium and calcium/vitamin D, and a draft Prolia order.
 */
final class Requests {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String NOTE_DATE = "2025-10-20";

  private Requests() {}

  static CodeableConcept concept(String system, String code) {
    return new CodeableConcept(new Coding(system, code, null));
  }

  static <T extends Resource> T id(T r, String id) {
    r.setId(id);
    return r;
  }

  static Bundle searchset(List<? extends Resource> resources) {
    Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    resources.forEach(r -> b.addEntry().setResource(r));
    return b;
  }

  static Patient patient() {
    Patient p = id(new Patient(), "p1");
    p.setGender(AdministrativeGender.FEMALE);
    p.setBirthDateElement(new DateType("1948-06-12"));
    return p;
  }

  static Condition condition(String id, String icd) {
    Condition c = id(new Condition(), id);
    c.setCode(concept(FhirCodes.ICD10CM, icd));
    c.setVerificationStatus(
        concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"));
    c.setRecordedDateElement(new DateTimeType(NOTE_DATE));
    return c;
  }

  static Observation observation(String id, CodeableConcept code, String date) {
    Observation o = id(new Observation(), id);
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setCode(code);
    o.setEffective(new DateTimeType(date));
    return o;
  }

  static List<Observation> observations(boolean withDxa) {
    Observation post =
        observation("o1", concept(FhirCodes.NOTE_STATEMENT, "POSTMENOPAUSAL"), NOTE_DATE);
    post.setValue(new BooleanType(true));
    Observation risk =
        observation("o2", concept(FhirCodes.RISK_FACTOR, "PRIOR_FRAGILITY_FRACTURE"), NOTE_DATE);
    risk.setValue(new BooleanType(true));
    Observation calcium = observation("o3", concept(FhirCodes.LOINC, "17861-6"), NOTE_DATE);
    calcium.setValue(
        new Quantity().setValue(new BigDecimal("9.4")).setSystem(FhirCodes.UCUM).setCode("mg/dL"));
    Observation dxa = observation("o4", concept(FhirCodes.LOINC, "38263-0"), "2025-09-30");
    dxa.setValue(new Quantity().setValue(new BigDecimal("-2.9")));
    return withDxa ? List.of(post, risk, calcium, dxa) : List.of(post, risk, calcium);
  }

  static MedicationStatement calciumVitaminD() {
    MedicationStatement m = id(new MedicationStatement(), "m1");
    m.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
    m.setMedication(concept(FhirCodes.RXNORM, "2418"));
    m.setDateAssertedElement(new DateTimeType(NOTE_DATE));
    m.setEffective(new Period().setStartElement(new DateTimeType("2024-01-01")));
    return m;
  }

  static MedicationRequest order(String id, String productSystem, String product) {
    MedicationRequest r = id(new MedicationRequest(), id);
    r.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
    r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
    r.setMedication(concept(productSystem, product));
    r.setAuthoredOnElement(new DateTimeType("2025-11-03"));
    r.addReasonCode(concept(FhirCodes.ICD10CM, "M81.0"));
    var dosage = r.addDosageInstruction();
    dosage.setRoute(concept(FhirCodes.SNOMED, "34206005"));
    dosage.addDoseAndRate()
        .setDose(new Quantity().setValue(60).setSystem(FhirCodes.UCUM).setCode("mg"));
    dosage.getTiming().addEventElement().setValueAsString("2025-11-03");
    return r;
  }

  static JsonNode json(Resource r) {
    try {
      return MAPPER.readTree(Fhir.toJson(r, false));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An order-sign (or order-select) request for the given draft orders. */
  static ObjectNode request(String hook, boolean withDxa, MedicationRequest... orders) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("hook", hook);
    root.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
    ObjectNode context = root.putObject("context");
    context.put("userId", "Practitioner/example");
    context.put("patientId", "p1");
    context.set("draftOrders", json(searchset(List.of(orders))));
    if (hook.equals("order-select")) {
      context.putArray("selections").add("MedicationRequest/" + orders[0].getIdElement().getIdPart());
    }
    ObjectNode prefetch = root.putObject("prefetch");
    prefetch.set("patient", json(patient()));
    prefetch.set(
        "conditions",
        json(searchset(List.of(condition("c1", "M81.0"), condition("c2", "Z87.310")))));
    prefetch.set("observations", json(searchset(observations(withDxa))));
    prefetch.set("administrations", json(searchset(List.of())));
    prefetch.set("therapies", json(searchset(List.of(calciumVitaminD()))));
    return root;
  }

  static ObjectNode prolia(String hook, boolean withDxa) {
    return request(hook, withDxa, order("rx1", FhirCodes.PRODUCT, "PROLIA"));
  }
}
