package org.coveragepolicy.core.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * One laboratory result: the date of the lab report, the test and its value in the test's unit.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class LabResult {
  LabResult() {}

  /**
   * Returns the date of the lab report.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the test.
   *
   * @return the test
   */
  @Value.Parameter
  public abstract LabTest test();

  /**
   * Returns the value in the test's unit (mg/dL for calcium, mL/min/1.73 m² for eGFR).
   *
   * @return the value, not negative
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Creates a result.
   *
   * @param date the date of the lab report
   * @param test the test
   * @param value the value, not negative
   * @return the result
   */
  public static LabResult of(LocalDate date, LabTest test, BigDecimal value) {
    return ImmutableLabResult.of(date, test, value);
  }

  @Value.Check
  final void check() {
    if (value().signum() < 0) {
      throw new InvalidInputException("value", "must be ≥ 0, was " + value());
    }
  }
}
