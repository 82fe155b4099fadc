package org.coveragepolicy.core.policy.internal;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Indication;
import org.immutables.value.Value;

/**
 * What the indication evaluator returns: the candidate indications, the supported one (the first
 * supported candidate in the policy's order) and the findings of the indication, limitation, dose,
 * frequency and safety rules.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IndicationResult {
  IndicationResult() {}

  /**
   * Returns the candidate indications, in the policy's order.
   *
   * @return the candidates
   */
  @Value.Parameter
  public abstract ImmutableList<Indication> candidates();

  /**
   * Returns the supported indication, if any candidate is supported.
   *
   * @return the supported indication
   */
  @Value.Parameter
  public abstract Optional<Indication> supported();

  /**
   * Returns the findings.
   *
   * @return the findings
   */
  @Value.Parameter
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns the ERROR findings, among {@link #findings()}, that report a candidate's radiographic
   * evidence as missing because the record holds no imaging at all. A claim review that reports
   * that record-level gap once (DOC-IMAGING) leaves these out.
   *
   * @return the imaging-gap findings, a subset of the findings
   */
  @Value.Parameter
  public abstract ImmutableList<Finding> imagingGaps();

  /**
   * Returns a result of the given parts.
   *
   * @param candidates the candidate indications, in the policy's order
   * @param supported the supported indication, if any
   * @param findings the findings
   * @param imagingGaps the imaging-gap findings, a subset of the findings
   * @return the result
   */
  public static IndicationResult of(
      Iterable<? extends Indication> candidates,
      Optional<? extends Indication> supported,
      Iterable<? extends Finding> findings,
      Iterable<? extends Finding> imagingGaps) {
    return ImmutableIndicationResult.of(candidates, supported, findings, imagingGaps);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicationResult}.
   *
   * <ul>
   *   <li>Required: none.</li>
   *   <li>Optional: {@code candidates} (empty unless added), {@code supported} (absent unless set),
   *       {@code findings} (empty unless added), {@code imagingGaps} (empty unless added).</li>
   * </ul>
   */
  public static final class Builder extends ImmutableIndicationResult.Builder {
    Builder() {}
  }
}
