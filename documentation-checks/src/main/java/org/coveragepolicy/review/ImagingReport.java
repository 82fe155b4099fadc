package org.coveragepolicy.review;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.ImagingStudy;
import org.immutables.value.Value;

/**
 * An imaging report: modality, the lowest-site T-score of a DXA study, and findings.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ImagingReport implements Document {
  ImagingReport() {}

  @Override
  public final DocumentKind kind() {
    return DocumentKind.IMAGING_REPORT;
  }

  @Override
  public abstract LocalDate date();

  @Override
  public abstract boolean signed();

  /**
   * Returns the modality.
   *
   * @return the modality
   */
  public abstract ImagingModality modality();

  /**
   * Returns the lowest-site T-score; DXA only.
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
   * Returns the report's content as an imaging study dated the report's date.
   *
   * @return the imaging study
   */
  public final ImagingStudy study() {
    return ImagingStudy.builder()
        .date(date())
        .modality(modality())
        .tScore(tScore())
        .findings(findings())
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImagingReport}. */
  public static final class Builder extends ImmutableImagingReport.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (tScore().isPresent() && modality() != ImagingModality.DXA) {
      throw new InvalidInputException(
          "tScore", "only a DXA study has a T-score, modality was " + modality());
    }
  }
}
