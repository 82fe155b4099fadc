package org.coveragepolicy.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.coveragepolicy.fhir.FhirCodes;
import org.coveragepolicy.review.ClaimReview;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.Test;

/** The handler called directly, as a Spring or servlet controller would: no HTTP. */
class CdsHooksHandlerTest {
  static final CdsHooksHandler HANDLER = CdsHooksHandler.builder(ClaimReview.standard()).build();
  static final String SIGN = "/cds-services/" + CdsServices.ORDER_SIGN;
  static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  /** A value no response, message or log line may contain. */
  static final String SECRET = "Quillonia";

  static CdsHooksResponse post(String body) {
    return post(HANDLER, body);
  }

  static CdsHooksResponse post(byte[] body, Map<String, String> headers) {
    return HANDLER.handle(CdsHooksRequest.of("POST", SIGN, headers, body));
  }

  /** Posts JSON to the order-sign service of a handler. */
  static CdsHooksResponse post(CdsHooksHandler handler, String body) {
    return handler.handle(CdsHooksRequest.of("POST", SIGN, JSON, body.getBytes(UTF_8)));
  }

  static CdsHooksHandler handlerWith(CdsHooksLimits limits) {
    return CdsHooksHandler.builder(ClaimReview.standard()).limits(limits).build();
  }

  static JsonNode tree(CdsHooksResponse r) throws Exception {
    return Requests.MAPPER.readTree(r.body());
  }

  static String expression(CdsHooksResponse r) throws Exception {
    return tree(r).get("issue").get(0).get("expression").get(0).asText();
  }

  static String diagnostics(CdsHooksResponse r) throws Exception {
    return tree(r).get("issue").get(0).get("diagnostics").asText();
  }

  static ObjectNode prolia() {
    return Requests.prolia("order-sign", true);
  }

