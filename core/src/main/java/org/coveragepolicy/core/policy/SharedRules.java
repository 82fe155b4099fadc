package org.coveragepolicy.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;

/**
 * The declarations of the engine's records and claim-coding rules, shared by every policy: each
 * rule's ID, summary, default category and default source, written once. The engine evaluates them
 * (the review module's {@code RuleRegistry} lists them); a policy names
 * the source each cites in its results through {@link Policy#citations()}, keyed by these rules'
 * IDs ({@code SharedRules.ORDER.id()}).
 *
 * @since 0.2.0
 */
public final class SharedRules {
  /**
   * The days a provider has to answer an Additional Documentation Request: records received on day
   * 45 after the request are in time, on day 46 they are not (TPE). {@link #RECORDS_RETURNED}'s
   * summary prints this value.
   */
  public static final int ADR_RESPONSE_DAYS = 45;

  /**
   * The first date of service on which a single-dose container claim must carry JZ or JW (Pub.
   * 100-04, Ch. 17, §40). {@link #JZ_JW}'s summary prints this value.
   */
  public static final LocalDate JZ_JW_REQUIRED_FROM = LocalDate.of(2023, 7, 1);

  /**
   * TPE: an ADR was sent and no records arrived within 45 days; the denial
   * counts as "failure to return records" (NO_DOCUMENTATION).
   */
  public static final Rule RECORDS_RETURNED =
      Rule.of(
          "DOC-RECORDS-RETURNED",
          "the records requested by the Additional Documentation Request arrive within "
              + ADR_RESPONSE_DAYS
              + " days",
          Category.NO_DOCUMENTATION,
          Source.TPE);

  /** A signed order for the product, dated on or before the date of service. */
  public static final Rule ORDER =
      Rule.of(
          "DOC-ORDER",
          "a signed order for the product, dated on or before the date of service",
          Category.INSUFFICIENT_DOCUMENTATION,
          Source.PIM_3);

  /**
   * A signed administration record dated the date of service naming product,
   * dose and route.
   */
  public static final Rule ADMINISTRATION =
      Rule.of(
          "DOC-ADMINISTRATION",
          "a signed administration record dated the date of service naming product, dose and route",
          Category.INSUFFICIENT_DOCUMENTATION,
          Source.PIM_3);

  /**
   * A signed progress note of the treating practitioner, dated on or before the
   * date of service, documenting at least one diagnosis.
   */
  public static final Rule PROGRESS_NOTE =
      Rule.of(
          "DOC-PROGRESS-NOTE",
          "a signed progress note dated on or before the date of service documenting a diagnosis",
          Category.INSUFFICIENT_DOCUMENTATION,
          Source.PIM_3);

  /**
   * Imaging must support the indication through radiographic evidence; fires only when no signed imaging report exists at all.
   */
  public static final Rule IMAGING =
      Rule.of(
          "DOC-IMAGING",
          "a signed imaging report dated on or before the date of service supports the indication",
          Category.INSUFFICIENT_DOCUMENTATION,
          Source.PIM_3);

  /** A document that needs a signature is unsigned, so its content is ignored (WARNING). */
  public static final Rule UNSIGNED =
      Rule.warningOnly("DOC-UNSIGNED", "every document that needs a signature is signed", Source.PIM_3);

  /** The code descriptor sets the billing unit: billed units equal the dose administered in mg. */
  public static final Rule UNITS =
      Rule.of(
          "CLM-UNITS",
          "billed units equal the dose administered divided by the billing unit (such as 1 mg)",
          Category.INCORRECT_CODING,
          Source.HCPCS);

  /**
   * The claim's NDC names a catalog product and the product the administration record
   * documents; an unknown NDC is a WARNING; a product whose entry lists no NDC is not checked (INFO).
   */
  public static final Rule NDC =
      Rule.of(
          "CLM-NDC",
          "the NDC on the claim names a catalog product, the one the administration record names",
          Category.INCORRECT_CODING,
          Source.HCPCS);

  /**
   * The claim's HCPCS is the code the catalog bills the product given under (a biosimilar under its
   * own code, not its reference product's, and the reverse).
   */
  public static final Rule HCPCS =
      Rule.of(
          "CLM-HCPCS",
          "the claim's HCPCS is the HCPCS of the product the administration record names",
          Category.INCORRECT_CODING,
          Source.HCPCS);

  /**
   * Pub. 100-04, Ch. 17, §40: from 2023-07-01, a single-dose container claim
   * carries JZ (nothing discarded) or JW (amount discarded), not both.
   */
  public static final Rule JZ_JW =
      Rule.of(
          "CLM-JZ-JW",
          "a single-dose container claim from "
              + JZ_JW_REQUIRED_FROM
              + " carries exactly one of JZ and JW",
          Category.INCORRECT_CODING,
          Source.JZJW);

  /**
   * CERT "incorrect coding": when an indication is supported, the claim carries a diagnosis code of
   * its anchor family.
   */
  public static final Rule DIAGNOSIS =
      Rule.of(
          "CLM-DIAGNOSIS",
          "the claim's diagnosis codes include a code of the supported indication's anchor family",
          Category.INCORRECT_CODING,
          Source.CERT);

  /**
   * CERT "insufficient documentation": the product under review can be determined from the
   * administration record or the claim's NDC.
   */
  public static final Rule PRODUCT =
      Rule.of(
          "CLM-PRODUCT",
          "the product can be determined from the administration record or a known NDC",
          Category.INSUFFICIENT_DOCUMENTATION,
          Source.CERT);

  /** Every shared rule, for {@link Policy#cited} to copy once per policy. */
  static final ImmutableList<Rule> ALL =
      ImmutableList.of(
          RECORDS_RETURNED, ORDER, ADMINISTRATION, PROGRESS_NOTE, IMAGING, UNSIGNED, UNITS, NDC, HCPCS,
          JZ_JW, DIAGNOSIS, PRODUCT);

  private SharedRules() {}
}
