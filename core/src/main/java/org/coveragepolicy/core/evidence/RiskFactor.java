package org.coveragepolicy.core.evidence;

/**
 * A documented risk factor a progress note states, named by the policy that reads it (such as
 * {@code PRIOR_FRAGILITY_FRACTURE}).
 *
 * <p>An open vocabulary: the core declares no risk factor; a policy declares the ones its rules
 * read (its {@code Policy} lists them), and a reader rejects a name the case's policy does not
 * declare. Two values are equal when their names are; {@link #toString()} is the name. A name is a
 * letter, then letters, digits and underscores, at most 64 characters.
 *
 * @since 0.1.0
 */
public final class RiskFactor extends Term {
  private RiskFactor(String name) {
    super(name);
  }

  /**
   * Returns the risk factor of a name.
   *
   * @param name the name, such as {@code PRIOR_FRAGILITY_FRACTURE}
   * @return the risk factor
   * @throws org.coveragepolicy.core.InvalidInputException if the name is not a letter followed by at most 63 letters,
   *     digits and underscores
   */
  public static RiskFactor of(String name) {
    return new RiskFactor(checkedName(name, "risk factor"));
  }
}
