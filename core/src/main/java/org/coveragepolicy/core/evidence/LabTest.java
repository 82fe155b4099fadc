package org.coveragepolicy.core.evidence;

/**
 * A laboratory test the rules read, with its unit.
 *
 * @since 0.1.0
 */
public enum LabTest {
  /** Albumin-corrected serum calcium, mg/dL. */
  CORRECTED_CALCIUM,
  /** Total serum calcium, mg/dL. */
  TOTAL_CALCIUM,
  /** Estimated glomerular filtration rate, mL/min/1.73 m². */
  EGFR
}
