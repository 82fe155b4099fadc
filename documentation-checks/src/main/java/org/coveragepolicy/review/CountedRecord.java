package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.finding.Finding;

/**
 * The medical record read against a date of service (POLICY.md "Evidence and what counts"): which
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
  /** Canonical document order: date, kind, then content; independent of the record's order. */
  static final Comparator<Document> CANONICAL =
      Comparator.comparing(Document::date)
          .thenComparing(Document::kind)
          .thenComparing(String::valueOf);

  private final LocalDate dateOfService;
  private final ImmutableList<Document> all;
  private final ImmutableList<Document> counted;
  private final Optional<Administration> doseUnderReview;
  private final Evidence evidence;
  private final ImmutableList<Finding> unsigned;
  /** {@link #ofKind} per document type, filled on first use; a record is read by one thread. */
  private final Map<Class<?>, ImmutableList<?>> byType = new HashMap<>();

  private CountedRecord(LocalDate dateOfService, ImmutableList<Document> all) {
    this.dateOfService = dateOfService;
    this.all = all;
    ImmutableList.Builder<Document> countedBuilder = ImmutableList.builder();
    ImmutableList.Builder<Finding> unsignedBuilder = ImmutableList.builder();
    for (Document d : all) {
      if (!d.signed()) {
        unsignedBuilder.add(unsignedWarning(d));
      } else if (!d.date().isAfter(dateOfService)) {
        countedBuilder.add(d);
      }
    }
    this.counted = countedBuilder.build();
    this.unsigned = unsignedBuilder.build();
    Optional<Administration> dose = Optional.empty();
    for (AdministrationRecord r : ofKind(AdministrationRecord.class)) {
      if (r.date().equals(dateOfService)) {
        dose = Optional.of(r.administration());
        break;
      }
    }
    this.doseUnderReview = dose;
    this.evidence = buildEvidence();
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
    Evidence.Builder b = Evidence.builder();
    Map<NoteStatement, Boolean> statements = new EnumMap<>(NoteStatement.class);
    Map<NoteStatement, LocalDate> statedOn = new EnumMap<>(NoteStatement.class);
    for (ProgressNote note : ofKind(ProgressNote.class)) {
      b.addAllDocumentedDiagnoses(note.diagnoses());
      b.addAllRiskFactors(note.riskFactors());
      b.addAllTherapies(note.therapies());
      note.statements()
          .forEach(
              (statement, value) -> {
                LocalDate previous = statedOn.get(statement);
                // notes come oldest first: a later note overrides; on the same date false wins
                if (previous == null || note.date().isAfter(previous) || !value) {
                  statements.put(statement, value);
                  statedOn.put(statement, note.date());
                }
              });
    }
    b.putAllStatements(statements);
    for (ImagingReport report : ofKind(ImagingReport.class)) {
      b.addImaging(report.study());
    }
    for (LabReport report : ofKind(LabReport.class)) {
      b.addAllLabs(report.results());
    }
    for (AdministrationRecord r : ofKind(AdministrationRecord.class)) {
      if (r.date().isBefore(dateOfService)) {
        b.addPriorDoses(r.administration());
      }
    }
    return b.build();
  }

  /**
   * Returns the counted documents of a type, in canonical order.
   *
   * @param type the document type
   * @param <T> the document type
   * @return the counted documents of that type
   */
  <T extends Document> ImmutableList<T> ofKind(Class<T> type) {
    @SuppressWarnings("unchecked") // only ever put under its own type, below
    ImmutableList<T> known = (ImmutableList<T>) byType.get(type);
    if (known != null) {
      return known;
    }
    ImmutableList.Builder<T> ofType = ImmutableList.builder();
    for (Document d : counted) {
      if (type.isInstance(d)) {
        ofType.add(type.cast(d));
      }
    }
    ImmutableList<T> list = ofType.build();
    byType.put(type, list);
    return list;
  }

  /**
   * Returns every document of a kind that does not count (unsigned, or dated after the date of
   * service), in canonical order.
   *
   * @param kind the kind
   * @return the documents that do not count
   */
  ImmutableList<Document> notCounted(DocumentKind kind) {
    ImmutableSet<Document> countedSet = ImmutableSet.copyOf(counted);
    return all.stream()
        .filter(d -> d.kind() == kind && !countedSet.contains(d))
        .collect(ImmutableList.toImmutableList());
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
