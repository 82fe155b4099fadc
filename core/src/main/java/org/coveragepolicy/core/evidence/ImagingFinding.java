package org.coveragepolicy.core.evidence;

/**
 * A finding an imaging report states, named by the policy that reads it (such as {@code
 * FRAGILITY_FRACTURE}).
 *
 * <p>An open vocabulary: the core declares no imaging finding; a policy declares the ones its rules
 * read (its {@code Policy} lists them), and a reader rejects a name the case's policy does not
 * declare. Two values are equal when their names are; {@link #toString()} is the name. A name is a
 * letter, then letters, digits and underscores, at most 64 characters.
 *
 * @since 0.1.0
 */
public final class ImagingFinding extends Term {
  private ImagingFinding(String name) {
    super(name);
  }

  /**
   * Returns the imaging finding of a name.
   *
   * @param name the name, such as {@code FRAGILITY_FRACTURE}
   * @return the imaging finding
   * @throws org.coveragepolicy.core.InvalidInputException if the name is not a letter followed by at most 63 letters,
   *     digits and underscores
   */
  public static ImagingFinding of(String name) {
    return new ImagingFinding(checkedName(name, "imaging finding"));
  }
}
