package org.coveragepolicy.indications;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingStudy;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one request as the J0897 rules read them (the policy's "Diagnoses: where they come
 * from"): anchors, contradictions, limitations and safety read the claim and the record together;
 * requirements read the record only.
 */
final class CaseFacts {
  private final IndicationRequest request;
  /** The claim's codes, as a list read by index (no iterator per family query). */
  private final ImmutableList<Icd10Code> claim;
  /** The record's documented codes, as a list read by index. */
  private final ImmutableList<Icd10Code> record;
  /** The claim's codes, then the record's not on the claim: each distinct code once. */
  private final ImmutableList<Icd10Code> either;
  /** Claim and record together, sorted: built on first use, only messages need it. */
  private @Nullable ImmutableSortedSet<Icd10Code> all;

  CaseFacts(IndicationRequest request) {
    this.request = request;
    this.claim = request.claimDiagnoses().asList();
    this.record = request.evidence().documentedDiagnoses().asList();
    this.either = union(request.claimDiagnoses(), record);
  }

  private static ImmutableList<Icd10Code> union(
      ImmutableSet<Icd10Code> claim, ImmutableList<Icd10Code> record) {
    ImmutableList.Builder<Icd10Code> union = ImmutableList.builder();
    union.addAll(claim);
    for (Icd10Code code : record) {
      if (!claim.contains(code)) {
        union.add(code);
      }
    }
    return union.build();
  }

  private ImmutableSortedSet<Icd10Code> all() {
    ImmutableSortedSet<Icd10Code> sorted = all;
    if (sorted == null) {
      sorted = ImmutableSortedSet.<Icd10Code>naturalOrder().addAll(claim).addAll(record).build();
      all = sorted;
    }
    return sorted;
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
    return anyIn(family, either);
  }

  /** The record only: requirements. */
  boolean documents(CodeFamily family) {
    return anyIn(family, record);
  }

  /** Billed on the claim, not documented in the record. */
  boolean billedOnly(CodeFamily family) {
    return anyIn(family, claim) && !anyIn(family, record);
  }

  private static boolean anyIn(CodeFamily family, ImmutableList<Icd10Code> codes) {
    for (int i = 0; i < codes.size(); i++) {
      if (family.contains(codes.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The codes of a family in claim and record, sorted, for messages. */
  String codesOf(CodeFamily family) {
    return all().stream()
        .filter(family::contains)
        .map(Icd10Code::render)
        .collect(Collectors.joining(", "));
  }

  /** The codes of a family billed on the claim, sorted, for messages. */
  String claimCodesOf(CodeFamily family) {
    return ImmutableSortedSet.copyOf(request.claimDiagnoses()).stream()
        .filter(family::contains)
        .map(Icd10Code::render)
        .collect(Collectors.joining(", "));
  }

  boolean imagingShows(ImagingFinding finding) {
    for (ImagingStudy study : evidence().imaging()) {
      if (study.findings().contains(finding)) {
        return true;
      }
    }
    return false;
  }

  boolean hasImaging() {
    return !evidence().imaging().isEmpty();
  }

  boolean hasTherapy(TherapyKind kind) {
    for (Therapy therapy : evidence().therapies()) {
      if (therapy.kind() == kind) {
        return true;
      }
    }
    return false;
  }
}
