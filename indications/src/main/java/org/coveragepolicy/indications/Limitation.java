package org.coveragepolicy.indications;

import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;

/**
 * A limitation of use an edition may carry: not an indication and never a candidate, but a reason a
 * product is not reasonable and necessary for a patient.
 *
 * @since 0.1.0
 */
public enum Limitation {
  /**
   * SEED: "Xgeva is not indicated for the prevention of skeletal-related events in patients with
   * multiple myeloma." Never blocks giant cell tumor of bone or hypercalcemia of malignancy.
   */
  XGEVA_MULTIPLE_MYELOMA(
      Product.XGEVA,
      Rule.of(
          "IND-XGEVA-MULTIPLE-MYELOMA-LIMITATION",
          "Xgeva is not indicated for the prevention of skeletal-related events in patients with"
              + " multiple myeloma",
          Source.SEED));

  private final Product product;
  private final Rule rule;

  Limitation(Product product, Rule rule) {
    this.product = product;
    this.rule = rule;
  }

  /**
   * Returns the product the limitation applies to.
   *
   * @return the product
   */
  public Product product() {
    return product;
  }

  /**
   * Returns the limitation's rule.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }
}
