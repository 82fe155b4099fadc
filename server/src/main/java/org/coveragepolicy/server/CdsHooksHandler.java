package org.coveragepolicy.server;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.fhir.Fhir;
import org.coveragepolicy.review.ClaimReview;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;

/**
 * The CDS Hooks service as a framework-neutral handler: one method from a request (method, path,
 * headers, body) to a response (status, headers, body), for any Java web stack to call from its
 * own controller; {@link CdsHooksServer} is a standalone host of it. Thread-safe; it does no I/O,
 * keeps no state between calls and logs nothing.
 *
 * <p>It answers {@code GET /cds-services} with the discovery document, {@code POST
 * /cds-services/{id}} for each service with cards and {@code systemActions}, and {@code OPTIONS}
 * (a CORS preflight) on those paths with 204; every response carries {@code
 * Access-Control-Allow-Origin}. Errors are FHIR {@code OperationOutcome}s naming the element at
 * fault, never a stack trace, a Java type or a value of the request: 400 for a request that cannot
 * be read (including a body that is not UTF-8), 404 for an unknown path, 405 for a wrong method,
 * 413 for a body over {@link CdsHooksLimits#maxRequestBytes()}, 415 for a body that is not {@code
 * application/json}, 422 for a request over the other {@link CdsHooksLimits}.
 *
 * <p>A host calls it from its own controller (the module README shows Spring Boot and a servlet):
 *
 * <pre>{@code
 * CdsHooksHandler cds = CdsHooksHandler.builder(ClaimReview.standard()).build();
 * CdsHooksResponse r = cds.handle(CdsHooksRequest.of(method, path, headers, body));
 * // send r.status(), r.headers() and r.body() as they are
 * }</pre>
 *
 * @since 0.2.0
 */
public final class CdsHooksHandler {
  private static final String PREFIX = "/cds-services";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String FHIR_JSON = "application/fhir+json; charset=utf-8";

  private final CdsServices services;
  private final CdsHooksLimits limits;
  private final String allowedOrigin;

  private CdsHooksHandler(Builder b) {
    this.services = new CdsServices(new OrderReview(b.review, b.edition));
    this.limits = b.limits;
    this.allowedOrigin = b.allowedOrigin;
  }

  /**
   * Returns a builder of a handler that reviews orders with a claim review (whose catalog names the
   * products the services review).
   *
   * @param review the claim review, such as {@link ClaimReview#standard()}
   * @return a builder
   */
  public static Builder builder(ClaimReview review) {
    return new Builder(checkNotNull(review, "review"));
  }

  /**
   * Returns the limits this handler holds requests to.
   *
   * @return the limits
   */
  public CdsHooksLimits limits() {
    return limits;
  }

