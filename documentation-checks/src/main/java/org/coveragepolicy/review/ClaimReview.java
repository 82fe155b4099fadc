package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Determination;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.partb.PartBDrugBenefit;
import org.coveragepolicy.core.partb.PartBRequest;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.IndicationRequest;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.RecordCheck;
import org.coveragepolicy.core.policy.internal.IndicationEvaluator;
import org.coveragepolicy.core.policy.internal.IndicationResult;

/**
 * Reviews a claim for a product of the catalog against its medical record: records returned,
 * evidence, Part B drug benefit, the indications of the product's family, dose, frequency and
 * safety, and claim coding, then the decision. Immutable and thread-safe; {@link #review} is a pure
 * function of the case.
 *
 * <p>The review runs in this order:
 *
 * <ol>
 *   <li>{@code DOC-RECORDS-RETURNED} (TPE): when an Additional Documentation Request was sent and the
 *       records did not arrive within {@value org.coveragepolicy.core.policy.SharedRules#ADR_RESPONSE_DAYS} days, the result holds
 *       that one finding, the documents are not read, no indication is reported and the product is
 *       the one the claim's NDC names, if any. A case without a request date is a pre-submission
 *       check, for which this rule never fires.
 *   <li>The record is read against the date of service: only signed documents (lab reports need no
 *       signature) dated on or before it count; every unsigned document is a {@code DOC-UNSIGNED}
 *       warning. The signed administration record dated the date of service is the dose under
 *       review (when several are, the one billed under the claim's HCPCS, then by the claim's NDC,
 *       units and order); earlier ones and the other same-day ones are prior doses. For each therapy
 *       kind the latest note that records it counts, and when notes of one date disagree on whether
 *       it is ongoing, ended wins. When counted notes disagree on a yes-or-no statement, the
 *       latest-dated note that states it wins, and on the same date the value that leads to a
 *       finding wins.
 *   <li>The product is the dose under review's, else the one the claim's NDC names; when neither is
 *       known, {@code CLM-PRODUCT} (INSUFFICIENT_DOCUMENTATION) is reported and the rules that need
 *       the product (Part B, indications, {@code DOC-IMAGING}, {@code CLM-UNITS}, {@code CLM-JZ-JW},
 *       {@code CLM-DIAGNOSIS}) are skipped.
 *   <li>The documentation rules, the Part B drug benefit (Pub. 100-02, Ch. 15, §50) with the
 *       indication, dose, frequency and safety rules as its reasonable-necessity requirement, and the
 *       claim-coding rules. When {@code DOC-IMAGING} fires, a candidate indication's own "radiographic
 *       evidence missing" shortfall is the same gap and is reported once, as {@code DOC-IMAGING}.
 *   <li>The decision: DENY exactly when an ERROR exists, the denial reason being the
 *       highest-precedence ERROR category ({@link Determination}).
 * </ol>
 *
 * @since 0.1.0
 */
public final class ClaimReview {
  private final Policies policies;
  private final DrugCatalog catalog;

  private ClaimReview(Policies policies, DrugCatalog catalog) {
    this.policies = policies;
    this.catalog = catalog;
  }

  /** The standard review, made on first use (it loads the policies on the class path). */
  private static final class Standard {
    static final ClaimReview REVIEW = of(Policies.load());
  }

  /**
   * Returns a review under the policies on the class path ({@link Policies#load()}): the built-in
   * ones and any policy jar's.
   *
   * @return the review
   * @throws IllegalStateException if no policy is on the class path
   */
  public static ClaimReview standard() {
    return Standard.REVIEW;
  }

  /**
   * Returns a review under the given policies, over the union of their catalogs.
   *
   * @param policies the policies
   * @return the review
   */
  public static ClaimReview of(Policies policies) {
    return new ClaimReview(policies, policies.catalog());
  }

  /**
   * Returns a review under the policies on the class path over another catalog, such as the
   * standard one extended from a catalog file ({@link DrugCatalog#withEntries}).
   *
   * @param catalog the catalog
   * @return the review
   */
  public static ClaimReview withCatalog(DrugCatalog catalog) {
    return new ClaimReview(Policies.load(), catalog);
  }

  /**
   * Returns a review under these policies over another catalog; an entry the policies do not list
   * belongs to the policy of its family or its HCPCS code.
   *
   * @param catalog the catalog
   * @return the review
   */
  public ClaimReview overCatalog(DrugCatalog catalog) {
    return new ClaimReview(policies, catalog);
  }

  /**
   * Returns the policies this review applies.
   *
   * @return the policies
   */
  public Policies policies() {
    return policies;
  }

  /**
   * Returns the catalog this review looks products up in.
   *
   * @return the catalog
   */
  public DrugCatalog catalog() {
    return catalog;
  }

