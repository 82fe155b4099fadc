package org.coveragepolicy.core.finding;

/**
 * The decision on a claim line: approve it for payment or deny it.
 *
 * @since 0.1.0
 */
public enum Decision {
  /** No ERROR finding: the claim line is covered. */
  APPROVE,
  /** At least one ERROR finding: the claim line is not covered as billed. */
  DENY
}
