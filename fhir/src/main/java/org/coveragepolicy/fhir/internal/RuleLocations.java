package org.coveragepolicy.fhir.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.coveragepolicy.review.ReviewRules;
import org.coveragepolicy.core.partb.PartBRules;

/**
 * Where in the FHIR input each rule looks: the FHIRPath of the element a finding of the rule is
 * about, and the CRD {@code info-needed} code when the finding asks for more information. The
 * engine's rules are listed by ID; a policy's rules by the kind their ID names: {@code DOSE-*} the
 * administration's dosage, {@code FREQ-*} and {@code SAFE-OTHER-*} (a dose of another product) its
 * date, any other {@code SAFE-*} an observation's value, a documentation rule a policy adds
 * ({@code DOC-*} not listed) a medication statement. Rules not listed (indications, unsigned
 * documents) point at no single element.
 */
public final class RuleLocations {
  private RuleLocations() {}

  /** The ID prefix of a rule about a dose of another product: {@code SAFE-OTHER-*}. */
  private static final String INTERACTION = "SAFE" + "-OTHER-";

  private static final ImmutableMap<String, String> EXPRESSION =
      ImmutableMap.<String, String>builder()
          .put(ReviewRules.UNITS.id(), "Claim.item[0].quantity")
          .put(ReviewRules.NDC.id(), "Claim.item[0].detail[0].productOrService")
          .put(ReviewRules.HCPCS.id(), "Claim.item[0].productOrService")
          .put(ReviewRules.JZ_JW.id(), "Claim.item[0].modifier")
          .put(ReviewRules.DIAGNOSIS.id(), "Claim.diagnosis")
          .put(ReviewRules.PRODUCT.id(), "MedicationAdministration.medication")
          .put(ReviewRules.RECORDS_RETURNED.id(), "Communication.received")
          .put(ReviewRules.ORDER.id(), "MedicationRequest")
          .put(ReviewRules.ADMINISTRATION.id(), "MedicationAdministration")
          .put(ReviewRules.PROGRESS_NOTE.id(), "Composition")
          .put(ReviewRules.IMAGING.id(), "DiagnosticReport")
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
   * @param ruleId the rule ID
   * @return the expression, if the rule looks at one element
   */
  public static Optional<String> expression(String ruleId) {
    String listed = EXPRESSION.get(ruleId);
    if (listed != null) {
      return Optional.of(listed);
    }
    if (ruleId.startsWith("DOC-")) { // a documentation rule a policy adds: a therapy of the notes
      return Optional.of("MedicationStatement");
    }
    if (ruleId.startsWith("DOSE-")) {
      return Optional.of("MedicationAdministration.dosage");
    }
    if (ruleId.startsWith("FREQ-") || ruleId.startsWith(INTERACTION)) {
      return Optional.of("MedicationAdministration.effective");
    }
    if (ruleId.startsWith("SAFE-")) {
      return Optional.of("Observation.value");
    }
    return Optional.empty();
  }

  /**
   * Returns the CRD info-needed code of a rule's error.
   *
   * @param ruleId the rule ID
   * @return the code ({@code performer}, {@code timeframe}), if any
   */
  public static Optional<String> infoNeeded(String ruleId) {
    String listed = INFO_NEEDED.get(ruleId);
    if (listed != null) {
      return Optional.of(listed);
    }
    if (ruleId.startsWith("FREQ-") || ruleId.startsWith(INTERACTION)) {
      return Optional.of("timeframe");
    }
    return Optional.empty();
  }
}
