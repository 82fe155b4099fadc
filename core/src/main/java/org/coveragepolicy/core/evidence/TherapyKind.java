package org.coveragepolicy.core.evidence;

/**
 * A kind of therapy a progress note documents.
 *
 * @since 0.1.0
 */
public enum TherapyKind {
  /** Adjuvant aromatase-inhibitor therapy for breast cancer. */
  AROMATASE_INHIBITOR,
  /** Androgen-deprivation therapy for prostate cancer. */
  ANDROGEN_DEPRIVATION,
  /** Intravenous bisphosphonate. */
  IV_BISPHOSPHONATE,
  /** Oral bisphosphonate. */
  ORAL_BISPHOSPHONATE,
  /** Systemic glucocorticoid; dose as prednisone equivalent. */
  SYSTEMIC_GLUCOCORTICOID,
  /** Calcium and vitamin D supplementation. */
  CALCIUM_VITAMIN_D
}
