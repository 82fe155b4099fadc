package org.coveragepolicy.indications;

import java.math.BigDecimal;
import java.time.Period;
import org.coveragepolicy.core.finding.Interpretation;

/**
 * The numeric thresholds and windows of the J0897 indication, dose and safety rules, each defined
 * once, named and cited (the J0897 policy). Clinical values are {@link BigDecimal} and compared with
 * {@code compareTo}. The dosing intervals (Prolia 6 months, Xgeva 28 days) are catalog data ({@link
 * org.coveragepolicy.core.drug.CatalogEntry#dosingInterval()}), so they are not repeated here.
 */
final class Thresholds {
  /** Osteoporosis: a DXA T-score at or below -2.5 (WHO definition, FDA-PROLIA; SEED imaging). */
  static final BigDecimal OSTEOPOROSIS_T_SCORE = new BigDecimal("-2.5");

  /**
   * Low bone mass for the bone-loss indications (ADT, aromatase inhibitor, glucocorticoid): a DXA
   * T-score at or below -1.0 ({@link Interpretation#LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS}).
   */
  static final BigDecimal LOW_BONE_MASS_T_SCORE = new BigDecimal("-1.0");

  /** Glucocorticoid-induced osteoporosis: at least 7.5 mg/day prednisone equivalent (FDA-PROLIA). */
  static final BigDecimal GLUCOCORTICOID_MG_PER_DAY = new BigDecimal("7.5");

  /** Glucocorticoid-induced osteoporosis: expected to continue at least 6 months (FDA-PROLIA). */
  static final int GLUCOCORTICOID_MONTHS = 6;

  /** Giant cell tumor of bone: adult from age 18 (FDA-XGEVA). */
  static final int ADULT_AGE = 18;

  /**
   * Giant cell tumor of bone: adolescence from age 12; skeletally mature adolescents qualify ({@link
   * Interpretation#ADOLESCENCE_12_TO_17}).
   */
  static final int ADOLESCENT_AGE = 12;

  /**
   * Hypercalcemia of malignancy: corrected calcium above 12.5 mg/dL ({@link
   * Interpretation#REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS}, FDA-XGEVA).
   */
  static final BigDecimal HYPERCALCEMIA_CORRECTED_CALCIUM = new BigDecimal("12.5");

  /** Hypercalcemia of malignancy: the qualifying calcium is within 30 days before the DOS. */
  static final int HYPERCALCEMIA_WINDOW_DAYS = 30;

  /**
   * Refractory to bisphosphonate: the qualifying calcium at least 7 days after the start of an IV
   * bisphosphonate ({@link Interpretation#REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS}).
   */
  static final int BISPHOSPHONATE_MIN_DAYS = 7;

  /**
   * Refractory to bisphosphonate: the qualifying calcium at most 30 days after the start of an IV
   * bisphosphonate ({@link Interpretation#REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS}).
   */
  static final int BISPHOSPHONATE_MAX_DAYS = 30;

  /**
   * Pre-existing hypocalcemia: a calcium below 8.5 mg/dL ({@link
   * Interpretation#HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS}, A52399).
   */
  static final BigDecimal HYPOCALCEMIA_CALCIUM = new BigDecimal("8.5");

  /**
   * Pre-existing hypocalcemia: the calcium is read within 30 days before the DOS ({@link
   * Interpretation#HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS}).
   */
  static final int HYPOCALCEMIA_WINDOW_DAYS = 30;

  /** Advanced CKD: an eGFR below 30 mL/min/1.73 m² (FDA-PROLIA boxed warning, January 2024). */
  static final BigDecimal ADVANCED_CKD_EGFR = new BigDecimal("30");

  /** Advanced CKD: the eGFR is read within 12 months ({@link Interpretation#CKD_EGFR_WITHIN_12_MONTHS}). */
  static final Period ADVANCED_CKD_WINDOW = Period.ofMonths(12);

  /**
   * Xgeva loading doses for giant cell tumor and hypercalcemia of malignancy: label days 8 and 15,
   * that is 7 and 14 days after the first dose (FDA-XGEVA).
   */
  static final int FIRST_LOADING_DAYS = 7;

  /** The second Xgeva loading dose: label day 15, 14 days after the first dose (FDA-XGEVA). */
  static final int SECOND_LOADING_DAYS = 14;

  private Thresholds() {}
}
