package org.coveragepolicy.indications;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.TherapyKind;

/**
 * The facts of one request as the J0897 rules read them (POLICY.md "Diagnoses: where they come
 * from"): anchors, contradictions, limitations and safety read the claim and the record together;
 * requirements read the record only.
 */
final class CaseFacts {
  private final IndicationRequest request;
  private final ImmutableSortedSet<Icd10Code> claim;
  private final ImmutableSortedSet<Icd10Code> record;
  private final ImmutableSortedSet<Icd10Code> all;

  CaseFacts(IndicationRequest request) {
    this.request = request;
    this.claim = ImmutableSortedSet.copyOf(request.claimDiagnoses());
    this.record = ImmutableSortedSet.copyOf(request.evidence().documentedDiagnoses());
    this.all = ImmutableSortedSet.<Icd10Code>naturalOrder().addAll(claim).addAll(record).build();
  }

  IndicationRequest request() {
    return request;
  }

  Evidence evidence() {
    return request.evidence();
  }

  LocalDate dateOfService() {
    return request.dateOfService();
  }

  Product product() {
    return request.product().product();
  }

  Edition edition() {
    return request.edition();
  }

  Sex sex() {
    return request.patient().sex();
  }

  /** Claim and record together: anchors, contradictions, limitations, safety. */
  boolean hasDiagnosis(CodeFamily family) {
    return family.containsAny(all);
  }

  /** The record only: requirements. */
  boolean documents(CodeFamily family) {
    return family.containsAny(record);
  }

  /** Billed on the claim, not documented in the record. */
  boolean billedOnly(CodeFamily family) {
    return family.containsAny(claim) && !family.containsAny(record);
  }

  /** The codes of a family in claim and record, sorted, for messages. */
  String codesOf(CodeFamily family) {
    return all.stream()
        .filter(family::contains)
        .map(Icd10Code::render)
        .collect(Collectors.joining(", "));
  }

  /** The codes of a family billed on the claim, sorted, for messages. */
  String claimCodesOf(CodeFamily family) {
    return claim.stream()
        .filter(family::contains)
        .map(Icd10Code::render)
        .collect(Collectors.joining(", "));
  }

  boolean imagingShows(ImagingFinding finding) {
    return evidence().imaging().stream().anyMatch(s -> s.findings().contains(finding));
  }

  boolean hasImaging() {
    return !evidence().imaging().isEmpty();
  }

  boolean hasTherapy(TherapyKind kind) {
    return evidence().therapies().stream().anyMatch(t -> t.kind() == kind);
  }
}
