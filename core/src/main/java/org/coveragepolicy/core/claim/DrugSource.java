package org.coveragepolicy.core.claim;

/**
 * Who paid for the drug that was given: incident-to requires that it was an expense to the practice
 * (Pub. 100-02, Ch. 15, §50.3).
 *
 * @since 0.1.0
 */
public enum DrugSource {
  /** The practice bought the drug. */
  PRACTICE_PURCHASED,
  /** The patient brought the drug. */
  PATIENT_SUPPLIED
}
