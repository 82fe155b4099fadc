package org.coveragepolicy.fhir.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.coveragepolicy.review.ReviewRules;
import org.coveragepolicy.core.partb.PartBRules;
import org.coveragepolicy.indications.DenosumabRules;

/**
 * Where in the FHIR input each rule looks: the FHIRPath of the element a finding of the rule is
 * about, and the CRD {@code info-needed} code when the finding asks for more information. Rules
 * not listed (indications, unsigned documents) point at no single element.
 */
public final class RuleLocations {
  private RuleLocations() {}

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
          .put(ReviewRules.SUPPLEMENTATION.id(), "MedicationStatement")
          .put(PartBRules.INCIDENT_TO.id(), "MedicationAdministration.performer")
          .put(PartBRules.NOT_SELF_ADMINISTERED.id(), "MedicationAdministration.performer")
          .put(DenosumabRules.DOSE_LABELED.id(), "MedicationAdministration.dosage")
          .put(DenosumabRules.FREQ_PROLIA.id(), "MedicationAdministration.effective")
          .put(DenosumabRules.FREQ_XGEVA.id(), "MedicationAdministration.effective")
          .put(DenosumabRules.SAFE_OTHER_DENOSUMAB.id(), "MedicationAdministration.effective")
          .put(DenosumabRules.SAFE_HYPOCALCEMIA.id(), "Observation.value")
          .put(DenosumabRules.SAFE_ADVANCED_CKD.id(), "Observation.value")
          .put(DenosumabRules.SAFE_PREGNANCY.id(), "Observation.value")
          .buildOrThrow();

  private static final ImmutableMap<String, String> INFO_NEEDED =
      ImmutableMap.<String, String>builder()
          .put(PartBRules.INCIDENT_TO.id(), "performer")
          .put(PartBRules.NOT_SELF_ADMINISTERED.id(), "performer")
          .put(DenosumabRules.FREQ_PROLIA.id(), "timeframe")
          .put(DenosumabRules.FREQ_XGEVA.id(), "timeframe")
          .put(DenosumabRules.SAFE_OTHER_DENOSUMAB.id(), "timeframe")
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
