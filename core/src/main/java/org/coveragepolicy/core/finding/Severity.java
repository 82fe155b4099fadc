package org.coveragepolicy.core.finding;

/**
 * How much a finding weighs: an {@link #ERROR} denies the claim, a {@link #WARNING} or {@link #INFO}
 * does not. Declared in the order findings are sorted.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The claim fails a rule; the claim is denied. Always carries a {@link Category}. */
  ERROR,
  /** Something a reviewer or billing clerk should correct or look at; does not deny. */
  WARNING,
  /** Information only, such as a shortfall of an indication that was not needed. */
  INFO
}
