package org.coveragepolicy.core.partb;

import com.google.common.collect.ImmutableList;
import org.coveragepolicy.core.finding.Finding;

/**
 * The reasonable-and-necessary requirement of a drug (Pub. 100-02, Ch. 15, §50.4,
 * {@code PARTB-REASONABLE-NECESSARY}): the drug's indication rules, which the Part B evaluator
 * delegates to.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReasonableNecessity {
  /** Reasonable necessity that reports nothing: for checking only the other §50 requirements. */
  ReasonableNecessity NOT_ASSESSED = request -> ImmutableList.of();

  /**
   * Assesses whether the drug was reasonable and necessary.
   *
   * @param request the Part B request
   * @return the findings of the drug's indication rules
   */
  ImmutableList<Finding> assess(PartBRequest request);
}