  /**
   * Reviews a case.
   *
   * @param reviewCase the case
   * @return the result
   */
  public ReviewResult review(ReviewCase reviewCase) {
    ClaimLine claim = reviewCase.claim();
    Optional<CatalogEntry> ndcEntry =
        claim.ndc().isPresent() ? catalog.entryForNdc(claim.ndc().get()) : Optional.empty();

    Optional<Finding> notReturned = DocumentationChecks.recordsReturned(reviewCase.record());
    if (notReturned.isPresent()) {
      Policy policy = policyOf(reviewCase, ndcEntry);
      return result(
          reviewCase,
          edition(reviewCase, policy),
          productOf(ndcEntry),
          Optional.empty(),
          ImmutableList.of(policy.cited(ReviewRules.RECORDS_RETURNED).error(
              notReturned.get().category().orElseThrow(), notReturned.get().message())));
    }

    CountedRecord record = CountedRecord.read(reviewCase.record(), claim, catalog);
    Optional<Administration> dose = record.doseUnderReview();
    // the dose under review's product if the catalog knows it, else the one the NDC names
    Optional<CatalogEntry> drug =
        dose.isPresent() ? catalog.entry(dose.get().product()) : Optional.empty();
    if (drug.isEmpty()) {
      drug = ndcEntry;
    }
    Optional<Product> product = productOf(drug);
    Policy policy = policyOf(reviewCase, drug);
    Edition edition = edition(reviewCase, policy);

    Evidence evidence = record.evidence(policy);
    List<Finding> findings = new ArrayList<>();
    for (Finding unsigned : record.unsignedWarnings()) {
      findings.add(policy.cited(ReviewRules.UNSIGNED).warning(unsigned.message()));
    }
    addIfPresent(findings, DocumentationChecks.order(record, drug, catalog, policy));
    addIfPresent(findings, DocumentationChecks.administration(record, policy));
    addIfPresent(findings, DocumentationChecks.progressNote(record, policy));
    for (RecordCheck check : policy.recordChecks()) {
      addIfPresent(findings, check.evaluate(evidence));
    }
    addIfPresent(findings, CodingChecks.ndc(claim, catalog, dose, policy));

    Optional<Indication> supported = Optional.empty();
    if (drug.isEmpty()) {
      findings.add(productUnknown(reviewCase, dose));
    } else {
      CatalogEntry entry = drug.get();
      IndicationResult indications =
          IndicationEvaluator.evaluate(
              IndicationRequest.builder()
                  .product(entry)
                  .policy(policy)
                  .catalog(catalog)
                  .patient(reviewCase.patient())
                  .claimDiagnoses(claim.diagnosisCodes()) // the builder keeps them distinct
                  .evidence(evidence)
                  .doseUnderReview(dose)
                  .dateOfService(claim.dateOfService())
                  .edition(edition)
                  .build());
      supported = indications.supported();
      PartBRequest partB =
          PartBRequest.builder()
              .drug(entry)
              .dateOfService(claim.dateOfService())
              .placeOfService(claim.placeOfService())
              .administration(dose)
              .beneficiary(reviewCase.beneficiary())
              .build();
      Optional<Finding> imagingMissing = DocumentationChecks.imaging(record, indications, policy);
      ImmutableList<Finding> necessity =
          imagingMissing.isPresent()
              ? DocumentationChecks.withoutImagingGap(indications)
              : indications.findings();
      findings.addAll(PartBDrugBenefit.evaluate(partB, request -> necessity));
      // a dose given as several injections: each other signed record of the date is checked too
      // (route, giver, supervision, drug source); a finding already reported is not repeated
      for (Administration other : record.doseRecords().subList(
          Math.min(1, record.doseRecords().size()), record.doseRecords().size())) {
        PartBRequest each = PartBRequest.builder().from(partB).administration(other).build();
        for (Finding f : PartBDrugBenefit.evaluate(each)) {
          boolean seen = false;
          for (Finding g : findings) {
            seen |= g.rule().id().equals(f.rule().id());
          }
          if (!seen) {
            findings.add(f);
          }
        }
      }
      addIfPresent(findings, imagingMissing);
      addIfPresent(findings, CodingChecks.hcpcs(claim, entry, policy));
      addIfPresent(findings, CodingChecks.units(claim, entry, dose, policy));
      addIfPresent(findings, CodingChecks.jzJw(claim, entry));
      addIfPresent(findings, CodingChecks.diagnosis(claim, supported));
    }
    return result(reviewCase, edition, product, supported, findings);
  }

  /**
   * Returns the policy that reviews a case: the policy of the dose under review's product, else of
   * the claim NDC's product, else of the claim's HCPCS code, else of the edition the case names,
   * else the first policy. A reader checks the case's vocabulary against it.
   *
   * @param reviewCase the case
   * @return the policy
   * @since 0.2.0
   */
  public Policy policyOf(ReviewCase reviewCase) {
    ClaimLine claim = reviewCase.claim();
    Optional<Policy> ofCode = policies.policyOf(claim.hcpcs());
    if (ofCode.isPresent() && namesNoOtherPolicy(reviewCase, ofCode.get())) {
      return ofCode.get(); // what the full choice below gives, without counting the record
    }
    Optional<CatalogEntry> ndcEntry =
        claim.ndc().isPresent() ? catalog.entryForNdc(claim.ndc().get()) : Optional.empty();
    if (DocumentationChecks.recordsReturned(reviewCase.record()).isPresent()) {
      return policyOf(reviewCase, ndcEntry);
    }
    CountedRecord record = CountedRecord.read(reviewCase.record(), claim, catalog);
    Optional<CatalogEntry> drug =
        record.doseUnderReview().flatMap(d -> catalog.entry(d.product()));
    return policyOf(reviewCase, drug.isPresent() ? drug : ndcEntry);
  }

