package org.coveragepolicy.fhir.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * Where in the FHIR input each rule looks: the FHIRPath of the element a finding of the rule is
 * about, and the CRD {@code info-needed} code when the finding asks for more information. Rules
 * not listed (indications, unsigned documents) point at no single element.
 */
public final class RuleLocations {
  private RuleLocations() {}

  private static final ImmutableMap<String, String> EXPRESSION =
      ImmutableMap.<String, String>builder()
          .put("CLM-UNITS", "Claim.item[0].quantity")
          .put("CLM-NDC", "Claim.item[0].detail[0].productOrService")
          .put("CLM-HCPCS", "Claim.item[0].productOrService")
          .put("CLM-JZ-JW", "Claim.item[0].modifier")
          .put("CLM-DIAGNOSIS", "Claim.diagnosis")
          .put("CLM-PRODUCT", "MedicationAdministration.medication")
          .put("DOC-RECORDS-RETURNED", "Communication.received")
          .put("DOC-ORDER", "MedicationRequest")
          .put("DOC-ADMINISTRATION", "MedicationAdministration")
          .put("DOC-PROGRESS-NOTE", "Composition")
          .put("DOC-IMAGING", "DiagnosticReport")
          .put("DOC-SUPPLEMENTATION", "MedicationStatement")
          .put("PARTB-INCIDENT-TO", "MedicationAdministration.performer")
          .put("PARTB-NOT-SELF-ADMINISTERED", "MedicationAdministration.performer")
          .put("DOSE-LABELED", "MedicationAdministration.dosage")
          .put("FREQ-PROLIA", "MedicationAdministration.effective")
          .put("FREQ-XGEVA", "MedicationAdministration.effective")
          .put("SAFE-OTHER-DENOSUMAB", "MedicationAdministration.effective")
          .put("SAFE-HYPOCALCEMIA", "Observation.value")
          .put("SAFE-ADVANCED-CKD", "Observation.value")
          .put("SAFE-PREGNANCY", "Observation.value")
          .buildOrThrow();

  private static final ImmutableMap<String, String> INFO_NEEDED =
      ImmutableMap.<String, String>builder()
          .put("PARTB-INCIDENT-TO", "performer")
          .put("PARTB-NOT-SELF-ADMINISTERED", "performer")
          .put("FREQ-PROLIA", "timeframe")
          .put("FREQ-XGEVA", "timeframe")
          .put("SAFE-OTHER-DENOSUMAB", "timeframe")
          .buildOrThrow();

  /**
   * Returns the FHIRPath a rule's findings are about.
   *
   * @param ruleId the rule ID
   * @return the expression, if the rule looks at one element
   */
  public static Optional<String> expression(String ruleId) {
    return Optional.ofNullable(EXPRESSION.get(ruleId));
  }

  /**
   * Returns the CRD info-needed code of a rule's error.
   *
   * @param ruleId the rule ID
   * @return the code ({@code performer}, {@code timeframe}), if any
   */
  public static Optional<String> infoNeeded(String ruleId) {
    return Optional.ofNullable(INFO_NEEDED.get(ruleId));
  }
}
