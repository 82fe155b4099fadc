package org.coveragepolicy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.fhir.Fhir;
import org.coveragepolicy.fhir.FhirCodes;
import org.coveragepolicy.fhir.ResultResources;
import org.coveragepolicy.fhir.internal.CaseReader;
import org.coveragepolicy.fhir.internal.CaseReader.Located;
import org.coveragepolicy.fhir.internal.Terminology;
import org.coveragepolicy.review.ReviewResult;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The CDS Hooks services as a pure function from a request (method, path, body) to a response: the
 * discovery document and the {@code order-sign} and {@code order-select} services for the first policy's
 * MedicationRequests. Thread-safe; no I/O.
 */
final class CdsServices {
  /** The policy the services answer for (the first on the class path), lower case, as IDs use it. */
  static final String POLICY = Policies.load().first().name().toLowerCase(Locale.ROOT);

  /** The policy's name as a title starts with it, such as "Abc" for {@code ABC}. */
  private static final String TITLE = POLICY.substring(0, 1).toUpperCase(Locale.ROOT) + POLICY.substring(1);

  static final String ORDER_SIGN = POLICY + "-order-sign";
  static final String ORDER_SELECT = POLICY + "-order-select";

  /** Prefetch keys the services need; a request without one of them is a bad request. */
  static final ImmutableList<String> REQUIRED_PREFETCH =
      ImmutableList.of("patient", "conditions", "observations", "administrations");

  /** Prefetch keys the services read when given; absent means none documented. */
  static final ImmutableList<String> OPTIONAL_PREFETCH =
      ImmutableList.of("therapies", "reports", "notes");

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final OrderReview orders;
  private final Map<String, String> prefetch;
  private final String discovery;

  CdsServices(OrderReview orders) {
    this.orders = orders;
    this.prefetch = prefetchTemplates(orders);
    this.discovery = discoveryDocument();
  }

  /** An HTTP response: status, content type and body. */
  record Response(int status, String contentType, String body) {}

  private static final String JSON = "application/json";
  private static final String FHIR_JSON = "application/fhir+json";

  Response handle(String method, String path, String body) {
    try {
      if (path.equals("/cds-services") || path.equals("/cds-services/")) {
        return method.equals("GET")
            ? new Response(200, JSON, discovery)
            : error(405, OperationOutcome.IssueType.NOTSUPPORTED, "", "use GET for the discovery document");
      }
      String hook =
          path.equals("/cds-services/" + ORDER_SIGN)
              ? "order-sign"
              : path.equals("/cds-services/" + ORDER_SELECT) ? "order-select" : null;
      if (hook == null) {
        return error(404, OperationOutcome.IssueType.NOTFOUND, "", "no such service; see GET /cds-services");
      }
      if (!method.equals("POST")) {
        return error(405, OperationOutcome.IssueType.NOTSUPPORTED, "", "use POST to call a service");
      }
      return new Response(200, JSON, call(hook, body));
    } catch (InvalidInputException e) {
      return error(400, OperationOutcome.IssueType.INVALID, e.path(), e.problem());
    } catch (RuntimeException e) {
      // never a stack trace, never a value of the request
      return error(500, OperationOutcome.IssueType.EXCEPTION, "", "internal error (" + e.getClass().getSimpleName() + ")");
    }
  }

