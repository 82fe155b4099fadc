package org.coveragepolicy.fhir.internal;

import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * Resources whose status says they did not happen or are not so: entered in error, a refuted
 * diagnosis, a cancelled observation, report or order, an observation or report registered but
 * with no result yet, a medication not taken or only intended, an administration not done. An EHR's record keeps them (the order-time prefetch asks for all of a
 * patient's Conditions, Observations, reports and medications); they count for nothing, as FHIR
 * says of {@code entered-in-error}, where a status the mapping cannot read as either is an error.
 */
final class Voided {
  private static final Set<String> NOT_SO = Set.of("refuted", "entered-in-error");

  private Voided() {}

  /** Whether a resource counts for nothing by its status. */
  static boolean is(Resource r) {
    if (r instanceof Observation o) {
      return o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
          || o.getStatus() == Observation.ObservationStatus.CANCELLED
          || o.getStatus() == Observation.ObservationStatus.REGISTERED;
    }
    if (r instanceof DiagnosticReport d) {
      return d.getStatus() == DiagnosticReport.DiagnosticReportStatus.ENTEREDINERROR
          || d.getStatus() == DiagnosticReport.DiagnosticReportStatus.CANCELLED
          || d.getStatus() == DiagnosticReport.DiagnosticReportStatus.REGISTERED;
    }
    if (r instanceof Condition c) {
      return c.getVerificationStatus().getCoding().stream()
          .map(Coding::getCode)
          .anyMatch(NOT_SO::contains);
    }
    if (r instanceof MedicationStatement m) {
      return m.getStatus() == MedicationStatement.MedicationStatementStatus.ENTEREDINERROR
          || m.getStatus() == MedicationStatement.MedicationStatementStatus.NOTTAKEN
          || m.getStatus() == MedicationStatement.MedicationStatementStatus.INTENDED;
    }
    if (r instanceof MedicationAdministration a) {
      return a.getStatus() == MedicationAdministration.MedicationAdministrationStatus.ENTEREDINERROR
          || a.getStatus() == MedicationAdministration.MedicationAdministrationStatus.NOTDONE;
    }
    if (r instanceof MedicationRequest q) {
      return q.getStatus() == MedicationRequest.MedicationRequestStatus.ENTEREDINERROR
          || q.getStatus() == MedicationRequest.MedicationRequestStatus.CANCELLED;
    }
    if (r instanceof Composition c) {
      return c.getStatus() == Composition.CompositionStatus.ENTEREDINERROR;
    }
    return false;
  }
}