  @Test
  void aValidOrderSignIsA200WithOneCardAndTheCorsHeader() throws Exception {
    CdsHooksResponse r = post(prolia().toString());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).hasValue("application/json; charset=utf-8");
    assertThat(r.header("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(tree(r).get("cards")).hasSize(1);
  }

  @Test
  void theDiscoveryDocumentListsEveryServiceOnce() throws Exception {
    CdsHooksResponse r = HANDLER.handle(CdsHooksRequest.of("GET", "/cds-services", Map.of(), new byte[0]));
    assertThat(r.status()).isEqualTo(200);
    assertThat(tree(r).get("services").findValuesAsText("id"))
        .containsExactlyElementsOf(CdsServices.SERVICES.stream().map(CdsServices.Service::id).toList());
  }

  @Test
  void aPreflightIs204WithTheAllowedMethodsAndHeaders() {
    CdsHooksResponse r =
        HANDLER.handle(
            CdsHooksRequest.of("OPTIONS", SIGN, Map.of("Origin", "https://ehr.example.org"), new byte[0]));
    assertThat(r.status()).isEqualTo(204);
    assertThat(r.header("Access-Control-Allow-Methods")).hasValue("GET, POST, OPTIONS");
    assertThat(r.header("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type");
    assertThat(r.bodyLength()).isZero();
  }

  @Test
  void anAllowedOriginIsSentAsGiven() {
    CdsHooksHandler h =
        CdsHooksHandler.builder(ClaimReview.standard()).allowedOrigin("https://ehr.example.org").build();
    CdsHooksResponse r = h.handle(CdsHooksRequest.of("GET", "/cds-services", Map.of(), new byte[0]));
    assertThat(r.header("Access-Control-Allow-Origin")).hasValue("https://ehr.example.org");
  }

  @Test
  void aTextPlainBodyIs415() {
    assertThat(post(prolia().toString().getBytes(UTF_8), Map.of("Content-Type", "text/plain")).status())
        .isEqualTo(415);
    assertThat(post(prolia().toString().getBytes(UTF_8), Map.of()).status()).isEqualTo(415);
    assertThat(
            post(prolia().toString().getBytes(UTF_8), Map.of("content-type", "application/json; charset=ISO-8859-1"))
                .status())
        .isEqualTo(415);
    assertThat(
            post(prolia().toString().getBytes(UTF_8), Map.of("CONTENT-TYPE", "Application/JSON; charset=\"UTF-8\""))
                .status())
        .isEqualTo(200);
  }

  @Test
  void invalidUtf8InHookInstanceIs400AndIsNotEchoed() throws Exception {
    byte[] body = prolia().toString().getBytes(UTF_8);
    String text = new String(body, UTF_8);
    int at = text.indexOf("d1577c69") + 2;
    body[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
    CdsHooksResponse r = post(body, JSON);
    assertThat(r.status()).isEqualTo(400);
    assertThat(diagnostics(r)).contains("not valid UTF-8").contains("at byte " + at);
    assertThat(r.bodyText()).doesNotContain("\uFFFD").doesNotContain("d1577c69");
  }

  @Test
  void aHookInstanceThatIsNotAUuidIs400() throws Exception {
    ObjectNode request = prolia();
    request.put("hookInstance", SECRET);
    CdsHooksResponse r = post(request.toString());
    assertThat(r.status()).isEqualTo(400);
    assertThat(expression(r)).isEqualTo("hookInstance");
  }

  @Test
  void aDoseOfSixtyAndATinyFractionIsReadExactlyAndRefused() throws Exception {
    String body = prolia().toString();
    assertThat(body).contains("\"value\":60,");
    CdsHooksResponse r = post(body.replace("\"value\":60,", "\"value\":60.00000000000000001,"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(expression(r)).endsWith("dosageInstruction[0].doseAndRate[0].doseQuantity");
    assertThat(diagnostics(r)).contains("whole number of mg");
  }

  @Test
  void aBirthDateWithATimeIs400NamingIt() throws Exception {
    String body = prolia().toString();
    CdsHooksResponse r = post(body.replace("\"1948-06-12\"", "\"1948-06-12T10:00:00Z\""));
    assertThat(r.status()).isEqualTo(400);
    assertThat(expression(r)).isEqualTo("prefetch.patient.birthDate");
    assertThat(r.bodyText()).doesNotContain("1948");
  }

  @Test
  void aBirthDateThatIsNotADateNamesTheElementButNotTheValue() throws Exception {
    CdsHooksResponse r = post(prolia().toString().replace("\"1948-06-12\"", "\"" + SECRET + "\""));
    assertThat(r.status()).isEqualTo(400);
    assertThat(expression(r)).isEqualTo("prefetch.patient.birthDate");
    assertThat(r.bodyText()).doesNotContain(SECRET);
  }

  @Test
  void aWrongResourceTypeInABundleNamesItsElement() throws Exception {
    ObjectNode request = prolia();
    ObjectNode entry = (ObjectNode) request.get("prefetch").get("observations").get("entry").get(3);
    ((ObjectNode) entry.get("resource")).put("resourceType", SECRET);
    CdsHooksResponse r = post(request.toString());
    assertThat(r.status()).isEqualTo(400);
    assertThat(expression(r)).isEqualTo("prefetch.observations.entry[3].resource.resourceType");
    assertThat(r.bodyText()).doesNotContain(SECRET);
  }

  @Test
  void aTooDeepBundleNamesThePlaceAndNoLibrarySetting() throws Exception {
    ObjectNode request = prolia();
    ObjectNode deep = (ObjectNode) request.get("prefetch").get("observations");
    ArrayNode nested = deep.putArray("x");
    for (int i = 0; i < 100; i++) {
      nested = nested.addArray();
    }
    CdsHooksResponse r = post(request.toString());
    assertThat(r.status()).isEqualTo(400);
    assertThat(diagnostics(r)).contains("nested deeper than").doesNotContain("StreamReadConstraints")
        .doesNotContain("Nesting");
  }

  @Test
  void aNumberBeyondTheReaderLimitsIsRefusedBeforeHapi() throws Exception {
    String body = prolia().toString();
    CdsHooksResponse r = post(body.replace("\"value\":60,", "\"value\":1E+999999999,"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(expression(r)).isEqualTo("context.draftOrders.entry[0].resource.dosageInstruction[0].doseAndRate[0].doseQuantity.value");
    assertThat(r.bodyLength()).isLessThan(1_000);
  }

  @Test
  void fourHundredDraftOrdersAreRefusedWith422BeforeAnyReview() throws Exception {
    MedicationRequest[] orders = new MedicationRequest[400];
    for (int i = 0; i < orders.length; i++) {
      orders[i] = Requests.order("rx" + i, FhirCodes.PRODUCT, "PROLIA");
    }
    CdsHooksResponse r = post(Requests.request("order-sign", true, orders).toString());
    assertThat(r.status()).isEqualTo(422);
    assertThat(tree(r).get("issue").get(0).get("code").asText()).isEqualTo("too-costly");
    assertThat(expression(r)).isEqualTo("context.draftOrders.entry");
    assertThat(diagnostics(r)).contains("at most " + CdsHooksLimits.DEFAULT_MAX_DRAFT_ORDERS + " draft orders").contains("was 400");
  }

  @Test
  void tooManyPrefetchedResourcesAre422() throws Exception {
    CdsHooksHandler small = handlerWith(CdsHooksLimits.builder().maxPrefetchResources(5).build());
    CdsHooksResponse r = post(small, prolia().toString());
    assertThat(r.status()).isEqualTo(422);
    assertThat(expression(r)).isEqualTo("prefetch");
  }

  @Test
  void ordersTimesRecordOverTheWorkLimitAre422() throws Exception {
    CdsHooksHandler small = handlerWith(CdsHooksLimits.builder().maxWork(15).build());
    ObjectNode request =
        Requests.request(
            "order-sign", true,
            Requests.order("rx1", FhirCodes.PRODUCT, "PROLIA"),
            Requests.order("rx2", FhirCodes.PRODUCT, "PROLIA"));
    CdsHooksResponse r = post(small, request.toString());
    assertThat(r.status()).isEqualTo(422);
    assertThat(diagnostics(r)).contains("must be at most 15, was 2 × 10");
  }

  @Test
  void aBodyOverTheSizeLimitIs413() {
    CdsHooksHandler small = handlerWith(CdsHooksLimits.builder().maxRequestBytes(100).build());
    assertThat(post(small, prolia().toString()).status()).isEqualTo(413);
  }

  @Test
  void aValueOutOfPlaceNeverComesBackWhateverItsQuoting() throws Exception {
    // where HAPI or the JDK quote with "…", '…', or not at all, and where the input's own text is
    // an element name (codes the policy does not know are echoed by design, as the JSON reader does)
    String body = prolia().toString();
    String[] placed = {
      body.replace("\"female\"", "\"" + SECRET + "\""),
      body.replace("\"female\"", "\"" + SECRET + "'s\""),
      body.replace("\"final\"", "\"" + SECRET + "\""),
      body.replace("\"2025-11-03\"", "\"" + SECRET + "\""),
      body.replace("\"resourceType\":\"Patient\"", "\"resourceType\":\"" + SECRET + "\""),
      body.replace("\"status\":\"draft\"", "\"" + SECRET + "\":\"draft\""),
      body.replace("\"hook\":\"order-sign\"", "\"hook\":\"" + SECRET + "\""),
      body.replace("\"valueBoolean\":true", "\"valueBoolean\":\"" + SECRET + "\""),
      body.replace("\"value\":9.4", "\"value\":\"" + SECRET + "\""),
      body.replace("\"mg\"", "\"" + SECRET + "\""),
    };
    for (String b : placed) {
      assertThat(b).as("the value was placed").contains(SECRET);
      CdsHooksResponse r = post(b);
      assertThat(r.status()).as(r.bodyText()).isIn(200, 400);
      assertThat(r.bodyText()).doesNotContain(SECRET).doesNotContain("Exception").doesNotContain("java.");
    }
  }

  @Test
  void theResponseCanBeWrittenToAStream() throws Exception {
    CdsHooksResponse r = post(prolia().toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.writeBodyTo(out);
    assertThat(out.toByteArray()).isEqualTo(r.body());
    assertThat(r.toString()).doesNotContain("cards");
  }
}
