package org.coveragepolicy.fhir;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.fhir.internal.RuleLocations;
import org.coveragepolicy.review.ReviewResult;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * Writes a review result as FHIR R4: an {@code OperationOutcome} with an issue per finding, and the
 * Da Vinci CRD coverage-information extension for the order under review. Pure functions of the
 * result: the same result always gives the same resources. Thread-safe.
 *
 * @since 0.2.0
 */
public final class ResultResources {
  private ResultResources() {}

  /**
   * A finding's rule summary as it reads under the result's edition: rendered by the policy of the
   * result's product, else the one that lists the edition (so an edition with other thresholds
   * prints its own numbers), else the rule's own summary.
   */
  private static String summary(ReviewResult result, Finding f) {
    Edition edition = result.edition();
    Policies policies = Policies.load();
    return result
        .product()
        .flatMap(policies::policyOf)
        .or(() -> policies.policyOf(edition))
        .map(p -> p.summary(edition, f.rule()))
        .orElse(f.rule().summary());
  }

  /**
   * Returns the result as an OperationOutcome: a first, informational issue stating the decision
   * (details coded in {@link FhirCodes#DECISION} and, on DENY, {@link FhirCodes#DENIAL_REASON}),
   * then one issue per finding in the result's order. A finding's issue has its severity (error,
   * warning, information), an issue type from its category, details coding the rule ID ({@link
   * FhirCodes#RULE}), the citation ({@link FhirCodes#CITATION}) and the category, the message as
   * the details' text, and the FHIRPath of the element at fault where the rule looks at one.
   *
   * @param result the result
   * @return the outcome
   */
  public static OperationOutcome operationOutcome(ReviewResult result) {
    OperationOutcome outcome = new OperationOutcome();
    CodeableConcept summary =
        new CodeableConcept(new Coding(FhirCodes.DECISION, result.decision().name(), null));
    result
        .denialReason()
        .ifPresent(c -> summary.addCoding(new Coding(FhirCodes.DENIAL_REASON, c.name(), null)));
    summary.setText(summaryText(result));
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.INFORMATION)
        .setCode(IssueType.INFORMATIONAL)
        .setDetails(summary);
    for (Finding f : result.findings()) {
      OperationOutcome.OperationOutcomeIssueComponent issue =
          outcome.addIssue().setSeverity(severity(f.severity())).setCode(issueType(f));
      CodeableConcept details = new CodeableConcept();
      details.addCoding(new Coding(FhirCodes.RULE, f.rule().id(), summary(result, f)));
      details.addCoding(
          new Coding(FhirCodes.CITATION, f.citation().key(), f.citation().title()));
      f.category()
          .ifPresent(c -> details.addCoding(new Coding(FhirCodes.DENIAL_REASON, c.name(), null)));
      details.setText(f.message());
      issue.setDetails(details);
      RuleLocations.expression(f.rule()).ifPresent(issue::addExpression);
    }
    return outcome;
  }

  private static String summaryText(ReviewResult result) {
    return "Case "
        + result.id()
        + " under "
        + result.edition().name()
        + ": "
        + result.decision().name()
        + result.denialReason().map(c -> " (" + c.name() + ")").orElse("")
        + "; product "
        + result.product().map(Object::toString).orElse("not determined")
        + "; indication "
        + result.indication().map(i -> i.name()).orElse("none supported")
        + ".";
  }

  private static IssueSeverity severity(Severity severity) {
    return switch (severity) {
      case ERROR -> IssueSeverity.ERROR;
      case WARNING -> IssueSeverity.WARNING;
      case INFO -> IssueSeverity.INFORMATION;
    };
  }

  private static IssueType issueType(Finding f) {
    if (f.category().isEmpty()) {
      return IssueType.INFORMATIONAL;
    }
    return switch (f.category().get()) {
      case NO_DOCUMENTATION -> IssueType.NOTFOUND;
      case INSUFFICIENT_DOCUMENTATION -> IssueType.INCOMPLETE;
      case NOT_PART_B_BENEFIT, MEDICAL_NECESSITY -> IssueType.BUSINESSRULE;
      case INCORRECT_CODING -> IssueType.CODEINVALID;
    };
  }

  /**
   * Returns the CRD coverage-information extension for a result: {@code covered} ({@code covered}
   * without errors; {@code conditional} when every error is missing documentation; else {@code
   * not-covered}), {@code doc-needed} {@code clinical} when documentation is missing, {@code
   * info-needed} ({@code performer}, {@code timeframe}) from the rules that failed, {@code reason}
   * (the denial reason), one {@code detail} per finding (its rule ID as category, its message as
   * value), {@code date} and {@code coverage-assertion-id} (the case ID).
   *
   * @param result the result
   * @param date the date the assertion is about (the date of service), never today's date, so the
   *     same result gives the same extension on any day
   * @return the extension
   */
  public static Extension coverageInformation(ReviewResult result, LocalDate date) {
    Extension ext = new Extension(FhirCodes.COVERAGE_INFORMATION);
    boolean errors = result.findings().stream().anyMatch(Finding::isError);
    boolean docMissing =
        result.findings().stream()
            .filter(Finding::isError)
            .anyMatch(f -> f.category().map(ResultResources::isDocumentation).orElse(false));
    boolean onlyDocMissing =
        result.findings().stream()
            .filter(Finding::isError)
            .allMatch(f -> f.category().map(ResultResources::isDocumentation).orElse(false));
    String covered = !errors ? "covered" : onlyDocMissing ? "conditional" : "not-covered";
    ext.addExtension("covered", new CodeType(covered));
    if (docMissing) {
      ext.addExtension("doc-needed", new CodeType("clinical"));
    }
    Set<String> infoNeeded = new TreeSet<>();
    result.findings().stream()
        .filter(Finding::isError)
        .forEach(f -> RuleLocations.infoNeeded(f.rule()).ifPresent(infoNeeded::add));
    for (String code : infoNeeded) {
      ext.addExtension("info-needed", new CodeType(code));
    }
    result
        .denialReason()
        .ifPresent(
            c -> {
              CodeableConcept reason =
                  new CodeableConcept(new Coding(FhirCodes.DENIAL_REASON, c.name(), null));
              reason.setText(summaryText(result));
              ext.addExtension("reason", reason);
            });
    for (Finding f : result.findings()) {
      Extension detail = new Extension("detail");
      CodeableConcept category =
          new CodeableConcept(new Coding(FhirCodes.RULE, f.rule().id(), summary(result, f)));
      category.addCoding(new Coding(FhirCodes.CITATION, f.citation().key(), f.citation().title()));
      detail.addExtension("category", category);
      detail.addExtension(
          "value", new StringType(f.severity().name() + ": " + f.message()));
      ext.addExtension(detail);
    }
    ext.addExtension("date", new DateType(date.toString()));
    ext.addExtension("coverage-assertion-id", new StringType(result.id()));
    return ext;
  }

  private static boolean isDocumentation(Category c) {
    return c == Category.NO_DOCUMENTATION || c == Category.INSUFFICIENT_DOCUMENTATION;
  }

  /**
   * Returns a copy of an order carrying the coverage-information extension, replacing any it
   * carried before; the order itself is not changed.
   *
   * @param order the order
   * @param result the result of reviewing it
   * @param date the date the assertion is about
   * @return the annotated copy
   */
  public static MedicationRequest withCoverageInformation(
      MedicationRequest order, ReviewResult result, LocalDate date) {
    MedicationRequest copy = order.copy();
    copy.getExtension().removeIf(e -> FhirCodes.COVERAGE_INFORMATION.equals(e.getUrl()));
    copy.addExtension(coverageInformation(result, date));
    return copy;
  }
}
