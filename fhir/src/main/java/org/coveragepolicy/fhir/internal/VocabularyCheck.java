package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.IMAGING_FINDING;
import static org.coveragepolicy.fhir.FhirCodes.LOINC;
import static org.coveragepolicy.fhir.FhirCodes.NOTE_STATEMENT;
import static org.coveragepolicy.fhir.FhirCodes.RISK_FACTOR;
import static org.coveragepolicy.fhir.internal.ResourceIndex.where;

import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;

/**
 * A case read from FHIR matched to the open vocabulary of its policy. An EHR's record holds more
 * than one policy reads — a pregnancy status, the therapies and statements another drug's policy
 * reads — so a statement, risk factor, therapy kind or imaging finding that the case's policy does
 * not declare counts for nothing and is left out of the case, as a lab no policy reads, and so is a
 * note that held nothing else. Two things stay invalid input, reported at the resource that states
 * them: a name of the library's own code systems that none of the reader's policies declares (a
 * misspelt code, most likely), and a value of a lab the case's policy declares in another unit
 * than the one it reads.
 */
final class VocabularyCheck {
  private VocabularyCheck() {}

  /**
   * Returns the case with only the evidence its policy declares, after {@link #check}.
   *
   * @throws InvalidInputException as {@link #check}
   */
  static ReviewCase keepDeclared(ReviewCase c, List<Located> all, ClaimReview review) {
    check(c, all, review);
    Policy policy = review.policyOf(c);
    List<Document> kept = new ArrayList<>();
    boolean changed = false;
    for (Document d : c.record().documents()) {
      Document k = declared(d, policy);
      changed |= k != d;
      // a note that held only what the policy does not read documents nothing for this review
      if (!(k != d && k instanceof ProgressNote n && isEmpty(n))) {
        kept.add(k);
      }
    }
    if (!changed) {
      return c;
    }
    return ReviewCase.builder()
        .from(c)
        .record(MedicalRecord.builder().from(c.record()).documents(kept).build())
        .build();
  }

  private static boolean isEmpty(ProgressNote n) {
    return n.diagnoses().isEmpty()
        && n.statements().isEmpty()
        && n.riskFactors().isEmpty()
        && n.therapies().isEmpty();
  }

  /** A note or imaging report without the terms the policy does not declare; itself if none. */
  private static Document declared(Document d, Policy policy) {
    if (d instanceof ProgressNote n) {
      Map<NoteStatement, Boolean> statements =
          Maps.filterKeys(n.statements(), policy.statements()::contains);
      Set<RiskFactor> riskFactors = Sets.filter(n.riskFactors(), policy.riskFactors()::contains);
      List<Therapy> therapies = new ArrayList<>();
      for (Therapy t : n.therapies()) {
        if (policy.therapyKinds().contains(t.kind())) {
          therapies.add(t);
        }
      }
      if (statements.size() == n.statements().size()
          && riskFactors.size() == n.riskFactors().size()
          && therapies.size() == n.therapies().size()) {
        return n;
      }
      return ProgressNote.builder()
          .from(n)
          .statements(statements)
          .riskFactors(riskFactors)
          .therapies(therapies)
          .build();
    }
    if (d instanceof ImagingReport i) {
      Set<ImagingFinding> findings = Sets.filter(i.findings(), policy.imagingFindings()::contains);
      return findings.size() == i.findings().size()
          ? i
          : ImagingReport.builder().from(i).findings(findings).build();
    }
    return d;
  }

  /**
   * Throws invalid input at the resource of the first name of the library's own code systems that
   * no policy of the review declares, or of the first value of a lab the case's policy declares
   * given in another unit.
   */
  static void check(ReviewCase c, List<Located> all, ClaimReview review) {
    Policy policy = review.policyOf(c);
    List<Policy> policies = review.policies().all();
    String of = " of the " + policy.name() + " policy, was ";
    for (Document d : c.record().documents()) {
      if (d instanceof ProgressNote n) {
        for (NoteStatement s : n.statements().keySet()) {
          // the pregnancy status is a LOINC observation any record may hold
          if (!s.equals(Terminology.PREGNANCY_STATUS)
              && policies.stream().noneMatch(p -> p.statements().contains(s))) {
            String code = Terminology.statementCode(s);
            throw new InvalidInputException(
                where(all, r -> codes(r, NOTE_STATEMENT, code), ".code"),
                "not a statement" + of + code);
          }
        }
        for (RiskFactor f : n.riskFactors()) {
          if (policies.stream().noneMatch(p -> p.riskFactors().contains(f))) {
            throw new InvalidInputException(
                where(all, r -> codes(r, RISK_FACTOR, f.name()), ".code"),
                "not a risk factor" + of + f);
          }
        }
        // a therapy's kind comes from an RxNorm ingredient some policy codes: always one's
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
          if (policies.stream().noneMatch(p -> p.imagingFindings().contains(f))) {
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
