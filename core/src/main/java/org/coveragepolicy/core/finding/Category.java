package org.coveragepolicy.core.finding;

/**
 * A denial category (CMS CERT error categories and the seed's TPE denial reasons), declared in
 * precedence order: when several ERROR findings exist, the denial reason is the category that comes
 * first here.
 *
 * @since 0.1.0
 */
public enum Category {
  /** Records were not returned for an Additional Documentation Request (SEED denial reason 1). */
  NO_DOCUMENTATION,
  /** Something required is missing, so a reviewer cannot conclude (SEED denial reason 2). */
  INSUFFICIENT_DOCUMENTATION,
  /** The drug as given is not a Part B benefit (Pub. 100-02, Ch. 15, §50). */
  NOT_PART_B_BENEFIT,
  /** The documentation is there and shows the service was not reasonable and necessary (SEED 3). */
  MEDICAL_NECESSITY,
  /** Units, NDC, modifiers or claim diagnoses are wrong. */
  INCORRECT_CODING;

  /**
   * Returns whether this category takes precedence over {@code other} as a denial reason.
   *
   * @param other the category to compare with
   * @return true when this category comes first in precedence order
   */
  public boolean outranks(Category other) {
    return ordinal() < other.ordinal();
  }
}
