package org.coveragepolicy.fhir.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.RuleSubject;
import org.coveragepolicy.core.partb.PartBRules;
import org.coveragepolicy.core.policy.SharedRules;

/**
 * Where in the FHIR input each rule looks: the FHIRPath of the element a finding of the rule is
 * about, and the CRD {@code info-needed} code when the finding asks for more information. The
 * engine's record, claim and Part B rules are listed by ID; any other rule (a policy's) is located
 * by the {@link RuleSubject} it declares, whatever its ID: {@code DOSE} the administration's
 * dosage, {@code DOSE_DATES} its date, {@code DOSE_COUNT} the administrations, {@code
 * OBSERVATION} an observation's value, {@code THERAPY} a medication statement. A rule neither
 * listed nor declaring a subject (indications) points at no single element.
 */
public final class RuleLocations {
  private RuleLocations() {}

  private static final ImmutableMap<String, String> EXPRESSION =
      ImmutableMap.<String, String>builder()
          .put(SharedRules.UNITS.id(), "Claim.item[0].quantity")
          .put(SharedRules.NDC.id(), "Claim.item[0].detail[0].productOrService")
          .put(SharedRules.HCPCS.id(), "Claim.item[0].productOrService")
          .put(SharedRules.JZ_JW.id(), "Claim.item[0].modifier")
          .put(SharedRules.DIAGNOSIS.id(), "Claim.diagnosis")
          .put(SharedRules.PRODUCT.id(), "MedicationAdministration.medication")
          .put(SharedRules.RECORDS_RETURNED.id(), "Communication.received")
          .put(SharedRules.ORDER.id(), "MedicationRequest")
          .put(SharedRules.ADMINISTRATION.id(), "MedicationAdministration")
          .put(SharedRules.PROGRESS_NOTE.id(), "Composition")
          .put(SharedRules.IMAGING.id(), "DiagnosticReport")
          // as before rule subjects (then by its DOC- prefix); an unsigned document of any kind
          // is arguably no single element: kept so that the output does not change
          .put(SharedRules.UNSIGNED.id(), "MedicationStatement")
          .put(PartBRules.INCIDENT_TO.id(), "MedicationAdministration.performer")
          .put(PartBRules.NOT_SELF_ADMINISTERED.id(), "MedicationAdministration.performer")
          .buildOrThrow();

  private static final ImmutableMap<String, String> INFO_NEEDED =
      ImmutableMap.<String, String>builder()
          .put(PartBRules.INCIDENT_TO.id(), "performer")
          .put(PartBRules.NOT_SELF_ADMINISTERED.id(), "performer")
          .buildOrThrow();

  /**
   * Returns the FHIRPath a rule's findings are about.
   *
   * @param rule the rule
   * @return the expression, if the rule looks at one element
   */
  public static Optional<String> expression(Rule rule) {
    String listed = EXPRESSION.get(rule.id());
    if (listed != null) {
      return Optional.of(listed);
    }
    return rule.subject().map(RuleLocations::expression);
  }

  private static String expression(RuleSubject subject) {
    switch (subject) {
      case DOSE:
        return "MedicationAdministration.dosage";
      case DOSE_DATES:
        return "MedicationAdministration.effective";
      case DOSE_COUNT:
        return "MedicationAdministration";
      case OBSERVATION:
        return "Observation.value";
      case THERAPY:
        return "MedicationStatement";
    }
    throw new AssertionError(subject);
  }

  /**
   * Returns the CRD info-needed code of a rule's error.
   *
   * @param rule the rule
   * @return the code ({@code performer}, {@code timeframe}), if any
   */
  public static Optional<String> infoNeeded(Rule rule) {
    String listed = INFO_NEEDED.get(rule.id());
    if (listed != null) {
      return Optional.of(listed);
    }
    return rule.subject().filter(s -> s == RuleSubject.DOSE_DATES).map(s -> "timeframe");
  }
}
