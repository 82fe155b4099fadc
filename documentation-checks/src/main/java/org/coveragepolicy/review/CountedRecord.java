package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.ImagingStudy;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.finding.Finding;
import org.jspecify.annotations.Nullable;

/**
 * The medical record read against a date of service (the policy's "Evidence and what counts"): which
 * documents count, the dose under review, the prior doses, the evidence, and a {@code DOC-UNSIGNED}
 * warning for every unsigned document.
 *
 * <p>Only documents dated on or before the date of service count, and only signed ones (a lab report
 * needs no signature). The documents are first put in a canonical order (date, kind, then content),
 * so the reading does not depend on the order the record lists them in:
 *
 * <ul>
 *   <li>the dose under review is the signed administration record dated the date of service; should
 *       several be, the first in canonical order is taken;
 *   <li>prior doses are the signed administration records dated before it, oldest first;
 *   <li>when counted notes disagree on a yes-or-no statement, the latest-dated note that makes the
 *       statement wins; between notes of the same date, {@code false} wins (the cautious reading: a
 *       reviewer cannot rely on a statement the same day's record also denies).
 * </ul>
 */
final class CountedRecord {
  /** Every yes-or-no statement a note can make, in declaration order. */
  private static final ImmutableList<NoteStatement> STATEMENTS =
      ImmutableList.copyOf(NoteStatement.values());

  /** Canonical document order: date, kind, then content; independent of the record's order. */
  static final Comparator<Document> CANONICAL = CountedRecord::compareCanonical;

  private final LocalDate dateOfService;
  private final ImmutableList<Document> all;
  private final ImmutableList<Order> orders;
  private final ImmutableList<ProgressNote> progressNotes;
  private final ImmutableList<ImagingReport> imagingReports;
  private final ImmutableList<LabReport> labReports;
  private final ImmutableList<AdministrationRecord> administrationRecords;
  private final Optional<Administration> doseUnderReview;
  private final Evidence evidence;
  private final ImmutableList<Finding> unsigned;

  private CountedRecord(LocalDate dateOfService, ImmutableList<Document> all) {
    this.dateOfService = dateOfService;
    this.all = all;
    // one pass sorts the counted documents by type, each list keeping the canonical order
    ImmutableList.Builder<Order> orders = ImmutableList.builder();
    ImmutableList.Builder<ProgressNote> notes = ImmutableList.builder();
    ImmutableList.Builder<ImagingReport> imaging = ImmutableList.builder();
    ImmutableList.Builder<LabReport> labs = ImmutableList.builder();
    ImmutableList.Builder<AdministrationRecord> administrations = ImmutableList.builder();
    ImmutableList.Builder<Finding> unsignedBuilder = ImmutableList.builder();
    for (Document d : all) {
      if (!d.signed()) {
        unsignedBuilder.add(unsignedWarning(d));
      } else if (counts(d)) {
        if (d instanceof Order) {
          orders.add((Order) d);
        } else if (d instanceof ProgressNote) {
          notes.add((ProgressNote) d);
        } else if (d instanceof ImagingReport) {
          imaging.add((ImagingReport) d);
        } else if (d instanceof LabReport) {
          labs.add((LabReport) d);
        } else if (d instanceof AdministrationRecord) {
          administrations.add((AdministrationRecord) d);
        }
      }
    }
    this.orders = orders.build();
    this.progressNotes = notes.build();
    this.imagingReports = imaging.build();
    this.labReports = labs.build();
    this.administrationRecords = administrations.build();
    this.unsigned = unsignedBuilder.build();
    Optional<Administration> dose = Optional.empty();
    for (AdministrationRecord r : administrationRecords) {
      if (r.date().equals(dateOfService)) {
        dose = Optional.of(r.administration());
        break;
      }
    }
    this.doseUnderReview = dose;
    this.evidence = buildEvidence();
  }

  /**
   * Whether a document counts: signed (a lab report is) and dated on or before the date of service.
   */
  private boolean counts(Document d) {
    return d.signed() && !d.date().isAfter(dateOfService);
  }

