package org.coveragepolicy.core.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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

  /**
   * Returns the calcium one lab report gives: its corrected calcium if it has one, else its total
   * calcium; the lowest if it holds several of that test (the policy's revision 3, "Which calcium
   * counts": the value is chosen per report).
   *
   * @param reportResults the results of one lab report
   * @return the report's calcium; empty if it has no calcium result
   */
  public static Optional<LabResult> calciumOf(Iterable<LabResult> reportResults) {
    LabResult corrected = null;
    LabResult total = null;
    for (LabResult r : reportResults) {
      if (r.test() == LabTest.CORRECTED_CALCIUM) {
        corrected = lower(corrected, r);
      } else if (r.test() == LabTest.TOTAL_CALCIUM) {
        total = lower(total, r);
      }
    }
    return Optional.ofNullable(corrected != null ? corrected : total);
  }

  private static LabResult lower(@Nullable LabResult a, LabResult b) {
    return a == null || b.value().compareTo(a.value()) < 0 ? b : a;
  }

  @Value.Check
  final void check() {
    if (value().signum() < 0) {
      throw new InvalidInputException("value", "must be ≥ 0, was " + value());
    }
  }
}
