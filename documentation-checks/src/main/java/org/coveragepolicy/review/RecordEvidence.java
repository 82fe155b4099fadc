package org.coveragepolicy.review;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.NoteDiagnoses;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.policy.Policy;

/**
 * What the counted documents of a record establish, as {@link Evidence}: the diagnoses, risk
 * factors and statements of the notes, the therapies that count when notes disagree, imaging, labs
 * and the prior doses.
 */
final class RecordEvidence {
  private final CountedRecord record;
  private final ImmutableList<ProgressNote> progressNotes;
  private final LocalDate dateOfService;

  RecordEvidence(CountedRecord record) {
    this.record = record;
    this.progressNotes = record.progressNotes();
    this.dateOfService = record.dateOfService();
  }

  /**
   * The evidence of the counted documents, read under the case's policy: the policy's {@link
   * Policy#adverseStatements()} decide which value wins when notes of one date disagree.
   */
  Evidence evidence(Policy policy) {
    Evidence.Builder evidence = Evidence.builder();
    for (ProgressNote note : progressNotes) {
      evidence
          .addAllDocumentedDiagnoses(note.diagnoses())
          .addNoteDiagnoses(NoteDiagnoses.of(note.date(), note.diagnoses()))
          .addAllRiskFactors(note.riskFactors());
    }
    evidence.putAllStatements(statements(policy.adverseStatements()));
    evidence.addAllTherapies(latestTherapies());
    for (ImagingReport report : record.imagingReports()) {
      evidence.addImaging(report.study());
    }
    for (LabReport report : record.labReports()) {
      evidence.addAllLabs(report.results()).addAllLabValues(report.values());
      // the calcium is chosen per report, before reports of one date are compared (revision 3)
      LabResult.calciumOf(report.results()).ifPresent(evidence::addReportCalcium);
    }
    for (AdministrationRecord r : record.administrationRecords()) {
      // earlier doses, and the other doses given the same day: nothing is dropped
      boolean underReview = false;
      for (Administration a : record.doseRecords()) {
        underReview |= a == r.administration(); // identity: an equal duplicate is another dose
      }
      if (r.date().isBefore(dateOfService) || (r.date().equals(dateOfService) && !underReview)) {
        evidence.addPriorDoses(r.administration());
      }
    }
    return evidence.build();
  }

  /**
   * The therapies that count: for each therapy kind, those of the latest-dated counted note that
   * records the kind, and on the same date the entries of every such note together (the policy's
   * revision 2, "Therapies when notes disagree"): a later note that records the therapy ended, or at
   * a lower dose, replaces what an earlier note recorded. When notes of that date disagree, one
   * showing the kind ongoing on the date of service and another not (ended before it), only the
   * entries of the notes that do not show it ongoing count: ended wins (revision 3).
   */
  private ImmutableList<Therapy> latestTherapies() {
    ImmutableList.Builder<Therapy> therapies = ImmutableList.builder();
    for (ProgressNote note : progressNotes) {
      for (Therapy t : note.therapies()) {
        LocalDate latest = latestRecording(t.kind());
        if (note.date().equals(latest)
            && !(showsOngoing(note, t.kind()) && disagree(t.kind(), latest))) {
          therapies.add(t);
        }
      }
    }
    return therapies.build();
  }

  /** The date of the latest counted note that records a therapy of a kind (one does). */
  private LocalDate latestRecording(TherapyKind kind) {
    LocalDate latest = LocalDate.MIN;
    for (ProgressNote note : progressNotes) {
      if (note.date().isAfter(latest) && records(note, kind)) {
        latest = note.date();
      }
    }
    return latest;
  }

  /**
   * Whether the counted notes of a date that record a therapy kind disagree: one shows it ongoing
   * on the date of service, another does not.
   */
  private boolean disagree(TherapyKind kind, LocalDate date) {
    boolean ongoing = false;
    boolean notOngoing = false;
    for (ProgressNote note : progressNotes) {
      if (note.date().equals(date) && records(note, kind)) {
        if (showsOngoing(note, kind)) {
          ongoing = true;
        } else {
          notOngoing = true;
        }
      }
    }
    return ongoing && notOngoing;
  }

  private static boolean records(ProgressNote note, TherapyKind kind) {
    for (Therapy t : note.therapies()) {
      if (t.kind().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a note records a therapy of a kind ongoing on the date of service. */
  private boolean showsOngoing(ProgressNote note, TherapyKind kind) {
    for (Therapy t : note.therapies()) {
      if (t.kind().equals(kind) && t.isOngoingOn(dateOfService)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The yes-or-no statements of the counted notes: for each statement, the latest-dated note that
   * makes it wins (a newer silent note leaves it standing); between notes of the same date that
   * disagree, the value that leads to a finding wins (revision 3): {@code true} for the policy's
   * adverse statements ({@code pregnant}), {@code false} for the others.
   */
  private static ImmutableMap<NoteStatement, Boolean> statements(
      ImmutableList<ProgressNote> notes, Set<NoteStatement> adverse) {
    // for each statement the note whose value stands, by name: the same map whatever the notes' order
    TreeMap<NoteStatement, ProgressNote> standing = new TreeMap<>();
    // notes come oldest first: a later note overrides; on the same date the finding's value wins
    for (ProgressNote note : notes) {
      for (Map.Entry<NoteStatement, Boolean> e : note.statements().entrySet()) {
        ProgressNote earlier = standing.get(e.getKey());
        if (earlier == null
            || note.date().isAfter(earlier.date())
            || e.getValue() == adverse.contains(e.getKey())) {
          standing.put(e.getKey(), note);
        }
      }
    }
    ImmutableMap.Builder<NoteStatement, Boolean> values =
        ImmutableMap.builderWithExpectedSize(standing.size());
    standing.forEach(
        (statement, note) -> values.put(statement, requireNonNull(note.statements().get(statement))));
    return values.buildOrThrow();
  }

  private ImmutableMap<NoteStatement, Boolean> statements(Set<NoteStatement> adverse) {
    return statements(progressNotes, adverse);
  }
}
