package org.coveragepolicy.core.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingStudy;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;

/**
 * The facts of one request as the indication rules read them, for {@link Requirement} functions:
 * anchors, contradictions, limitations and safety read the claim's diagnoses and the record's
 * together ({@link #hasDiagnosis}); requirements read the record only ({@link #documents}), so a
 * diagnosis billed but not documented in a counted progress note is missing documentation.
 *
 * @since 0.2.0
 */
public final class CaseFacts {
  private final IndicationRequest request;
  /** The claim's codes, as a list read by index. */
  private final ImmutableList<Icd10Code> claim;
  /** The record's documented codes, as a list read by index. */
  private final ImmutableList<Icd10Code> record;

  /**
   * Returns the facts of a request, as the indication evaluator gives them to the requirements and
   * limitations; for example, to test a {@link Requirement} function.
   *
   * @param request the request
   * @return the facts of the request
   * @since 0.2.0
   */
  public static CaseFacts of(IndicationRequest request) {
    return new CaseFacts(request);
  }

  private CaseFacts(IndicationRequest request) {
    this.request = request;
    this.claim = request.claimDiagnoses().asList();
    this.record = request.evidence().documentedDiagnoses().asList();
  }

  /**
   * Returns the request the facts come from.
   *
   * @return the request
   */
  public IndicationRequest request() {
    return request;
  }

  /**
   * Returns the evidence that counts.
   *
   * @return the evidence
   */
  public Evidence evidence() {
    return request.evidence();
  }

  /**
   * Returns the date of service.
   *
   * @return the date of service
   */
  public LocalDate dateOfService() {
    return request.dateOfService();
  }

  /**
   * Returns the catalog entry of the product under review.
   *
   * @return the product's entry
   */
  public CatalogEntry product() {
    return request.product();
  }

  /**
   * Returns the family of the product under review (its reference product).
   *
   * @return the family
   */
  public Product family() {
    return request.product().family();
  }

  /**
   * Returns the edition.
   *
   * @return the edition
   */
  public Edition edition() {
    return request.edition();
  }

  /**
   * Returns the edition's thresholds.
   *
   * @return the thresholds
   */
  public Thresholds thresholds() {
    return request.edition().thresholds();
  }

  /**
   * Returns the patient's sex.
   *
   * @return the sex
   */
  public Sex sex() {
    return request.patient().sex();
  }

  /**
   * Returns the patient's age in whole years on the date of service.
   *
   * @return the age
   */
  public int age() {
    return request.patient().ageOn(request.dateOfService());
  }

  /**
   * Returns whether the claim or the record has a diagnosis of a family: anchors, contradictions,
   * limitations and safety read both.
   *
   * @param family the code family
   * @return true if a claim or record code is in the family
   */
  public boolean hasDiagnosis(CodeFamily family) {
    return anyIn(family, claim) || anyIn(family, record);
  }

  /**
   * Returns whether a counted progress note documents a diagnosis of a family: requirements read the
   * record only.
   *
   * @param family the code family
   * @return true if a documented code is in the family
   */
  public boolean documents(CodeFamily family) {
    return anyIn(family, record);
  }

  /**
   * Returns whether a diagnosis of a family is billed on the claim but not documented in the record.
   *
   * @param family the code family
   * @return true if billed only
   */
  public boolean billedOnly(CodeFamily family) {
    return anyIn(family, claim) && !anyIn(family, record);
  }

  /** Whether a code of the list is in the family (by index: this runs for every rule). */
  private static boolean anyIn(CodeFamily family, ImmutableList<Icd10Code> codes) {
    for (int i = 0; i < codes.size(); i++) {
      if (family.contains(codes.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the codes of a family on the claim and in the record, sorted and rendered, for messages.
   *
   * @param family the code family
   * @return the codes, comma separated
   */
  public String codesOf(CodeFamily family) {
    return render(
        ImmutableSortedSet.<Icd10Code>naturalOrder().addAll(claim).addAll(record).build(), family);
  }

  /**
   * Returns the codes of a family billed on the claim, sorted and rendered, for messages.
   *
   * @param family the code family
   * @return the codes, comma separated
   */
  public String claimCodesOf(CodeFamily family) {
    return render(ImmutableSortedSet.copyOf(claim), family);
  }

  private static String render(ImmutableSortedSet<Icd10Code> codes, CodeFamily family) {
    return codes.stream()
        .filter(family::contains)
        .map(Icd10Code::render)
        .collect(Collectors.joining(", "));
  }

  /**
   * Returns whether a counted imaging report shows a finding.
   *
   * @param finding the imaging finding
   * @return true if some study shows it
   */
  public boolean imagingShows(ImagingFinding finding) {
    for (ImagingStudy study : evidence().imaging()) {
      if (study.findings().contains(finding)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the record holds any counted imaging report.
   *
   * @return true if there is imaging
   */
  public boolean hasImaging() {
    return !evidence().imaging().isEmpty();
  }

  /**
   * Returns the documented therapies of a kind.
   *
   * @param kind the therapy kind
   * @return the therapies, in record order
   */
  public ImmutableList<Therapy> therapies(TherapyKind kind) {
    ImmutableList.Builder<Therapy> of = ImmutableList.builder();
    for (Therapy therapy : evidence().therapies()) {
      if (therapy.kind().equals(kind)) {
        of.add(therapy);
      }
    }
    return of.build();
  }

  /**
   * Returns whether a therapy of a kind is documented.
   *
   * @param kind the therapy kind
   * @return true if documented
   */
  public boolean hasTherapy(TherapyKind kind) {
    for (Therapy therapy : evidence().therapies()) {
      if (therapy.kind().equals(kind)) {
        return true;
      }
    }
    return false;
  }
}
