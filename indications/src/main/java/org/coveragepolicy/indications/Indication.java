package org.coveragepolicy.indications;

import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;

/**
 * An FDA-labeled indication of a J0897 product, in the policy's order: when several candidates are
 * supported, the first in this order is the result's indication. The name is the output value
 * ({@code PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS}); the rule ID adds the {@code IND-} prefix.
 *
 * @since 0.1.0
 */
public enum Indication {
  /** Treatment of postmenopausal women with osteoporosis at high risk for fracture. */
  PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS(
      CodeFamilies.OSTEOPOROSIS,
      Product.PROLIA,
      "postmenopausal women with osteoporosis at high risk for fracture",
      Source.FDA_PROLIA,
      true),
  /** Treatment to increase bone mass in men with osteoporosis at high risk for fracture. */
  PROLIA_MALE_OSTEOPOROSIS(
      CodeFamilies.OSTEOPOROSIS,
      Product.PROLIA,
      "men with osteoporosis at high risk for fracture",
      Source.FDA_PROLIA,
      true),
  /** Men at high risk for fracture receiving ADT for nonmetastatic prostate cancer. */
  PROLIA_ADT_PROSTATE_CANCER(
      CodeFamilies.PROSTATE_CANCER,
      Product.PROLIA,
      "men at high risk for fracture receiving androgen deprivation therapy for nonmetastatic"
          + " prostate cancer",
      Source.FDA_PROLIA,
      true),
  /** Women at high risk for fracture receiving adjuvant aromatase-inhibitor therapy for breast cancer. */
  PROLIA_AI_BREAST_CANCER(
      CodeFamilies.BREAST_CANCER,
      Product.PROLIA,
      "women at high risk for fracture receiving adjuvant aromatase inhibitor therapy for breast"
          + " cancer",
      Source.FDA_PROLIA,
      true),
  /** Glucocorticoid-induced osteoporosis at high risk for fracture (FDA_LABEL_2024 only). */
  PROLIA_GLUCOCORTICOID_OSTEOPOROSIS(
      CodeFamilies.OSTEOPOROSIS,
      Product.PROLIA,
      "glucocorticoid-induced osteoporosis in patients at high risk for fracture",
      Source.FDA_PROLIA,
      true),
  /** Prevention of skeletal-related events in patients with bone metastases from solid tumors. */
  XGEVA_SRE_BONE_METASTASES(
      CodeFamilies.BONE_METASTASES,
      Product.XGEVA,
      "prevention of skeletal-related events in patients with bone metastases from solid tumors",
      Source.FDA_XGEVA,
      true),
  /** Prevention of skeletal-related events in multiple myeloma (FDA_LABEL_2024 only). */
  XGEVA_SRE_MULTIPLE_MYELOMA(
      CodeFamilies.MULTIPLE_MYELOMA,
      Product.XGEVA,
      "prevention of skeletal-related events in patients with multiple myeloma",
      Source.FDA_XGEVA,
      true),
  /** Giant cell tumor of bone, unresectable, in adults and skeletally mature adolescents. */
  XGEVA_GIANT_CELL_TUMOR(
      CodeFamilies.GIANT_CELL_TUMOR_OF_BONE,
      Product.XGEVA,
      "adults and skeletally mature adolescents with giant cell tumor of bone that is unresectable"
          + " or where resection is likely to cause severe morbidity",
      Source.FDA_XGEVA,
      true),
  /** Hypercalcemia of malignancy refractory to bisphosphonate therapy. */
  XGEVA_HYPERCALCEMIA_OF_MALIGNANCY(
      CodeFamilies.HYPERCALCEMIA,
      Product.XGEVA,
      "hypercalcemia of malignancy refractory to bisphosphonate therapy",
      Source.FDA_XGEVA,
      false);

  private final CodeFamily anchor;
  private final Product product;
  private final String description;
  private final Rule rule;
  private final boolean needsImaging;

  Indication(
      CodeFamily anchor, Product product, String description, Source source, boolean needsImaging) {
    this.anchor = anchor;
    this.product = product;
    this.description = description;
    this.rule = Rule.of("IND-" + name().replace('_', '-'), description, source);
    this.needsImaging = needsImaging;
  }

  /**
   * Returns the anchor code family: a diagnosis in it (claim or record) makes the indication a
   * candidate, and CLM-DIAGNOSIS asks for one on the claim when the indication is supported.
   *
   * @return the anchor family
   */
  public CodeFamily anchorFamily() {
    return anchor;
  }

  /**
   * Returns the product the indication belongs to.
   *
   * @return the product
   */
  public Product product() {
    return product;
  }

  /**
   * Returns the labeled indication in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the indication's rule, whose ID is the name with the {@code IND-} prefix.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns whether the indication needs radiographic evidence (SEED: every indication but
   * hypercalcemia of malignancy, see {@link
   * org.coveragepolicy.core.finding.Interpretation#HYPERCALCEMIA_NEEDS_NO_IMAGING}).
   *
   * @return true if imaging must support it
   */
  public boolean needsImaging() {
    return needsImaging;
  }
}
