package org.coveragepolicy.core.policy;

import java.math.BigDecimal;
import java.time.Period;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * The numeric thresholds and windows of the bone-health indication, dose and safety rules, each
 * defined once, named and cited; an {@link Edition} carries one set, so an edition can change a
 * threshold without a code change ({@code Thresholds.builder().from(t).osteoporosisTScore(…)}).
 * Clinical values are {@link BigDecimal} and compared with {@code compareTo}. The dosing intervals
 * (6 calendar months, 28 days) and the loading-dose days are catalog data.
 *
 * <p>Every attribute is optional in the builder; an attribute not set keeps the value documented on
 * its accessor.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Thresholds {
  private static final Thresholds DEFAULTS = builder().build();

  Thresholds() {}

  /**
   * Returns the default thresholds (the rules documents, docs/rules/), which the built-in editions use.
   *
   * @return the default thresholds
   */
  public static Thresholds defaults() {
    return DEFAULTS;
  }

  /**
   * Osteoporosis: a DXA T-score at or below this (WHO definition; the label; SEED imaging).
   *
   * @return -2.5 by default
   */
  @Value.Default
  public BigDecimal osteoporosisTScore() {
    return new BigDecimal("-2.5");
  }

  /**
   * Low bone mass for the bone-loss indications (ADT, aromatase inhibitor, glucocorticoid): a DXA
   * T-score at or below this (interpretation
   * LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS).
   *
   * @return -1.0 by default
   */
  @Value.Default
  public BigDecimal lowBoneMassTScore() {
    return new BigDecimal("-1.0");
  }

  /**
   * Glucocorticoid-induced osteoporosis: at least this many mg/day prednisone equivalent
   * (the label).
   *
   * @return 7.5 by default
   */
  @Value.Default
  public BigDecimal glucocorticoidMgPerDay() {
    return new BigDecimal("7.5");
  }

  /**
   * Glucocorticoid-induced osteoporosis: expected to continue at least this many months
   * (the label).
   *
   * @return 6 by default
   */
  @Value.Default
  public int glucocorticoidMonths() {
    return 6;
  }

  /**
   * Giant cell tumor of bone: adult from this age (the label).
   *
   * @return 18 by default
   */
  @Value.Default
  public int adultAge() {
    return 18;
  }

  /**
   * Giant cell tumor of bone: adolescence from this age; skeletally mature adolescents qualify
   * (interpretation ADOLESCENCE_12_TO_17).
   *
   * @return 12 by default
   */
  @Value.Default
  public int adolescentAge() {
    return 12;
  }

  /**
   * Hypercalcemia of malignancy: a corrected calcium above this, in mg/dL (interpretation
   * REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS, the label).
   *
   * @return 12.5 by default
   */
  @Value.Default
  public BigDecimal hypercalcemiaCorrectedCalcium() {
    return new BigDecimal("12.5");
  }

  /**
   * Hypercalcemia of malignancy: the qualifying calcium is measured within this many days before
   * the date of service.
   *
   * @return 30 by default
   */
  @Value.Default
  public int hypercalcemiaWindowDays() {
    return 30;
  }

  /**
   * Refractory to bisphosphonate: the qualifying calcium at least this many days after the start of
   * an IV bisphosphonate (interpretation REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS).
   *
   * @return 7 by default
   */
  @Value.Default
  public int bisphosphonateMinDays() {
    return 7;
  }

  /**
   * Refractory to bisphosphonate: the qualifying calcium at most this many days after the start of
   * an IV bisphosphonate (interpretation REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS).
   *
   * @return 30 by default
   */
  @Value.Default
  public int bisphosphonateMaxDays() {
    return 30;
  }

  /**
   * Pre-existing hypocalcemia: a calcium below this, in mg/dL (interpretation
   * HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS).
   *
   * @return 8.5 by default
   */
  @Value.Default
  public BigDecimal hypocalcemiaCalcium() {
    return new BigDecimal("8.5");
  }

  /**
   * Pre-existing hypocalcemia: the calcium is read within this many days before the date of service
   * (interpretation HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS).
   *
   * @return 30 by default
   */
  @Value.Default
  public int hypocalcemiaWindowDays() {
    return 30;
  }

  /**
   * Advanced CKD: an eGFR below this, in mL/min/1.73 m² (the label boxed warning, January 2024).
   *
   * @return 30 by default
   */
  @Value.Default
  public BigDecimal advancedCkdEgfr() {
    return new BigDecimal("30");
  }

  /**
   * Advanced CKD: the eGFR is read within this period before the date of service (interpretation
   * CKD_EGFR_WITHIN_12_MONTHS).
   *
   * @return 12 months by default
   */
  @Value.Default
  public Period advancedCkdWindow() {
    return Period.ofMonths(12);
  }

  /**
   * Returns a new builder; every attribute is optional.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Thresholds}.
   *
   * <ul>
   *   <li>Required: none.
   *   <li>Optional: {@code osteoporosisTScore},
   *       {@code lowBoneMassTScore}, {@code glucocorticoidMgPerDay}, {@code glucocorticoidMonths},
   *       {@code adultAge}, {@code adolescentAge}, {@code hypercalcemiaCorrectedCalcium},
   *       {@code hypercalcemiaWindowDays}, {@code bisphosphonateMinDays},
   *       {@code bisphosphonateMaxDays}, {@code hypocalcemiaCalcium},
   *       {@code hypocalcemiaWindowDays}, {@code advancedCkdEgfr}, {@code advancedCkdWindow}; each
   *       not set keeps the default its accessor documents.
   * </ul>
   *
   * <p>{@code build()} throws {@link IllegalArgumentException} when the adolescent age is above the
   * adult age or the bisphosphonate window is reversed.
   */
  public static final class Builder extends ImmutableThresholds.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    InvalidInputException.check(
        adolescentAge() <= adultAge(),
        "thresholds.adolescentAge",
        "must not be above adultAge %s, was %s",
        adultAge(),
        adolescentAge());
    InvalidInputException.check(
        bisphosphonateMinDays() <= bisphosphonateMaxDays(),
        "thresholds.bisphosphonateMinDays",
        "must not be above bisphosphonateMaxDays %s, was %s",
        bisphosphonateMaxDays(),
        bisphosphonateMinDays());
    InvalidInputException.check(
        hypercalcemiaWindowDays() >= 0 && hypocalcemiaWindowDays() >= 0,
        "thresholds",
        "windows must not be negative");
  }
}
