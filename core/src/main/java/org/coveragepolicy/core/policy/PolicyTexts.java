package org.coveragepolicy.core.policy;

import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;

/**
 * The words a policy's rules and interpretations read in one edition: a summary that names a
 * threshold, a window or a dosing interval is rendered from that edition's {@link Thresholds} and
 * the policy's catalog, so an edition (or catalog) that changes a number never prints the old one.
 * A rule or interpretation a policy does not render reads its own {@link Rule#summary()} or {@link
 * Interpretation#summary()}; {@link #LITERAL} renders none.
 *
 * @since 0.3.0
 */
public interface PolicyTexts {
  /** The texts that render nothing: every rule and interpretation reads its own summary. */
  PolicyTexts LITERAL = new PolicyTexts() {};

  /**
   * Returns a rule's summary as it reads under an edition of a policy.
   *
   * @param policy the policy (its catalog gives dosing intervals and doses)
   * @param edition the edition (its thresholds give the numbers)
   * @param rule the rule
   * @return the summary; by default {@link Rule#summary()}
   */
  default String summary(Policy policy, Edition edition, Rule rule) {
    return rule.summary();
  }

  /**
   * Returns an interpretation's choice as it reads under an edition of a policy.
   *
   * @param policy the policy
   * @param edition the edition
   * @param interpretation the interpretation
   * @return the choice; by default {@link Interpretation#summary()}
   */
  default String summary(Policy policy, Edition edition, Interpretation interpretation) {
    return interpretation.summary();
  }
}
