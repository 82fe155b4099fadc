package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Policy;

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
 *       several be, the one whose product is billed under the claim's HCPCS (and, if several are,
 *       the one the claim's NDC names), else the first by product name (interpretation SAME_DAY_DOSES);
 *   <li>prior doses are the signed administration records dated before it, oldest first, and the
 *       other records dated the date of service (doses given the same day);
 *   <li>for each therapy kind, the therapies are those of the latest-dated note that records the
 *       kind; notes of that date that disagree on whether it is ongoing: ended wins (interpretation
 *       LATEST_NOTE_PER_THERAPY_KIND);
 *   <li>when counted notes disagree on a yes-or-no statement, the latest-dated note that makes the
 *       statement wins; between notes of the same date, the value that leads to a finding wins
 *       ({@code true} for a statement the policy declares adverse, such as denosumab's {@code
 *       pregnant}, {@code false} for the others: the record documents it; interpretation
 *       LATEST_NOTE_DECIDES_STATEMENTS).
 * </ul>
 */
final class CountedRecord {
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
  /** The signed records that make the dose under review (several when one date's records add). */
  private final ImmutableList<Administration> doseRecords;
  private final ImmutableList<Finding> unsigned;

  private CountedRecord(ClaimLine claim, DrugCatalog catalog, ImmutableList<Document> all) {
    this.dateOfService = claim.dateOfService();
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
    Optional<Administration> chosen = doseUnderReview(claim, catalog);
    this.doseRecords = doseRecords(chosen, catalog);
    this.doseUnderReview = added(chosen, this.doseRecords);
  }

  /**
   * The dose under review among the signed administration records dated the date of service: the
   * one whose product the catalog bills under the claim's HCPCS; when several are, the one the
   * claim's NDC names, then the one whose dose in mg equals the claim's units, then the one whose
   * product a counted order names (the policy's revision 3); then, and when none has the claim's
   * HCPCS, the first by product name (interpretation SAME_DAY_DOSES).
   */
  private Optional<Administration> doseUnderReview(ClaimLine claim, DrugCatalog catalog) {
    Optional<Product> ndcProduct =
        claim.ndc().flatMap(catalog::entryForNdc).map(CatalogEntry::product);
    Administration best = null;
    int bestScore = -1;
    for (AdministrationRecord r : administrationRecords) {
      if (!r.date().equals(dateOfService)) {
        continue;
      }
      Administration a = r.administration();
      int score = score(a, claim, catalog, ndcProduct);
      if (score > bestScore
          || (best != null && score == bestScore && a.product().compareTo(best.product()) < 0)) {
        best = a;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The records that make the dose under review: the chosen one, and when its catalog entry adds
   * the records of one date ({@link CatalogEntry#dosesOfOneDateAdded()}), every other signed record
   * of the same product on the date of service.
   */
  private ImmutableList<Administration> doseRecords(
      Optional<Administration> chosen, DrugCatalog catalog) {
    if (chosen.isEmpty()) {
      return ImmutableList.of();
    }
    Administration dose = chosen.get();
    boolean added =
        catalog.entry(dose.product()).map(CatalogEntry::dosesOfOneDateAdded).orElse(false);
    ImmutableList.Builder<Administration> out = ImmutableList.<Administration>builder().add(dose);
    if (added) {
      for (AdministrationRecord r : administrationRecords) {
        Administration a = r.administration();
        if (a != dose && r.date().equals(dateOfService) && a.product().equals(dose.product())) {
          out.add(a);
        }
      }
    }
    return out.build();
  }

  /** The dose under review: the chosen record, its milligrams the sum of the date's records. */
  private static Optional<Administration> added(
      Optional<Administration> chosen, ImmutableList<Administration> records) {
    if (records.size() < 2) {
      return chosen;
    }
    int mg = 0;
    for (Administration a : records) {
      mg += a.doseMg();
    }
    return Optional.of(Administration.builder().from(records.get(0)).doseMg(mg).build());
  }

  /**
   * How well a same-day record matches the claim, the higher the better: the claim's HCPCS first,
   * then among those the claim's NDC, the claim's units, and a counted order for the product.
   */
  private int score(
      Administration a, ClaimLine claim, DrugCatalog catalog, Optional<Product> ndcProduct) {
    Optional<CatalogEntry> entry = catalog.entry(a.product());
    if (entry.isEmpty() || !entry.get().hcpcs().equals(claim.hcpcs())) {
      return 0;
    }
    boolean ndc = ndcProduct.map(a.product()::equals).orElse(false);
    boolean units = (long) claim.units() * entry.get().billingUnitMg() == a.doseMg();
    boolean ordered = false;
    for (Order o : orders) {
      ordered |= o.product().equals(a.product());
    }
    return 8 + (ndc ? 4 : 0) + (units ? 2 : 0) + (ordered ? 1 : 0);
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
   * @param claim the claim line (date of service, HCPCS and NDC choose the dose under review)
   * @param catalog the catalog the products are looked up in
   * @return the record as read
   */
  static CountedRecord read(MedicalRecord record, ClaimLine claim, DrugCatalog catalog) {
    return new CountedRecord(
        claim, catalog, ImmutableList.sortedCopyOf(CANONICAL, record.documents()));
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
   * Names a document for a message: its kind in words and its date, such as "order dated
   * 2025-10-20".
   *
   * @param d the document
   * @return the description
   */
  static String describe(Document d) {
    return d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " dated " + d.date();
  }

  /**
   * The evidence of the counted documents, read under the case's policy ({@link RecordEvidence}).
   *
   * @param policy the case's policy
   * @return the evidence
   */
  Evidence evidence(Policy policy) {
    return new RecordEvidence(this).evidence(policy);
  }

  /** Whether a counted imaging report exists. */
  boolean hasImaging() {
    return !imagingReports.isEmpty();
  }

  /** The counted orders, in canonical order. */
  ImmutableList<Order> orders() {
    return orders;
  }

  /** The counted imaging reports, in canonical order. */
  ImmutableList<ImagingReport> imagingReports() {
    return imagingReports;
  }

  /** The counted lab reports, in canonical order. */
  ImmutableList<LabReport> labReports() {
    return labReports;
  }

  /** The counted administration records, in canonical order. */
  ImmutableList<AdministrationRecord> administrationRecords() {
    return administrationRecords;
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
    ImmutableList<Document> notCounted = notCounted(kind);
    for (Document d : notCounted) {
      s.append(s.length() == 0 ? " The record's " : "; the ")
          .append(describe(d))
          .append(d.signed() ? " is after the date of service" : " is unsigned");
    }
    return s.length() == 0
        ? ""
        : s.append(notCounted.size() == 1 ? ", so it does not count." : ", so they do not count.")
            .toString();
  }

  LocalDate dateOfService() {
    return dateOfService;
  }

  Optional<Administration> doseUnderReview() {
    return doseUnderReview;
  }

  /**
   * The signed records that make the dose under review, each checked for route, giver,
   * supervision and drug source; one record unless the product adds one date's records.
   */
  ImmutableList<Administration> doseRecords() {
    return doseRecords;
  }

  ImmutableList<Finding> unsignedWarnings() {
    return unsigned;
  }
}
