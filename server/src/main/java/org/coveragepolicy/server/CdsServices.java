package org.coveragepolicy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.fhir.Fhir;
import org.coveragepolicy.fhir.FhirCodes;
import org.coveragepolicy.fhir.ResultResources;
import org.coveragepolicy.fhir.PrefetchReader;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The CDS Hooks services this library offers, in one place: their ids, the hook each answers and
 * the products whose MedicationRequests they review (the catalog's), the discovery document with
 * its prefetch templates, and a hook call from a read {@link Envelope} to the response JSON (a
 * {@link CoverageCard} and a coverage-information update for each order reviewed).
 * Thread-safe; no I/O.
 */
final class CdsServices {
  /**
   * The first policy on the class path, lower case: the card's source names it when a result's
   * edition belongs to no loaded policy, and the deprecated service IDs ({@link #ALIASES}) start
   * with it.
   */
  static final String POLICY = Policies.load().first().name().toLowerCase(Locale.ROOT);

  static final String ORDER_SIGN = "coverage-order-sign";
  static final String ORDER_SELECT = "coverage-order-select";

  /** A service: its id (the path after {@code /cds-services/}), hook, title and description. */
  record Service(String id, String hook, String title, String description) {}

  /**
   * The services, in discovery order; each reviews the MedicationRequests whose medication is a
   * product of the review's catalog, under the policy of the product ordered. No drug is named:
   * one pair of services serves every policy on the class path.
   */
  static final ImmutableList<Service> SERVICES =
      ImmutableList.of(
          new Service(
              ORDER_SIGN,
              "order-sign",
              "Medicare Part B coverage requirements at order signing",
              "Reviews a MedicationRequest being signed, for a drug of the catalog, against the"
                  + " Medicare Part B coverage policy of the drug ordered (the contractor's policy, Pub. 100-02 Ch. 15"
                  + " §50, FDA labels): what is missing, with each rule and its citation, and the CRD"
                  + " coverage-information extension for the order."),
          new Service(
              ORDER_SELECT,
              "order-select",
              "Medicare Part B coverage requirements at order selection",
              "Reviews the selected MedicationRequests, for drugs of the catalog, against the"
                  + " Medicare Part B coverage policy of each drug ordered: what is missing, with each"
                  + " rule and its citation, and the CRD coverage-information extension."));

  /**
   * Deprecated service IDs that still answer as the service they map to, unlisted in discovery:
   * the IDs of the first services (development snapshots before 0.2.0), named after the first
   * policy on the class path ({@code POLICY-order-sign}, {@code POLICY-order-select}), so that EHR
   * registrations made then keep working.
   */
  static final ImmutableMap<String, String> ALIASES =
      ImmutableMap.of(POLICY + "-order-sign", ORDER_SIGN, POLICY + "-order-select", ORDER_SELECT);

  /** Prefetch keys the services need; a request without one of them is a bad request. */
  static final ImmutableList<String> REQUIRED_PREFETCH =
      ImmutableList.of("patient", "conditions", "observations", "administrations");

  /** Prefetch keys the services read when given; absent means none documented. */
  static final ImmutableList<String> OPTIONAL_PREFETCH =
      ImmutableList.of("therapies", "reports", "notes");

  /** Every prefetch key, the required first. */
  private static final ImmutableList<String> PREFETCH_KEYS =
      ImmutableList.<String>builder().addAll(REQUIRED_PREFETCH).addAll(OPTIONAL_PREFETCH).build();

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final OrderReview orders;
  private final Map<String, String> prefetch;
  private final byte[] discovery;

  CdsServices(OrderReview orders) {
    this.orders = orders;
    this.prefetch = prefetchTemplates(orders);
    this.discovery = discoveryDocument().getBytes(StandardCharsets.UTF_8);
  }

  /** The discovery document, UTF-8 JSON. */
  byte[] discovery() {
    return discovery.clone();
  }

  /**
   * Returns the hook a service answers, or empty if there is no such service; a deprecated ID
   * ({@link #ALIASES}) is its service's.
   */
  static Optional<String> hookOf(String serviceId) {
    String id = ALIASES.getOrDefault(serviceId, serviceId);
    return SERVICES.stream().filter(s -> s.id().equals(id)).map(Service::hook).findFirst();
  }

  // ------------------------------------------------------------------ discovery

  private static Map<String, String> prefetchTemplates(OrderReview orders) {
    // what the reader maps, the patient's weight, and the labs each policy reads by LOINC code
    ImmutableSet.Builder<String> loinc =
        ImmutableSet.<String>builder()
            .addAll(PrefetchReader.measurementLoincCodes())
            .add(FhirCodes.LOINC_PREGNANCY_STATUS)
            .add(FhirCodes.LOINC_BODY_WEIGHT);
    for (Policy policy : orders.claimReview().policies().all()) {
      for (LabCode lab : policy.labs()) {
        loinc.add(lab.loinc());
      }
    }
    String observationCodes =
        loinc.build().stream()
            .map(c -> FhirCodes.LOINC + "|" + c)
            .collect(Collectors.joining(","));
    List<String> products = new ArrayList<>();
    for (var p : orders.claimReview().catalog().products()) {
      products.add(FhirCodes.PRODUCT + "|" + p.name());
      CatalogEntry e = orders.claimReview().catalog().entry(p).orElseThrow();
      for (Ndc n : e.ndcs()) {
        products.add(FhirCodes.NDC + "|" + n.render());
      }
    }
    Map<String, String> t = new LinkedHashMap<>();
    t.put("patient", "Patient/{{context.patientId}}");
    t.put("conditions", "Condition?patient={{context.patientId}}");
    t.put(
        "observations",
        "Observation?patient={{context.patientId}}&code="
            + observationCodes
            + "," + FhirCodes.NOTE_STATEMENT + "|,"
            + FhirCodes.RISK_FACTOR + "|");
    t.put(
        "administrations",
        "MedicationAdministration?patient={{context.patientId}}&code=" + String.join(",", products));
    t.put("therapies", "MedicationStatement?patient={{context.patientId}}");
    t.put("reports", "DiagnosticReport?patient={{context.patientId}}&_include=DiagnosticReport:result");
    t.put(
        "notes",
        "Composition?patient={{context.patientId}}&type="
            + FhirCodes.LOINC + "|" + FhirCodes.LOINC_PROGRESS_NOTE
            + "&_include=Composition:entry");
    return t;
  }

  private String discoveryDocument() {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode services = root.putArray("services");
    for (Service service : SERVICES) {
      service(services, service.hook(), service.id(), service.title(), service.description());
    }
    return root.toPrettyString();
  }

  private void service(ArrayNode services, String hook, String id, String title, String description) {
    ObjectNode s = services.addObject();
    s.put("hook", hook);
    s.put("title", title);
    s.put("description", description);
    s.put("id", id);
    ObjectNode p = s.putObject("prefetch");
    prefetch.forEach(p::put);
  }

  // ------------------------------------------------------------------ a hook call

  /**
   * Answers a hook call.
   *
   * @return the response JSON, UTF-8
   * @throws InvalidInputException naming the element that cannot be read
   */
  byte[] call(String hook, Envelope request) {
    if (!hook.equals(request.hook())) {
      boolean known = SERVICES.stream().anyMatch(s -> s.hook().equals(request.hook()));
      throw new InvalidInputException(
          "hook", "this service answers " + hook + ", was " + (known ? request.hook() : "another hook"));
    }
    String instance = request.hookInstance();
    Envelope.Resource draftText = request.draftOrders();
    if (draftText == null) {
      throw new InvalidInputException("context.draftOrders", "missing: an object");
    }
    Bundle drafts = Fhir.parseAt(Bundle.class, draftText.json(), "context.draftOrders");
    Set<String> selections = Set.of();
    if (hook.equals("order-select")) {
      if (!request.hasSelections()) {
        throw new InvalidInputException("context.selections", "missing: the selected order references");
      }
      selections = Set.copyOf(request.selections());
    }
    Envelope.Resource patientText = request.prefetch().get("patient");
    if (patientText == null) {
      throw new InvalidInputException(
          "prefetch.patient", "missing: this service reads prefetch and does not query the FHIR server");
    }
    Patient patient = Fhir.parseAt(Patient.class, patientText.json(), "prefetch.patient");
    List<PrefetchReader.Entry> record = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String key : PREFETCH_KEYS) {
      if (key.equals("patient")) {
        continue;
      }
      Envelope.Resource text = request.prefetch().get(key);
      if (text == null) {
        if (REQUIRED_PREFETCH.contains(key)) {
          throw new InvalidInputException(
              "prefetch." + key, "missing: this service reads prefetch and does not query the FHIR server");
        }
        continue;
      }
      Bundle b = Fhir.parseAt(Bundle.class, text.json(), "prefetch." + key);
      for (PrefetchReader.Entry l : PrefetchReader.entries(b, "prefetch." + key)) {
        Resource r = l.resource();
        // the same resource may come in two prefetches (a Condition and a note's _include)
        String ref = r.hasIdElement() && r.getIdElement().hasIdPart()
            ? r.fhirType() + "/" + r.getIdElement().getIdPart() : null;
        if (ref == null || seen.add(ref)) {
          record.add(l);
        }
      }
    }

    ObjectNode response = MAPPER.createObjectNode();
    ArrayNode cards = response.putArray("cards");
    ArrayNode actions = response.putArray("systemActions");
    OrderReview.Record prefetched = null; // read once, on the first order that needs it
    for (PrefetchReader.Entry l : PrefetchReader.entries(drafts, "context.draftOrders")) {
      if (!(l.resource() instanceof MedicationRequest order)) {
        continue;
      }
      String ref = "MedicationRequest/" + order.getIdElement().getIdPart();
      if (hook.equals("order-select") && !selections.contains(ref)) {
        continue;
      }
      Optional<CatalogEntry> entry = this.orders.product(order, l.path() + ".medicationCodeableConcept");
      if (entry.isEmpty()) {
        continue;
      }
      if (prefetched == null) {
        prefetched = this.orders.read(patient, record);
      }
      OrderReview.Reviewed reviewed = this.orders.review(instance, order, l.path(), entry.get(), prefetched);
      cards.add(CoverageCard.of(reviewed.result(), entry.get()));
      MedicationRequest annotated =
          ResultResources.withCoverageInformation(order, reviewed.result(), reviewed.dateOfService());
      ObjectNode action = actions.addObject();
      action.put("type", "update");
      action.put("description", "Coverage information for " + productName(entry.get()) + " (Da Vinci CRD)");
      action.putRawValue("resource", new RawValue(Fhir.toJson(annotated, false)));
    }
    try {
      return MAPPER.writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response tree could not be written", e);
    }
  }

  private static String productName(CatalogEntry e) {
    return e.product().name();
  }
}
