package org.coveragepolicy.core.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * One laboratory result of any test: the date of the lab report, the test by LOINC code and unit,
 * and the value in that unit. The named bone-health tests are {@link LabResult}s; {@link
 * Evidence#results(String)} reads both by LOINC code.
 *
 * @since 0.2.0
 */
@Value.Immutable(builder = false)
public abstract class LabValue {
  LabValue() {}

  /**
   * Returns the date of the lab report.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the test and its unit.
   *
   * @return the lab code
   */
  @Value.Parameter
  public abstract LabCode code();

  /**
   * Returns the value in the code's unit.
   *
   * @return the value, not negative
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Creates a result.
   *
   * @param date the date of the lab report
   * @param code the test and its unit
   * @param value the value, not negative
   * @return the result
   */
  public static LabValue of(LocalDate date, LabCode code, BigDecimal value) {
    return ImmutableLabValue.of(date, code, value);
  }

  /**
   * Returns a named result as a result by LOINC code.
   *
   * @param result a named result
   * @return the same result by its test's LOINC code and unit
   */
  public static LabValue of(LabResult result) {
    return of(result.date(), result.test().code(), result.value());
  }

  @Value.Check
  final void check() {
    if (value().signum() < 0) {
      throw new InvalidInputException("value", "must be ≥ 0, was " + value());
    }
  }
}
