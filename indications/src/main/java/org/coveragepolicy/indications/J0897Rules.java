package org.coveragepolicy.indications;

import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;

/**
 * The J0897 rules besides the indications and the limitation of use: no indication, dose, frequency
 * and safety (the policy's "Dose, frequency and safety"), each a named value with its source. The
 * indication rules are {@link Indication#rule()}, the limitation's {@link Limitation#rule()}.
 *
 * @since 0.1.0
 */
public final class J0897Rules {
  /**
   * No indication of the product is a candidate and the limitation of use did not fire: not
   * reasonable and necessary (SEED; Pub. 100-02, Ch. 15, §50.4).
   */
  public static final Rule NO_INDICATION =
      Rule.of(
          "IND-NO-INDICATION",
          "a diagnosis documents an FDA-labeled indication of the product the policy covers",
          Source.SEED);

  /** The dose given is the labeled dose: Prolia 60 mg, Xgeva 120 mg (FDA-PROLIA, FDA-XGEVA). */
  public static final Rule DOSE_LABELED =
      Rule.of(
          "DOSE-LABELED",
          "the dose given on the date of service is the labeled dose (Prolia 60 mg, Xgeva 120 mg)",
          Source.FDA_PROLIA);

  /** Prolia once every 6 calendar months: no earlier Prolia dose less than 6 months before (FDA-PROLIA). */
  public static final Rule FREQ_PROLIA =
      Rule.of(
          "FREQ-PROLIA",
          "no earlier Prolia dose less than 6 calendar months before the date of service",
          Source.FDA_PROLIA);

  /**
   * Xgeva every 4 weeks, with loading doses on days 8 and 15 for giant cell tumor and hypercalcemia
   * of malignancy (FDA-XGEVA).
   */
  public static final Rule FREQ_XGEVA =
      Rule.of(
          "FREQ-XGEVA",
          "no earlier non-loading Xgeva dose less than 28 days before the date of service; loading"
              + " doses on days 8 and 15 for giant cell tumor and hypercalcemia of malignancy",
          Source.FDA_XGEVA);

  /** Patients receiving one denosumab product should not receive the other (FDA-XGEVA, FDA-PROLIA). */
  public static final Rule SAFE_OTHER_DENOSUMAB =
      Rule.of(
          "SAFE-OTHER-DENOSUMAB",
          "no dose of the other J0897 denosumab product within that product's dosing interval",
          Source.FDA_XGEVA);

  /**
   * Pre-existing hypocalcemia must be corrected before denosumab (FDA labels; A52399; {@link
   * org.coveragepolicy.core.finding.Interpretation#HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS}).
   */
  public static final Rule SAFE_HYPOCALCEMIA =
      Rule.of(
          "SAFE-HYPOCALCEMIA",
          "no calcium below 8.5 mg/dL within 30 days before the date of service and no hypocalcemia"
              + " diagnosis",
          Source.A52399);

  /** Prolia is contraindicated in pregnancy (FDA-PROLIA). */
  public static final Rule SAFE_PREGNANCY =
      Rule.of("SAFE-PREGNANCY", "Prolia is not given to a pregnant patient", Source.FDA_PROLIA);

  /**
   * Prolia in advanced chronic kidney disease: boxed warning on severe hypocalcemia, a WARNING only
   * (FDA-PROLIA, January 2024; {@link
   * org.coveragepolicy.core.finding.Interpretation#CKD_EGFR_WITHIN_12_MONTHS}).
   */
  public static final Rule SAFE_ADVANCED_CKD =
      Rule.of(
          "SAFE-ADVANCED-CKD",
          "Prolia in advanced CKD (eGFR below 30 within 12 months, or an advanced-CKD diagnosis):"
              + " evaluate for CKD mineral and bone disorder first",
          Source.FDA_PROLIA);

  private J0897Rules() {}
}
