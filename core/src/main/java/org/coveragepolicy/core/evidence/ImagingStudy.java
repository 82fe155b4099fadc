package org.coveragepolicy.core.evidence;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * An imaging study as a signed report documents it: date, modality, the lowest-site T-score of a DXA
 * study, and the findings.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ImagingStudy {
  ImagingStudy() {}

  /**
   * Returns the date of the report.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the modality.
   *
   * @return the modality
   */
  public abstract ImagingModality modality();

  /**
   * Returns the lowest-site T-score; only a DXA study has one.
   *
   * @return the T-score, if reported
   */
  public abstract Optional<BigDecimal> tScore();

  /**
   * Returns the findings the report states.
   *
   * @return the findings
   */
  public abstract ImmutableSet<ImagingFinding> findings();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImagingStudy}. */
  public static final class Builder extends ImmutableImagingStudy.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (tScore().isPresent() && modality() != ImagingModality.DXA) {
      throw new InvalidInputException(
          "tScore",
          "only a DXA study has a T-score, was " + tScore().get() + " with modality " + modality());
    }
  }
}