  static Response error(int status, OperationOutcome.IssueType type, String path, String problem) {
    OperationOutcome outcome = new OperationOutcome();
    OperationOutcome.OperationOutcomeIssueComponent issue =
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type);
    issue.setDiagnostics(path.isEmpty() ? problem : path + ": " + problem);
    if (!path.isEmpty()) {
      issue.addExpression(path);
    }
    return new Response(status, FHIR_JSON, Fhir.toJson(outcome, false));
  }

  // ------------------------------------------------------------------ discovery

  private static Map<String, String> prefetchTemplates(OrderReview orders) {
    String observationCodes =
        ImmutableList.<String>builder()
            .addAll(Terminology.TSCORE_LOINC)
            .addAll(Terminology.LAB_LOINC.keySet())
            .add(FhirCodes.LOINC_PREGNANCY_STATUS)
            .build()
            .stream()
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
    service(services, "order-sign", ORDER_SIGN,
        TITLE + " coverage requirements at order signing",
        "Reviews a " + POLICY + " MedicationRequest being signed against Medicare Part B policy"
            + " (Noridian JF, Pub. 100-02 Ch. 15 §50, FDA labels): what is missing, with each rule"
            + " and its citation, and the CRD coverage-information extension for the order.");
    service(services, "order-select", ORDER_SELECT,
        TITLE + " coverage requirements at order selection",
        "Reviews the selected " + POLICY + " MedicationRequests against Medicare Part B policy: what is"
            + " missing, with each rule and its citation, and the CRD coverage-information extension.");
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

  private String call(String hook, String body) {
    JsonNode request;
    try {
      request = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("", "the request is not JSON");
    }
    if (request == null || !request.isObject()) {
      throw new InvalidInputException("", "the request must be a JSON object");
    }
    String hookName = text(request, "hook", "hook");
    if (!hook.equals(hookName)) {
      throw new InvalidInputException("hook", "this service answers " + hook + ", was " + hookName);
    }
    String instance = text(request, "hookInstance", "hookInstance");
    JsonNode context = object(request, "context", "context");
    JsonNode prefetchNode = object(request, "prefetch", "prefetch");
    Bundle drafts = Fhir.parseAt(Bundle.class, object(context, "draftOrders", "context.draftOrders").toString(),
        "context.draftOrders");
    Set<String> selections = hook.equals("order-select") ? selections(context) : Set.of();

    Patient patient =
        Fhir.parseAt(Patient.class, object(prefetchNode, "patient", "prefetch.patient").toString(), "prefetch.patient");
    List<Located> record = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String key : ImmutableList.<String>builder().addAll(REQUIRED_PREFETCH).addAll(OPTIONAL_PREFETCH).build()) {
      if (key.equals("patient")) {
        continue;
      }
      JsonNode node = prefetchNode.get(key);
      if (node == null || node.isNull()) {
        if (REQUIRED_PREFETCH.contains(key)) {
          throw new InvalidInputException(
              "prefetch." + key, "missing: this service reads prefetch and does not query the FHIR server");
        }
        continue;
      }
      if (!node.isObject()) {
        throw new InvalidInputException("prefetch." + key, "must be a FHIR Bundle");
      }
      Bundle b = Fhir.parseAt(Bundle.class, node.toString(), "prefetch." + key);
      for (Located l : CaseReader.entries(b, "prefetch." + key)) {
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
    List<Located> orders = CaseReader.entries(drafts, "context.draftOrders");
    for (Located l : orders) {
      if (!(l.resource() instanceof MedicationRequest order)) {
        continue;
      }
      String ref = "MedicationRequest/" + order.getIdElement().getIdPart();
      if (hook.equals("order-select") && !selections.contains(ref)) {
        continue;
      }
      Optional<CatalogEntry> entry = this.orders.catalogEntry(order, l.where() + ".medicationCodeableConcept");
      if (entry.isEmpty()) {
        continue;
      }
      OrderReview.Reviewed reviewed =
          this.orders.review(instance, order, l.where(), entry.get(), patient, record);
      cards.add(card(reviewed.result(), entry.get()));
      MedicationRequest annotated =
          ResultResources.withCoverageInformation(order, reviewed.result(), reviewed.dateOfService());
      ObjectNode action = actions.addObject();
      action.put("type", "update");
      action.put("description", "Coverage information for " + productName(entry.get()) + " (Da Vinci CRD)");
      action.set("resource", tree(Fhir.toJson(annotated, false)));
    }
    return response.toString();
  }

  private static Set<String> selections(JsonNode context) {
    JsonNode s = context.get("selections");
    if (s == null || !s.isArray()) {
      throw new InvalidInputException("context.selections", "missing: the selected order references");
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < s.size(); i++) {
      if (!s.get(i).isTextual()) {
        throw new InvalidInputException("context.selections[" + i + "]", "must be a reference string");
      }
      out.add(s.get(i).textValue());
    }
    return out;
  }

  private static String productName(CatalogEntry e) {
    return e.product().name();
  }

  private static ObjectNode card(ReviewResult result, CatalogEntry entry) {
    List<Finding> shown =
        result.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    boolean errors = shown.stream().anyMatch(Finding::isError);
    ObjectNode card = MAPPER.createObjectNode();
    String product = productName(entry);
    String summary;
    String indicator;
    if (!errors) {
      summary = product + ": Medicare Part B coverage requirements met";
      indicator = "info";
    } else {
      summary =
          product + ": " + result.denialReason().map(Enum::name).orElse("")
              .toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + " (" + shown.stream().filter(Finding::isError).count() + " to resolve)";
      indicator =
          result.findings().stream()
                  .filter(Finding::isError)
                  .allMatch(f -> f.category().map(c -> c.name().endsWith("DOCUMENTATION")).orElse(false))
              ? "warning"
              : "critical";
    }
    card.put("summary", summary.length() > 140 ? summary.substring(0, 140) : summary);
    card.put("indicator", indicator);
    StringBuilder detail = new StringBuilder();
    detail.append("Decision under ").append(result.edition().name()).append(": **")
        .append(result.decision().name()).append("**");
    result.indication().ifPresent(i -> detail.append(", indication ").append(i.name()));
    detail.append(".\n");
    for (Finding f : shown) {
      detail.append("\n- **").append(f.rule().id()).append("** (").append(f.severity().name())
          .append(f.category().map(c -> ", " + c.name()).orElse(""))
          .append("; cites ").append(f.citation().key()).append(": ").append(f.citation().title())
          .append("): ").append(f.message());
    }
    card.put("detail", detail.toString());
    ObjectNode source = card.putObject("source");
    source.put("label", "coverage-policy, Medicare Part B " + POLICY + " policy");
    return card;
  }

  // ------------------------------------------------------------------ JSON helpers

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("HAPI wrote JSON Jackson cannot read", e);
    }
  }

  private static String text(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.textValue().isBlank()) {
      throw new InvalidInputException(path, "missing: a string");
    }
    return v.textValue();
  }

  private static JsonNode object(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isObject()) {
      throw new InvalidInputException(path, "missing: an object");
    }
    return v;
  }
}
