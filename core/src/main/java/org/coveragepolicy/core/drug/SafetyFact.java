package org.coveragepolicy.core.drug;

/**
 * A fact of a product's labeling that a safety rule reads: a contraindication or a boxed warning.
 * Catalog data, so that a safety rule applies to every product whose label carries the fact, never
 * to a product by name.
 *
 * @since 0.2.0
 */
public enum SafetyFact {
  /** The label contraindicates the product in pregnancy. */
  CONTRAINDICATED_IN_PREGNANCY,
  /**
   * The label carries a boxed warning of severe hypocalcemia in patients with advanced chronic kidney
   * disease: evaluate for CKD mineral and bone disorder first.
   */
  SEVERE_HYPOCALCEMIA_IN_ADVANCED_CKD
}
