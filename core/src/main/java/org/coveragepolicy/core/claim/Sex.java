package org.coveragepolicy.core.claim;

/**
 * The patient's sex as the claim and the indications of the labels use it.
 *
 * @since 0.1.0
 */
public enum Sex {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE
}