  /**
   * Answers a request.
   *
   * @param request the request
   * @return the response; never null, whatever the request
   */
  public CdsHooksResponse handle(CdsHooksRequest request) {
    String path = request.path();
    if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
      return error(404, IssueType.NOTFOUND, "", "no such service; see GET /cds-services");
    }
    String method = request.method();
    if (method.equals("OPTIONS")) {
      return preflight();
    }
    if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
      return method.equals("GET") || method.equals("HEAD")
          ? response(200, JSON, services.discovery())
          : error(405, IssueType.NOTSUPPORTED, "", "use GET for the discovery document");
    }
    Optional<String> hook = CdsServices.hookOf(path.substring(PREFIX.length() + 1));
    if (hook.isEmpty()) {
      return error(404, IssueType.NOTFOUND, "", "no such service; see GET /cds-services");
    }
    if (!method.equals("POST")) {
      return error(405, IssueType.NOTSUPPORTED, "", "use POST to call a service");
    }
    if (!isJson(request.header("Content-Type"))) {
      return error(415, IssueType.NOTSUPPORTED, "", "the request must be application/json (UTF-8)");
    }
    byte[] body = request.bodyBytes();
    if (body.length > limits.maxRequestBytes()) {
      return tooLarge(limits.maxRequestBytes());
    }
    try {
      String text = utf8(body);
      Envelope envelope = Envelope.read(text);
      CdsHooksResponse over = overLimits(envelope);
      if (over != null) {
        return over;
      }
      return response(200, JSON, services.call(hook.get(), envelope));
    } catch (InvalidInputException e) {
      return error(400, IssueType.INVALID, e.path(), e.problem());
    } catch (RuntimeException e) {
      // never a stack trace, a Java type or a value of the request
      return error(500, IssueType.EXCEPTION, "", "internal error");
    }
  }

  /** A response for a body over the size limit, for hosts that stop reading at the limit. */
  static CdsHooksResponse tooLarge(int maxBytes) {
    return errorResponse(
        413, IssueType.TOOLONG, "", "the request body is over " + maxBytes + " bytes", "*");
  }

  private CdsHooksResponse error(int status, IssueType type, String path, String problem) {
    return errorResponse(status, type, path, problem, allowedOrigin);
  }

  static CdsHooksResponse errorResponse(
      int status, IssueType type, String path, String problem, String origin) {
    return new CdsHooksResponse(
        status,
        ImmutableMap.of("Content-Type", FHIR_JSON, "Access-Control-Allow-Origin", origin),
        operationOutcome(type, path, problem));
  }

  /** An OperationOutcome of one error issue, as FHIR JSON. */
  private static byte[] operationOutcome(IssueType type, String path, String problem) {
    OperationOutcome outcome = new OperationOutcome();
    OperationOutcome.OperationOutcomeIssueComponent issue =
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type);
    issue.setDiagnostics(path.isEmpty() ? problem : path + ": " + problem);
    if (!path.isEmpty()) {
      issue.addExpression(path);
    }
    return Fhir.toJson(outcome, false).getBytes(StandardCharsets.UTF_8);
  }

  private CdsHooksResponse response(int status, String contentType, byte[] body) {
    return new CdsHooksResponse(
        status,
        ImmutableMap.of("Content-Type", contentType, "Access-Control-Allow-Origin", allowedOrigin),
        body);
  }

  /** The CORS preflight answer the CDS Hooks specification describes. */
  private CdsHooksResponse preflight() {
    return new CdsHooksResponse(
        204,
        ImmutableMap.of(
            "Access-Control-Allow-Origin", allowedOrigin,
            "Access-Control-Allow-Methods", "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers", "Authorization, Content-Type",
            "Access-Control-Max-Age", "86400"),
        new byte[0]);
  }

  private @Nullable CdsHooksResponse overLimits(Envelope envelope) {
    Envelope.Resource drafts = envelope.draftOrders();
    int orders = drafts == null ? 0 : drafts.entries();
    if (orders > limits.maxDraftOrders()) {
      return error(
          422, IssueType.TOOCOSTLY, "context.draftOrders.entry",
          "at most " + limits.maxDraftOrders() + " draft orders per request, was " + orders);
    }
    long resources = 0;
    for (Envelope.Resource r : envelope.prefetch().values()) {
      resources += Math.max(1, r.entries());
    }
    if (resources > limits.maxPrefetchResources()) {
      return error(
          422, IssueType.TOOCOSTLY, "prefetch",
          "at most " + limits.maxPrefetchResources() + " prefetched resources per request, was " + resources);
    }
    long work = (long) orders * (resources + 1);
    if (work > limits.maxWork()) {
      return error(
          422, IssueType.TOOCOSTLY, "context.draftOrders.entry",
          "draft orders × (prefetched resources + 1) must be at most " + limits.maxWork()
              + ", was " + orders + " × " + (resources + 1));
    }
    return null;
  }

  /** True for {@code application/json}, with no charset or UTF-8. */
  private static boolean isJson(Optional<String> contentType) {
    if (contentType.isEmpty()) {
      return false;
    }
    String[] parts = contentType.get().split(";");
    if (!parts[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip().toLowerCase(Locale.ROOT);
      if (param.startsWith("charset=")) {
        String charset = param.substring("charset=".length()).replace("\"", "");
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          return false;
        }
      }
    }
    return true;
  }

  /** Decodes strict UTF-8: malformed or unmappable bytes are a 400 naming their offset. */
  private static String utf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("", "the request body is not valid UTF-8 (at byte " + in.position() + ")");
    }
  }

  /**
   * Builds a {@link CdsHooksHandler}.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final ClaimReview review;
    private @Nullable Edition edition;
    private CdsHooksLimits limits = CdsHooksLimits.defaults();
    private String allowedOrigin = "*";

    private Builder(ClaimReview review) {
      this.review = review;
    }

    /**
     * Sets the policy edition orders are reviewed under (default: the default edition of the
     * policy of the product ordered).
     *
     * @param edition the edition
     * @return this builder
     */
    public Builder edition(Edition edition) {
      this.edition = checkNotNull(edition, "edition");
      return this;
    }

    /**
     * Sets the limits requests are held to (default: {@link CdsHooksLimits#defaults()}).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(CdsHooksLimits limits) {
      this.limits = checkNotNull(limits, "limits");
      return this;
    }

    /**
     * Sets the value of {@code Access-Control-Allow-Origin} (default {@code *}, as the CDS Hooks
     * specification suggests; give an EHR's origin to admit only its browser clients).
     *
     * @param origin an origin such as {@code https://ehr.example.org}, or {@code *}
     * @return this builder
     */
    public Builder allowedOrigin(String origin) {
      this.allowedOrigin = checkNotNull(origin, "origin");
      return this;
    }

    /**
     * Returns the handler.
     *
     * @return the handler
     */
    public CdsHooksHandler build() {
      return new CdsHooksHandler(this);
    }
  }
}
