package org.coveragepolicy.core.policy;

import java.util.Optional;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.finding.Finding;

/**
 * A documentation rule a policy adds to the engine's records rules, such as a supplementation
 * warning: a pure function from the evidence that counts to an optional finding.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface RecordCheck {
  /**
   * Evaluates the check.
   *
   * @param evidence the evidence of the counted record
   * @return the finding, if the rule fires
   */
  Optional<Finding> evaluate(Evidence evidence);
}
