package org.coveragepolicy.core.claim;

/**
 * The route by which a dose was given.
 *
 * @since 0.1.0
 */
public enum Route {
  /** Subcutaneous injection. */
  SUBCUTANEOUS,
  /** Intravenous. */
  INTRAVENOUS,
  /** Intramuscular injection. */
  INTRAMUSCULAR
}