  /**
   * Whether no product the case names (the claim NDC's, each administration record's) belongs to a
   * policy other than the given one. Then the dose under review, whichever record it is, leads to
   * the given policy or to none, and none falls back to the claim's HCPCS code, the given policy's.
   */
  private boolean namesNoOtherPolicy(ReviewCase reviewCase, Policy policy) {
    Optional<Ndc> ndc = reviewCase.claim().ndc();
    if (ndc.isPresent() && isOfOtherPolicy(catalog.entryForNdc(ndc.get()), policy)) {
      return false;
    }
    for (Document d : reviewCase.record().documents()) {
      if (d instanceof AdministrationRecord
          && isOfOtherPolicy(
              catalog.entry(((AdministrationRecord) d).administration().product()), policy)) {
        return false;
      }
    }
    return true;
  }

  private boolean isOfOtherPolicy(Optional<CatalogEntry> entry, Policy policy) {
    if (entry.isEmpty()) {
      return false;
    }
    Optional<Policy> of = policies.policyOf(entry.get());
    return of.isPresent() && of.get() != policy;
  }

  /**
   * The policy that reviews a case: the policy of the product given (the dose under review's, else
   * the claim NDC's), else of the claim's HCPCS code, else of the edition the case names, else the
   * first.
   */
  private Policy policyOf(ReviewCase reviewCase, Optional<CatalogEntry> drug) {
    Optional<Policy> policy = drug.isPresent() ? policies.policyOf(drug.get()) : Optional.empty();
    if (policy.isEmpty()) {
      policy = policies.policyOf(reviewCase.claim().hcpcs());
    }
    if (policy.isEmpty() && reviewCase.edition().isPresent()) {
      policy = policies.policyOf(reviewCase.edition().get());
    }
    return policy.orElse(policies.first());
  }

  /**
   * The edition a case is reviewed under: the one it names, else the policy's default. An edition
   * of another policy is invalid input, except when the claim bills that other policy's HCPCS code
   * (a product billed under another drug's code): then the policy's default edition reviews it and
   * CLM-HCPCS reports the code. An edition no policy lists (one built by the caller) is used as
   * given.
   */
  private Edition edition(ReviewCase reviewCase, Policy policy) {
    if (reviewCase.edition().isEmpty()) {
      return policy.defaultEdition();
    }
    Edition named = reviewCase.edition().get();
    Optional<Policy> owner = policies.policyOf(named);
    if (owner.isEmpty() || owner.get().equals(policy)) {
      return named;
    }
    if (owner.equals(policies.policyOf(reviewCase.claim().hcpcs()))) {
      return policy.defaultEdition();
    }
    throw new InvalidInputException(
        "edition",
        "\""
            + named.name()
            + "\" is an edition of the "
            + owner.get().name()
            + " policy, but the product given is reviewed under the "
            + policy.name()
            + " policy (editions "
            + policy.editions()
            + ")");
  }

  private static void addIfPresent(List<Finding> findings, Optional<Finding> finding) {
    if (finding.isPresent()) {
      findings.add(finding.get());
    }
  }

  private static Optional<Product> productOf(Optional<CatalogEntry> entry) {
    return entry.isPresent() ? Optional.of(entry.get().product()) : Optional.empty();
  }

  /** CLM-PRODUCT (CERT): neither a documented dose of a catalog product nor a known NDC. */
  private Finding productUnknown(ReviewCase reviewCase, Optional<Administration> dose) {
    String dosePart =
        dose.map(
                d ->
                    "the administration record names "
                        + d.product().displayName()
                        + ", which is not a product of the catalog")
            .orElse("no signed administration record documents the dose");
    String ndcPart =
        reviewCase
            .claim()
            .ndc()
            .map(n -> "the claim's NDC " + n.render() + " is not in the catalog")
            .orElse("the claim carries no NDC");
    return policyOf(reviewCase, Optional.empty()).cited(ReviewRules.PRODUCT).error(
        Category.INSUFFICIENT_DOCUMENTATION,
        "The product given cannot be determined: "
            + dosePart
            + " and "
            + ndcPart
            + ". Submit the signed administration record of the dose or bill the product's NDC.");
  }

  private static ReviewResult result(
      ReviewCase reviewCase,
      Edition edition,
      Optional<Product> product,
      Optional<Indication> indication,
      List<Finding> findings) {
    Determination determination = Determination.of(findings);
    return ReviewResult.builder()
        .id(reviewCase.id())
        .edition(edition)
        .product(product)
        .decision(determination.decision())
        .denialReason(determination.denialReason())
        .indication(indication)
        .findings(determination.findings())
        .build();
  }

  @Override
  public String toString() {
    return "ClaimReview" + catalog.products();
  }
}
