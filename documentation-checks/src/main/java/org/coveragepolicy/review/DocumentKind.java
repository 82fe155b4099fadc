package org.coveragepolicy.review;

/**
 * The kinds of document a medical record holds.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** A physician's order for the drug. */
  ORDER,
  /** A progress note of the treating practitioner. */
  PROGRESS_NOTE,
  /** An imaging report. */
  IMAGING_REPORT,
  /** A laboratory report; needs no signature. */
  LAB_REPORT,
  /** An administration record of a dose. */
  ADMINISTRATION_RECORD
}
