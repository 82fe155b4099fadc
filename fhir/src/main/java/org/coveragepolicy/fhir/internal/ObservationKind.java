package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.LOINC;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_PREGNANCY_STATUS;
import static org.coveragepolicy.fhir.FhirCodes.NOTE_STATEMENT;
import static org.coveragepolicy.fhir.FhirCodes.RISK_FACTOR;
import static org.coveragepolicy.fhir.internal.FhirValues.describe;
import static org.coveragepolicy.fhir.internal.FhirValues.statusOf;

import org.coveragepolicy.core.InvalidInputException;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/** What an Observation (other than a body weight) is to the review, told by its code. */
enum ObservationKind {
  /** A DXA T-score: an imaging result. */
  TSCORE,
  /** A lab result (calcium, eGFR, or another LOINC test kept by its code). */
  LAB,
  /** A statement or risk factor of a progress note. */
  NOTE;

  /** The kind of an Observation; invalid input when the review reads no such Observation. */
  static ObservationKind of(Observation o, String at) {
    for (Coding c : o.getCode().getCoding()) {
      if (LOINC.equals(c.getSystem()) && Terminology.TSCORE_LOINC.contains(c.getCode())) {
        return TSCORE;
      }
      if (LOINC.equals(c.getSystem()) && Terminology.LAB_LOINC.containsKey(c.getCode())) {
        return LAB;
      }
      if (LOINC.equals(c.getSystem()) && LOINC_PREGNANCY_STATUS.equals(c.getCode())
          || NOTE_STATEMENT.equals(c.getSystem())
          || RISK_FACTOR.equals(c.getSystem())) {
        return NOTE;
      }
    }
    if (o.hasValueQuantity() && LabMapper.otherLoinc(o).isPresent()) {
      return LAB; // another test, kept by its LOINC code and unit
    }
    throw new InvalidInputException(
        at + ".code",
        "not an observation this policy reads (a DXA T-score or a lab result with a quantity in"
            + " LOINC; a note statement or risk factor): " + describe(o.getCode()));
  }

  /** Whether an Observation is a DXA T-score, by its LOINC code. */
  static boolean isTScore(Observation o) {
    return o.getCode().getCoding().stream()
        .anyMatch(c -> LOINC.equals(c.getSystem()) && Terminology.TSCORE_LOINC.contains(c.getCode()));
  }

  /** Whether an Observation is signed: final, amended or corrected; preliminary is unsigned. */
  static boolean finalStatus(Observation o, String at) {
    String status = statusOf(o.getStatus() == null ? null : o.getStatus().toCode(), at);
    return switch (status) {
      case "final", "amended", "corrected" -> true;
      case "preliminary" -> false;
      default ->
          throw new InvalidInputException(
              at + ".status", "must be final, amended, corrected or preliminary, was " + status);
    };
  }
}
