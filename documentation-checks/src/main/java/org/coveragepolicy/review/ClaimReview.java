package org.coveragepolicy.review;

import org.coveragepolicy.core.drug.DrugCatalog;

/**
 * Reviews a J0897 claim against its medical record: records returned, evidence, Part B drug benefit,
 * indications, dose, frequency and safety, and claim coding, then the decision (POLICY.md). Immutable
 * and thread-safe; {@link #review} is a pure function of the case.
 *
 * @since 0.1.0
 */
public final class ClaimReview {
  private final DrugCatalog catalog;

  private ClaimReview(DrugCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Returns a review over the J0897 catalog (Prolia and Xgeva).
   *
   * @return the review
   */
  public static ClaimReview standard() {
    return new ClaimReview(DrugCatalog.J0897);
  }

  /**
   * Returns a review over another catalog of J0897 products.
   *
   * @param catalog the catalog
   * @return the review
   */
  public static ClaimReview withCatalog(DrugCatalog catalog) {
    return new ClaimReview(catalog);
  }

  /**
   * Reviews a case.
   *
   * @param reviewCase the case
   * @return the result
   */
  public ReviewResult review(ReviewCase reviewCase) {
    // TODO(documentation-checks issue): implement; the API above is fixed.
    throw new UnsupportedOperationException("review: not implemented yet for " + catalog);
  }
}
