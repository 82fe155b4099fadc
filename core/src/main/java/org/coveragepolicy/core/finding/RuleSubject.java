package org.coveragepolicy.core.finding;

/**
 * What in a case a rule's findings are about, as a rule declares it ({@link Rule#about}): the dose
 * under review, the dates of doses, the doses counted, an observation's value or a therapy the
 * notes record. A format of the case points a finding at the matching element (the FHIR mapping:
 * an OperationOutcome issue's {@code expression}, and the CRD {@code info-needed} code), so a
 * policy's own rule is located by what it checks, whatever its ID.
 *
 * @since 0.2.0
 */
public enum RuleSubject {
  /** The dose under review: its amount, route or product (FHIR: {@code MedicationAdministration.dosage}). */
  DOSE,
  /**
   * When the dose under review was given against earlier doses of it or of another product: an
   * interval (FHIR: {@code MedicationAdministration.effective}; CRD info-needed {@code timeframe}).
   */
  DOSE_DATES,
  /** The doses given, counted: a dose-count or course limit (FHIR: {@code MedicationAdministration}). */
  DOSE_COUNT,
  /** A result or other observation's value, such as a lab value (FHIR: {@code Observation.value}). */
  OBSERVATION,
  /** A therapy the notes record, such as a supplement (FHIR: {@code MedicationStatement}). */
  THERAPY
}
