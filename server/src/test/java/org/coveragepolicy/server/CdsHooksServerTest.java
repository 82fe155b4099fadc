package org.coveragepolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.Socket;
import java.util.Locale;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.coveragepolicy.fhir.FhirCodes;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.review.ClaimReview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service over real HTTP on 127.0.0.1 and a free port.
 *
 * <p>No request has a short timeout: the first request a server answers also loads HAPI FHIR's model
 * (its error responses are FHIR resources), which takes seconds on an idle machine and over ten on a
 * loaded one; a 10-second timeout once failed CI that way. {@link #HANG} only stops a hang.
 */
class CdsHooksServerTest {
  static final int MAX_BYTES = 256 * 1024;

  /** Only stops a hang: how long a request takes is never a pass/fail criterion. */
  static final Duration HANG = Duration.ofMinutes(5);
  static CdsHooksServer server;
  static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server =
        CdsHooksServer.builder(
                CdsHooksHandler.builder(ClaimReview.standard())
                    .edition(DenosumabPolicy.DEFAULT)
                    .limits(CdsHooksLimits.builder().maxRequestBytes(MAX_BYTES).build())
                    .build())
            .host("127.0.0.1")
            .threads(4)
            .build()
            .start();
    client = HttpClient.newBuilder().connectTimeout(HANG).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static HttpResponse<String> post(String path, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(HANG)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(HANG).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Calls the order-sign service. */
  static HttpResponse<String> orderSign(String body) throws Exception {
    return post("/cds-services/" + CdsServices.ORDER_SIGN, body);
  }

  static JsonNode tree(HttpResponse<String> r) throws IOException {
    return Requests.MAPPER.readTree(r.body());
  }

  static JsonNode coverage(JsonNode response, int action) {
    JsonNode resource = response.get("systemActions").get(action).get("resource");
    for (JsonNode e : resource.get("extension")) {
      if (e.get("url").asText().equals(FhirCodes.COVERAGE_INFORMATION)) {
        return e;
      }
    }
    throw new AssertionError("no coverage-information extension");
  }

  static String sub(JsonNode extension, String url) {
    for (JsonNode e : extension.get("extension")) {
      if (e.get("url").asText().equals(url)) {
        return e.has("valueCode") ? e.get("valueCode").asText() : e.toString();
      }
    }
    return null;
  }

  static void assertOperationOutcome(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/fhir+json"));
    JsonNode body = tree(r);
    assertThat(body.get("resourceType").asText()).isEqualTo("OperationOutcome");
    assertThat(body.get("issue").get(0).get("severity").asText()).isEqualTo("error");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
  }

  @Test
  void discoveryListsBothServicesWithPrefetchUnderDrugNeutralIds() throws Exception {
    HttpResponse<String> r = get("/cds-services");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode services = tree(r).get("services");
    assertThat(services).hasSize(2);
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (JsonNode s : services) {
      ids.add(s.get("id").asText());
      assertThat(s.get("hook").asText()).isIn("order-sign", "order-select");
      for (String key : CdsServices.REQUIRED_PREFETCH) {
        assertThat(s.get("prefetch").get(key).asText()).contains("{{context.patientId}}");
      }
      // one pair of services for every policy: neither a policy nor a product is named
      String text = (s.get("title").asText() + " " + s.get("description").asText()).toLowerCase(Locale.ROOT);
      for (var policy : Policies.load().all()) {
        assertThat(text).doesNotContain(policy.name().toLowerCase(Locale.ROOT));
      }
      for (var product : ClaimReview.standard().catalog().products()) {
        assertThat(text).doesNotContain(product.name().toLowerCase(Locale.ROOT));
      }
    }
    // the deprecated IDs answer but are not listed
    assertThat(ids).containsExactly("coverage-order-sign", "coverage-order-select");
  }

  @Test
  void orderSignForACompleteRecordIsCovered() throws Exception {
    HttpResponse<String> r =
        orderSign(Requests.prolia("order-sign", true).toString());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = tree(r);
    assertThat(body.get("cards")).hasSize(1);
    JsonNode card = body.get("cards").get(0);
    assertThat(card.get("indicator").asText()).isEqualTo("info");
    assertThat(card.has("links")).isFalse();
    assertThat(card.get("detail").asText()).contains("APPROVE");
    assertThat(body.get("systemActions")).hasSize(1);
    assertThat(body.get("systemActions").get(0).get("type").asText()).isEqualTo("update");
    assertThat(sub(coverage(body, 0), "covered")).isEqualTo("covered");
  }

  @Test
  void orderSignWithoutImagingSaysWhatIsMissingWithRuleAndCitation() throws Exception {
    HttpResponse<String> r =
        orderSign(Requests.prolia("order-sign", false).toString());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = tree(r);
    JsonNode card = body.get("cards").get(0);
    assertThat(card.get("indicator").asText()).isEqualTo("warning");
    assertThat(card.get("detail").asText()).contains("DOC-IMAGING").contains("cites SEED");
    assertThat(card.get("summary").asText().length()).isLessThanOrEqualTo(140);
    JsonNode coverage = coverage(body, 0);
    assertThat(sub(coverage, "covered")).isEqualTo("conditional");
    assertThat(sub(coverage, "doc-needed")).isEqualTo("clinical");
    // rules decided on the claim or the given dose are not reported at order time
    for (String rule : OrderReview.CLAIM_TIME_RULES) {
      assertThat(card.get("detail").asText()).doesNotContain("**" + rule + "**");
    }
  }

  @Test
  void orderSelectReviewsOnlyTheSelectedOrder() throws Exception {
    ObjectNode request =
        Requests.request(
            "order-select",
            true,
            Requests.order("rx1", FhirCodes.PRODUCT, "PROLIA"),
            Requests.order("rx2", FhirCodes.PRODUCT, "PROLIA"));
    HttpResponse<String> r = post("/cds-services/coverage-order-select", request.toString());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = tree(r);
    assertThat(body.get("cards")).hasSize(1);
    assertThat(body.get("systemActions").get(0).get("resource").get("id").asText()).isEqualTo("rx1");
  }

  @Test
  void otherDrugsGetNoCards() throws Exception {
    ObjectNode request =
        Requests.request("order-sign", true, Requests.order("rx9", FhirCodes.RXNORM, "8640"));
    HttpResponse<String> r = orderSign(request.toString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(tree(r).get("cards")).isEmpty();
    assertThat(tree(r).get("systemActions")).isEmpty();
  }

  @Test
  void conditionsANoteHoldsBelongToTheNoteEvenWhenPrefetchedTwice() throws Exception {
    ObjectNode request = Requests.prolia("order-sign", true);
    org.hl7.fhir.r4.model.Composition note = Requests.id(new org.hl7.fhir.r4.model.Composition(), "n1");
    // an unsigned note: its diagnoses do not count, and must not count through the second copy
    note.setStatus(org.hl7.fhir.r4.model.Composition.CompositionStatus.PRELIMINARY);
    note.setType(Requests.concept(FhirCodes.LOINC, FhirCodes.LOINC_PROGRESS_NOTE));
    note.setDateElement(new org.hl7.fhir.r4.model.DateTimeType(Requests.NOTE_DATE));
    note.setTitle("Progress note");
    note.addSection()
        .addEntry(new org.hl7.fhir.r4.model.Reference("Condition/c1"))
        .addEntry(new org.hl7.fhir.r4.model.Reference("Condition/c2"));
    // the search with _include=Composition:entry returns the note and its conditions again
    ((ObjectNode) request.get("prefetch"))
        .set(
            "notes",
            Requests.json(
                Requests.searchset(
                    java.util.List.of(
                        note, Requests.condition("c1", "M81.0"), Requests.condition("c2", "Z87.310")))));
    HttpResponse<String> r = orderSign(request.toString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(tree(r).get("cards").get(0).get("detail").asText()).contains("DOC-UNSIGNED");
    assertThat(sub(coverage(tree(r), 0), "covered")).isNotEqualTo("covered");
  }

  @Test
  void notJsonIsA400OperationOutcome() throws Exception {
    assertOperationOutcome(orderSign("{not json"), 400);
  }

  @Test
  void missingPrefetchIsA400NamingIt() throws Exception {
    ObjectNode request = Requests.prolia("order-sign", true);
    ((ObjectNode) request.get("prefetch")).remove("conditions");
    HttpResponse<String> r = orderSign(request.toString());
    assertOperationOutcome(r, 400);
    assertThat(tree(r).get("issue").get(0).get("expression").get(0).asText()).isEqualTo("prefetch.conditions");
  }

  @Test
  void wrongHookIsA400() throws Exception {
    assertOperationOutcome(
        orderSign(Requests.prolia("order-select", true).toString()), 400);
  }

  @Test
  void invalidFhirIsA400WithoutTheBirthDate() throws Exception {
    String body =
        Requests.prolia("order-sign", true).toString().replace("1948-06-12", "1948-13-40");
    HttpResponse<String> r = orderSign(body);
    assertOperationOutcome(r, 400);
    assertThat(r.body()).doesNotContain("1948");
  }

  @Test
  void unmappableOrderIsA400NamingTheElement() throws Exception {
    ObjectNode request = Requests.prolia("order-sign", true);
    String body = request.toString().replace("\"34206005\"", "\"999999\"");
    HttpResponse<String> r = orderSign(body);
    assertOperationOutcome(r, 400);
    assertThat(r.body()).contains("dosageInstruction[0].route");
  }

  @Test
  void unknownServiceIs404AndWrongMethodIs405() throws Exception {
    assertOperationOutcome(post("/cds-services/nothing-here", "{}"), 404);
    assertOperationOutcome(get("/cds-services/coverage-order-sign"), 405);
  }

  @Test
  void oversizedBodyIs413() throws Exception {
    // the whole body (one byte over the limit) is sent before the answer is read: the server reads
    // it to its end, so the answer cannot be lost to a reset, whatever the timing
    String body = "{\"pad\":\"" + "x".repeat(MAX_BYTES - 9) + "\"}";
    assertThat(body).hasSize(MAX_BYTES + 1);
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      HttpHostTest.send(
          s,
          HttpHostTest.POST_JSON + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
              + body);
      String answer = HttpHostTest.readToClose(s);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("OperationOutcome").contains("too-long");
    }
  }

  @Test
  void theDeprecatedServiceIdAnswersAsTheServiceItNames() throws Exception {
    String deprecated = CdsServices.POLICY + "-order-sign";
    assertThat(CdsServices.ALIASES).containsEntry(deprecated, CdsServices.ORDER_SIGN);
    String request = Requests.prolia("order-sign", false).toString();
    HttpResponse<String> r = post("/cds-services/" + deprecated, request);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(post("/cds-services/" + CdsServices.ORDER_SIGN, request).body());
  }

  @Test
  void sameRequestGivesTheSameResponse() throws Exception {
    String request = Requests.prolia("order-sign", false).toString();
    assertThat(orderSign(request).body())
        .isEqualTo(orderSign(request).body());
  }
}
