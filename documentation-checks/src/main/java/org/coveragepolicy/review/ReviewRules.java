package org.coveragepolicy.review;

import java.time.LocalDate;
import com.google.common.collect.ImmutableList;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.SharedRules;

/**
 * The TPE documentation rules and the claim-coding rules of the review (the rules document, "Records" and
 * "Claim coding"), shared by every policy, each written here once with its summary, default category
 * and default source, with the thresholds they use. A policy names the source each cites in its
 * results ({@code Policy.citations()}); the sources here are the generic defaults.
 *
 * @since 0.1.0
 */
final class ReviewRules {
  /**
   * The days a provider has to answer an Additional Documentation Request: records received on day
   * 45 after the request are in time, on day 46 they are not (TPE).
   */
  public static final int ADR_RESPONSE_DAYS = SharedRules.ADR_RESPONSE_DAYS;

  /**
   * The first date of service on which a single-dose container claim must carry JZ or JW (Pub.
   * 100-04, Ch. 17, §40).
   */
  public static final LocalDate JZ_JW_REQUIRED_FROM = SharedRules.JZ_JW_REQUIRED_FROM;

  /**
   * TPE: an ADR was sent and no records arrived within {@value #ADR_RESPONSE_DAYS} days; the denial
   * counts as "failure to return records" (NO_DOCUMENTATION).
   */
  public static final Rule RECORDS_RETURNED = SharedRules.RECORDS_RETURNED;

  /** a signed order for the product, dated on or before the date of service. */
  public static final Rule ORDER = SharedRules.ORDER;

  /**
   * A signed administration record dated the date of service naming product,
   * dose and route.
   */
  public static final Rule ADMINISTRATION = SharedRules.ADMINISTRATION;

  /**
   * A signed progress note of the treating practitioner, dated on or before the
   * date of service, documenting at least one diagnosis.
   */
  public static final Rule PROGRESS_NOTE = SharedRules.PROGRESS_NOTE;

  /**
   * Imaging must support the indication through radiographic evidence; fires only when no signed imaging report exists at all.
   */
  public static final Rule IMAGING = SharedRules.IMAGING;

  /** A document that needs a signature is unsigned, so its content is ignored (WARNING). */
  public static final Rule UNSIGNED = SharedRules.UNSIGNED;

  /** The code descriptor sets the billing unit: billed units equal the dose administered in mg. */
  public static final Rule UNITS = SharedRules.UNITS;

  /**
   * The claim's NDC names a catalog product and the product the administration record
   * documents; an unknown NDC is a WARNING; a product whose entry lists no NDC is not checked (INFO).
   */
  public static final Rule NDC = SharedRules.NDC;

  /**
   * The claim's HCPCS is the code the catalog bills the product given under (a biosimilar under its
   * own code, not its reference product's, and the reverse).
   */
  public static final Rule HCPCS = SharedRules.HCPCS;

  /**
   * Pub. 100-04, Ch. 17, §40: from {@link #JZ_JW_REQUIRED_FROM}, a single-dose container claim
   * carries JZ (nothing discarded) or JW (amount discarded), not both.
   */
  public static final Rule JZ_JW = SharedRules.JZ_JW;

  /**
   * CERT "incorrect coding": when an indication is supported, the claim carries a diagnosis code of
   * its anchor family.
   */
  public static final Rule DIAGNOSIS = SharedRules.DIAGNOSIS;

  /**
   * CERT "insufficient documentation": the product under review can be determined from the
   * administration record or the claim's NDC.
   */
  public static final Rule PRODUCT = SharedRules.PRODUCT;

  /** Every rule of this class: the records rules, then the claim-coding rules. */
  public static final ImmutableList<Rule> ALL =
      ImmutableList.of(
          RECORDS_RETURNED,
          ORDER,
          ADMINISTRATION,
          PROGRESS_NOTE,
          IMAGING,
          UNSIGNED,
          UNITS,
          NDC,
          HCPCS,
          JZ_JW,
          DIAGNOSIS,
          PRODUCT);

  private ReviewRules() {}
}
