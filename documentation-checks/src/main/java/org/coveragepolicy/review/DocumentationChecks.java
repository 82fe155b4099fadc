package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.internal.IndicationResult;

/** The TPE documentation rules of the policy's "Records", each a pure function to an optional finding. */
final class DocumentationChecks {
  private DocumentationChecks() {}

  /**
   * DOC-RECORDS-RETURNED (TPE): an ADR was sent and no records arrived within {@value
   * ReviewRules#ADR_RESPONSE_DAYS} days. Never fires without a request date (pre-submission).
   */
  static Optional<Finding> recordsReturned(MedicalRecord record) {
    if (record.requestedOn().isEmpty()) {
      return Optional.empty();
    }
    LocalDate requested = record.requestedOn().get();
    LocalDate due = requested.plusDays(ReviewRules.ADR_RESPONSE_DAYS);
    Optional<LocalDate> received = record.receivedOn();
    if (received.isPresent() && !received.get().isAfter(due)) {
      return Optional.empty();
    }
    String what =
        received
            .map(r -> "The records arrived on " + r + ", after the deadline " + due)
            .orElse("No records were received for the request");
    return Optional.of(
        ReviewRules.RECORDS_RETURNED.error(
            Category.NO_DOCUMENTATION,
            what
                + " (Additional Documentation Request sent "
                + requested
                + "; records are due within "
                + ReviewRules.ADR_RESPONSE_DAYS
                + " days, by "
                + due
                + "). Return the complete medical record for the date of service within the ADR"
                + " window."));
  }

  /**
   * DOC-ORDER: a signed order for the product dated on or before the date of service; the message
   * names the product given and, when the signed orders are for another, the products ordered
   * (revision 3).
   */
  static Optional<Finding> order(
      CountedRecord record, Optional<CatalogEntry> drug, DrugCatalog catalog, Policy policy) {
    for (Order o : record.orders()) {
      if (drug.isEmpty() || o.product().equals(drug.get().product())) {
        return Optional.empty();
      }
    }
    String forWhat = drug.map(d -> " for " + d.describe()).orElse("");
    Set<String> ordered = new LinkedHashSet<>();
    for (Order o : record.orders()) {
      ordered.add(catalog.entry(o.product()).map(CatalogEntry::describe).orElse(o.product().displayName()));
    }
    String otherProducts =
        drug.isPresent() && !ordered.isEmpty()
            ? " The signed orders in the record are for "
                + String.join(" and ", ordered)
                + ", not for the product given, "
                + drug.get().describe()
                + "."
            : "";
    return Optional.of(
        policy.cited(ReviewRules.ORDER).error(
            Category.INSUFFICIENT_DOCUMENTATION,
            "No signed order"
                + forWhat
                + " dated on or before the date of service "
                + record.dateOfService()
                + " is in the record."
                + otherProducts
                + record.whyNotCounted(DocumentKind.ORDER)
                + " Submit the physician's signed order for the product given, dated on or before"
                + " the date of service."));
  }

  /**
   * DOC-ADMINISTRATION : a signed administration record dated the date of service; product,
   * dose and route are required fields of every administration record.
   */
  static Optional<Finding> administration(CountedRecord record, Policy policy) {
    if (record.doseUnderReview().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        policy.cited(ReviewRules.ADMINISTRATION).error(
            Category.INSUFFICIENT_DOCUMENTATION,
            "No signed administration record dated the date of service "
                + record.dateOfService()
                + " is in the record."
                + record.whyNotCounted(DocumentKind.ADMINISTRATION_RECORD)
                + " Submit the signed administration record of this dose naming the product, the"
                + " dose and the route."));
  }

  /**
   * DOC-PROGRESS-NOTE : a signed progress note dated on or before the date of service
   * documenting at least one diagnosis.
   */
  static Optional<Finding> progressNote(CountedRecord record, Policy policy) {
    for (ProgressNote note : record.progressNotes()) {
      if (!note.diagnoses().isEmpty()) {
        return Optional.empty();
      }
    }
    String noDiagnosis =
        record.progressNotes().isEmpty()
            ? ""
            : " The signed notes that count document no diagnosis.";
    return Optional.of(
        policy.cited(ReviewRules.PROGRESS_NOTE).error(
            Category.INSUFFICIENT_DOCUMENTATION,
            "No signed progress note dated on or before the date of service "
                + record.dateOfService()
                + " documents a diagnosis."
                + noDiagnosis
                + record.whyNotCounted(DocumentKind.PROGRESS_NOTE)
                + " Submit the treating practitioner's signed progress note documenting the"
                + " diagnoses the drug treats."));
  }

  /**
   * DOC-IMAGING : no candidate is supported, at least one needs radiographic evidence, and no
   * signed imaging report dated on or before the date of service exists at all. A report that exists
   * but does not show what an indication needs is that indication's finding, not this one.
   */
  static Optional<Finding> imaging(
      CountedRecord record, IndicationResult indications, Policy policy) {
    if (indications.supported().isPresent() || record.hasImaging()) {
      return Optional.empty();
    }
    boolean anyNeedsImaging = false;
    for (Indication i : indications.candidates()) {
      anyNeedsImaging |= i.needsImaging();
    }
    if (!anyNeedsImaging) {
      return Optional.empty();
    }
    // each kind of imaging once, with the indications it would support
    Map<String, List<String>> needing = new LinkedHashMap<>();
    for (Indication i : indications.candidates()) {
      if (i.needsImaging()) {
        needing.computeIfAbsent(i.establishingImaging(), k -> new ArrayList<>()).add(i.description());
      }
    }
    StringBuilder what = new StringBuilder();
    for (Map.Entry<String, List<String>> e : needing.entrySet()) {
      what.append(what.length() == 0 ? "" : "; ")
          .append(e.getKey())
          .append(", for the indication for ")
          .append(String.join(" or ", e.getValue()));
    }
    return Optional.of(
        policy.cited(ReviewRules.IMAGING).error(
            Category.INSUFFICIENT_DOCUMENTATION,
            "No signed imaging report dated on or before the date of service "
                + record.dateOfService()
                + " is in the record, and radiographic evidence must support the indication."
                + record.whyNotCounted(DocumentKind.IMAGING_REPORT)
                + " Submit the signed imaging report that supports it: "
                + what
                + "."));
  }

  /**
   * Returns the indication findings without those {@code DOC-IMAGING} already reports: when no
   * imaging report counts at all, a candidate's "radiographic evidence missing" shortfall ({@link
   * IndicationResult#imagingGaps()}) is the same gap as {@code DOC-IMAGING}, so the policy reports it
   * once, as {@code DOC-IMAGING}. The candidate stays unsupported, and its other shortfalls are kept.
   */
  static ImmutableList<Finding> withoutImagingGap(IndicationResult indications) {
    if (indications.imagingGaps().isEmpty()) {
      return indications.findings();
    }
    ImmutableSet<Finding> gaps = ImmutableSet.copyOf(indications.imagingGaps());
    ImmutableList.Builder<Finding> kept = ImmutableList.builder();
    for (Finding f : indications.findings()) {
      if (!gaps.contains(f)) {
        kept.add(f);
      }
    }
    return kept.build();
  }
}
