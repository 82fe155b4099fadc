package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.LabValue;
import org.immutables.value.Value;

/**
 * A laboratory report: its results, each a test and a value. Lab reports need no signature.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract sealed class LabReport implements Document permits ImmutableLabReport {
  LabReport() {}

  @Override
  public final DocumentKind kind() {
    return DocumentKind.LAB_REPORT;
  }

  @Override
  public abstract LocalDate date();

  /**
   * Returns true: a lab report needs no signature.
   *
   * @return true
   */
  @Override
  public final boolean signed() {
    return true;
  }

  /**
   * Returns the results, dated the report's date.
   *
   * @return the results
   */
  public abstract ImmutableList<LabResult> results();

  /**
   * Returns the report's results of tests given by LOINC code (not one of the named {@link
   * LabTest}s).
   *
   * @return the results by LOINC code
   * @since 0.2.0
   */
  public abstract ImmutableList<LabValue> values();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a report of one result.
   *
   * @param date the report date
   * @param test the test
   * @param value the value
   * @return the report
   */
  public static LabReport of(LocalDate date, LabTest test, BigDecimal value) {
    return builder().date(date).addResults(LabResult.of(date, test, value)).build();
  }

  /**
   * Builds a {@link LabReport}.
   *
   * <ul>
   *   <li>Required: {@code date}.</li>
   *   <li>Optional: {@code results}, {@code values} (empty unless added).</li>
   * </ul>
   *
   * <p>{@link #build()} throws {@link IllegalStateException} naming each required attribute not
   * set, and {@link IllegalArgumentException} when a value breaks the structure: each result must
   * be dated the report date.
   */
  public static final class Builder extends ImmutableLabReport.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    for (LabResult r : results()) {
      if (!r.date().equals(date())) {
        throw new InvalidInputException(
            "results", "a result is dated " + r.date() + ", not the report date " + date());
      }
    }
    for (LabValue v : values()) {
      if (!v.date().equals(date())) {
        throw new InvalidInputException(
            "results", "a result is dated " + v.date() + ", not the report date " + date());
      }
    }
  }
}
