package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.IMAGING_FINDING;
import static org.coveragepolicy.fhir.FhirCodes.LOINC;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_PREGNANCY_STATUS;
import static org.coveragepolicy.fhir.FhirCodes.NOTE_STATEMENT;
import static org.coveragepolicy.fhir.FhirCodes.RISK_FACTOR;
import static org.coveragepolicy.fhir.internal.ResourceIndex.where;

import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.fhir.internal.CaseReader.Located;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;

/**
 * The check of a case's open-vocabulary terms (statements, risk factors, therapy kinds, imaging
 * findings) against those its policy declares, and of the units of the labs it declares, reported
 * at the resource that states the term or the value.
 */
final class VocabularyCheck {
  private VocabularyCheck() {}

  /** Throws invalid input at the resource of the first term the case's policy does not declare. */
  static void check(ReviewCase c, List<Located> all, ClaimReview review) {
    Policy policy = review.policyOf(c);
    String of = " of the " + policy.name() + " policy, was ";
    for (Document d : c.record().documents()) {
      if (d instanceof ProgressNote n) {
        for (NoteStatement s : n.statements().keySet()) {
          if (!policy.statements().contains(s)) {
            String code = Terminology.statementCode(s);
            boolean pregnancy = s.equals(Terminology.PREGNANCY_STATUS);
            throw new InvalidInputException(
                where(
                    all,
                    r ->
                        pregnancy && codes(r, LOINC, LOINC_PREGNANCY_STATUS)
                            || codes(r, NOTE_STATEMENT, code),
                    ".code"),
                "not a statement" + of + code);
          }
        }
        for (RiskFactor f : n.riskFactors()) {
          if (!policy.riskFactors().contains(f)) {
            throw new InvalidInputException(
                where(all, r -> codes(r, RISK_FACTOR, f.name()), ".code"),
                "not a risk factor" + of + f);
          }
        }
        for (Therapy t : n.therapies()) {
          if (!policy.therapyKinds().contains(t.kind())) {
            throw new InvalidInputException(
                where(
                    all,
                    r -> r instanceof MedicationStatement m && TherapyMapper.mayCode(m, t.kind()),
                    ".medicationCodeableConcept"),
                "not a therapy kind" + of + t.kind());
          }
        }
      } else if (d instanceof LabReport lab) {
        for (LabValue v : lab.values()) {
          Optional<LabCode> declared = policy.lab(v.code().loinc());
          if (declared.isPresent() && !declared.get().unit().equals(v.code().unit())) {
            // as the JSON reader: a lab the policy reads, in a unit other than the one it reads
            throw new InvalidInputException(
                where(all, r -> codes(r, LOINC, v.code().loinc()) && inUnit(r, v.code().unit()),
                    ".valueQuantity.code"),
                "must be \"" + declared.get().unit() + "\" for LOINC " + v.code().loinc()
                    + ", was \"" + v.code().unit() + "\"");
          }
        }
      } else if (d instanceof ImagingReport i) {
        for (ImagingFinding f : i.findings()) {
          if (!policy.imagingFindings().contains(f)) {
            throw new InvalidInputException(
                where(all, r -> concludes(r, f), ".conclusionCode"),
                "not an imaging finding" + of + f);
          }
        }
      }
    }
  }

  /** Whether a resource's code (an Observation's) has a coding of a system and code. */
  private static boolean codes(Resource r, String system, String code) {
    return r instanceof Observation o
        && o.getCode().getCoding().stream()
            .anyMatch(x -> system.equals(x.getSystem()) && code.equals(x.getCode()));
  }

  /** Whether a resource is an Observation whose quantity is in a unit (its code, else its unit). */
  private static boolean inUnit(Resource r, String unit) {
    if (!(r instanceof Observation o) || !o.hasValueQuantity()) {
      return false;
    }
    Quantity q = o.getValueQuantity();
    return unit.equals(q.hasCode() ? q.getCode() : q.getUnit());
  }

  /** Whether a resource is a DiagnosticReport concluding an imaging finding. */
  private static boolean concludes(Resource r, ImagingFinding f) {
    return r instanceof DiagnosticReport d
        && d.getConclusionCode().stream()
            .flatMap(c -> c.getCoding().stream())
            .anyMatch(x -> IMAGING_FINDING.equals(x.getSystem()) && f.name().equals(x.getCode()));
  }
}