  private static int compareCanonical(Document a, Document b) {
    int byDate = a.date().compareTo(b.date());
    if (byDate != 0) {
      return byDate;
    }
    int byKind = a.kind().compareTo(b.kind());
    if (byKind != 0) {
      return byKind;
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  /**
   * Reads a record against a date of service.
   *
   * @param record the record
   * @param dateOfService the date of service
   * @return the record as read
   */
  static CountedRecord read(MedicalRecord record, LocalDate dateOfService) {
    return new CountedRecord(
        dateOfService, ImmutableList.sortedCopyOf(CANONICAL, record.documents()));
  }

  private Finding unsignedWarning(Document d) {
    String late =
        d.date().isAfter(dateOfService)
            ? " It is also dated after the date of service " + dateOfService
                + ", so it would not count even if signed."
            : " Have its author sign it (or submit a signature attestation) so it can be"
                + " considered.";
    return ReviewRules.UNSIGNED.warning(
        "The " + describe(d) + " is unsigned, so its content was not considered." + late);
  }

  /**
   * Names a document for a message: its kind and date, such as {@code ORDER dated 2025-10-20}.
   *
   * @param d the document
   * @return the description
   */
  static String describe(Document d) {
    return d.kind() + " dated " + d.date();
  }

  private Evidence buildEvidence() {
    ImmutableSet<Icd10Code> diagnoses;
    ImmutableMap<NoteStatement, Boolean> statements;
    ImmutableSet<RiskFactor> riskFactors;
    ImmutableList<Therapy> therapies;
    if (progressNotes.size() == 1) {
      // one note: its content is the record's, taken as it is
      ProgressNote note = progressNotes.get(0);
      diagnoses = ImmutableSet.copyOf(note.diagnoses());
      statements = note.statements();
      riskFactors = note.riskFactors();
      therapies = note.therapies();
    } else {
      ImmutableSet.Builder<Icd10Code> diagnosesBuilder = ImmutableSet.builder();
      ImmutableSet.Builder<RiskFactor> riskFactorsBuilder = ImmutableSet.builder();
      ImmutableList.Builder<Therapy> therapiesBuilder = ImmutableList.builder();
      for (ProgressNote note : progressNotes) {
        diagnosesBuilder.addAll(note.diagnoses());
        riskFactorsBuilder.addAll(note.riskFactors());
        therapiesBuilder.addAll(note.therapies());
      }
      ImmutableMap.Builder<NoteStatement, Boolean> statementsBuilder = ImmutableMap.builder();
      for (NoteStatement statement : STATEMENTS) {
        Boolean value = statedValue(statement);
        if (value != null) {
          statementsBuilder.put(statement, value);
        }
      }
      diagnoses = diagnosesBuilder.build();
      statements = statementsBuilder.build();
      riskFactors = riskFactorsBuilder.build();
      therapies = therapiesBuilder.build();
    }
    ImmutableList.Builder<ImagingStudy> imaging = ImmutableList.builder();
    for (ImagingReport report : imagingReports) {
      imaging.add(report.study());
    }
    ImmutableList<LabResult> labs;
    if (labReports.size() == 1) {
      labs = labReports.get(0).results();
    } else {
      ImmutableList.Builder<LabResult> labsBuilder = ImmutableList.builder();
      for (LabReport report : labReports) {
        labsBuilder.addAll(report.results());
      }
      labs = labsBuilder.build();
    }
    ImmutableList.Builder<Administration> priorDoses = ImmutableList.builder();
    for (AdministrationRecord r : administrationRecords) {
      if (r.date().isBefore(dateOfService)) {
        priorDoses.add(r.administration());
      }
    }
    return Evidence.of(
        diagnoses, statements, riskFactors, therapies, imaging.build(), labs, priorDoses.build());
  }

  /**
   * The value of a yes-or-no statement in the counted notes, or null if none makes it: the
   * latest-dated note that makes it wins; between notes of the same date, {@code false} wins.
   */
  private @Nullable Boolean statedValue(NoteStatement statement) {
    Boolean value = null;
    LocalDate statedOn = null;
    // notes come oldest first: a later note overrides; on the same date false wins
    for (ProgressNote note : progressNotes) {
      Boolean stated = note.statements().get(statement);
      if (stated != null && (statedOn == null || note.date().isAfter(statedOn) || !stated)) {
        value = stated;
        statedOn = note.date();
      }
    }
    return value;
  }

  /** The counted orders, in canonical order. */
  ImmutableList<Order> orders() {
    return orders;
  }

  /** The counted progress notes, in canonical order. */
  ImmutableList<ProgressNote> progressNotes() {
    return progressNotes;
  }

  /**
   * Returns every document of a kind that does not count (unsigned, or dated after the date of
   * service), in canonical order.
   *
   * @param kind the kind
   * @return the documents that do not count
   */
  ImmutableList<Document> notCounted(DocumentKind kind) {
    ImmutableList.Builder<Document> out = ImmutableList.builder();
    for (Document d : all) {
      if (d.kind() == kind && !counts(d)) {
        out.add(d);
      }
    }
    return out.build();
  }

  /**
   * Explains why the documents of a kind that exist do not count, for a message; empty if none.
   *
   * @param kind the kind
   * @return a sentence starting with a space, or the empty string
   */
  String whyNotCounted(DocumentKind kind) {
    StringBuilder s = new StringBuilder();
    for (Document d : notCounted(kind)) {
      s.append(s.length() == 0 ? " The record's " : "; the ")
          .append(describe(d))
          .append(d.signed() ? " is after the date of service" : " is unsigned");
    }
    return s.length() == 0 ? "" : s.append(", so it does not count.").toString();
  }

  LocalDate dateOfService() {
    return dateOfService;
  }

  Optional<Administration> doseUnderReview() {
    return doseUnderReview;
  }

  Evidence evidence() {
    return evidence;
  }

  ImmutableList<Finding> unsignedWarnings() {
    return unsigned;
  }
}
