package org.coveragepolicy.core.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A therapy a progress note documents: kind, start, end (none while ongoing), and for systemic
 * glucocorticoids the daily prednisone-equivalent dose and the expected duration.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Therapy {
  Therapy() {}

  /**
   * Returns the kind of therapy.
   *
   * @return the kind
   */
  public abstract TherapyKind kind();

  /**
   * Returns the start date.
   *
   * @return the start
   */
  public abstract LocalDate start();

  /**
   * Returns the end date; empty while ongoing.
   *
   * @return the end, if ended
   */
  public abstract Optional<LocalDate> end();

  /**
   * Returns the daily dose in mg (prednisone equivalent for glucocorticoids).
   *
   * @return the daily dose, if documented
   */
  public abstract Optional<BigDecimal> doseMgPerDay();

  /**
   * Returns the expected duration in months.
   *
   * @return the expected duration, if documented
   */
  public abstract Optional<Integer> expectedMonths();

  /**
   * Returns whether the therapy is ongoing on a date: started on or before it and not ended before
   * it (POLICY.md "Dates and ages").
   *
   * @param date the date, such as the date of service
   * @return true if ongoing on that date
   */
  public final boolean isOngoingOn(LocalDate date) {
    return !start().isAfter(date) && end().map(e -> !e.isBefore(date)).orElse(true);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Therapy}. */
  public static final class Builder extends ImmutableTherapy.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (end().isPresent() && end().get().isBefore(start())) {
      throw new InvalidInputException(
          "end", "must not be before start " + start() + ", was " + end().get());
    }
    if (doseMgPerDay().isPresent() && doseMgPerDay().get().signum() < 0) {
      throw new InvalidInputException("doseMgPerDay", "must be ≥ 0, was " + doseMgPerDay().get());
    }
    if (expectedMonths().isPresent() && expectedMonths().get() < 0) {
      throw new InvalidInputException(
          "expectedMonths", "must be ≥ 0, was " + expectedMonths().get());
    }
  }
}
